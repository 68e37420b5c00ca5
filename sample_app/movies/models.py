from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class Genre(models.Model):
    name = models.CharField(max_length=50, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Movie(models.Model):
    title = models.CharField(max_length=200)
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1888), MaxValueValidator(2100)]
    )
    runtime_minutes = models.PositiveSmallIntegerField()
    rating = models.DecimalField(
        max_digits=3,
        decimal_places=1,
        validators=[
            MinValueValidator(Decimal("0.0")),
            MaxValueValidator(Decimal("10.0")),
        ],
        help_text="Average rating from 0.0 to 10.0.",
    )
    genres = models.ManyToManyField(Genre, related_name="movies", blank=True)

    class Meta:
        ordering = ["title", "id"]
        indexes = [
            models.Index(fields=["title", "id"], name="movie_title_idx"),
            models.Index(fields=["year"], name="movie_year_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=0) & models.Q(rating__lte=10),
                name="movie_rating_between_0_and_10",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"


class Person(models.Model):
    name = models.CharField(max_length=200)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]
        verbose_name_plural = "people"
        indexes = [models.Index(fields=["name"], name="person_name_idx")]

    def __str__(self) -> str:
        return self.name


class Credit(models.Model):
    class Role(models.TextChoices):
        ACTOR = "actor", "Actor"
        DIRECTOR = "director", "Director"

    movie = models.ForeignKey(Movie, on_delete=models.CASCADE, related_name="credits")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="credits")
    role = models.CharField(max_length=8, choices=Role.choices)
    character = models.CharField(
        max_length=200, blank=True, help_text="Character name; actors only."
    )
    billing_order = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["movie", "role", "billing_order", "id"]
        indexes = [
            models.Index(
                fields=["movie", "role", "billing_order"],
                name="credit_billing_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["movie", "person", "role"], name="unique_credit_per_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()}) in {self.movie}"
