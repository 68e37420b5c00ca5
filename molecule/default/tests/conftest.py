"""Fixtures for the default scenario: the sample app alone on a host."""

from __future__ import annotations

import pytest
from http_checks import http_get

APP = "imdb"
SERVER_NAME = "imdb.localhost"
APP_ROOT = f"/srv/django-apache/{APP}"
ENV_FILE = f"/etc/django-apache/{APP}.env"
VHOST = f"/etc/apache2/sites-available/django-apache-{APP}.conf"
DAEMON = f"/etc/apache2/django-apache-daemons/000-{APP}.conf"


@pytest.fixture
def get(host):
    """Request a path through Apache on the host under test."""
    return lambda path, server_name=SERVER_NAME: http_get(host, path, server_name)
