"""Operational endpoints (/healthz, /slow, /whoami), routing and error pages."""

import json
import secrets
import time

import pytest
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.test import RequestFactory, override_settings

from movies import views

pytestmark = pytest.mark.django_db


def test_healthz_ok(get_json):
    """With a working database the health check answers 200 ok."""
    assert get_json("/healthz") == (200, {"status": "ok"})


def test_healthz_is_not_cached(client):
    """Health responses must not be cached by proxies."""
    response = client.get("/healthz")

    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize("error", [OperationalError, InterfaceError, DatabaseError])
def test_healthz_reports_database_failure(get_json, monkeypatch, error):
    """When the database cannot be queried the health check answers 503."""

    def broken_cursor(*args, **kwargs):
        raise error("database is gone")

    monkeypatch.setattr(type(connections["default"]), "cursor", broken_cursor)

    status, body = get_json("/healthz")

    assert status == 503
    assert body == {"status": "unavailable", "database": error.__name__}


HEALTH_PROBE = """
import json, django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(json.dumps([response.status_code, response.json()]))
"""


def test_healthz_with_unopenable_database(run_python, tmp_path):
    """A SQLite path that cannot be opened makes the health check answer 503."""
    result = run_python(
        "-c",
        HEALTH_PROBE,
        env={
            "DJANGO_SETTINGS_MODULE": "imdb.settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "testserver",
            "DJANGO_SQLITE_PATH": str(tmp_path / "missing-dir" / "db.sqlite3"),
        },
    )

    assert result.returncode == 0, result.stderr
    status, body = json.loads(result.stdout)
    assert status == 503
    assert body == {"status": "unavailable", "database": "OperationalError"}


@pytest.mark.parametrize("query", [{}, {"ms": "0"}, {"ms": "abc"}])
def test_slow_view_is_disabled_by_default(get_json, query):
    """Without IMDB_SLOW_VIEW the endpoint does not exist (JSON 404)."""
    assert get_json("/slow", **query) == (404, {"error": "not found"})


@pytest.fixture
def recorded_sleeps(monkeypatch) -> list[float]:
    """Replace time.sleep in the views with a recorder."""
    calls: list[float] = []
    monkeypatch.setattr(views.time, "sleep", calls.append)
    return calls


@override_settings(IMDB_SLOW_VIEW_ENABLED=True)
@pytest.mark.parametrize(
    ("query", "slept_ms"),
    [({}, 300), ({"ms": "0"}, 0), ({"ms": "300"}, 300), ({"ms": "10000"}, 10_000)],
)
def test_slow_view_sleeps_when_enabled(get_json, recorded_sleeps, query, slept_ms):
    """When enabled, /slow sleeps ms milliseconds (default 300) and says so."""
    assert get_json("/slow", **query) == (200, {"slept_ms": slept_ms})
    assert recorded_sleeps == [slept_ms / 1000]


@override_settings(IMDB_SLOW_VIEW_ENABLED=True)
@pytest.mark.parametrize("ms", ["-1", "10001", "abc", "1.5", "", "9" * 40])
def test_slow_view_rejects_out_of_bounds(get_json, recorded_sleeps, ms):
    """ms outside 0..10000 or not an integer gives 400 without sleeping."""
    status, body = get_json("/slow", ms=ms)

    assert status == 400
    assert "ms" in body["error"]
    assert recorded_sleeps == []


@override_settings(IMDB_SLOW_VIEW_ENABLED=True)
def test_slow_view_really_sleeps(client):
    """The response takes at least the requested time."""
    started = time.monotonic()
    response = client.get("/slow", {"ms": "50"})

    assert response.status_code == 200
    assert time.monotonic() - started >= 0.05


def test_whoami_defaults(get_json):
    """/whoami names the app (default "imdb") and the settings module."""
    assert get_json("/whoami") == (
        200,
        {"app": "imdb", "settings_module": "imdb.settings"},
    )


@override_settings(IMDB_APP_NAME="catalogue-b")
def test_whoami_reports_configured_name(get_json, monkeypatch):
    """/whoami reflects IMDB_APP_NAME and the process's DJANGO_SETTINGS_MODULE."""
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "site_b.settings")

    assert get_json("/whoami") == (
        200,
        {"app": "catalogue-b", "settings_module": "site_b.settings"},
    )


@pytest.mark.parametrize("path", ["/movie", "/movie/1", "/actor/1", "/healthz"])
def test_api_paths_are_served_without_trailing_slash(client, path):
    """API paths answer directly; APPEND_SLASH does not redirect them."""
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/movie/", "/movie/1/", "/healthz/", "/nope"])
def test_other_paths_give_json_404(get_json, path):
    """Unknown paths, including slash-terminated API paths, give JSON 404s."""
    assert get_json(path) == (404, {"error": "not found"})


def test_admin_keeps_its_slash_redirect(client):
    """/admin still redirects to /admin/ (APPEND_SLASH stays on)."""
    response = client.get("/admin")

    assert response.status_code == 301
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_api_is_read_only(client, method):
    """Writes are refused with 405 Method Not Allowed."""
    response = getattr(client, method)("/movie")

    assert response.status_code == 405


def test_head_is_allowed(client):
    """HEAD works like GET, without a body."""
    response = client.head("/healthz")

    assert response.status_code == 200
    assert response.content == b""


def test_server_error_handler_returns_json():
    """The 500 handler answers JSON instead of an HTML page."""
    response = views.server_error(RequestFactory().get("/movie"))

    assert response.status_code == 500
    assert json.loads(response.content) == {"error": "internal server error"}
