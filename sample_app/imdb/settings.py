"""
Django settings for the imdb project.

Everything that differs between a laptop and a server is read from the
environment, so a deployment tool can configure the project without editing
code. See README.md for the full list of variables.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/topics/settings/

For the full list of settings and their values, see
https://docs.djangoproject.com/en/5.2/ref/settings/
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# Build paths inside the project like this: BASE_DIR / 'subdir'.
BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE_VALUES = {"1", "true", "yes", "on"}
_FALSE_VALUES = {"0", "false", "no", "off", ""}


def _env_bool(name: str, default: bool) -> bool:
    """Read a boolean flag: 1/true/yes/on or 0/false/no/off, any case."""
    value = os.environ.get(name)
    if value is None:
        return default
    normalized = value.strip().lower()
    if normalized in _TRUE_VALUES:
        return True
    if normalized in _FALSE_VALUES:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r} is not a boolean; use one of 1/true/yes/on "
        "or 0/false/no/off."
    )


def _env_int(name: str, default: int) -> int:
    """Read a non-negative integer."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise ImproperlyConfigured(f"{name}={value!r} is not a non-negative integer.")
    return number


def _env_list(name: str) -> list[str]:
    """Read a comma-separated list, ignoring blanks around and between items."""
    return [
        item.strip() for item in os.environ.get(name, "").split(",") if item.strip()
    ]


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value) if value else default


# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = _env_bool("DJANGO_DEBUG", False)

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. It is required when DJANGO_DEBUG is "
            "off: export DJANGO_SECRET_KEY to a long random value, e.g. the "
            'output of `python -c "import secrets; '
            'print(secrets.token_urlsafe(50))"`, or set DJANGO_DEBUG=1 for '
            "local development."
        )
    SECRET_KEY = "django-insecure-local-development-only-never-use-in-production"  # noqa: S105

# With DEBUG on and an empty list, Django still accepts localhost,
# 127.0.0.1 and [::1].
ALLOWED_HOSTS = _env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _env_list("DJANGO_CSRF_TRUSTED_ORIGINS")


# Application definition

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "movies.apps.MoviesConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "imdb.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "imdb.wsgi.application"


# Database
# https://docs.djangoproject.com/en/5.2/ref/settings/#databases
#
# DATABASE_URL wins; otherwise SQLite at DJANGO_SQLITE_PATH, then
# $DJANGO_DATA_DIR/db.sqlite3, then db.sqlite3 next to manage.py.

if os.environ.get("DATABASE_URL", "").strip():
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"].strip())}
else:
    if os.environ.get("DJANGO_SQLITE_PATH", "").strip():
        _sqlite_path = Path(os.environ["DJANGO_SQLITE_PATH"].strip())
    elif os.environ.get("DJANGO_DATA_DIR", "").strip():
        _sqlite_path = Path(os.environ["DJANGO_DATA_DIR"].strip()) / "db.sqlite3"
    else:
        _sqlite_path = BASE_DIR / "db.sqlite3"
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": _sqlite_path,
            # Wait for a lock instead of failing at once when several
            # server processes share the file.
            "OPTIONS": {"timeout": 20},
        }
    }


# Password validation
# https://docs.djangoproject.com/en/5.2/ref/settings/#auth-password-validators

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",  # noqa: E501
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
    },
    {
        "NAME": "django.contrib.auth.password_validation.CommonPasswordValidator",
    },
    {
        "NAME": "django.contrib.auth.password_validation.NumericPasswordValidator",
    },
]


# Internationalization
# https://docs.djangoproject.com/en/5.2/topics/i18n/

LANGUAGE_CODE = "en-us"

TIME_ZONE = "UTC"

USE_I18N = True

USE_TZ = True


# Static files (CSS, JavaScript, Images) and user uploads
# https://docs.djangoproject.com/en/5.2/howto/static-files/

STATIC_URL = "/static/"
STATIC_ROOT = _env_path("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles")

MEDIA_URL = "/media/"
MEDIA_ROOT = _env_path("DJANGO_MEDIA_ROOT", BASE_DIR / "media")

# Default primary key field type
# https://docs.djangoproject.com/en/5.2/ref/settings/#default-auto-field

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# HTTPS
# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/

if _env_bool("DJANGO_HTTPS", False):
    SECURE_SSL_REDIRECT = True
    # Load balancers and monitors often probe over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = _env_int("DJANGO_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = _env_bool("DJANGO_HSTS_PRELOAD", True)
    # Only trust X-Forwarded-Proto when a proxy in front of the server sets it
    # (and strips it from client requests).
    if _env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


# Logging: everything goes to stderr, which mod_wsgi writes to Apache's error
# log, so failed requests leave their traceback there.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "console": {
            "format": "[{asctime}] {levelname} {name} pid={process:d}: {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "console",
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": (os.environ.get("DJANGO_LOG_LEVEL", "").strip() or "INFO").upper(),
            "propagate": False,
        },
    },
}


# Project settings

# Enables GET /slow, which sleeps on request (for benchmarks).
IMDB_SLOW_VIEW_ENABLED = _env_bool("IMDB_SLOW_VIEW", False)

# Reported by GET /whoami, to tell several deployments of this project apart.
IMDB_APP_NAME = os.environ.get("IMDB_APP_NAME", "").strip() or "imdb"
