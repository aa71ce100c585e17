#!/usr/bin/env python
"""Export benchmark: twiliocli against a plain twilio-python 9 script, parallel against
sequential, and peak memory from 10k to 1M records. Not a test: it prints figures.

    pip install -e '.[bench]'
    python bench/export.py compare  [--calls 105264]          # twiliocli vs twilio-python, same emulator
    python bench/export.py parallel [--calls 105264] [--latency 50] [--workers 8] [--page-sizes 1000 200]
    python bench/export.py memory   [--large 1052632] [--small 10000]
    python bench/export.py all

Every client runs as its own process against one `twiliocli emulator serve` process, and is
measured from outside with `os.wait4`: wall time, CPU seconds (user + system) and peak RSS of the
client alone. The emulator's CPU during each run is read from /proc (Linux) and shown apart: on a
small machine it shares the cores with the client. The emulator generates calls newest first over
90 days; one in twenty was canceled before it was dialled (`start_time` null, as on Twilio), which
an export leaves out, so `--calls 105264` gives 100,000 exported calls. Both clients export the
same calls (started before the same instant) with the same 26 columns, and the outputs are
compared by record count.
"""

from __future__ import annotations

import argparse
import filecmp
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
    server_cpu: float | None = None

    def line(self) -> str:
        rate = self.records / self.wall if self.wall else 0
        per_record = f"{self.cpu / self.records * 1e6:5.1f} µs/rec" if self.records else ""
        server = ""
        if self.server_cpu is not None and self.records:
            server = f"; emulator {self.server_cpu:6.2f} s CPU {self.server_cpu / self.records * 1e6:5.1f} µs/rec"
        return (f"{self.name:<34} {self.wall:7.2f} s wall {self.cpu:7.2f} s CPU {per_record} {rate:9,.0f} rec/s "
                f"{self.peak_mb:7.1f} MB peak  ({self.records:,} records){server}")


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

    def cpu(self) -> float | None:
        """CPU seconds (user + system) the emulator has used so far; None where /proc is missing."""
        try:
            with open(f"/proc/{self.proc.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def measure(name: str, args: list[str], emulator: Emulator, *, stdout: str | None = None) -> Run:
    """Run one client process against `emulator`; its wall time, CPU and peak RSS from wait4, and
    the emulator's CPU meanwhile."""
    out = open(stdout or os.devnull, "wb")
    server_before = emulator.cpu()
    started = time.monotonic()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=subprocess.PIPE, env=cli_env(emulator))
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    server_after = emulator.cpu()
    out.close()
    err = proc.stderr.read().decode() if proc.stderr else ""
    if status != 0:
        raise SystemExit(f"{name} failed ({status}): {err}")
    server = None if server_before is None or server_after is None else server_after - server_before
    return Run(name, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, 0, server)


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
        ours = f"{tmp}/twiliocli.csv"
        run = measure("twiliocli calls export (csv)", twiliocli(emulator, until, ours), emulator)
        run.records = rows(ours)
        runs.append(run)
        theirs = f"{tmp}/twilio-python.csv"
        last_second = (moment - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")  # StartTime< is inclusive
        run = measure("twilio-python 9 stream + DictWriter",
                      [sys.executable, str(HERE / "twilio_python_export.py"), emulator.url, ACCOUNT_SID, AUTH_TOKEN,
                       theirs, last_second], emulator)
        run.records = rows(theirs)
        runs.append(run)
    for run in runs:
        print(run.line())
    # Per record: twiliocli also writes the calls canceled before they were dialled (1 in 20).
    ratio = (runs[0].cpu / runs[0].records) / (runs[1].cpu / runs[1].records)
    print(f"client CPU per record, twiliocli / twilio-python = {ratio:.2f} (target <= 0.35, issue 23; was <= 0.5)")
    return runs


def parallel(calls: int, latency: float, workers: int, page_sizes: list[int]) -> list[Run]:
    """Sequential against --parallel N under latency, at each page size; checks the outputs are
    the same bytes. Large pages leave the machine's CPU as the limit, small ones the latency."""
    runs = []
    with Emulator(calls, latency) as emulator, tempfile.TemporaryDirectory() as tmp:
        print(f"emulator: {calls:,} calls, {latency:g} ms latency per response")
        until, _ = now_iso()
        for size in page_sizes:
            pair = []
            for n in (1, workers):
                out = f"{tmp}/p{n}-{size}.csv"
                args = twiliocli(emulator, until, out, "--parallel", str(n), "--page-size", str(size))
                run = measure(f"--page-size {size} --parallel {n}", args, emulator)
                run.records = rows(out)
                pair.append(run)
                print(run.line(), flush=True)
            # Compared in chunks: a child's peak RSS counts this process's size when it was forked.
            same = filecmp.cmp(f"{tmp}/p1-{size}.csv", f"{tmp}/p{workers}-{size}.csv", shallow=False)
            print(f"page size {size}: speed-up --parallel {workers} / sequential = "
                  f"{pair[0].wall / pair[1].wall:.2f}x (target >= 5x); identical output: {same}", flush=True)
            runs += pair
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
        started = large * 19 // 20  # one in twenty never started
        recent = (moment - timedelta(days=90 * small_records / started)).strftime("%Y-%m-%dT%H:%M:%SZ")
        for n in (1, 8):
            for label, window in (("recent", ["--since", recent]), ("all", [])):
                args = [sys.executable, "-m", "twiliocli", "calls", "export", "--until", until, "--quiet",
                        "--parallel", str(n), *window]
                with tempfile.NamedTemporaryFile(suffix=".csv") as out:
                    run = measure(f"{label} calls, --parallel {n}", args, emulator, stdout=out.name)
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
    parser.add_argument("--calls", type=int, default=105_264)
    parser.add_argument("--latency", type=float, default=50)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--page-sizes", type=int, nargs="+", default=[1000, 200], help="page sizes (parallel)")
    parser.add_argument("--small", type=int, default=10_000, help="records in the small export (memory)")
    parser.add_argument("--large", type=int, default=1_052_632, help="calls in the emulator (memory)")
    args = parser.parse_args()
    if args.mode in ("compare", "all"):
        compare(args.calls)
    if args.mode in ("parallel", "all"):
        parallel(args.calls, args.latency, args.workers, args.page_sizes)
    if args.mode in ("memory", "all"):
        memory(args.large, args.small)


if __name__ == "__main__":
    main()
