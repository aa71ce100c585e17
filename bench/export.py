#!/usr/bin/env python
"""Export benchmark: twiliocli against a plain twilio-python 9 script, parallel against
sequential, and peak memory from 10k to 1M records. Not a test: it prints figures.

    pip install -e '.[bench]'
    python bench/export.py compare  [--calls 125000]          # twiliocli vs twilio-python, same emulator
    python bench/export.py parallel [--calls 125000] [--latency 50] [--workers 8]
    python bench/export.py memory   [--large 1250000] [--small 10000]
    python bench/export.py all

Every client runs as its own process against one `twiliocli emulator serve` process, and is
measured from outside with `os.wait4`: wall time, CPU seconds (user + system) and peak RSS of the
client alone (the emulator's own CPU is not counted). The emulator generates calls newest first
over 90 days; a fifth of them never started (busy, failed …, `start_time` null), which an export
leaves out, so `--calls 125000` gives 100,000 exported calls. Both clients export the same calls
(started before the same instant) with the same 26 columns, and the outputs are compared by
record count.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ACCOUNT_SID = "AC0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e"  # the emulator's fixed demo credentials
AUTH_TOKEN = "emulator0demo0auth0token00000000"


@dataclass
class Run:
    name: str
    wall: float
    cpu: float
    peak_mb: float
    records: int

    def line(self) -> str:
        rate = self.records / self.wall if self.wall else 0
        return (f"{self.name:<34} {self.wall:7.2f} s wall {self.cpu:7.2f} s CPU {rate:9,.0f} rec/s "
                f"{self.peak_mb:7.1f} MB peak  ({self.records:,} records)")


class Emulator:
    """`twiliocli emulator serve` in a child process on a free port."""

    def __init__(self, calls: int, latency: float = 0) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        args = [sys.executable, "-m", "twiliocli", "emulator", "serve", "--port", str(self.port),
                "--calls", str(calls), "--messages", "0", "--latency", str(latency)]
        started = time.monotonic()
        self.proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if "listening" not in line:
            raise SystemExit(f"emulator did not start: {line!r}")
        self.ready = time.monotonic() - started

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def measure(name: str, args: list[str], *, stdout: str | None = None, env: dict[str, str] | None = None) -> Run:
    """Run one client process; its wall time, CPU and peak RSS from wait4."""
    out = open(stdout or os.devnull, "wb")
    started = time.monotonic()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    out.close()
    err = proc.stderr.read().decode() if proc.stderr else ""
    if status != 0:
        raise SystemExit(f"{name} failed ({status}): {err}")
    return Run(name, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, 0)


def rows(path: str, fmt: str = "csv") -> int:
    """Records in an export file (CSV: lines that start a record; calls have no line breaks)."""
    with open(path, "rb") as handle:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return lines - 1 if fmt == "csv" else lines


def cli_env(emulator: Emulator) -> dict[str, str]:
    return {**os.environ, "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_API_URL": emulator.url, "PYTHONPATH": str(ROOT)}


def now_iso() -> tuple[str, datetime]:
    moment = datetime.now(timezone.utc).replace(microsecond=0)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ"), moment


def twiliocli(emulator: Emulator, until: str, out: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "twiliocli", "calls", "export", "--until", until, "--out", out, "--quiet", *extra]


def compare(calls: int) -> list[Run]:
    """twiliocli vs twilio-python, CSV, one emulator, no latency."""
    runs = []
    with Emulator(calls) as emulator, tempfile.TemporaryDirectory() as tmp:
        print(f"emulator: {calls:,} calls generated and serving in {emulator.ready:.1f} s")
        until, moment = now_iso()
        env = cli_env(emulator)
        ours = f"{tmp}/twiliocli.csv"
        run = measure("twiliocli calls export (csv)", twiliocli(emulator, until, ours), env=env)
        run.records = rows(ours)
        runs.append(run)
        theirs = f"{tmp}/twilio-python.csv"
        last_second = (moment - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")  # StartTime< is inclusive
        run = measure("twilio-python 9 stream + DictWriter",
                      [sys.executable, str(HERE / "twilio_python_export.py"), emulator.url, ACCOUNT_SID, AUTH_TOKEN,
                       theirs, last_second], env=env)
        run.records = rows(theirs)
        runs.append(run)
    for run in runs:
        print(run.line())
    ratio = runs[0].cpu / runs[1].cpu
    print(f"client CPU twiliocli / twilio-python = {ratio:.2f} (target <= 0.5)")
    return runs


def parallel(calls: int, latency: float, workers: int) -> list[Run]:
    """Sequential against --parallel N under latency; checks the outputs are the same bytes."""
    runs = []
    with Emulator(calls, latency) as emulator, tempfile.TemporaryDirectory() as tmp:
        print(f"emulator: {calls:,} calls, {latency:g} ms latency per response")
        until, _ = now_iso()
        env = cli_env(emulator)
        for n in (1, workers):
            out = f"{tmp}/p{n}.csv"
            run = measure(f"twiliocli --parallel {n}", twiliocli(emulator, until, out, "--parallel", str(n)), env=env)
            run.records = rows(out)
            runs.append(run)
        same = Path(f"{tmp}/p1.csv").read_bytes() == Path(f"{tmp}/p{workers}.csv").read_bytes()
    for run in runs:
        print(run.line())
    print(f"speed-up --parallel {workers} / sequential = {runs[0].wall / runs[1].wall:.2f}x (target >= 5x); "
          f"identical output: {same}")
    return runs


def memory(large: int, small_records: int) -> list[Run]:
    """Peak RSS of the client exporting ~`small_records` calls, then every call, from one emulator
    of `large` calls (CSV to a file), sequential and --parallel 8.

    Both exports come from the same emulator so that both fill their 1000-record pages: the
    client's peak is the interpreter plus one decoded page per worker, whatever the count. (A
    small emulator spreads its calls thinly over 90 days, so its pages would be part-filled and
    its peak lower for that reason alone.)
    """
    runs = []
    with Emulator(large) as emulator:
        print(f"emulator: {large:,} calls generated and serving in {emulator.ready:.1f} s")
        until, moment = now_iso()
        env = cli_env(emulator)
        started = large * 4 // 5  # a fifth never started
        recent = (moment - timedelta(days=90 * small_records / started)).strftime("%Y-%m-%dT%H:%M:%SZ")
        for n in (1, 8):
            for label, window in (("recent", ["--since", recent]), ("all", [])):
                args = [sys.executable, "-m", "twiliocli", "calls", "export", "--until", until, "--quiet",
                        "--parallel", str(n), *window]
                with tempfile.NamedTemporaryFile(suffix=".csv") as out:
                    run = measure(f"{label} calls, --parallel {n}", args, stdout=out.name, env=env)
                    run.records = rows(out.name)
                runs.append(run)
                print(run.line(), flush=True)
    for n, (a, b) in zip((1, 8), (runs[0:2], runs[2:4])):
        print(f"--parallel {n}: peak RSS at {b.records:,} records / at {a.records:,} records = "
              f"{b.peak_mb / a.peak_mb:.3f} (target <= 1.10)")
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("compare", "parallel", "memory", "all"))
    parser.add_argument("--calls", type=int, default=125_000)
    parser.add_argument("--latency", type=float, default=50)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--small", type=int, default=10_000, help="records in the small export (memory)")
    parser.add_argument("--large", type=int, default=1_250_000, help="calls in the emulator (memory)")
    args = parser.parse_args()
    if args.mode in ("compare", "all"):
        compare(args.calls)
    if args.mode in ("parallel", "all"):
        parallel(args.calls, args.latency, args.workers)
    if args.mode in ("memory", "all"):
        memory(args.large, args.small)


if __name__ == "__main__":
    main()
