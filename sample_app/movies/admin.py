from django.contrib import admin

from .models import Credit, Genre, Movie, Person


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 0
    raw_id_fields = ["person", "movie"]
    ordering = ["role", "billing_order"]


@admin.register(Genre)
class GenreAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Movie)
class MovieAdmin(admin.ModelAdmin):
    list_display = ["title", "year", "runtime_minutes", "rating"]
    list_filter = ["genres", "year"]
    search_fields = ["title"]
    filter_horizontal = ["genres"]
    inlines = [CreditInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "birth_year"]
    search_fields = ["name"]
    inlines = [CreditInline]


@admin.register(Credit)
class CreditAdmin(admin.ModelAdmin):
    list_display = ["movie", "person", "role", "character", "billing_order"]
    list_filter = ["role"]
    search_fields = ["movie__title", "person__name", "character"]
    raw_id_fields = ["movie", "person"]
    list_select_related = ["movie", "person"]
