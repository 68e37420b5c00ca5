"""Shared fixtures for the imdb test suite."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.paths import CATALOGUE_PATH, SAMPLE_APP_DIR

# Variables a child Python process needs to find its interpreter and packages.
# Nothing that configures the project is passed through.
_PASSTHROUGH_VARIABLES = (
    "HOME",
    "LANG",
    "LC_ALL",
    "PATH",
    "PYTHONPATH",
    "SYSTEMROOT",
    "TMPDIR",
)

RunPython = Callable[..., subprocess.CompletedProcess[str]]
GetJson = Callable[..., tuple[int, Any]]


@pytest.fixture(scope="session")
def catalogue() -> dict[str, Any]:
    """The committed catalogue that the data migration loads."""
    return json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))


@pytest.fixture
def run_python() -> RunPython:
    """Run the current interpreter in ``sample_app/`` with a clean environment.

    Only the variables in ``env`` configure the project; the test run's own
    settings do not leak into the child process.
    """

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: int = 120
    ) -> subprocess.CompletedProcess[str]:
        child_env = {
            name: os.environ[name]
            for name in _PASSTHROUGH_VARIABLES
            if name in os.environ
        }
        child_env.update(env or {})
        return subprocess.run(
            [sys.executable, *args],
            cwd=SAMPLE_APP_DIR,
            env=child_env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run


@pytest.fixture
def get_json(client: Client) -> GetJson:
    """GET a path with query parameters; return (status code, decoded JSON)."""

    def get(path: str, **params: Any) -> tuple[int, Any]:
        response = client.get(path, params)
        assert response["Content-Type"] == "application/json", response.content
        return response.status_code, response.json()

    return get
