"""Runs of a playbook against a scenario's hosts, from its testinfra checks."""

from __future__ import annotations

import os
import re
import subprocess

SITE_PLAYBOOK = os.path.join(
    os.environ.get("MOLECULE_PROJECT_DIRECTORY", ""), "playbooks", "site.yml"
)


def run_playbook(playbook: str, *args: str) -> subprocess.CompletedProcess[str]:
    """ansible-playbook ``playbook`` with ``args`` on the scenario's inventory."""
    return subprocess.run(
        [
            "ansible-playbook",
            "-i",
            os.environ["MOLECULE_INVENTORY_FILE"],
            playbook,
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def output_tail(result: subprocess.CompletedProcess[str]) -> str:
    """The end of a run's output, for an assertion's message."""
    return result.stdout[-3000:] + result.stderr[-3000:]


def changed_counts(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    """changed= of each host in a run's recap."""
    recap = result.stdout.split("PLAY RECAP", 1)[1]
    return {
        host: int(count)
        for host, count in re.findall(r"^(\S+)\s+:.*changed=(\d+)", recap, re.MULTILINE)
    }


def assert_nothing_changed(result: subprocess.CompletedProcess[str]) -> None:
    """Every host in a run's recap reports changed=0."""
    changed = changed_counts(result)
    assert changed, output_tail(result)
    assert set(changed.values()) == {0}, output_tail(result)


def assert_check_mode_changes_nothing() -> None:
    """The main job, run in check mode on the scenario's converged hosts, succeeds
    and reports no change."""
    result = run_playbook(SITE_PLAYBOOK, "--check")
    assert result.returncode == 0, output_tail(result)
    assert_nothing_changed(result)
