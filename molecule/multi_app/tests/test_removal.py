"""Removing an app with state absent, while the other apps are under load.

Runs last in the scenario: it removes the faulty app for good.
"""

from __future__ import annotations

import os
import subprocess

from conftest import failed_requests


def test_removing_an_app_under_load_fails_no_request_of_the_others(
    host, get, background_load
):
    """state: absent removes faulty's vhost, daemons, code, environment and
    account; imdb and stock answer every request meanwhile; its data stays."""
    load = background_load("imdb", "stock", name="removal")
    result = subprocess.run(
        [
            "ansible-playbook",
            "-i",
            os.environ["MOLECULE_INVENTORY_FILE"],
            os.path.join(os.environ["MOLECULE_SCENARIO_DIRECTORY"], "converge.yml"),
            "-e",
            '{"multi_app_removed": ["faulty"]}',
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    summary = load.stop()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert failed_requests(summary) == [], summary
    assert sum(t["ok"] for t in summary["targets"]) > 100, summary

    assert get("faulty", "/whoami").status == 404
    assert not host.file("/etc/apache2/sites-enabled/django-apache-faulty.conf").exists
    assert not host.file("/srv/django-apache/faulty").exists
    assert not host.file("/etc/django-apache/faulty.env").exists
    assert not host.user("faulty").exists
    assert not host.group("faulty").exists
    assert host.file("/var/lib/django-apache/faulty").is_directory
    assert get("imdb", "/healthz").status == 200
