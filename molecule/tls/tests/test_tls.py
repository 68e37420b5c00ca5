"""The sample app over HTTPS with its own certificate, HTTP redirected to it."""

from __future__ import annotations

import pytest
from http_checks import Response, daemon_processes, parse_response
from playbook_runs import assert_check_mode_changes_nothing

SERVER_NAME = "imdb.localhost"
HTTP_PORT = 8080
HTTPS_PORT = 8443
CERTIFICATE = "/etc/ssl/django-apache-test/imdb.localhost.crt"


def https_get(host, path: str, server_name: str = SERVER_NAME) -> Response:
    """GET over HTTPS from Apache on the host, by name, checking the certificate
    against the one prepare.yml made (curl fails on a mismatch)."""
    return parse_response(
        host.check_output(
            "curl -sS -i --max-time 20 --cacert %s --resolve %s %s",
            CERTIFICATE,
            f"{server_name}:{HTTPS_PORT}:127.0.0.1",
            f"https://{server_name}:{HTTPS_PORT}{path}",
        )
    )


@pytest.mark.parametrize("port", [HTTP_PORT, HTTPS_PORT])
def test_apache_listens_on_the_configured_ports(host, port):
    assert (
        host.socket(f"tcp://0.0.0.0:{port}").is_listening
        or host.socket(f"tcp://:::{port}").is_listening
    )


def test_https_serves_the_app_from_its_daemons(host):
    """The catalogue over HTTPS, with a certificate for the server name, from the
    app's own daemon processes; Django sees the request as secure (HSTS header)."""
    response = https_get(host, "/movie")
    assert response.status == 200
    assert response.json()["count"] >= 200
    assert "max-age=" in response.headers["strict-transport-security"]
    assert {user for user, _pid in daemon_processes(host, "imdb")} == {"imdb"}


def test_static_files_over_https_come_from_apache(host):
    response = https_get(host, "/static/admin/css/base.css")
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/css")


def test_http_is_redirected_to_https(host):
    """Apache answers HTTP itself with a permanent redirect to the same path."""
    response = parse_response(
        host.check_output(
            "curl -sS -i --max-time 20 -H %s %s",
            f"Host: {SERVER_NAME}",
            f"http://127.0.0.1:{HTTP_PORT}/movie?page=2",
        )
    )
    assert response.status == 301
    assert (
        response.headers["location"]
        == f"https://{SERVER_NAME}:{HTTPS_PORT}/movie?page=2"
    )


def test_unknown_name_over_https_gets_the_catch_all_answer(host):
    """A name no app serves gets Apache's 404, never Django (curl -k: the certificate
    is the app's, not the name's)."""
    out = host.check_output(
        "curl -sS -k -i --max-time 20 --resolve %s %s",
        f"other.localhost:{HTTPS_PORT}:127.0.0.1",
        f"https://other.localhost:{HTTPS_PORT}/movie",
    )
    response = parse_response(out)
    assert response.status == 404
    assert "No site is configured for this host name." in response.body


def test_private_key_is_not_readable_by_the_app(host):
    assert (
        host.run(
            "runuser -u imdb -- cat /etc/ssl/django-apache-test/imdb.localhost.key"
        ).rc
        != 0
    )


def test_check_mode_after_converge_reports_no_change():
    """A run in check mode after converge changes nothing, mod_ssl included."""
    assert_check_mode_changes_nothing()
