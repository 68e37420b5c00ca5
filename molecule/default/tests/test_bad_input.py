"""Bad input stops the main job with a message naming the variable, before the role
changes anything on the hosts."""

from __future__ import annotations

import json

import pytest
from playbook_runs import (
    SITE_PLAYBOOK,
    assert_nothing_changed,
    output_tail,
    run_playbook,
)

SAMPLE_APP = {
    "name": "imdb",
    "src": "{{ playbook_dir }}/../sample_app",
    "settings_module": "imdb.settings",
    "server_name": "imdb.localhost",
}


@pytest.mark.parametrize(
    ("extra_vars", "message"),
    [
        ({"django_apache_mod_wsgi_source": "conda"}, "django_apache_mod_wsgi_source"),
        (
            {"django_apache_python": "/usr/bin/python3.99"},
            "django_apache_python (/usr/bin/python3.99) is not an executable",
        ),
        (
            {"django_apache_python": "/bin/sh"},
            "set django_apache_mod_wsgi_source: pypi",
        ),
        (
            {
                "django_apache_mod_wsgi_source": "pypi",
                "django_apache_mod_wsgi_version": "latest",
            },
            'django_apache_mod_wsgi_version ("latest") must be a release',
        ),
        (
            {"django_apache_apps": [{**SAMPLE_APP, "name": "Not-A-Name"}]},
            "django_apache_apps[name=Not-A-Name]: `name` must be lowercase",
        ),
        (
            {
                "django_apache_apps": [
                    {
                        **SAMPLE_APP,
                        "tls_certificate": "/etc/ssl/none.crt",
                        "tls_key": "/etc/ssl/none.key",
                    }
                ]
            },
            "tls_certificate /etc/ssl/none.crt with tls_key /etc/ssl/none.key cannot be"
            " loaded (FileNotFoundError",
        ),
        (
            {
                "django_apache_apps": [
                    {
                        **SAMPLE_APP,
                        "tls_certificate": "/etc/hostname",
                        "tls_key": "/etc/hostname",
                    }
                ]
            },
            "tls_certificate /etc/hostname with tls_key /etc/hostname cannot be loaded"
            " (ssl.SSLError",
        ),
        (
            {"django_apache_https_port": 80},
            "django_apache_http_port and django_apache_https_port are both 80",
        ),
        (
            {"django_apache_apps": [{**SAMPLE_APP, "src": ""}]},
            "django_apache_apps[name=imdb] needs exactly one code source",
        ),
        (
            {
                "django_apache_apps": [
                    {
                        **SAMPLE_APP,
                        "workload": {
                            "requests_per_second": 100000,
                            "serving_ms": 300,
                            "cpu_share": 0.1,
                        },
                    }
                ]
            },
            "hosts of this size behind a load balancer",
        ),
    ],
    ids=[
        "mod_wsgi source",
        "python",
        "python for distro",
        "mod_wsgi version",
        "app name",
        "tls files missing",
        "tls files not PEM",
        "ports",
        "code source",
        "workload",
    ],
)
def test_bad_input_fails_before_any_change(extra_vars, message):
    """The run fails on every host, says what is wrong, and changes nothing."""
    result = run_playbook(SITE_PLAYBOOK, "-e", json.dumps(extra_vars))
    assert result.returncode != 0, output_tail(result)
    said = " ".join((result.stdout + result.stderr).split())
    assert message in said, output_tail(result)
    assert_nothing_changed(result)
