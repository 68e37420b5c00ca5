"""HTTP and load helpers shared by the scenarios' testinfra checks.

Requests go from the host under test to its own Apache (127.0.0.1:80) with a chosen
Host header, so they exercise the same vhosts a client would reach.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

LOAD_SCRIPT = "/usr/local/bin/django-apache-load.py"


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str

    def json(self) -> dict:
        return json.loads(self.body)


def http_get(host, path: str, server_name: str, max_time: int = 20) -> Response:
    """GET ``path`` from Apache on the host itself, with the given Host header."""
    out = host.check_output(
        "curl -sS -i --max-time %s -H %s %s",
        str(max_time),
        f"Host: {server_name}",
        f"http://127.0.0.1{path}",
    )
    return parse_response(out)


def parse_response(out: str) -> Response:
    """The status, headers and body of ``curl -i`` output."""
    head, _, body = out.replace("\r\n", "\n").partition("\n\n")
    status_line, *header_lines = head.split("\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Response(int(status_line.split()[1]), headers, body)


def write_file(host, path: str, content: str) -> None:
    """Write ``content`` to ``path`` on the host."""
    host.check_output("printf '%%s' %s > %s", content, path)


def daemon_processes(host, app: str) -> list[tuple[str, int]]:
    """(user, pid) of each process of the app's mod_wsgi daemon process group."""
    rows = host.check_output("ps -eo user:32,pid,args").splitlines()
    return [
        (row.split()[0], int(row.split()[1])) for row in rows if f"(wsgi:{app})" in row
    ]
