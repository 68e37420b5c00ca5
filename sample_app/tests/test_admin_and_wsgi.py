"""Admin site, static files and the WSGI entry point."""

import io
import json
import secrets

import pytest

from tests.paths import SAMPLE_APP_DIR, WSGI_PATH

pytestmark = pytest.mark.django_db


def test_admin_requires_login(client):
    """Anonymous visitors are sent to the admin login page."""
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/movies/movie/",
        "/admin/movies/movie/1/change/",
        "/admin/movies/person/",
        "/admin/movies/person/1/change/",
        "/admin/movies/genre/",
        "/admin/movies/credit/",
        "/admin/movies/movie/?q=night",
    ],
)
def test_admin_pages(admin_client, path):
    """Every model is registered and its admin pages render."""
    assert admin_client.get(path).status_code == 200


def test_admin_404_stays_html(admin_client):
    """Inside the admin a missing page is the usual HTML 404, not JSON."""
    response = admin_client.get("/admin/movies/nothing-here/")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_collectstatic_fills_static_root(run_python, tmp_path):
    """collectstatic copies the admin's assets into DJANGO_STATIC_ROOT."""
    static_root = tmp_path / "static"

    result = run_python(
        "manage.py",
        "collectstatic",
        "--noinput",
        env={
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "x",
            "DJANGO_STATIC_ROOT": str(static_root),
        },
    )

    assert result.returncode == 0, result.stderr
    assert (static_root / "admin" / "css" / "base.css").is_file()


def test_wsgi_module_keeps_stock_setdefault():
    """imdb/wsgi.py is the stock file: it only *defaults* the settings module.

    Deployments (mod_wsgi, the Ansible role) may set DJANGO_SETTINGS_MODULE
    themselves, and the stock ``setdefault`` must leave that value alone.
    """
    source = WSGI_PATH.read_text(encoding="utf-8")

    assert 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imdb.settings")' in source
    assert "application = get_wsgi_application()" in source


def test_wsgi_application_serves_requests():
    """The WSGI callable answers a request built by hand, as mod_wsgi would."""
    from imdb.wsgi import application

    captured = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        captured["status"] = status
        captured["headers"] = dict(headers)

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/whoami",
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
        "wsgi.url_scheme": "http",
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }

    body = b"".join(application(environ, start_response))

    assert captured["status"] == "200 OK"
    assert captured["headers"]["Content-Type"] == "application/json"
    assert json.loads(body)["app"] == "imdb"


@pytest.mark.parametrize(
    "relative_path",
    ["manage.py", "imdb/settings.py", "imdb/urls.py", "imdb/wsgi.py", "imdb/asgi.py"],
)
def test_project_layout_is_stock(relative_path):
    """The files a deploy tool looks for are where startproject puts them."""
    assert (SAMPLE_APP_DIR / relative_path).is_file()
