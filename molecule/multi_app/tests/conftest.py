"""Fixtures for the multi_app scenario: three apps on one host."""

from __future__ import annotations

import json
import time

import pytest
from http_checks import LOAD_SCRIPT, http_get, write_file

APPS = {
    "imdb": "imdb.localhost",
    "stock": "stock.localhost",
    "faulty": "faulty.localhost",
}

# A request each app answers in a way only that app's own settings can produce.
IDENTITY = {
    "imdb": {
        "path": "/whoami",
        "status": 200,
        "contains": '"settings_module": "imdb.settings"',
    },
    # The stock project has no /whoami: DEBUG's 404 page names its own URLconf.
    "stock": {"path": "/whoami", "status": 404, "contains": "stock.urls"},
    "faulty": {
        "path": "/whoami",
        "status": 200,
        "contains": '"settings_module": "faulty.settings"',
    },
}


def targets(*apps: str) -> list[dict]:
    """Load-generator targets that check each app's identity."""
    return [{"host": APPS[app], **IDENTITY[app]} for app in apps]


@pytest.fixture
def get(host):
    """Request a path of an app through Apache on the host under test."""
    return lambda app, path, max_time=20: http_get(host, path, APPS[app], max_time)


class BackgroundLoad:
    """Load against some apps that runs on the host until stopped."""

    def __init__(self, host, apps: tuple[str, ...], name: str) -> None:
        self.host = host
        self.targets_file = f"/tmp/{name}-targets.json"
        self.result_file = f"/tmp/{name}-result.json"
        self.stop_file = f"/tmp/{name}-stop"
        write_file(host, self.targets_file, json.dumps(targets(*apps)))
        host.check_output("rm -f %s %s", self.stop_file, self.result_file)
        host.check_output(
            "setsid nohup python3 %s --targets %s --until-file %s --max-seconds 600"
            " --concurrency 6 > %s 2>&1 < /dev/null &",
            LOAD_SCRIPT,
            self.targets_file,
            self.stop_file,
            self.result_file,
        )

    def stop(self) -> dict:
        """Stop the load and return its summary."""
        self.host.check_output("touch %s", self.stop_file)
        for _ in range(120):
            text = self.host.file(self.result_file).content_string
            if text.strip():
                return json.loads(text)
            time.sleep(1)
        raise AssertionError("the background load did not finish")


@pytest.fixture
def background_load(host):
    """Start load against some apps; whatever is still running is stopped after."""
    started: list[BackgroundLoad] = []

    def start(*apps: str, name: str = "load") -> BackgroundLoad:
        load = BackgroundLoad(host, apps, name)
        started.append(load)
        return load

    yield start
    for load in started:
        host.run("touch %s", load.stop_file)


def wait_for(check, seconds: float) -> float:
    """Call ``check`` until it returns true; return the seconds it took."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if check():
            return time.monotonic() - started
        time.sleep(0.5)
    raise AssertionError(f"not true within {seconds} s")


def failed_requests(summary: dict) -> list[dict]:
    """The targets of a load summary that had a mismatch or a failure."""
    return [t for t in summary["targets"] if t["mismatch"] or t["failure"]]
