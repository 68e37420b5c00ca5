"""The generated catalogue and the data migration that loads it."""

import json
import secrets

import pytest

from movies.models import Credit, Movie, Person
from tests.paths import CATALOGUE_PATH, GENERATOR_PATH

MIGRATION_PROBE = """
import json, django
django.setup()
from django.test import Client
from movies.models import Credit, Person
response = Client().get("/movie")
print(json.dumps({
    "status": response.status_code,
    "count": response.json()["count"],
    "people": Person.objects.count(),
    "credits": Credit.objects.count(),
}))
"""


def test_generator_is_deterministic(run_python, tmp_path):
    """Re-running the generator reproduces catalogue.json byte for byte."""
    output = tmp_path / "catalogue.json"

    result = run_python(str(GENERATOR_PATH), "--output", str(output))

    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == CATALOGUE_PATH.read_bytes()


def test_catalogue_size(catalogue):
    """The catalogue has at least 220 movies and more people than movies."""
    assert len(catalogue["movies"]) >= 220
    assert len(catalogue["people"]) > len(catalogue["movies"])


@pytest.mark.parametrize("section", ["genres", "people", "movies"])
def test_catalogue_ids_are_unique(catalogue, section):
    """Ids are unique within each section."""
    ids = [row["id"] for row in catalogue[section]]

    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("section", "field"), [("movies", "title"), ("people", "name")]
)
def test_catalogue_names_are_unique(catalogue, section, field):
    """Titles and person names are unique, so results are easy to tell apart."""
    values = [row[field] for row in catalogue[section]]

    assert len(values) == len(set(values))


def test_catalogue_values_in_range(catalogue):
    """Ratings lie in 0..10 and every genre reference exists."""
    genre_ids = {genre["id"] for genre in catalogue["genres"]}

    assert all(0 <= float(movie["rating"]) <= 10 for movie in catalogue["movies"])
    assert all(set(movie["genres"]) <= genre_ids for movie in catalogue["movies"])


@pytest.mark.parametrize("role", ["actor", "director"])
def test_every_movie_has_each_role_billed_from_one(catalogue, role):
    """Each movie has actors and directors, billed 1, 2, 3, ... in order."""
    person_ids = {person["id"] for person in catalogue["people"]}
    billing = {movie["id"]: [] for movie in catalogue["movies"]}
    for credit in catalogue["credits"]:
        assert credit["person"] in person_ids
        if credit["role"] == role:
            billing[credit["movie"]].append(credit["billing"])

    assert all(
        orders == list(range(1, len(orders) + 1)) and orders
        for orders in billing.values()
    )


@pytest.mark.django_db
def test_test_database_holds_the_catalogue(catalogue):
    """The test database was built by the migrations, data migration included."""
    assert Movie.objects.count() == len(catalogue["movies"])
    assert Person.objects.count() == len(catalogue["people"])
    assert Credit.objects.count() == len(catalogue["credits"])
    assert Movie.genres.through.objects.count() == sum(
        len(movie["genres"]) for movie in catalogue["movies"]
    )


def test_migrate_on_empty_database_loads_and_unloads(run_python, tmp_path, catalogue):
    """`migrate` on a new database loads the catalogue; reversing removes it."""
    env = {
        "DJANGO_SETTINGS_MODULE": "imdb.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_DATA_DIR": str(tmp_path),
    }

    def probe() -> dict:
        result = run_python("-c", MIGRATION_PROBE, env=env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    migrated = run_python("manage.py", "migrate", "--noinput", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert (tmp_path / "db.sqlite3").is_file()
    loaded = probe()
    assert loaded["status"] == 200
    assert loaded["count"] >= 200
    assert loaded["count"] == len(catalogue["movies"])
    assert loaded["credits"] == len(catalogue["credits"])

    reversed_ = run_python("manage.py", "migrate", "movies", "0001", env=env)
    assert reversed_.returncode == 0, reversed_.stderr
    assert probe() == {"status": 200, "count": 0, "people": 0, "credits": 0}

    reapplied = run_python("manage.py", "migrate", "--noinput", env=env)
    assert reapplied.returncode == 0, reapplied.stderr
    assert probe() == loaded
