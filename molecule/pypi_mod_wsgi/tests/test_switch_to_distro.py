"""Switching back to Debian's mod_wsgi. Runs after test_pypi_mod_wsgi.py (files run
in name order), since it changes the host."""

from __future__ import annotations

from conftest import MOD_WSGI_VENV, apache_parent_pid, mapped_mod_wsgi
from playbook_runs import SITE_PLAYBOOK, output_tail, run_playbook


def test_switching_back_to_debian_mod_wsgi_removes_the_built_one(get, host):
    """With source distro again, Debian's package is back, the built module and its
    virtualenv are gone, and the app answers on Debian's module."""
    result = run_playbook(SITE_PLAYBOOK, "-e", "django_apache_mod_wsgi_source=distro")
    assert result.returncode == 0, output_tail(result)
    assert host.package("libapache2-mod-wsgi-py3").is_installed
    assert not host.file(MOD_WSGI_VENV).exists
    [loaded] = mapped_mod_wsgi(host, apache_parent_pid(host))
    assert loaded.startswith("/usr/lib/apache2/modules/mod_wsgi.so")
    assert get("/movie").status == 200
