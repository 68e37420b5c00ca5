"""Interleaved HTTP load against several apps behind one Apache, with answer checks.

Runs on the host under test (standard library only). Each target names a Host header,
a path, the status it must answer and a text its body must contain; requests cycle
through the targets so every worker thread interleaves apps. A response with another
status or body is a mismatch, a connection error or timeout a failure. Prints one JSON
object with totals per target.

    python3 load.py --targets targets.json --requests 2000 --concurrency 16
    python3 load.py --targets targets.json --until-file /tmp/stop --max-seconds 300
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import threading
import time
from collections import Counter


def request(target: dict, timeout: float) -> tuple[str, str]:
    """Return (outcome, detail): outcome is ok, mismatch or failure."""
    conn = http.client.HTTPConnection("127.0.0.1", 80, timeout=timeout)
    try:
        conn.request("GET", target["path"], headers={"Host": target["host"]})
        response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as error:
        return "failure", type(error).__name__
    finally:
        conn.close()
    if response.status != target["status"] or target["contains"] not in body:
        return "mismatch", f"{response.status}: {body[:120]}"
    return "ok", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--targets", required=True)
    parser.add_argument("--requests", type=int, default=0)
    parser.add_argument("--until-file", default="")
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()

    with open(args.targets, encoding="utf-8") as targets_file:
        targets = json.load(targets_file)
    sequence = itertools.cycle(range(len(targets)))
    lock = threading.Lock()
    counts = {i: Counter() for i in range(len(targets))}
    examples: dict[int, list[str]] = {i: [] for i in range(len(targets))}
    # Status codes of the mismatches, per target.
    statuses = {i: Counter() for i in range(len(targets))}
    issued = 0
    deadline = time.monotonic() + args.max_seconds

    def next_target() -> int | None:
        nonlocal issued
        with lock:
            if args.requests and issued >= args.requests:
                return None
            if args.until_file and os.path.exists(args.until_file):
                return None
            if time.monotonic() > deadline:
                return None
            issued += 1
            return next(sequence)

    def worker() -> None:
        while (index := next_target()) is not None:
            outcome, detail = request(targets[index], args.timeout)
            with lock:
                counts[index][outcome] += 1
                if outcome == "mismatch":
                    statuses[index][detail.split(":", 1)[0]] += 1
                if detail and len(examples[index]) < 3:
                    examples[index].append(detail)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(
        json.dumps(
            {
                "seconds": round(time.monotonic() - started, 2),
                "targets": [
                    {
                        "host": target["host"],
                        "path": target["path"],
                        "ok": counts[i]["ok"],
                        "mismatch": counts[i]["mismatch"],
                        "failure": counts[i]["failure"],
                        "mismatch_statuses": dict(statuses[i]),
                        "examples": examples[i],
                    }
                    for i, target in enumerate(targets)
                ],
            }
        )
    )


if __name__ == "__main__":
    main()
