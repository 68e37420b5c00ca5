"""Positions of the daemon process groups: the role's django_apache_daemon_slots."""

from __future__ import annotations

import pytest
from role_plugins import load

daemons = load("django_apache_daemons")

VACANT = daemons.VACANT


@pytest.mark.parametrize(
    ("current", "present", "slots"),
    [
        # A first deploy: the apps in their given order.
        ([], ["imdb", "blog"], ["imdb", "blog"]),
        # A new app goes last; nobody moves.
        (["imdb", "blog"], ["imdb", "blog", "shop"], ["imdb", "blog", "shop"]),
        # A removed app leaves a vacant slot, so blog keeps its position.
        (["imdb", "faulty", "blog"], ["imdb", "blog"], ["imdb", VACANT + "-1", "blog"]),
        # The next new app takes the vacant slot.
        (
            ["imdb", VACANT + "-1", "blog"],
            ["imdb", "blog", "shop"],
            ["imdb", "shop", "blog"],
        ),
        # A vacant slot at the end is dropped: nothing comes after it.
        (["imdb", "blog", "faulty"], ["imdb", "blog"], ["imdb", "blog"]),
        (["imdb", VACANT + "-1", VACANT + "-2"], ["imdb"], ["imdb"]),
    ],
)
def test_daemon_slots_never_shift_a_running_app(current, present, slots):
    """Each remaining app keeps the position of its daemon process group."""
    assert daemons.daemon_slots(current, present) == slots
    for name in present:
        if name in current:
            assert slots.index(name) == current.index(name)
