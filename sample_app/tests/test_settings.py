"""imdb.settings reads its configuration from the environment.

Most tests execute the settings file afresh with ``runpy`` under a patched
environment, which leaves the settings of the running test suite untouched.
The failure and ``check --deploy`` tests run real processes.
"""

import runpy
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.environment import PROJECT_VARIABLES
from tests.paths import SAMPLE_APP_DIR, SETTINGS_PATH

TEST_SECRET = "settings-test-secret-key-not-for-any-deployment-0123456789"


@pytest.fixture
def load_settings(monkeypatch) -> Callable[..., dict[str, Any]]:
    """Execute imdb/settings.py with only the given project variables set."""

    def load(**env: str) -> dict[str, Any]:
        for name in PROJECT_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(SETTINGS_PATH))

    return load


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        ("true", True),
        ("TRUE", True),
        ("Yes", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("No", False),
        ("OFF", False),
        ("", False),
    ],
)
def test_debug_flag_values(load_settings, value, expected):
    """DJANGO_DEBUG accepts 1/true/yes/on and 0/false/no/off in any case."""
    namespace = load_settings(DJANGO_DEBUG=value, DJANGO_SECRET_KEY=TEST_SECRET)

    assert namespace["DEBUG"] is expected


def test_debug_is_off_by_default(load_settings):
    """Without DJANGO_DEBUG, DEBUG is off."""
    assert load_settings(DJANGO_SECRET_KEY=TEST_SECRET)["DEBUG"] is False


def test_unrecognised_boolean_is_an_error(load_settings):
    """A value that is not a boolean is rejected, naming the variable."""
    with pytest.raises(ImproperlyConfigured, match="DJANGO_DEBUG"):
        load_settings(DJANGO_DEBUG="maybe", DJANGO_SECRET_KEY=TEST_SECRET)


def test_secret_key_from_environment(load_settings):
    """DJANGO_SECRET_KEY becomes SECRET_KEY."""
    assert load_settings(DJANGO_SECRET_KEY=TEST_SECRET)["SECRET_KEY"] == TEST_SECRET


def test_secret_key_required_without_debug(load_settings):
    """With DEBUG off and no DJANGO_SECRET_KEY, the settings refuse to load."""
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        load_settings()


def test_debug_has_a_development_secret_key(load_settings):
    """With DEBUG on, an insecure development key is used when none is set."""
    namespace = load_settings(DJANGO_DEBUG="1")

    assert namespace["SECRET_KEY"].startswith("django-insecure-")


@pytest.mark.parametrize(
    ("variable", "setting"),
    [
        ("DJANGO_ALLOWED_HOSTS", "ALLOWED_HOSTS"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "CSRF_TRUSTED_ORIGINS"),
    ],
)
def test_comma_separated_lists(load_settings, variable, setting):
    """List variables split on commas and drop blanks; unset means empty."""
    assert load_settings(DJANGO_SECRET_KEY=TEST_SECRET)[setting] == []
    namespace = load_settings(
        DJANGO_SECRET_KEY=TEST_SECRET,
        **{variable: " https://a.example, https://b.example ,,"},
    )

    assert namespace[setting] == ["https://a.example", "https://b.example"]


@pytest.mark.parametrize(
    ("env", "engine", "name"),
    [
        ({}, "django.db.backends.sqlite3", SAMPLE_APP_DIR / "db.sqlite3"),
        (
            {"DJANGO_DATA_DIR": "/srv/imdb"},
            "django.db.backends.sqlite3",
            Path("/srv/imdb/db.sqlite3"),
        ),
        (
            {"DJANGO_SQLITE_PATH": "/var/lib/imdb/app.db", "DJANGO_DATA_DIR": "/srv"},
            "django.db.backends.sqlite3",
            Path("/var/lib/imdb/app.db"),
        ),
        (
            {
                "DATABASE_URL": "sqlite:////var/lib/imdb/url.db",
                "DJANGO_SQLITE_PATH": "/var/lib/imdb/app.db",
            },
            "django.db.backends.sqlite3",
            "/var/lib/imdb/url.db",
        ),
        (
            {"DATABASE_URL": "postgres://imdb:pw@db.internal:5432/catalogue"},
            "django.db.backends.postgresql",
            "catalogue",
        ),
    ],
)
def test_database_selection(load_settings, env, engine, name):
    """DATABASE_URL wins, then DJANGO_SQLITE_PATH, DJANGO_DATA_DIR, BASE_DIR."""
    database = load_settings(DJANGO_SECRET_KEY=TEST_SECRET, **env)["DATABASES"][
        "default"
    ]

    assert database["ENGINE"] == engine
    assert database["NAME"] == name


@pytest.mark.parametrize(
    ("variable", "setting", "default"),
    [
        ("DJANGO_STATIC_ROOT", "STATIC_ROOT", SAMPLE_APP_DIR / "staticfiles"),
        ("DJANGO_MEDIA_ROOT", "MEDIA_ROOT", SAMPLE_APP_DIR / "media"),
    ],
)
def test_file_roots(load_settings, variable, setting, default):
    """Static and media roots default inside the project and can be moved."""
    assert load_settings(DJANGO_SECRET_KEY=TEST_SECRET)[setting] == default
    namespace = load_settings(DJANGO_SECRET_KEY=TEST_SECRET, **{variable: "/srv/x"})

    assert namespace[setting] == Path("/srv/x")


def test_fixed_settings(load_settings):
    """URLs, time zone and primary keys are fixed by the project."""
    namespace = load_settings(DJANGO_SECRET_KEY=TEST_SECRET)

    assert namespace["STATIC_URL"] == "/static/"
    assert namespace["MEDIA_URL"] == "/media/"
    assert namespace["TIME_ZONE"] == "UTC"
    assert namespace["USE_TZ"] is True
    assert namespace["DEFAULT_AUTO_FIELD"] == "django.db.models.BigAutoField"


def test_logging_goes_to_stderr(load_settings):
    """Django's loggers, request errors included, write to stderr at INFO."""
    logging = load_settings(DJANGO_SECRET_KEY=TEST_SECRET)["LOGGING"]

    assert logging["handlers"]["console"]["stream"] == "ext://sys.stderr"
    assert logging["loggers"]["django"]["level"] == "INFO"
    assert logging["loggers"]["django"]["handlers"] == ["console"]


HTTPS_SETTINGS = (
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER",
)


def test_https_off_by_default(load_settings):
    """Without DJANGO_HTTPS none of the HTTPS settings are touched."""
    namespace = load_settings(DJANGO_SECRET_KEY=TEST_SECRET)

    assert not set(HTTPS_SETTINGS) & set(namespace)


def test_https_on(load_settings):
    """DJANGO_HTTPS turns on redirects, secure cookies and a year of HSTS."""
    namespace = load_settings(DJANGO_SECRET_KEY=TEST_SECRET, DJANGO_HTTPS="1")

    assert namespace["SECURE_SSL_REDIRECT"] is True
    assert namespace["SESSION_COOKIE_SECURE"] is True
    assert namespace["CSRF_COOKIE_SECURE"] is True
    assert namespace["SECURE_HSTS_SECONDS"] == 31_536_000
    assert namespace["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert namespace["SECURE_HSTS_PRELOAD"] is True
    assert "SECURE_PROXY_SSL_HEADER" not in namespace


def test_https_overrides(load_settings):
    """HSTS details and the proxy header are configurable."""
    namespace = load_settings(
        DJANGO_SECRET_KEY=TEST_SECRET,
        DJANGO_HTTPS="yes",
        DJANGO_HSTS_SECONDS="3600",
        DJANGO_HSTS_INCLUDE_SUBDOMAINS="0",
        DJANGO_HSTS_PRELOAD="false",
        DJANGO_SECURE_PROXY_SSL_HEADER="1",
    )

    assert namespace["SECURE_HSTS_SECONDS"] == 3600
    assert namespace["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False
    assert namespace["SECURE_HSTS_PRELOAD"] is False
    assert namespace["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


@pytest.mark.parametrize("value", ["soon", "-1", "1.5"])
def test_bad_hsts_seconds(load_settings, value):
    """A DJANGO_HSTS_SECONDS that is not a non-negative integer is rejected."""
    with pytest.raises(ImproperlyConfigured, match="DJANGO_HSTS_SECONDS"):
        load_settings(
            DJANGO_SECRET_KEY=TEST_SECRET, DJANGO_HTTPS="1", DJANGO_HSTS_SECONDS=value
        )


@pytest.mark.parametrize(
    ("env", "enabled", "app_name"),
    [
        ({}, False, "imdb"),
        ({"IMDB_SLOW_VIEW": "1", "IMDB_APP_NAME": "catalogue-b"}, True, "catalogue-b"),
    ],
)
def test_project_settings(load_settings, env, enabled, app_name):
    """IMDB_SLOW_VIEW and IMDB_APP_NAME map to the project's own settings."""
    namespace = load_settings(DJANGO_SECRET_KEY=TEST_SECRET, **env)

    assert namespace["IMDB_SLOW_VIEW_ENABLED"] is enabled
    assert namespace["IMDB_APP_NAME"] == app_name


@pytest.mark.parametrize(
    "command",
    [("-c", "import imdb.settings"), ("manage.py", "check")],
)
def test_missing_secret_key_fails_in_a_real_process(run_python, command):
    """Loading the settings without a secret key exits non-zero, naming it."""
    result = run_python(*command, env={"DJANGO_DEBUG": "off"})

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY" in result.stderr


def _deploy_env(**extra: str) -> dict[str, str]:
    return {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "imdb.example.com",
        **extra,
    }


def test_check_deploy_is_clean_with_https(run_python):
    """With HTTPS on, `check --deploy` reports no warnings at all."""
    result = run_python(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=_deploy_env(DJANGO_HTTPS="1"),
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_warns_without_https(run_python):
    """Without HTTPS, `check --deploy` does warn (so the clean run means something)."""
    result = run_python(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=_deploy_env(),
    )

    assert result.returncode != 0
    assert "security.W008" in result.stderr
