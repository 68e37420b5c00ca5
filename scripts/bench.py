"""Benchmark the sample app under four server configurations, side by side.

Runs on the controller (``make bench``) against the bench host, a local container that
``make bench`` made. For each of two workloads it deploys the sample app with the role,
sized for that workload (inventory/bench, ``-e bench_workload=...``), and then serves
the same release under:

  A  the role's sizing for the workload, as deployed
  B  Debian's stock settings: mod_wsgi daemon defaults, stock mpm_event
  C  mod_wsgi embedded mode (Python inside Apache's workers), A's MPM limits
  D  gunicorn (gthread) with A's processes x threads, an access log like Apache's
  E  D's gunicorn in the libpython shared library that mod_wsgi loads, not in the
     python3 executable: the two servers on the same build of the interpreter

The workloads:

  story  GET /slow?ms=300 (a 300 ms view) offered at 1000 requests/s
  cpu    GET /movie?page=3 as fast as the server answers (closed loop)

plus the ceilings of the cpu workload: the app called in-process, without HTTP, on one
core, times the cores, once in the python3 executable (as gunicorn runs the app) and
once in the libpython shared library (as mod_wsgi runs it). The load generator is hey,
from Debian, inside the bench host, each process with GOMAXPROCS=1 and compression
off; its CPU use is reported. hey paces each of its workers
with a ticker of its own, all started at once, so one hey process offers its rate in
bursts of all its workers together. The story's 1000 requests/s therefore come from
four hey processes started a quarter of a period apart: 100 requests every 100 ms.

Each configuration runs three times, in rounds of A, B, C, D, E; the run with the median
requests/s is reported. Writes build/bench/results.csv
(config,workload,rps,p50_ms,p99_ms,errors,rss_mb), every run in
build/bench/rounds.csv, build/bench/results.png, and prints a table.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shlex
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

HOST = "django-apache-bench"
APP = "imdb"
APP_ROOT = f"/srv/django-apache/{APP}"
CURRENT = f"{APP_ROOT}/current"
SERVER_NAME = "imdb.localhost"
CONF = "/etc/apache2"
VHOST = f"{CONF}/sites-enabled/django-apache-{APP}.conf"
DAEMON = f"{CONF}/django-apache-daemons/000-{APP}.conf"
SERVER_CONF = f"{CONF}/conf-available/django-apache.conf"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"

WORKLOADS = {
    # 4 hey processes of 100 workers, each worker capped at 2.5 requests/s: 1000
    # offered per second, the processes started 100 ms apart.
    "story": {
        "path": "/slow?ms=300",
        "generators": 4,
        "args": ["-c", "100", "-q", "2.5"],
        "period_s": 1 / 2.5,
    },
    "cpu": {"path": "/movie?page=3", "generators": 1, "args": ["-c", "16"]},
}

STOCK_MPM_EVENT = """<IfModule mpm_event_module>
    StartServers             2
    MinSpareThreads         25
    MaxSpareThreads         75
    ThreadLimit             64
    ThreadsPerChild         25
    MaxRequestWorkers      150
    MaxConnectionsPerChild   0
</IfModule>
"""

# Embedded mode's entry: the app's database directory is private to the app's user,
# so Apache's workers read a copy; then the role's own entry script takes over.
EMBEDDED_ENTRY = f"""import os
import runpy

os.environ["DJANGO_SQLITE_PATH"] = "/var/lib/bench-embedded/db.sqlite3"
application = runpy.run_path("{CURRENT}/wsgi.py")["application"]
"""


@dataclass
class Result:
    config: str
    workload: str
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    rss_mb: float
    loadgen_cpu_s: float = 0.0
    # CPU time the server's processes spent per answered request, in ms.
    server_cpu_ms: float = 0.0


def sh(command: str, check: bool = True) -> str:
    """Run a shell command on the bench host as root; return its stdout."""
    done = subprocess.run(
        ["docker", "exec", HOST, "bash", "-c", command],
        capture_output=True,
        text=True,
        check=False,
    )
    if check and done.returncode != 0:
        sys.exit(f"bench host: {command!r} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def write(path: str, content: str) -> None:
    subprocess.run(
        ["docker", "exec", "-i", HOST, "tee", path],
        input=content,
        text=True,
        capture_output=True,
        check=True,
    )


def wait_http(url_host: str, port: int, path: str = "/healthz") -> None:
    for _ in range(120):
        status = sh(
            f"curl -s -o /dev/null -w '%{{http_code}}' -H 'Host: {url_host}'"
            f" http://127.0.0.1:{port}{path}",
            check=False,
        )
        if status == "200":
            return
        time.sleep(0.5)
    sys.exit(f"bench host: {path} on port {port} did not answer 200")


def role_sizing() -> tuple[int, int]:
    """Processes and threads the role gave the app's daemon process group."""
    vhost = sh(f"cat {DAEMON}")
    processes = int(re.search(r"processes=(\d+)", vhost).group(1))
    threads = int(re.search(r"threads=(\d+)", vhost).group(1))
    return processes, threads


def apache_restart() -> None:
    sh("apache2ctl configtest && systemctl restart apache2")
    wait_http(SERVER_NAME, 80)


def configure_a(saved: dict[str, str]) -> None:
    """The role's configuration, as deployed."""
    for path, content in saved.items():
        write(path, content)
    sh(f"rm -f {CONF}/conf-enabled/zz-bench-embedded.conf")
    sh(f"ln -sf ../conf-available/django-apache-mpm-limits.conf {CONF}/conf-enabled/")
    apache_restart()


def configure_b(saved: dict[str, str]) -> None:
    """mod_wsgi daemon defaults (1 process, 15 threads, no timeouts), stock MPM."""
    write(
        DAEMON,
        f"WSGIDaemonProcess {APP} user={APP} group={APP}"
        f" python-home={CURRENT}/venv python-path={CURRENT}/src"
        " display-name=%{GROUP}\n",
    )
    write(f"{CONF}/mods-available/mpm_event.conf", STOCK_MPM_EVENT)
    sh(f"rm -f {CONF}/conf-enabled/django-apache-mpm-limits.conf")
    apache_restart()


def configure_c(saved: dict[str, str]) -> None:
    """Embedded mode: the app inside Apache's own worker processes (as www-data,
    which joins the app's group to read its code and environment), A's MPM."""
    for path, content in saved.items():
        write(path, content)
    sh(f"ln -sf ../conf-available/django-apache-mpm-limits.conf {CONF}/conf-enabled/")
    sh("usermod -aG imdb www-data")
    # The app's database directory is private to its user; embedded mode reads a copy.
    sh(
        "install -d -o www-data -g www-data -m 0700 /var/lib/bench-embedded && "
        "install -o www-data -g www-data -m 0600"
        f" /var/lib/django-apache/{APP}/db/db.sqlite3"
        " /var/lib/bench-embedded/db.sqlite3"
    )
    write("/var/lib/bench-embedded/wsgi.py", EMBEDDED_ENTRY)
    write(DAEMON, "# No daemon process group: embedded mode.\n")
    vhost = saved[VHOST].replace(f"    WSGIProcessGroup {APP}\n", "")
    vhost = re.sub(
        r"WSGIScriptAlias / \S+ .*",
        "WSGIScriptAlias / /var/lib/bench-embedded/wsgi.py"
        " application-group=%{GLOBAL}\n"
        "    <Directory /var/lib/bench-embedded>\n        Require all granted\n"
        "    </Directory>",
        vhost,
    )
    write(VHOST, vhost)
    # The role's WSGIRestrictEmbedded On must itself become Off: a later Off does not
    # undo it, and Apache's workers then crash at the first request.
    write(
        SERVER_CONF,
        saved[SERVER_CONF].replace(
            "WSGIRestrictEmbedded On", "WSGIRestrictEmbedded Off"
        ),
    )
    write(
        f"{CONF}/conf-enabled/zz-bench-embedded.conf",
        f"WSGIPythonHome {CURRENT}/venv\nWSGIPythonPath {CURRENT}/src\n",
    )
    apache_restart()


def restore_apache(saved: dict[str, str]) -> None:
    for path, content in saved.items():
        write(path, content)
    sh(f"rm -f {CONF}/conf-enabled/zz-bench-embedded.conf /var/lib/bench-embedded -r")
    sh(f"ln -sf ../conf-available/django-apache-mpm-limits.conf {CONF}/conf-enabled/")
    sh("gpasswd -d www-data imdb >/dev/null 2>&1 || true")


def configure_d(processes: int, threads: int, libpython: bool = False) -> None:
    """gunicorn gthread with A's processes x threads, Apache stopped; with
    ``libpython``, run by the libpython shared library (as mod_wsgi runs Python)
    instead of the python3 executable."""
    gunicorn = f"{CURRENT}/venv/bin/gunicorn"
    if libpython:
        build_embedder()
        write(GUNICORN_PY, GUNICORN_RUN)
        sh(f"chmod 644 {GUNICORN_PY}")
        gunicorn = f"{EMBED} {CURRENT}/venv/bin/python {GUNICORN_PY}"
    sh("systemctl stop apache2")
    sh(
        "cd /srv/django-apache/imdb/current/src && "
        "setsid runuser -u imdb -- sh -c"
        " 'set -a; . /etc/django-apache/imdb.env; set +a;"
        f" DJANGO_STATIC_ROOT={CURRENT}/static exec {gunicorn}"
        f" --worker-class gthread --workers {processes} --threads {threads}"
        " --bind 127.0.0.1:8000 --backlog 2048 --log-level warning"
        # An access log line per request, as Apache writes for A, B and C.
        " --access-logfile /tmp/gunicorn-access.log imdb.wsgi'"
        " > /tmp/gunicorn.log 2>&1 < /dev/null &"
    )
    wait_http(SERVER_NAME, 8000)


def stop_d() -> None:
    """Stop D's or E's gunicorn (both have "gunicorn" in their command lines)."""
    sh("pkill -f '[g]unicorn' || true; sleep 2; systemctl start apache2")


def rss_mb(config: str) -> float:
    if config in GUNICORN_CONFIGS:
        pids = sh("pgrep -f '[g]unicorn' || true").split()
    else:
        pids = sh("pgrep -x apache2 || true").split()
    if not pids:
        return 0.0
    total_kb = sum(int(x) for x in sh(f"ps -o rss= -p {','.join(pids)}").split())
    return round(total_kb / 1024, 1)


# Runs on the bench host: start the hey processes a fraction of the pacing period
# apart, wait for all, and report their outputs, their CPU time, and the CPU time the
# server's processes (Apache's, its mod_wsgi daemons', gunicorn's) spent meanwhile,
# as JSON.
GENERATORS = """
import json, os, resource, subprocess, sys, time
commands, stagger = json.loads(sys.argv[1]), float(sys.argv[2])
def server_cpu():
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = open(f"/proc/{pid}/stat").read()
            cmdline = open(f"/proc/{pid}/cmdline").read()
        except OSError:
            continue
        comm, fields = stat[stat.index("(") + 1:stat.rindex(")")], stat.split(")")[-1]
        if comm == "apache2" or "(wsgi:" in cmdline or "gunicorn" in cmdline:
            total += sum(int(t) for t in fields.split()[11:13])
    return total / os.sysconf("SC_CLK_TCK")
env = {**os.environ, "GOMAXPROCS": "1"}
before, procs = server_cpu(), []
for command in commands:
    procs.append(subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env))
    time.sleep(stagger)
outs = [p.communicate()[0] for p in procs]
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"outs": outs, "cpu": usage.ru_utime + usage.ru_stime,
                  "server_cpu": server_cpu() - before}))
"""


@dataclass
class HeyRun:
    """What one hey process reported."""

    ok: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @classmethod
    def parse(cls, out: str) -> HeyRun:
        total = float(re.search(r"Total:\s+([\d.]+) secs", out).group(1))
        ok = sum(int(n) for n in re.findall(r"\[200\]\s+(\d+) responses", out))
        statuses = sum(int(n) for n in re.findall(r"\[\d+\]\s+(\d+) responses", out))
        transport = 0
        if "Error distribution:" in out:
            transport = sum(
                int(n)
                for n in re.findall(
                    r"^\s+\[(\d+)\]\s+\S",
                    out.split("Error distribution:")[-1],
                    re.MULTILINE,
                )
            )

        def percentile(p: int) -> float:
            found = re.search(rf"{p}% in ([\d.]+) secs", out)
            return round(float(found.group(1)) * 1000, 1) if found else float("nan")

        return cls(ok, statuses - ok + transport, total, percentile(50), percentile(99))


def run_hey(config: str, workload: str, port: int, seconds: int) -> Result:
    """Drive one workload; with several hey processes, requests/s and errors are their
    sums and p50/p99 the highest any of them saw (each sees an equal share).

    A paced hey worker sends its first request one period after it starts, then one a
    period; its run lasts ``seconds`` plus half a period, so that it sends exactly
    ``seconds`` worth of requests (50 per worker at 2.5 a second over 20 s), never one
    more or one fewer depending on which of the last tick and the end of the run comes
    first. Requests/s are the answered requests over the longer of ``seconds`` and
    the time from the first request to the last answer, so that a server that falls
    behind is never credited with the rate it was offered.
    """
    spec = WORKLOADS[workload]
    url = f"http://127.0.0.1:{port}{spec['path']}"
    period = spec.get("period_s", 0)
    # Warm every process and thread before measuring.
    sh(
        f"GOMAXPROCS=1 hey -z 3s -c 32 -disable-compression -host {SERVER_NAME}"
        f" '{url}' > /dev/null"
    )
    command = [
        "hey",
        "-z",
        f"{seconds + period / 2:g}s",
        "-t",
        "30",
        # Apache's mod_deflate would gzip the pages hey asks for by default, and
        # gunicorn would not: every configuration sends the same bytes.
        "-disable-compression",
        "-host",
        SERVER_NAME,
        *spec["args"],
        url,
    ]
    generators = spec["generators"]
    stagger = period / generators
    raw = json.loads(
        sh(
            f"python3 -c {shlex.quote(GENERATORS)}"
            f" {shlex.quote(json.dumps([command] * generators))} {stagger}"
        )
    )
    runs = [HeyRun.parse(out) for out in raw["outs"]]
    wall = max(run.seconds for run in runs)
    return Result(
        config=config,
        workload=workload,
        rps=round(sum(run.ok / max(seconds, run.seconds - period) for run in runs), 1),
        p50_ms=max(run.p50_ms for run in runs),
        p99_ms=max(run.p99_ms for run in runs),
        errors=sum(run.errors for run in runs),
        rss_mb=rss_mb(config),
        loadgen_cpu_s=round(raw["cpu"] / wall, 2),
        server_cpu_ms=round(
            raw["server_cpu"] * 1000 / max(1, sum(run.ok for run in runs)), 2
        ),
    )


# The ceiling's loop: the app loaded through the role's WSGI entry (its environment and
# settings, as the daemons load it), then /movie?page=3 through Django's handler for a
# number of seconds; prints requests/s.
CEILING_LOOP = f"""
import os, runpy, sys, time
sys.path.insert(0, os.environ["BENCH_PROJECT"])
runpy.run_path("{CURRENT}/wsgi.py")
from django.test import Client
client = Client()
for _ in range(100):
    client.get("/movie?page=3", HTTP_HOST="{SERVER_NAME}")
n, start = 0, time.perf_counter()
while time.perf_counter() - start < float(os.environ["BENCH_SECONDS"]):
    assert client.get("/movie?page=3", HTTP_HOST="{SERVER_NAME}").status_code == 200
    n += 1
print(n / (time.perf_counter() - start))
"""

# A minimal embedder of libpython, the shared library mod_wsgi loads into Apache:
# the interpreter starts as the venv's python (as mod_wsgi's python-home makes it)
# and runs a file, with the arguments after it in sys.argv.
EMBED_C = r"""
#include <Python.h>
int main(int argc, char **argv) {
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.parse_argv = 0;
    PyConfig_SetBytesString(&config, &config.program_name, argv[1]);
    PyConfig_SetBytesArgv(&config, argc - 2, argv + 2);
    Py_InitializeFromConfig(&config);
    FILE *file = fopen(argv[2], "r");
    int failed = PyRun_SimpleFile(file, argv[2]);
    return Py_FinalizeEx() < 0 || failed;
}
"""
BENCH_TOOLS = "/usr/local/lib/django-apache-bench"
EMBED = f"{BENCH_TOOLS}/libpython-run"
CEILING_PY = f"{BENCH_TOOLS}/ceiling.py"
# gunicorn's own entry point, for E: run by the embedder with gunicorn's arguments.
GUNICORN_RUN = """
import sys
from gunicorn.app.wsgiapp import run
sys.argv[0] = "gunicorn"
sys.exit(run())
"""
GUNICORN_PY = f"{BENCH_TOOLS}/gunicorn-run.py"
# The configurations served by gunicorn on port 8000, Apache stopped.
GUNICORN_CONFIGS = ("D", "E")


def build_embedder() -> None:
    """Compile EMBED on the bench host, unless the same source is built already."""
    sh(f"mkdir -p {BENCH_TOOLS}")
    if sh(f"test -x {EMBED} && cat {EMBED}.c", check=False) == EMBED_C.strip():
        return
    sh(
        "command -v python3-config >/dev/null"
        " || (apt-get update -qq && apt-get install -y -qq python3-dev gcc)"
    )
    write(f"{EMBED}.c", EMBED_C)
    sh(
        f"gcc -O2 $(python3-config --includes) {EMBED}.c"
        f" -o {EMBED} $(python3-config --embed --ldflags)"
    )


def ceilings(seconds: float, rounds: int) -> list[Result]:
    """/movie?page=3 through Django's handler in-process (no HTTP), on one core,
    times the host's cores, under each of the host's two builds of the interpreter:
    the python3 executable (which gunicorn runs) and the libpython shared library
    (which mod_wsgi runs). Alternated ``rounds`` times; the median of each."""
    build_embedder()
    write(CEILING_PY, CEILING_LOOP)
    sh(f"chmod 644 {CEILING_PY}")
    project = re.search(r"python-path=(\S+)", sh(f"cat {DAEMON}")).group(1)
    python = f"{CURRENT}/venv/bin/python"
    runners = {
        "ceiling": f"{python} {CEILING_PY}",
        "ceiling-libpython": f"{EMBED} {python} {CEILING_PY}",
    }
    cores = int(sh("nproc"))
    measured: dict[str, list[float]] = {}
    for _ in range(rounds):
        for config, runner in runners.items():
            out = sh(
                f"runuser -u {APP} -- env BENCH_PROJECT={project}"
                f" BENCH_SECONDS={seconds} {runner}"
            )
            measured.setdefault(config, []).append(float(out.split()[-1]))
    return [
        Result(
            config, "cpu", round(sorted(v)[(len(v) - 1) // 2] * cores, 1), 0, 0, 0, 0
        )
        for config, v in measured.items()
    ]


CEILING_LABELS = {
    "ceiling": "ceiling\npython3",
    "ceiling-libpython": "ceiling\nlibpython",
}


def plot(results: list[Result], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(14, 4.2))
    for ax, (workload, metric, label) in zip(
        axes,
        [
            ("story", "rps", "story: requests/s (1000 offered)"),
            ("story", "p99_ms", "story: p99 latency, ms (log)"),
            ("cpu", "rps", "cpu-bound /movie: requests/s"),
        ],
        strict=True,
    ):
        rows = [r for r in results if r.workload == workload]
        if not rows:
            ax.set_axis_off()
            continue
        names = [CEILING_LABELS.get(r.config, r.config) for r in rows]
        values = [getattr(r, metric) for r in rows]
        colors = {"A": "#2a7", "B": "#c44", "C": "#e93", "D": "#48c", "E": "#8ad"}
        bars = ax.bar(names, values, color=[colors.get(n, "#999") for n in names])

        ax.bar_label(bars, fmt="%g", fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_title(label, fontsize=10)
        if metric == "p99_ms":
            ax.set_yscale("log")
    fig.suptitle(
        "A: role's sizing   B: Debian stock   C: embedded   D: gunicorn gthread"
        "   E: D in libpython   ceiling: in-process x cores (python3 / libpython)",
        fontsize=9,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def write_csv(path: Path, rows: list[Result], detail: bool = False) -> None:
    """The table's columns; with ``detail``, also the CPU time of the load generator
    (cores) and of the server (ms per answered request)."""
    columns = ["config", "workload", "rps", "p50_ms", "p99_ms", "errors", "rss_mb"]
    if detail:
        columns += ["loadgen_cpu_s", "server_cpu_ms"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for r in rows:
            writer.writerow([getattr(r, column) for column in columns])


def deploy(workload: str) -> None:
    """Deploy the sample app with the role, sized for ``workload``."""
    print(f"== deploying with the role, sized for the {workload} workload", flush=True)
    subprocess.run(
        [
            "ansible-playbook",
            "-i",
            "inventory/bench",
            "playbooks/site.yml",
            "-e",
            f"bench_workload={workload}",
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="runs of each configuration; the median one is reported",
    )
    parser.add_argument(
        "--no-deploy",
        action="store_true",
        help="measure the host as it is deployed, for one workload: --workload",
    )
    parser.add_argument("--workload", choices=list(WORKLOADS), action="append")
    parser.add_argument(
        "--configs",
        default="ABCDE",
        help="configurations to run, e.g. ADE (default: ABCDE)",
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)

    sh(
        "command -v hey >/dev/null"
        " || (apt-get update -qq && apt-get install -y -qq hey)"
    )
    results: list[Result] = []
    all_runs: list[Result] = []
    skipped: dict[str, dict[str, str]] = {}
    sizing: dict[str, str] = {}
    for workload in args.workload or list(WORKLOADS):
        if not args.no_deploy:
            deploy(workload)
        processes, threads = role_sizing()
        saved = {
            path: sh(f"cat {path}")
            for path in (
                VHOST,
                DAEMON,
                SERVER_CONF,
                f"{CONF}/mods-available/mpm_event.conf",
            )
        }
        sizing[workload] = f"{processes} processes x {threads} threads"
        print(f"A for {workload}: the role's sizing: {sizing[workload]}", flush=True)
        configs = [
            ("A", partial(configure_a, saved), "the role's sizing"),
            ("B", partial(configure_b, saved), "Debian's stock settings"),
            ("C", partial(configure_c, saved), "mod_wsgi embedded mode"),
            ("D", partial(configure_d, processes, threads), "gunicorn gthread"),
            (
                "E",
                partial(configure_d, processes, threads, libpython=True),
                "gunicorn gthread in libpython",
            ),
        ]
        runs: dict[str, list[Result]] = {}
        try:
            # Rounds of A, B, C, D, E in turn, so that a slow minute of a shared machine
            # does not fall on one configuration only.
            for round_ in range(1, args.rounds + 1):
                for config, setup, label in configs:
                    if config not in args.configs or config in skipped.get(
                        workload, {}
                    ):
                        continue
                    print(
                        f"== {workload} round {round_}: {config}, {label}", flush=True
                    )
                    try:
                        setup()
                    except SystemExit as failure:
                        # Reported, never replaced by numbers: the table says it did
                        # not run.
                        print(f"   {config} not measured: {failure}", flush=True)
                        skipped.setdefault(workload, {})[config] = str(
                            failure
                        ).splitlines()[0]
                        restore_apache(saved)
                        continue
                    port = 8000 if config in GUNICORN_CONFIGS else 80
                    result = run_hey(config, workload, port, args.seconds)
                    print(f"   {asdict(result)}", flush=True)
                    runs.setdefault(config, []).append(result)
                    if config in GUNICORN_CONFIGS:
                        stop_d()
                    restore_apache(saved)
        finally:
            restore_apache(saved)
            stop_d()
            apache_restart()
        all_runs.extend(run for config_runs in runs.values() for run in config_runs)
        # The round with the median requests/s stands for each configuration.
        results.extend(
            sorted(config_runs, key=lambda r: r.rps)[(len(config_runs) - 1) // 2]
            for config_runs in runs.values()
        )
    results.extend(ceilings(10, args.rounds))

    write_csv(OUT / "results.csv", results)
    write_csv(OUT / "rounds.csv", all_runs, detail=True)
    plot(results, OUT / "results.png")

    cpu_model = next(
        (
            line.split(":", 1)[1].strip()
            for line in open("/proc/cpuinfo")
            if "model name" in line
        ),
        "unknown CPU",
    )
    print(
        f"\nMachine: {os.cpu_count()} cores, {cpu_model};"
        " load generator: hey, GOMAXPROCS=1"
    )
    print(
        f"{'config':19}{'workload':9}{'rps':>9}{'p50_ms':>9}{'p99_ms':>10}{'errors':>8}"
        f"{'rss_mb':>8}{'hey cpu':>9}{'cpu ms/req':>11}"
    )
    for r in results:
        print(
            f"{r.config:19}{r.workload:9}{r.rps:9.1f}{r.p50_ms:9.1f}{r.p99_ms:10.1f}"
            f"{r.errors:8d}{r.rss_mb:8.1f}{r.loadgen_cpu_s:9.2f}{r.server_cpu_ms:11.2f}"
        )
    for workload, sized in sizing.items():
        print(f"A {workload}: {sized}; D and E: the same in gunicorn")
        # A, D and E of one round ran a minute apart: their ratios are less exposed to a
        # shared machine's slow and fast minutes than the medians are.
        a_runs = [r for r in all_runs if r.workload == workload and r.config == "A"]
        for other in GUNICORN_CONFIGS:
            o_runs = [
                r for r in all_runs if r.workload == workload and r.config == other
            ]
            if a_runs and len(a_runs) == len(o_runs):
                ratios = ", ".join(
                    f"{a.rps / o.rps:.2f}" for a, o in zip(a_runs, o_runs, strict=True)
                )
                print(f"  A/{other} requests/s, round by round: {ratios}")
    for workload, reasons in skipped.items():
        for config, reason in reasons.items():
            print(f"{config} {workload}: not measured ({reason})")
    print(f"\nWrote {OUT / 'results.csv'} and {OUT / 'results.png'}")


if __name__ == "__main__":
    main()
