"""Pytest plugin giving the test run a known environment.

``imdb.settings`` reads its configuration from environment variables when it
is imported, and pytest-django imports it before any ``conftest.py`` is
loaded. ``pytest.ini`` therefore loads this module early with ``-p``: variables
left over in the developer's shell (say ``DJANGO_HTTPS=1`` or a
``DATABASE_URL``) are removed, then the test values are set.
"""

import os

PROJECT_VARIABLES = (
    "DATABASE_URL",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_CSRF_TRUSTED_ORIGINS",
    "DJANGO_DATA_DIR",
    "DJANGO_DEBUG",
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS",
    "DJANGO_HSTS_PRELOAD",
    "DJANGO_HSTS_SECONDS",
    "DJANGO_HTTPS",
    "DJANGO_LOG_LEVEL",
    "DJANGO_MEDIA_ROOT",
    "DJANGO_SECRET_KEY",
    "DJANGO_SECURE_PROXY_SSL_HEADER",
    "DJANGO_SQLITE_PATH",
    "DJANGO_STATIC_ROOT",
    "IMDB_APP_NAME",
    "IMDB_SLOW_VIEW",
)

TEST_ENVIRONMENT = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "test-only-secret-key-not-for-any-deployment-0123456789",
}

for _name in PROJECT_VARIABLES:
    os.environ.pop(_name, None)
os.environ.update(TEST_ENVIRONMENT)
