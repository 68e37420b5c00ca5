"""The sample app deployed by the role: checked over HTTP and on the host."""

from __future__ import annotations

import re

import pytest
from conftest import APP, APP_ROOT, DAEMON, ENV_FILE, VHOST
from http_checks import daemon_processes, write_file
from playbook_runs import assert_check_mode_changes_nothing

TIMEOUT_OPTIONS = [
    "queue-timeout",
    "request-timeout",
    "socket-timeout",
    "connect-timeout",
    "startup-timeout",
    "graceful-timeout",
    "shutdown-timeout",
]

WRITABLE_BY_NOBODY_BUT_ROOT = [
    f"{APP_ROOT}/current/src",
    f"{APP_ROOT}/current/src/manage.py",
    f"{APP_ROOT}/current/src/imdb/settings.py",
    f"{APP_ROOT}/current/venv",
    f"{APP_ROOT}/current/venv/bin/python",
    f"{APP_ROOT}/current/wsgi.py",
    ENV_FILE,
]


def test_movie_list_is_served_by_apache_with_the_catalogue(get):
    """GET /movie answers JSON from Apache with the whole catalogue counted."""
    response = get("/movie")
    assert response.status == 200
    assert response.headers["server"].startswith("Apache")
    assert response.headers["content-type"].startswith("application/json")
    page = response.json()
    assert page["count"] >= 200
    assert len(page["results"]) == page["page_size"]


def test_movie_detail_and_unknown_movie(get):
    """A listed movie has its cast; an unknown id is a JSON 404."""
    first = get("/movie").json()["results"][0]
    detail = get(f"/movie/{first['id']}")
    assert detail.status == 200
    assert detail.json()["title"] == first["title"]
    assert detail.json()["cast"]
    missing = get("/movie/99999999")
    assert missing.status == 404
    assert missing.json() == {"error": "not found"}


def test_health_check_reports_the_database(get):
    """/healthz answers 200 with status ok once the database is migrated."""
    response = get("/healthz")
    assert response.status == 200
    assert response.json() == {"status": "ok"}


def test_admin_static_file_is_served_by_apache(host, get):
    """Static files come from the release's STATIC_ROOT with their content type."""
    response = get("/static/admin/css/base.css")
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/css")
    on_disk = host.file(f"{APP_ROOT}/current/static/admin/css/base.css")
    assert on_disk.exists
    assert response.body.strip() == on_disk.content_string.strip()


def test_unknown_host_gets_the_catch_all_answer(get):
    """A Host header of no app is answered by Apache itself, not by Django."""
    response = get("/movie", server_name="no-such-app.invalid")
    assert response.status == 404
    assert "No site is configured for this host name." in response.body


def test_daemon_processes_run_as_the_app_user(host, get):
    """The app's daemon processes are named (wsgi:imdb) and run as its user."""
    get("/healthz")
    processes = daemon_processes(host, APP)
    assert len(processes) == 2
    assert {user for user, _ in processes} == {APP}


def test_request_not_delegated_to_a_daemon_is_refused(host):
    """With WSGIRestrictEmbedded On, a WSGI script outside daemon mode is refused."""
    probe_conf = "/etc/apache2/sites-enabled/zz-embedded-probe.conf"
    probe_script = "/var/www/embedded-probe.wsgi"
    write_file(
        host,
        probe_script,
        "def application(environ, start_response):\n"
        "    start_response('200 OK', [('Content-Type', 'text/plain')])\n"
        "    return [b'embedded']\n",
    )
    write_file(
        host,
        probe_conf,
        "<VirtualHost *:80>\n    ServerName embedded-probe.invalid\n"
        f"    WSGIScriptAlias / {probe_script}\n"
        "    <Directory /var/www>\n        Require all granted\n    </Directory>\n"
        "</VirtualHost>\n",
    )
    try:
        assert host.run("apache2ctl configtest").rc == 0
        host.check_output("systemctl reload apache2")
        status = host.check_output(
            "curl -s -o /dev/null -w '%%{http_code}' -H %s http://127.0.0.1/",
            "Host: embedded-probe.invalid",
        )
        assert status == "500"
        log = host.file("/var/log/apache2/error.log").content_string
        assert "Embedded mode of mod_wsgi disabled by runtime configuration" in log
    finally:
        host.run("rm -f %s %s", probe_conf, probe_script)
        host.check_output("systemctl reload apache2")


def test_environment_file_is_private_to_the_app(host):
    """The environment file holds secrets: 0640, root:imdb."""
    env_file = host.file(ENV_FILE)
    assert env_file.mode == 0o640
    assert env_file.user == "root"
    assert env_file.group == APP
    assert host.run("runuser -u %s -- test -r %s", APP, ENV_FILE).rc == 0
    assert host.run("runuser -u www-data -- test -r %s", ENV_FILE).rc != 0


@pytest.mark.parametrize("path", WRITABLE_BY_NOBODY_BUT_ROOT)
def test_app_user_cannot_write_its_code_or_virtualenv(host, path):
    """The app's processes can read their code and venv but never change them."""
    assert host.file(path).exists
    assert host.run("runuser -u %s -- test -w %s", APP, path).rc != 0


def test_app_user_has_no_login_shell(host):
    """The app's system user cannot log in."""
    assert host.user(APP).shell in ("/usr/sbin/nologin", "/bin/false")


def test_apache_configuration_passes_its_test_and_is_managed(host):
    """apache2ctl configtest passes without warnings (Apache has a ServerName); the
    vhost and the daemon process group carry the managed header; the app is delegated
    to its own group."""
    configtest = host.run("apache2ctl configtest")
    assert configtest.rc == 0
    said = (configtest.stdout + configtest.stderr).strip()
    assert said == "Syntax OK", said
    vhost = host.file(VHOST).content_string
    assert vhost.startswith("#\n# Ansible managed")
    assert f"process-group={APP} application-group=%{{GLOBAL}}" in vhost
    daemon = host.file(DAEMON).content_string
    assert daemon.startswith("#\n# Ansible managed")
    assert re.search(rf"^WSGIDaemonProcess {APP} \\$", daemon, re.MULTILINE)
    for option in TIMEOUT_OPTIONS:
        assert re.search(rf"\b{option}=\d+", daemon), option


def test_apache_is_enabled_and_running(host):
    """Apache stays enabled and running after the deploy."""
    apache = host.service("apache2")
    assert apache.is_enabled
    assert apache.is_running
    assert host.socket("tcp://0.0.0.0:80").is_listening


def test_check_mode_after_converge_reports_no_change():
    """A run of the main job in check mode after converge changes nothing."""
    assert_check_mode_changes_nothing()
