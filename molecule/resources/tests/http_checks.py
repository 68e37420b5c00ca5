"""Shared helpers for the testinfra checks of the deployed sample app."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

APP = "imdb"
SERVER_NAME = "imdb.localhost"
APP_ROOT = f"/srv/django-apache/{APP}"
ENV_FILE = f"/etc/django-apache/{APP}.env"
VHOST = f"/etc/apache2/sites-available/django-apache-{APP}.conf"


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str

    def json(self) -> dict:
        return json.loads(self.body)


def http_get(host, path: str, server_name: str = SERVER_NAME) -> Response:
    """GET ``path`` from Apache on the host itself, with the given Host header."""
    out = host.check_output(
        "curl -sS -i --max-time 20 -H %s %s",
        f"Host: {server_name}",
        f"http://127.0.0.1{path}",
    )
    head, _, body = out.replace("\r\n", "\n").partition("\n\n")
    status_line, *header_lines = head.split("\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Response(int(status_line.split()[1]), headers, body)


@pytest.fixture
def get(host):
    """Request a path through Apache on the host under test."""
    return lambda path, server_name=SERVER_NAME: http_get(host, path, server_name)
