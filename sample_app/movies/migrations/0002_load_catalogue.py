"""Load the generated catalogue (movies/data/catalogue.json).

Rows keep the ids from the file, so ``/movie/1`` is the same movie in every
deployment. Reversing the migration deletes exactly those rows.
"""

import json
from pathlib import Path

from django.core.management.color import no_style
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

CATALOGUE = Path(__file__).resolve().parent.parent / "data" / "catalogue.json"
BATCH_SIZE = 500


def _read_catalogue() -> dict:
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))


def load_catalogue(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    alias = schema_editor.connection.alias
    catalogue = _read_catalogue()
    Genre = apps.get_model("movies", "Genre")
    Movie = apps.get_model("movies", "Movie")
    Person = apps.get_model("movies", "Person")
    Credit = apps.get_model("movies", "Credit")
    MovieGenre = Movie.genres.through

    Genre.objects.using(alias).bulk_create(
        [Genre(id=row["id"], name=row["name"]) for row in catalogue["genres"]],
        batch_size=BATCH_SIZE,
    )
    Person.objects.using(alias).bulk_create(
        [
            Person(id=row["id"], name=row["name"], birth_year=row["birth_year"])
            for row in catalogue["people"]
        ],
        batch_size=BATCH_SIZE,
    )
    Movie.objects.using(alias).bulk_create(
        [
            Movie(
                id=row["id"],
                title=row["title"],
                year=row["year"],
                runtime_minutes=row["runtime_minutes"],
                rating=row["rating"],
            )
            for row in catalogue["movies"]
        ],
        batch_size=BATCH_SIZE,
    )
    MovieGenre.objects.using(alias).bulk_create(
        [
            MovieGenre(movie_id=row["id"], genre_id=genre_id)
            for row in catalogue["movies"]
            for genre_id in row["genres"]
        ],
        batch_size=BATCH_SIZE,
    )
    Credit.objects.using(alias).bulk_create(
        [
            Credit(
                movie_id=row["movie"],
                person_id=row["person"],
                role=row["role"],
                character=row["character"],
                billing_order=row["billing"],
            )
            for row in catalogue["credits"]
        ],
        batch_size=BATCH_SIZE,
    )

    # Explicit ids bypass sequences on databases that have them (PostgreSQL,
    # Oracle); move the sequences past the loaded ids. A no-op on SQLite.
    connection = schema_editor.connection
    statements = connection.ops.sequence_reset_sql(
        no_style(), [Genre, Person, Movie, Credit]
    )
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def unload_catalogue(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    alias = schema_editor.connection.alias
    catalogue = _read_catalogue()
    Genre = apps.get_model("movies", "Genre")
    Movie = apps.get_model("movies", "Movie")
    Person = apps.get_model("movies", "Person")
    # Credits and genre links go with their movies (on_delete=CASCADE).
    Movie.objects.using(alias).filter(
        id__in=[row["id"] for row in catalogue["movies"]]
    ).delete()
    Person.objects.using(alias).filter(
        id__in=[row["id"] for row in catalogue["people"]]
    ).delete()
    Genre.objects.using(alias).filter(
        id__in=[row["id"] for row in catalogue["genres"]]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("movies", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load_catalogue, unload_catalogue, elidable=False),
    ]
