"""The mirror under faults: signals during a parallel sync against pages that take 10 s, a disk
that fills mid-sync, a record holding a lone surrogate escape, and the file's permissions.
Real HTTP on 127.0.0.1 (`tests.hostile` where the server must misbehave) and real signals."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import STILL, login_env, run_cli
from tests.hostile import ACCOUNT_SID, Answer, Reply, hostile_env, page, serving
from tests.hostile import call as hostile_call
from twiliocli import timefmt
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background
from twiliocli.mirror import store

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT = f"/2010-04-01/Accounts/{ACCOUNT_SID}.json"


# -- signals ------------------------------------------------------------------------------------


class SlowPages:
    """Every list page takes `delay` seconds; the account's own record (the clock) answers at once."""

    def __init__(self, delay: float) -> None:
        self.delay = delay

    def __call__(self, path: str, query: dict[str, str]) -> Answer:
        if path == ACCOUNT:
            return Answer(body={"sid": ACCOUNT_SID, "status": "active"})
        return Answer(body=page([hostile_call(1, timefmt.rfc2822(timefmt.now() - 7200))]), delay=self.delay)


def start_sync(url: str, db: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": "t" * 32,
           "TWILIO_API_URL": url}
    command = [sys.executable, "-m", "twiliocli", "--retries", "0", "sync", "--db", str(db), "--resources", "calls",
               "--since", "3d", *extra]
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_lists_in_flight(server, process: subprocess.Popen, count: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        if sum(1 for r in server.requests if r.path.endswith("/Calls.json")) >= count:
            time.sleep(0.2)  # well inside the 10 s each of them takes
            return
        time.sleep(0.02)
    raise AssertionError(f"no list request in flight; the sync said: {process.communicate(timeout=10)}")


@pytest.mark.parametrize(("how", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_ends_a_parallel_sync_at_once_with_nothing_committed(tmp_path: Path, how: int, status: int) -> None:
    db = tmp_path / "m.db"
    with serving(SlowPages(0.0)) as server:  # a first, complete run: the file exists, calls are mirrored
        first = start_sync(server.url, db)
        assert first.wait(timeout=60) == 0, first.communicate()
    before = sqlite3.connect(db).execute("SELECT COUNT(*), MAX(until) FROM calls, _sync").fetchone()
    with serving(SlowPages(10.0)) as server:
        process = start_sync(server.url, db, "--parallel", "4")
        try:
            wait_for_lists_in_flight(server, process, 4)  # four slices, each answered in 10 s
            sent = time.monotonic()
            process.send_signal(how)
            _, err = process.communicate(timeout=9)  # a wait for the answers in flight would take 10 s
            took = time.monotonic() - sent
        finally:
            process.kill()
    assert process.returncode == status, err
    # Within a second on an idle machine; the margin is for a loaded 2-core one (still far from 10 s).
    assert took < 3.0, took
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*), MAX(until) FROM calls, _sync").fetchone() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("m.db-")) == ["m.db"]  # no lock left


# -- a full disk --------------------------------------------------------------------------------


@pytest.fixture
def many_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningEmulator]:
    server = start_background(EmulatorConfig(messages=2000, **STILL))
    login_env(monkeypatch, server)
    yield server
    server.stop()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 1 MiB (a tmpfs), where one can be mounted (root, and allowed)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder)],
                             capture_output=True) if os.geteuid() == 0 else None
    if mounted is None or mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root); the max_page_count case covers the behaviour")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def assert_full_disk_named_and_nothing_lost(db: Path, result, before: int) -> None:
    assert result.exit_code == 1, result.stderr
    assert "disk is full" in result.stderr and str(db) in result.stderr, result.stderr
    assert "rollback" not in result.stderr and "unexpected" not in result.stderr, result.stderr
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM numbers").fetchone()[0] == before  # nothing lost
        assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0  # no half window
    finally:
        conn.close()


def test_a_disk_that_fills_mid_sync_is_named_as_such(many_messages: RunningEmulator, small_disk: Path) -> None:
    db = small_disk / "m.db"
    assert run_cli("sync", "--db", str(db), "--resources", "numbers").exit_code == 0
    before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM numbers").fetchone()[0]
    result = run_cli("sync", "--db", str(db), "--resources", "messages")
    assert_full_disk_named_and_nothing_lost(db, result, before)


def test_a_database_that_cannot_grow_is_named_as_a_full_disk(many_messages: RunningEmulator, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The same, wherever no tmpfs can be mounted: SQLite's max_page_count makes the file unable to
    grow, and SQLite then answers exactly as on a full disk (SQLITE_FULL)."""
    db = tmp_path / "m.db"
    assert run_cli("sync", "--db", str(db), "--resources", "numbers").exit_code == 0
    pages, before = sqlite3.connect(db).execute("SELECT (SELECT page_count FROM pragma_page_count), COUNT(*) FROM numbers").fetchone()
    connect = store._connect

    def cannot_grow(path: str) -> sqlite3.Connection:
        conn = connect(path)
        conn.execute(f"PRAGMA max_page_count = {pages + 4}")
        return conn

    monkeypatch.setattr(store, "_connect", cannot_grow)
    result = run_cli("sync", "--db", str(db), "--resources", "messages")
    assert_full_disk_named_and_nothing_lost(db, result, before)
    monkeypatch.setattr(store, "_connect", connect)  # space again: the next run completes
    assert run_cli("sync", "--db", str(db), "--resources", "messages").exit_code == 0
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM messages").fetchone()[0] > 1000


# -- a lone surrogate ---------------------------------------------------------------------------


def message(n: int, body: str) -> dict:
    sent = timefmt.rfc2822(timefmt.now() - 7200)
    return {"sid": f"SM{n:032x}", "account_sid": ACCOUNT_SID, "status": "delivered", "body": body, "date_sent": sent,
            "date_created": sent, "date_updated": sent, "from": "+14155550100", "to": "+14155550101",
            "direction": "outbound-api", "price": "-0.0079", "price_unit": "USD"}


def test_a_lone_surrogate_escape_is_stored_as_a_replacement_character(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    records = [message(1, "x\ud800y"), message(2, "fine \U0001F600"), message(3, "z\udfff")]
    raw = json.dumps(page(records, "messages", uri="/2010-04-01/Accounts/x/Messages.json")).encode()
    assert b'"x\\ud800y"' in raw  # the escape as a server sends it: JSON allows it, UTF-8 cannot hold it

    def answer(path: str, query: dict[str, str]) -> Answer:
        if path == ACCOUNT:
            return Answer(body={"sid": ACCOUNT_SID, "status": "active"})
        return Answer(body=raw if path.endswith("/Messages.json") else page([], "messages"))

    with serving(answer) as server:
        hostile_env(monkeypatch, server)
        for _ in range(2):  # and every later sync of the table goes on working
            result = run_cli("sync", "--db", str(db), "--resources", "messages", "--since", "1d")
            assert result.exit_code == 0, result.stderr
    bodies = dict(sqlite3.connect(db).execute("SELECT sid, body FROM messages"))
    assert bodies == {records[0]["sid"]: "x\ufffdy", records[1]["sid"]: "fine \U0001F600", records[2]["sid"]: "z\ufffd"}
    found = run_cli("sms", "search", "fine", "--db", str(db), "-o", "json")
    assert [r["sid"] for r in json.loads(found.stdout)] == [records[1]["sid"]], found.stderr


# -- permissions --------------------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_the_mirror_and_its_wal_and_shm_are_private_whatever_the_umask(use_emulator: RunningEmulator, tmp_path: Path,
                                                                     open_umask: None) -> None:
    db = tmp_path / "srv" / "twilio.db"
    db.parent.mkdir()
    assert run_cli("sync", "--db", str(db), "--resources", "numbers").exit_code == 0
    reader = sqlite3.connect(db)  # an open reader keeps -wal and -shm while the next sync writes
    try:
        reader.execute("SELECT COUNT(*) FROM numbers").fetchone()
        assert run_cli("sync", "--db", str(db), "--resources", "numbers,messages").exit_code == 0
        files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        reader.close()
    assert run_cli("sync", "--resources", "numbers").exit_code == 0
    default = store.default_path(use_emulator.account_sid)
    assert mode(default) == 0o600 and mode(default.parent) == 0o700
