#!/usr/bin/env python
"""`--all-accounts` benchmark: every subaccount's calls, sequential against `--account-parallel N`,
and peak memory at a few accounts against many. Not a test: it prints figures.

    python bench/fanout.py speed  [--accounts 200] [--records 500] [--latency 50] [--parallel 8] [--export]
    python bench/fanout.py memory [--small 20] [--large 200] [--records 500] [--export]

The emulator runs as its own process (`twiliocli emulator serve --subaccounts N
--subaccount-records M`); the client, `twiliocli calls list --all-accounts --all -o csv` into
a file, is another, measured from outside with `os.wait4` (wall time, CPU, peak RSS). With
`--export`, the client is `twiliocli calls export --all-accounts --state FILE --out
'calls-{account}.csv'` (a fresh state file and folder each run: every account's first run,
a file per account); rows are those of every file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT_SID = "AC0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e"  # the emulator's fixed demo credentials
AUTH_TOKEN = "emulator0demo0auth0token00000000"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(accounts: int, records: int, latency: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    cmd = [sys.executable, "-m", "twiliocli", "emulator", "serve", "--port", str(port), "--empty",
           "--subaccounts", str(accounts), "--subaccount-records", str(records), "--latency", str(latency)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc, url
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the emulator did not start")


EXPORT = False  # --export: time `calls export --all-accounts` instead of `calls list`


def run(url: str, *extra: str) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak MB, rows) of one `calls list --all-accounts` (or export) run."""
    if EXPORT:
        return run_export(url, *extra)
    env = {**os.environ, "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_API_URL": url}
    out = ROOT / ".bench-fanout.csv"
    started = time.perf_counter()
    with open(out, "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "twiliocli", "calls", "list", "--all-accounts", "--all",
                                 "-o", "csv", *extra], cwd=ROOT, env=env, stdout=sink, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    rows = sum(1 for _ in open(out, "rb")) - 1
    out.unlink()
    if status:
        raise SystemExit(f"the run failed: {status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, rows


def run_export(url: str, *extra: str) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak MB, rows) of one `calls export --all-accounts` run, a file per account."""
    env = {**os.environ, "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_API_URL": url}
    folder = ROOT / ".bench-fanout-export"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "twiliocli", "calls", "export", "--all-accounts", "--since", "60d",
                                 "--state", str(folder / "calls.state"), "--out", str(folder / "calls-{account}.csv"),
                                 *extra], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        rows = sum(sum(1 for _ in open(f, "rb")) - 1 for f in folder.glob("calls-AC*.csv"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if status:
        raise SystemExit(f"the run failed: {status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, rows


def speed(args: argparse.Namespace) -> None:
    proc, url = serve(args.accounts, args.records, args.latency)
    try:
        for parallel in (1, args.parallel):
            wall, cpu, peak, rows = run(url, "--account-parallel", str(parallel))
            print(f"{args.accounts} accounts x {args.records} calls, latency {args.latency:g} ms, "
                  f"--account-parallel {parallel}: {wall:6.2f} s wall {cpu:6.2f} s CPU {peak:6.1f} MB peak ({rows:,} rows)")
    finally:
        proc.terminate()
        proc.wait()


def memory(args: argparse.Namespace) -> None:
    peaks = []
    for accounts in (args.small, args.large):
        proc, url = serve(accounts, args.records, 0)
        try:
            wall, cpu, peak, rows = run(url, "--account-parallel", str(args.parallel))
        finally:
            proc.terminate()
            proc.wait()
        peaks.append(peak)
        print(f"{accounts} accounts x {args.records} calls, --account-parallel {args.parallel}: "
              f"{wall:6.2f} s wall {cpu:6.2f} s CPU {peak:6.1f} MB peak ({rows:,} rows)")
    print(f"peak at {args.large} / peak at {args.small}: {peaks[1] / peaks[0]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--accounts", type=int, default=200)
    s.add_argument("--records", type=int, default=500)
    s.add_argument("--latency", type=float, default=50)
    s.add_argument("--parallel", type=int, default=8)
    m = sub.add_parser("memory")
    m.add_argument("--small", type=int, default=20)
    m.add_argument("--large", type=int, default=200)
    m.add_argument("--records", type=int, default=500)
    m.add_argument("--parallel", type=int, default=8)
    for one in (s, m):
        one.add_argument("--export", action="store_true", help="time `calls export --all-accounts` instead of `calls list`")
    args = parser.parse_args()
    global EXPORT
    EXPORT = args.export
    speed(args) if args.what == "speed" else memory(args)


if __name__ == "__main__":
    main()
