"""Positions of the apps' mod_wsgi daemon process groups in Apache's configuration."""

from __future__ import annotations

from typing import Any

VACANT = "django-apache-vacant"


def daemon_slots(current: list[str], present: list[str]) -> list[str]:
    """Order of the WSGIDaemonProcess definitions after a change of apps.

    ``current`` is the order in the configuration now (vacant slots included),
    ``present`` the apps to serve.

    mod_wsgi names each daemon socket after the definition's position in Apache's
    configuration. If a removal shifted the apps after it, Apache workers still
    running the old configuration during a graceful restart would connect to a
    socket that no longer exists and answer 503. So positions never shift: a removed
    app leaves a vacant slot (a one-thread placeholder group) that the next new app
    takes; new apps otherwise go last; vacant slots at the end are dropped.
    See https://github.com/GrahamDumpleton/mod_wsgi/issues/929 for how the socket
    path is made.
    """
    slots = [
        name if name in present and not name.startswith(VACANT) else ""
        for name in current
    ]
    for name in present:
        if name in slots:
            continue
        if "" in slots:
            slots[slots.index("")] = name
        else:
            slots.append(name)
    while slots and not slots[-1]:
        slots.pop()
    return [name or f"{VACANT}-{index}" for index, name in enumerate(slots)]


def slot_files(slots: list[str]) -> list[str]:
    """File name of each daemon process group: position, then name."""
    return [f"{index:03d}-{name}.conf" for index, name in enumerate(slots)]


class FilterModule:
    """The role's daemon position filters."""

    def filters(self) -> dict[str, Any]:
        return {
            "django_apache_daemon_slots": daemon_slots,
            "django_apache_slot_files": slot_files,
        }
