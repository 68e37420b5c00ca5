"""Sizing of mod_wsgi daemon process groups and Apache's event MPM from a workload.

An app may declare its workload instead of processes and threads:

    workload:
      requests_per_second: 1000   # arrival rate to serve
      serving_ms: 300             # mean time a request spends in the app
      cpu_share: 0.01             # part of that time spent on the CPU (0..1)
      process_memory_mb: 80       # resident memory of one daemon process

Concurrent requests follow Little's law: rate x serving time, times a headroom for
requests that take longer than declared. Requests do not arrive evenly, so the number
in flight swings around that mean; with independent arrivals its standard deviation
is the square root of the mean, and the daemons get two of those on top, so that a
burst finds a free thread instead of queueing in front of the daemons. Threads per
process are chosen so that a process's threads together keep about
one core busy (the GIL runs one thread at a time): CPU-heavy apps get few threads and
more processes, I/O-bound apps more threads. Apache's event MPM is then sized for the
sum over all apps plus room for static files, so Apache never queues requests in front
of the daemons.
"""

from __future__ import annotations

import math
from typing import Any

HEADROOM = 1.25
# Standard deviations of the number of requests in flight added for bursts. Measured
# with scripts/bench.py on 2 cores: the story's 1000 requests/s of 300 ms, sized
# without them (6 x 64 threads), had a p99 of 600 ms, as bursts briefly needed more
# threads than the daemons had; with them (7 x 64), 420-440 ms.
BURST_SIGMAS = 2
# Measured with scripts/bench.py on 2 cores: 1000 requests/s of a 300 ms view that
# waits ran faster in 6 processes x 64 threads than in 12 x 32 or 24 x 16 (fewer
# daemon processes to hand requests to); 2 x 192 was slower again.
MAX_THREADS = 64
DEFAULT_CPU_SHARE = 0.1
DEFAULT_PROCESS_MEMORY_MB = 80
# Part of the host's cores and memory the apps may plan to use; the rest is Apache,
# the OS and everything else on the host.
CPU_BUDGET = 0.9
MEMORY_BUDGET = 0.75
# Apache's event MPM. Measured with scripts/bench.py on 2 cores: children of 64
# threads (Apache's default ThreadLimit) spent less CPU per proxied request than
# Debian's 25, and starting every child up front, never reaping idle ones, kept a burst
# from queueing behind Apache spawning children one second at a time.
THREADS_PER_CHILD = 64
STATIC_WORKERS = 25
# Never fewer request workers than Debian's stock mpm_event.conf.
MIN_MAX_REQUEST_WORKERS = 150
# Processes and threads of a daemon group when neither they nor a workload are given.
FALLBACK_PROCESSES = 2
FALLBACK_THREADS = 15


class SizingError(ValueError):
    """A workload is invalid or does not fit the host."""


def size_app(app: dict[str, Any]) -> dict[str, Any]:
    """Processes, threads and demands of one app's daemon group.

    Explicit ``processes`` and ``threads`` win over a ``workload``; without either, the
    group gets FALLBACK_PROCESSES x FALLBACK_THREADS.
    """
    name = app.get("name", "?")
    workload = app.get("workload") or {}
    memory_mb = float(workload.get("process_memory_mb") or DEFAULT_PROCESS_MEMORY_MB)
    if workload:
        rate = float(workload.get("requests_per_second") or 0)
        serving_s = float(workload.get("serving_ms") or 0) / 1000
        cpu_share = float(workload.get("cpu_share", DEFAULT_CPU_SHARE))
        if rate <= 0 or serving_s <= 0 or not 0 < cpu_share <= 1 or memory_mb <= 0:
            raise SizingError(
                f"django_apache_apps[name={name}].workload needs requests_per_second"
                " > 0, serving_ms > 0, cpu_share in (0, 1] and process_memory_mb > 0;"
                f" got {workload}."
            )
        in_flight = rate * serving_s * HEADROOM
        slots = math.ceil(in_flight + BURST_SIGMAS * math.sqrt(in_flight))
        threads = max(1, min(MAX_THREADS, math.floor(1 / cpu_share)))
        threads = min(threads, slots)
        processes = math.ceil(slots / threads)
        cpu_cores = rate * serving_s * cpu_share
    else:
        processes, threads, cpu_cores = FALLBACK_PROCESSES, FALLBACK_THREADS, 0.0
    if app.get("processes"):
        processes = int(app["processes"])
    if app.get("threads"):
        threads = int(app["threads"])
    return {
        "name": name,
        "processes": processes,
        "threads": threads,
        "slots": processes * threads,
        "cpu_cores": round(cpu_cores, 2),
        "memory_mb": round(processes * memory_mb),
    }


def size_host(apps: list[dict[str, Any]], cores: int, memory_mb: int) -> dict[str, Any]:
    """Daemon groups of all apps on a host, Apache's MPM limits, and whether it fits.

    Raises SizingError naming the apps' demand, the host's budget, and how many hosts
    of this size the workload needs when it does not fit.
    """
    sized = [size_app(app) for app in apps]
    cpu = sum(a["cpu_cores"] for a in sized)
    memory = sum(a["memory_mb"] for a in sized)
    cpu_budget = cores * CPU_BUDGET
    memory_budget = memory_mb * MEMORY_BUDGET
    hosts = max(math.ceil(cpu / cpu_budget), math.ceil(memory / memory_budget), 1)
    if hosts > 1:
        raise SizingError(
            f"The apps' workloads need {cpu:.2f} cores and {memory:.0f} MB of daemon"
            f" processes; this host offers {cpu_budget:.2f} cores ({CPU_BUDGET:.0%} of"
            f" {cores}) and {memory_budget:.0f} MB ({MEMORY_BUDGET:.0%} of {memory_mb}"
            f" MB). It would take {hosts} hosts of this size behind a load balancer:"
            " split the workload (requests_per_second) across them, or use larger"
            " hosts."
        )
    workers = max(
        sum(a["slots"] for a in sized) + STATIC_WORKERS, MIN_MAX_REQUEST_WORKERS
    )
    children = math.ceil(workers / THREADS_PER_CHILD)
    max_request_workers = children * THREADS_PER_CHILD
    return {
        "apps": {a["name"]: a for a in sized},
        "cpu_cores": round(cpu, 2),
        "memory_mb": round(memory),
        "mpm": {
            "threads_per_child": THREADS_PER_CHILD,
            "thread_limit": max(64, THREADS_PER_CHILD),
            "max_request_workers": max_request_workers,
            # Every child from the start, and none reaped for being idle.
            "start_servers": children,
            "min_spare_threads": THREADS_PER_CHILD,
            "max_spare_threads": max_request_workers,
            # Room for children still finishing requests during a graceful restart.
            "server_limit": children + max(2, math.ceil(children / 4)),
        },
    }


def django_apache_size_host(
    apps: list[dict[str, Any]],
    defaults: dict[str, Any],
    cores: int,
    memory_mb: int,
) -> dict[str, Any]:
    """Filter form of size_host over the role's apps with state present, each
    completed from the role's app defaults. A SizingError becomes Ansible's own
    error."""
    from ansible.errors import AnsibleFilterError

    completed = [
        {
            **defaults,
            **app,
            "workload": {
                **(defaults.get("workload") or {}),
                **(app.get("workload") or {}),
            },
        }
        for app in apps
    ]
    present = [app for app in completed if app.get("state", "present") == "present"]
    try:
        return size_host(present, int(cores), int(memory_mb))
    except SizingError as error:
        raise AnsibleFilterError(str(error)) from error


class FilterModule:
    """The role's sizing filter."""

    def filters(self) -> dict[str, Any]:
        return {"django_apache_size_host": django_apache_size_host}
