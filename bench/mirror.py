#!/usr/bin/env python
"""Mirror benchmark: `twiliocli sync` of N messages into SQLite, then every analysis on that file.
Not a test: it prints figures (bench/README.md keeps them).

    python bench/mirror.py [--messages 1000000 100000] [--calls 100000] [--parallel 1] [--rounds 5] [--repeat 1]

For each N: one `twiliocli emulator serve --empty --messages N --calls C` process, then
`twiliocli sms export` of those messages (CSV to a file) and `twiliocli sync --resources
messages`, each as its own process, measured from outside with `os.wait4` (wall, CPU seconds of
the client alone, user + system, peak RSS), and the ratio of their CPU per record (the same
records, the same run, so a loaded machine slows both alike; `--repeat N` alternates them N times
and prints the median ratio); the file's size per message (FTS included), a second
(incremental) sync, a sync of the calls and their records (so that the call analyses read
something), and the wall time of each offline analysis run as a whole CLI process on the mirrored
file (the first run and the median of `--rounds`; `--rounds 0` skips them).
"""

from __future__ import annotations

import argparse
import csv
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT_SID = "AC0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e"  # the emulator's fixed demo credentials
AUTH_TOKEN = "emulator0demo0auth0token00000000"
CALL_TABLES = "calls,recordings,transcriptions,notifications,numbers"
ROUNDS = 5  # each analysis, run after the sync: the first one may find the file's pages uncached
ANALYSES = (
    ("sms failures --since 90d", ("sms", "failures", "--since", "90d")),
    ("sms funnel --since 90d", ("sms", "funnel", "--since", "90d")),
    ("sms funnel --since 24h", ("sms", "funnel", "--since", "24h")),
    ("sms opt-outs --since 90d", ("sms", "opt-outs", "--since", "90d")),
    ("sms search 'agenda moved'", ("sms", "search", "agenda moved")),
    ("conversation +12380104729", ("conversation", "+12380104729")),
    ("calls disposition --since 7d", ("calls", "disposition", "--since", "7d")),
    ("usage by-subaccount --period this-month", ("usage", "by-subaccount", "--period", "this-month")),
    ("numbers idle --since 30d", ("numbers", "idle", "--since", "30d")),
    ("sql COUNT(*) GROUP BY status", ("sql", "SELECT status, COUNT(*) FROM messages GROUP BY status")),
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Usage(NamedTuple):
    """What one CLI process took: wall and CPU seconds (user, system), peak RSS in MB."""

    wall: float
    user: float
    system: float
    peak: float

    @property
    def cpu(self) -> float:
        return self.user + self.system

    def cells(self, records: int = 0) -> str:
        """Table cells: wall, CPU (system), CPU per record (blank without `records`), peak RSS."""
        per = f"{self.cpu / records * 1e6:.1f}" if records else ""
        return f"{self.wall:.1f} | {self.cpu:.1f} ({self.system:.1f}) | {per} | {self.peak:.0f}"


def run(args: list[str], env: dict[str, str]) -> Usage:
    """One CLI process, its output discarded."""
    started = time.monotonic()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "twiliocli", *args], cwd=ROOT, env=env, stdout=sink,
                                stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    if status != 0:
        raise SystemExit(f"twiliocli {' '.join(args)} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return Usage(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024)


def exported(path: Path) -> int:
    """Records in a CSV export (bodies may hold line breaks, so parsed, not counted by lines)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def removed(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def against_export(folder: Path, db: Path, env: dict[str, str], parallel: int, repeat: int) -> int:
    """`sms export` and the first sync of the same messages, one after the other, `repeat` times
    (a fresh file each time, the last one kept); prints each run and the median ratio of their
    CPU per record. Returns the records mirrored."""
    out = folder / "messages.csv"
    sync = ["sync", "--db", str(db), "--resources", "messages", "--parallel", str(parallel), "--quiet"]
    print("| run | wall s | client CPU s (system) | CPU µs/record | peak RSS MB | file MB |")
    print("|---|---:|---:|---:|---:|---:|")
    ratios = []
    for _ in range(repeat):
        removed(out, db, Path(f"{db}-wal"), Path(f"{db}-shm"))
        export = run(["sms", "export", "--out", str(out), "--quiet", "--parallel", str(parallel)], env)
        e_records = exported(out)
        out.unlink()
        first = run(sync, env)
        size = sum(p.stat().st_size for p in folder.iterdir())
        with sqlite3.connect(db) as conn:
            records = conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
        print(f"| `sms export` (CSV, {e_records:,} records) | {export.cells(e_records)} | |")
        print(f"| first sync (backfill, {records:,} records) | {first.cells(records)} | {size / 1e6:.1f} |")
        ratios.append((first.cpu / records) / (export.cpu / e_records))
    print(f"| second sync (incremental) | {run(sync, env).cells()} | |")
    print(f"\nsync / export CPU per record = {statistics.median(ratios):.2f} (target <= 1.5; "
          f"{', '.join(f'{r:.2f}' for r in ratios)}); file = {size / records / 1000:.2f} KB per message, "
          "FTS included (target <= 0.7)")
    return records


def bench(messages: int, calls: int, parallel: int, rounds: int, repeat: int) -> None:
    port = free_port()
    env = {**os.environ, "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
           "TWILIO_API_URL": f"http://127.0.0.1:{port}", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "twiliocli", "emulator", "serve", "--port", str(port), "--empty",
         "--messages", str(messages), "--calls", str(calls)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        if "listening" not in (server.stdout.readline() if server.stdout else ""):
            raise SystemExit("emulator did not start")
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            db = folder / "mirror.db"
            print(f"\n## {messages:,} messages, --parallel {parallel}\n")
            against_export(folder, db, env, parallel, repeat)
            if calls:  # so that the call analyses have something to read
                usage = run(["sync", "--db", str(db), "--resources", CALL_TABLES, "--quiet"], env)
                size = sum(p.stat().st_size for p in folder.iterdir())
                print(f"\nthen {calls:,} calls with their recordings, transcriptions, notifications: {usage.wall:.1f} s "
                      f"wall, {usage.cpu:.1f} s CPU, {usage.peak:.0f} MB peak, file {size / 1e6:.0f} MB")
            with sqlite3.connect(db) as conn:  # a call with a recording, for `calls trace`
                traced = conn.execute("SELECT call_sid FROM recordings ORDER BY sid LIMIT 1").fetchone()
            trace = [(f"calls trace {traced[0][:8]}…", ("calls", "trace", traced[0]))] if traced else []
            if not rounds:
                return
            print(f"\n| analysis on that file, wall s of the whole CLI process | first | median of {rounds} |")
            print("|---|---:|---:|")
            for name, args in [*ANALYSES, *trace]:
                walls = [run([*args, "--db", str(db), "-o", "csv"], env).wall for _ in range(rounds)]
                print(f"| {name} | {walls[0]:.2f} | {statistics.median(walls):.2f} |")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--calls", type=int, default=100_000, help="calls beside the messages, for the call analyses")
    parser.add_argument("--parallel", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="runs of each analysis (0: none)")
    parser.add_argument("--repeat", type=int, default=1, help="export and first sync, one after the other, N times")
    options = parser.parse_args()
    for messages in options.messages:
        bench(messages, options.calls, options.parallel, options.rounds, max(1, options.repeat))


if __name__ == "__main__":
    main()
