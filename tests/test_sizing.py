"""The sizing arithmetic of the role's django_apache_size_host filter."""

from __future__ import annotations

import pytest
from role_plugins import load

sizing = load("django_apache_sizing")


def workload(rps: float, serving_ms: float, cpu_share: float, **extra) -> dict:
    return {
        "requests_per_second": rps,
        "serving_ms": serving_ms,
        "cpu_share": cpu_share,
        **extra,
    }


@pytest.mark.parametrize(
    ("load", "processes", "threads"),
    [
        # The story: 1000 req/s of a 300 ms view that mostly waits (about 1.5 ms of
        # CPU a request): 375 in flight + 2 x sqrt(375) = 414 slots, in processes of
        # 64 threads.
        (workload(1000, 300, 0.005), 7, 64),
        # The same rate of CPU-bound 2 ms requests: 2.5 + 2 x sqrt(2.5) = 6 slots of
        # one thread each.
        (workload(1000, 2, 1.0), 6, 1),
        # Half CPU, half waiting: two threads keep one core busy (20 slots).
        (workload(200, 50, 0.5), 10, 2),
        # A tenth on the CPU: ten threads a process (20 slots).
        (workload(100, 100, 0.1), 2, 10),
        # Tiny workloads never get more threads than slots.
        (workload(1, 100, 0.001), 1, 1),
        # An I/O-bound app gets at most 64 threads a process (675 slots).
        (workload(500, 1000, 0.001), 11, 64),
    ],
)
def test_workload_gives_processes_and_threads(load, processes, threads):
    """Little's law with 25 % headroom and two standard deviations for bursts,
    split by the app's CPU share."""
    sized = sizing.size_app({"name": "app", "workload": load})
    assert (sized["processes"], sized["threads"]) == (processes, threads)
    assert sized["slots"] >= load["requests_per_second"] * load["serving_ms"] / 1000


def test_explicit_processes_and_threads_win_over_the_workload():
    """Given processes and threads are used as they are."""
    sized = sizing.size_app(
        {
            "name": "app",
            "processes": 3,
            "threads": 4,
            "workload": workload(1000, 300, 0.01),
        }
    )
    assert (sized["processes"], sized["threads"]) == (3, 4)


def test_without_workload_the_group_gets_the_fallback_size():
    """No workload and no sizes: 2 processes x 15 threads."""
    sized = sizing.size_app({"name": "app"})
    assert (sized["processes"], sized["threads"]) == (2, 15)


@pytest.mark.parametrize(
    ("apps", "max_request_workers", "server_limit"),
    [
        # 7 x 64 = 448 daemon slots + 25 static: 8 children of 64 threads.
        ([{"name": "a", "workload": workload(1000, 300, 0.005)}], 512, 10),
        # Two fallback apps: 60 slots + 25, below Debian's stock 150: 3 children.
        ([{"name": "a"}, {"name": "b"}], 192, 5),
        # Two sized apps add up.
        (
            [
                {"name": "a", "processes": 4, "threads": 25},
                {"name": "b", "processes": 2, "threads": 50},
            ],
            256,
            6,
        ),
    ],
)
def test_mpm_limits_cover_every_app_plus_static_files(
    apps, max_request_workers, server_limit
):
    """MaxRequestWorkers covers the sum of daemon slots plus 25 for static files."""
    host = sizing.size_host(apps, cores=2, memory_mb=24 * 1024)
    mpm = host["mpm"]
    assert mpm["max_request_workers"] == max_request_workers
    assert mpm["server_limit"] == server_limit
    assert mpm["max_request_workers"] % mpm["threads_per_child"] == 0
    assert mpm["server_limit"] * mpm["threads_per_child"] >= max_request_workers
    slots = sum(app["slots"] for app in host["apps"].values())
    assert mpm["max_request_workers"] >= slots + sizing.STATIC_WORKERS


def test_every_apache_child_starts_up_front_and_stays():
    """StartServers starts all children; MaxSpareThreads never reaps an idle one."""
    host = sizing.size_host(
        [{"name": "a", "workload": workload(1000, 300, 0.005)}],
        cores=2,
        memory_mb=24 * 1024,
    )
    mpm = host["mpm"]
    assert mpm["start_servers"] * mpm["threads_per_child"] == mpm["max_request_workers"]
    assert mpm["max_spare_threads"] == mpm["max_request_workers"]
    assert mpm["min_spare_threads"] <= mpm["max_spare_threads"]


@pytest.mark.parametrize(
    ("apps", "cores", "memory_mb", "hosts"),
    [
        # 1000 req/s of 300 ms at 10 % CPU needs 30 cores: 17 two-core hosts.
        ([{"name": "a", "workload": workload(1000, 300, 0.1)}], 2, 24 * 1024, 17),
        # 40 processes of 2 GB need 80 GB: 5 hosts of 24 GiB (18 GiB budget each).
        (
            [
                {
                    "name": "a",
                    "workload": workload(10000, 200, 0.0001, process_memory_mb=2000),
                }
            ],
            64,
            24 * 1024,
            5,
        ),
    ],
)
def test_a_workload_that_does_not_fit_is_refused_with_the_hosts_it_needs(
    apps, cores, memory_mb, hosts
):
    """The error says what is needed, what the host has, and how many hosts."""
    with pytest.raises(sizing.SizingError, match=rf"It would take {hosts} hosts"):
        sizing.size_host(apps, cores=cores, memory_mb=memory_mb)


@pytest.mark.parametrize(
    "bad",
    [
        workload(0, 300, 0.1),
        workload(100, 0, 0.1),
        workload(100, 300, 0),
        workload(100, 300, 1.5),
        workload(100, 300, 0.1, process_memory_mb=-1),
    ],
)
def test_an_invalid_workload_is_refused_by_name(bad):
    """The error names the app and the workload keys."""
    with pytest.raises(sizing.SizingError, match=r"django_apache_apps\[name=web\]"):
        sizing.size_app({"name": "web", "workload": bad})
