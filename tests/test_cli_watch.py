"""Live tail: `GROUP list --watch` prints every new record once, in every format, and Ctrl-C is a
normal end (exit 0, output closed); `calls watch SID` follows a call until it ends."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import requests

from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background

GUARD = 60  # seconds: only a guard against a hang, never an assertion on speed


@pytest.fixture
def quick() -> Iterator[RunningEmulator]:
    """An emulator whose calls ring and end within about a second."""
    server = start_background(EmulatorConfig(ring_seconds=0.3, call_seconds=0.6, delivery_seconds=0.2))
    yield server
    server.stop()


def start(server: RunningEmulator, *args: str) -> Watcher:
    env = {**os.environ, "TWILIO_ACCOUNT_SID": server.account_sid, "TWILIO_AUTH_TOKEN": server.auth_token,
           "TWILIO_API_URL": server.url}
    return Watcher(subprocess.Popen([sys.executable, "-m", "twiliocli", *args], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env))


class Watcher:
    """A running `twiliocli … --watch`: its output read straight from the pipe, line by line."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.pending = b""

    def lines(self, n: int) -> list[bytes]:
        deadline = time.monotonic() + GUARD
        while self.pending.count(b"\n") < n:
            ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"waited {GUARD}s for {n} lines, got {self.pending!r}"
            chunk = os.read(self.process.stdout.fileno(), 65536)
            assert chunk, f"output ended: {self.pending!r}; stderr: {self.process.stderr.read()!r}"
            self.pending += chunk
        *taken, self.pending = self.pending.split(b"\n", n)
        return [line + b"\n" for line in taken]

    def interrupt(self) -> tuple[int, bytes, bytes]:
        """Ctrl-C; then its exit status and the rest of its output."""
        self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=GUARD)
        return self.process.returncode, self.pending + out, err


def call(server: RunningEmulator) -> str:
    answer = requests.post(f"{server.url}/2010-04-01/Accounts/{server.account_sid}/Calls.json",
                           data={"To": "+14155550111", "From": "+15005550006", "Twiml": "<Response><Hangup/></Response>"},
                           auth=(server.account_sid, server.auth_token), timeout=10)
    assert answer.status_code == 201, answer.text
    return answer.json()["sid"]


def test_jsonl_prints_the_backlog_then_each_new_call_once(quick):
    process = start(quick, "calls", "list", "--watch", "--interval", "0.2", "-n", "2", "-o", "jsonl")
    backlog = [json.loads(line)["sid"] for line in process.lines(2)]
    made = []
    for _ in range(6):  # several within one second: the watermark's grace catches them all
        made.append(call(quick))
    time.sleep(0.05)
    made.append(call(quick))
    new = [json.loads(line)["sid"] for line in process.lines(len(made))]
    code, rest, err = process.interrupt()
    assert code == 0, err
    assert rest.strip() == b""  # nothing printed twice
    assert sorted(new) == sorted(made) and len(set(backlog + new)) == len(backlog) + len(new)


def test_json_array_is_closed_when_interrupted_and_tsv_has_one_header(quick):
    process = start(quick, "sms", "list", "--watch", "--interval", "0.2", "-n", "1", "-o", "json")
    process.lines(1)  # "[": the record's line ends with the next record, or the array's end
    time.sleep(0.5)
    code, rest, err = process.interrupt()
    assert code == 0, err
    document = b"[\n" + rest
    assert len(json.loads(document)) == 1  # a whole array: the interrupt closed it
    process = start(quick, "notifications", "list", "--watch", "--interval", "0.2", "-n", "3", "-o", "tsv")
    lines = process.lines(4)
    code, rest, _ = process.interrupt()
    assert code == 0 and lines[0].startswith(b"sid\t") and b"sid\t" not in b"".join(lines[1:]) + rest


def test_calls_watch_follows_a_call_until_it_ends():
    quick = start_background(EmulatorConfig(ring_seconds=2, call_seconds=3))
    sid = call(quick)
    process = start(quick, "calls", "watch", sid, "--interval", "0.2", "-o", "jsonl").process
    out, err = process.communicate(timeout=GUARD)
    assert process.returncode == 0, err
    statuses = [json.loads(line)["status"] for line in out.splitlines()]
    assert statuses[-1] == "completed" and len(statuses) == len(set(statuses)) >= 2
    assert all(json.loads(line)["sid"] == sid for line in out.splitlines())
    quick.stop()


def test_watch_options_are_checked(use_emulator, cli):
    assert cli("calls", "list", "--watch", "--interval", "0").exit_code == 2
    assert cli("calls", "watch", "SM" + "0" * 32).exit_code == 2
    assert "--watch" not in cli("recordings", "list", "--help").stdout
