"""Removing an app with state absent, while the other apps are under load.

Runs last in the scenario: it removes the faulty app for good.

Removing an app changes Apache's configuration, and a graceful reload of Apache
restarts every mod_wsgi daemon process group. A request that reaches a daemon in that
moment can fail: mod_wsgi answers 503 while the parent re-creates the daemon's socket
("Unable to connect to WSGI daemon process") and 500 for a request queued on the old
socket when the old daemon exits ("Truncated or oversized response headers"). The test
allows exactly those, each logged by mod_wsgi, and nothing else: no answer from
another app, no timeout, no refused connection.
"""

from __future__ import annotations

import os

from conftest import failed_requests
from playbook_runs import output_tail, run_playbook

# mod_wsgi's own errors at a reload; each failed request logs one of them.
RELOAD_ERRORS = (
    "Unable to connect to WSGI daemon process",
    "Truncated or oversized response headers",
)
OTHER_APPS = ("imdb", "stock")


def reload_errors_logged(host) -> int:
    pattern = "|".join(RELOAD_ERRORS)
    with host.sudo():
        return sum(
            int(
                host.run(
                    f"grep -cE '{pattern}' /var/log/apache2/{app}_error.log"
                ).stdout.strip()
                or 0
            )
            for app in OTHER_APPS
        )


def test_removing_an_app_under_load_fails_no_request_of_the_others(
    host, get, background_load
):
    """state: absent removes faulty's vhost, daemons, code, environment and
    account; imdb and stock answer every request meanwhile; its data stays."""
    logged_before = reload_errors_logged(host)
    load = background_load(*OTHER_APPS, name="removal")
    result = run_playbook(
        os.path.join(os.environ["MOLECULE_SCENARIO_DIRECTORY"], "converge.yml"),
        "-e",
        '{"multi_app_removed": ["faulty"]}',
    )
    summary = load.stop()
    assert result.returncode == 0, output_tail(result)
    answered = sum(t["ok"] for t in summary["targets"])
    assert answered > 100, summary
    for target in failed_requests(summary):
        assert target["failure"] == 0, summary
        assert set(target["mismatch_statuses"]) <= {"500", "503"}, summary
    lost = sum(t["mismatch"] for t in summary["targets"])
    # Only the moment of the reload: a small fraction of the requests.
    assert lost <= answered // 100, summary
    assert reload_errors_logged(host) - logged_before >= lost, summary

    assert get("faulty", "/whoami").status == 404
    assert not host.file("/etc/apache2/sites-enabled/django-apache-faulty.conf").exists
    assert not host.file("/srv/django-apache/faulty").exists
    assert not host.file("/etc/django-apache/faulty.env").exists
    assert not host.user("faulty").exists
    assert not host.group("faulty").exists
    assert host.file("/var/lib/django-apache/faulty").is_directory
    assert get("imdb", "/healthz").status == 200
