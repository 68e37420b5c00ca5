"""Three apps on one host: each isolated from the others, under load and faults."""

from __future__ import annotations

import json
import time

import pytest
from conftest import (
    APPS,
    LOAD_SCRIPT,
    failed_requests,
    targets,
    wait_for,
)
from http_checks import daemon_processes, http_get, write_file

PROCESSES = {"imdb": 2, "stock": 2, "faulty": 2}


def test_settings_never_leak_under_interleaved_load(host):
    """2,100 interleaved concurrent requests: each answered by its own app."""
    write_file(host, "/tmp/leak-targets.json", json.dumps(targets(*APPS)))
    summary = json.loads(
        host.check_output(
            "python3 %s --targets /tmp/leak-targets.json --requests 2100"
            " --concurrency 12",
            LOAD_SCRIPT,
        )
    )
    assert sum(t["ok"] for t in summary["targets"]) == 2100, summary
    assert failed_requests(summary) == [], summary


@pytest.mark.parametrize("app", list(APPS))
def test_each_app_runs_as_its_own_user_in_its_own_group(host, get, app):
    """(wsgi:<app>) processes, as many as configured, all owned by <app>. faulty
    recycles a process every 40 requests (maximum_requests), so for the moment one
    restarts it may have one fewer: the count must come back within seconds."""
    get(app, "/whoami")
    wait_for(lambda: len(daemon_processes(host, app)) == PROCESSES[app], 15)
    assert {user for user, _ in daemon_processes(host, app)} == {app}


@pytest.mark.parametrize(
    ("reader", "path"),
    [
        ("imdb", "/etc/django-apache/faulty.env"),
        ("faulty", "/etc/django-apache/imdb.env"),
        ("stock", "/etc/django-apache/imdb.env"),
        ("faulty", "/var/lib/django-apache/imdb/db/db.sqlite3"),
        ("stock", "/var/lib/django-apache/imdb/db/db.sqlite3"),
        ("imdb", "/srv/django-apache/stock/current/src/stock/settings.py"),
    ],
)
def test_an_app_cannot_read_another_apps_secrets(host, reader, path):
    """Environment files, databases and code are private to their own app."""
    assert host.run("test -e %s", path).rc == 0
    assert host.run("runuser -u %s -- cat %s", reader, path).rc != 0


def test_an_app_mounted_under_a_path_of_another_apps_host(host):
    """/mounted on imdb's host is served by the app "mounted", as its own user;
    the rest of that host is still imdb."""
    mounted = http_get(host, "/mounted/whoami", APPS["imdb"])
    assert mounted.status == 200
    assert mounted.json()["settings_module"] == "faulty.settings"
    assert {user for user, _ in daemon_processes(host, "mounted")} == {"mounted"}
    imdb = http_get(host, "/whoami", APPS["imdb"])
    assert imdb.json()["settings_module"] == "imdb.settings"
    assert http_get(host, "/movie", APPS["imdb"]).json()["count"] >= 200


def test_unknown_host_gets_the_catch_all_answer(host):
    """A Host header of no app is answered by Apache's catch-all vhost."""
    out = host.check_output(
        "curl -s -w ' %{http_code}' -H 'Host: nobody.localhost' http://127.0.0.1/"
    )
    assert out.endswith(" 404")
    assert "No site is configured for this host name." in out


def test_killing_one_apps_daemons_leaves_the_others_serving(host, get, background_load):
    """kill -9 of faulty's daemons: imdb and stock answer every request meanwhile,
    and faulty serves again within seconds."""
    load = background_load("imdb", "stock", name="kill")
    time.sleep(2)
    victims = [pid for _, pid in daemon_processes(host, "faulty")]
    assert victims
    host.check_output("kill -9 " + " ".join(str(pid) for pid in victims))
    recovered_in = wait_for(lambda: get("faulty", "/healthz").status == 200, 20)
    time.sleep(2)
    summary = load.stop()
    assert failed_requests(summary) == [], summary
    assert sum(t["ok"] for t in summary["targets"]) > 50, summary
    assert recovered_in < 15
    assert not set(victims) & {pid for _, pid in daemon_processes(host, "faulty")}


def test_an_app_whose_import_fails_breaks_only_itself(host, get):
    """Broken settings give 500 for that app alone; the others answer 200."""
    env_file = "/etc/django-apache/faulty.env"
    entry = "/srv/django-apache/faulty/current/wsgi.py"
    host.check_output("echo \"FAULTY_BROKEN_SETTINGS='1'\" >> %s", env_file)
    host.check_output("touch %s", entry)
    try:
        assert wait_for(lambda: get("faulty", "/healthz").status == 500, 20) >= 0
        assert get("imdb", "/healthz").status == 200
        assert get("stock", "/admin/login/").status == 200
        log = host.file("/var/log/apache2/faulty_error.log").content_string
        assert "FAULTY_BROKEN_SETTINGS=1" in log
    finally:
        host.check_output("sed -i '/^FAULTY_BROKEN_SETTINGS=/d' %s", env_file)
        host.check_output("touch %s", entry)
    wait_for(lambda: get("faulty", "/healthz").status == 200, 20)


def test_a_hanging_request_is_ended_by_request_timeout(host, get):
    """A request that would sleep 120 s is ended by request-timeout (4 s, averaged
    over the process's 2 threads) and the process group serves again."""
    started = time.monotonic()
    response = get("faulty", "/hang?s=120", max_time=90)
    elapsed = time.monotonic() - started
    assert response.status >= 500
    assert elapsed < 45
    wait_for(lambda: get("faulty", "/healthz").status == 200, 20)
    assert get("imdb", "/healthz").status == 200


def test_a_leaking_app_is_recycled_by_maximum_requests(host):
    """faulty keeps 1 MB per /leak request; maximum-requests=40 recycles its
    processes, so none ever holds more than 40 MB and new processes take over. A
    request that meets a process at its recycling can get Apache's 500 or 503 (as at
    a reload); curl retries those, and every request must still be answered."""
    out = host.check_output(
        "for i in $(seq 1 120); do"
        " curl -s --retry 3 --retry-delay 1 -H 'Host: faulty.localhost'"
        " 'http://127.0.0.1/leak?mb=1'; echo;"
        " done"
    )
    answers = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(answers) == 120
    assert max(a["leaked_mb"] for a in answers) <= 40
    assert len({a["pid"] for a in answers}) >= 3
