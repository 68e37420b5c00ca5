"""mod_wsgi built from PyPI replaces Debian's and serves the sample app."""

from __future__ import annotations

from conftest import (
    APP,
    MOD_WSGI_VENV,
    MOD_WSGI_VERSION,
    apache_parent_pid,
    mapped_mod_wsgi,
)
from http_checks import daemon_processes
from playbook_runs import assert_check_mode_changes_nothing


def test_debian_mod_wsgi_is_removed(host):
    """The package prepare.yml installed is gone, and so is its load file."""
    assert not host.package("libapache2-mod-wsgi-py3").is_installed
    load = host.file("/etc/apache2/mods-available/wsgi.load").content_string
    assert MOD_WSGI_VENV in load
    assert "/usr/lib/apache2/modules/mod_wsgi.so" not in load


def test_apache_loads_only_the_module_built_in_the_venv(host):
    """Apache's parent maps exactly one mod_wsgi, the built one, and the app's daemons
    are its children (forked with it: a daemon's own maps need ptrace rights that a
    container's root lacks)."""
    built = host.check_output("%s/bin/mod_wsgi-express module-location", MOD_WSGI_VENV)
    assert built.startswith(f"{MOD_WSGI_VENV}/")
    parent = apache_parent_pid(host)
    assert mapped_mod_wsgi(host, parent) == {built}
    daemons = daemon_processes(host, APP)
    assert daemons
    for _user, pid in daemons:
        assert int(host.check_output("ps -o ppid= -p %s", str(pid))) == parent


def test_module_is_built_for_the_apps_python(host):
    """The module links the libpython of /usr/bin/python3, the apps' Python."""
    version = host.check_output(
        "/usr/bin/python3 -c %s",
        "import sys; print('%d.%d' % sys.version_info[:2])",
    )
    built = host.check_output("%s/bin/mod_wsgi-express module-location", MOD_WSGI_VENV)
    assert f"libpython{version}.so" in host.check_output("ldd %s", built)
    release_python = host.file(f"/srv/django-apache/{APP}/current/venv/bin/python")
    assert release_python.linked_to.startswith("/usr/bin/python3")


def test_apache_reports_the_pypi_version(host):
    """Apache's error log names the mod_wsgi version built from PyPI at startup."""
    log = host.file("/var/log/apache2/error.log").content_string
    last_start = [line for line in log.splitlines() if "configured --" in line][-1]
    assert f"mod_wsgi/{MOD_WSGI_VERSION}" in last_start


def test_sample_app_is_served_by_its_daemons(get, host):
    """The catalogue comes over HTTP from the app's own daemon processes."""
    response = get("/movie")
    assert response.status == 200
    assert response.json()["count"] >= 200
    assert get("/whoami").json()["settings_module"] == "imdb.settings"
    assert {user for user, _pid in daemon_processes(host, APP)} == {APP}


def test_check_mode_after_converge_reports_no_change():
    """A run in check mode after converge changes nothing, the build included."""
    assert_check_mode_changes_nothing()
