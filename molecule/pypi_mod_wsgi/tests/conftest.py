"""Fixtures for the pypi_mod_wsgi scenario: the sample app on mod_wsgi from PyPI."""

from __future__ import annotations

import pytest
from http_checks import http_get

APP = "imdb"
SERVER_NAME = "imdb.localhost"
MOD_WSGI_VENV = "/opt/django-apache/mod_wsgi"
MOD_WSGI_VERSION = "6.1.1"


@pytest.fixture
def get(host):
    """Request a path through Apache on the host under test."""
    return lambda path: http_get(host, path, SERVER_NAME)


def mapped_mod_wsgi(host, pid: int) -> set[str]:
    """Paths of every mod_wsgi module file mapped into process ``pid``."""
    maps = host.check_output("cat /proc/%s/maps", str(pid)).splitlines()
    return {line.split()[-1] for line in maps if "mod_wsgi" in line.split()[-1]}


def apache_parent_pid(host) -> int:
    return int(host.check_output("cat /run/apache2/apache2.pid"))
