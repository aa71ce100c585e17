"""`GROUP export` as cron runs it, unattended, against servers that misbehave: bogus list pages,
a skewed clock, a second run at once, signals, a crash mid-append. Real HTTP on 127.0.0.1: the
emulator where Twilio's behaviour is wanted, `tests.hostile` where it is not."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import hostile
from tests.conftest import run_cli
from twiliocli import timefmt
from twiliocli.emulator import catalog, rows


@pytest.fixture
def cron_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", hostile.ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", hostile.AUTH_TOKEN)
    yield monkeypatch


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


BOGUS = {
    "empty object": (hostile.Answer(200, {}), "an empty answer"),
    "null list": (hostile.Answer(200, {**hostile.page([]), "calls": None}), "`calls` is null"),
    "missing key": (hostile.Answer(200, {k: v for k, v in hostile.page([]).items() if k != "calls"}), "an object with keys"),
    "no content": (hostile.Answer(204, None), "an empty answer"),
}


@pytest.mark.parametrize("bogus", list(BOGUS))
def test_a_bogus_list_page_fails_the_export_and_touches_nothing(cron_env: pytest.MonkeyPatch, tmp_path: Path, bogus: str) -> None:
    now = timefmt.now()
    good = hostile.page([hostile.call(1, timefmt.rfc2822(now - 7200))])
    answers = {"now": hostile.Answer(200, good)}
    with hostile.serving(lambda path, query: answers["now"]) as server:
        cron_env.setenv("TWILIO_API_URL", server.url)
        out, state = tmp_path / "calls.csv", tmp_path / "calls.state"
        first = run_cli("calls", "export", "--since", "3h", "--until", "1h", "--state", str(state), "--out", str(out))
        assert first.exit_code == 0, first.stderr
        before = files_in(tmp_path)
        answers["now"], said = BOGUS[bogus]
        for parallel in ("1", "4"):
            again = run_cli("calls", "export", "--state", str(state), "--out", str(tmp_path / "next.csv"), "--parallel", parallel)
            assert again.exit_code == 1, again.stderr
            assert "without a `calls` array" in again.stderr and said in again.stderr
            assert files_in(tmp_path) == before  # no file, no temp, state unmoved
        listed = run_cli("calls", "list", "-o", "tsv")
        assert listed.exit_code == 1 and said in listed.stderr


# -- what is refused before any request ----------------------------------------------------------


def test_out_or_append_naming_the_state_is_refused(cron_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cron_env.setenv("TWILIO_API_URL", "http://127.0.0.1:9")  # nothing listens: a request would be exit 5
    state = tmp_path / "calls.state"
    state.write_text("precious")
    for option, path in (("--out", state), ("--out", tmp_path / "." / "calls.state"), ("--append", state),
                         ("--out", tmp_path / "calls.state.lock")):
        result = run_cli("calls", "export", "--state", str(state), option, str(path))
        assert result.exit_code == 2, result.stderr
        assert "give the records a file of their own" in result.stderr
    assert state.read_text() == "precious"


def test_a_state_file_that_is_not_utf8_is_a_usage_error(cron_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cron_env.setenv("TWILIO_API_URL", "http://127.0.0.1:9")
    state = tmp_path / "calls.state"
    state.write_bytes(b'{"version": 2, "resource": "calls\xff\xfe"}')
    result = run_cli("calls", "export", "--state", str(state), "--out", str(tmp_path / "x.csv"))
    assert result.exit_code == 2 and "is not a twiliocli export state" in result.stderr
    assert "UnicodeDecodeError" not in result.stderr


@pytest.mark.parametrize(("args", "said"), [
    (("--out", "calls-{day:%F}.csv"), "unknown placeholder {day}"),
    (("--out", "calls-{until:%F.csv"), "placeholders are"),
    (("--append", "calls.csv"), "--append needs --state"),
    (("--append", "calls.json", "--state", "s", "-f", "json"), "cannot grow a JSON array"),
    (("--append", "a.csv", "--out", "b.csv", "--state", "s"), "give one"),
    (("--hold", "soon"), "is not a duration"),
])
def test_bad_output_options_are_refused_with_2(cron_env: pytest.MonkeyPatch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               args: tuple[str, ...], said: str) -> None:
    cron_env.setenv("TWILIO_API_URL", "http://127.0.0.1:9")
    monkeypatch.chdir(tmp_path)
    result = run_cli("calls", "export", *args)
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert not [p for p in tmp_path.iterdir() if p.is_file()]


# -- the server's clock, file names, re-runs -----------------------------------------------------


def serve_calls(records: list[dict]) -> hostile.Answer:
    return hostile.Answer(200, hostile.page(records))


def test_the_window_ends_at_the_servers_clock_not_the_local_one(cron_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The server runs 10 minutes behind this machine: the window must end at the server's now, or
    a record the server dates in those 10 minutes after the run would fall behind the state."""
    skew = -600
    calls: list[dict] = []
    with hostile.serving(lambda path, query: serve_calls(calls), skew=skew) as server:
        cron_env.setenv("TWILIO_API_URL", server.url)
        state = tmp_path / "calls.state"
        export = ("calls", "export", "--state", str(state), "-f", "jsonl", "--lag", "0")
        first = run_cli(*export, "--since", "1h")
        assert first.exit_code == 0, first.stderr
        until = timefmt.parse_iso(json.loads(state.read_text())["until"])
        server_now = timefmt.now() + skew
        assert server_now - 5 <= until <= server_now + 1
        calls.append(hostile.call(7, timefmt.rfc2822(until)))  # dated by the server at the run's end (exclusive)
        time.sleep(max(0.0, until - skew + 1.1 - time.time()))  # the server's clock has passed it
        second = run_cli(*export, "--lag", "0")
        assert [json.loads(line)["sid"] for line in second.lines] == [calls[0]["sid"]]
        assert "Warning" not in second.stderr


def test_a_slow_slice_holds_back_at_most_twice_parallel_slices(cron_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Slices are written in order, so while the newest day is slow the others must wait for it,
    and no more than twice `--parallel` of them may be out (fetched, spooled, open) at once."""
    asked: list[tuple[float, str]] = []

    def answer(path: str, query: dict[str, str]) -> hostile.Answer:
        day = query.get("StartTime>", "")
        asked.append((time.monotonic(), day))
        return hostile.Answer(200, hostile.page([]), delay=1.5 if day == "2024-01-10" else 0.0)

    with hostile.serving(answer) as server:
        cron_env.setenv("TWILIO_API_URL", server.url)
        result = run_cli("calls", "export", "--since", "2024-01-01", "--until", "2024-01-11", "--parallel", "2",
                         "--out", str(tmp_path / "calls.csv"))
    assert result.exit_code == 0, result.stderr
    slow = next(at for at, day in asked if day == "2024-01-10")
    while_slow = {day for at, day in asked if at < slow + 1.4 and day}
    assert len(while_slow) == 4, sorted(while_slow)  # the slow one and three more, never the other six
    assert len({day for _, day in asked if day}) == 10


def test_a_server_without_a_date_header_falls_back_to_the_local_clock_and_says_so(cron_env: pytest.MonkeyPatch) -> None:
    with hostile.serving(lambda path, query: serve_calls([])) as server:
        server.date = False
        cron_env.setenv("TWILIO_API_URL", server.url)
        result = run_cli("calls", "export", "--since", "1h")
        assert result.exit_code == 0
        assert "no Date header" in result.stderr


def test_placeholders_name_each_window_and_a_file_with_records_is_never_replaced(cron_env: pytest.MonkeyPatch,
                                                                                 tmp_path: Path) -> None:
    now = timefmt.now()
    calls = [hostile.call(1, timefmt.rfc2822(timefmt.day_floor(now) - 3600))]  # yesterday, 23:00
    with hostile.serving(lambda path, query: serve_calls(calls)) as server:
        cron_env.setenv("TWILIO_API_URL", server.url)
        template = str(tmp_path / "calls-{since:%Y%m%d}-{until:%F}.csv")
        until = timefmt.day_text(now)
        args = ("calls", "export", "--since", "2d", "--until", until, "--out", template)
        first = run_cli(*args)
        assert first.exit_code == 0, first.stderr
        [written] = [p for p in tmp_path.iterdir() if p.suffix == ".csv"]
        assert written.name == f"calls-{time.strftime('%Y%m%d', time.gmtime(now - 2 * 86_400))}-{until}.csv"
        assert calls[0]["sid"] in written.read_text()
        before = written.read_bytes()
        again = run_cli(*args)  # the same day's window again: same name, and that file holds a record
        assert again.exit_code == 2 and "already holds records" in again.stderr and "--force" in again.stderr
        assert written.read_bytes() == before
        calls.clear()
        forced = run_cli(*args, "--force")
        assert forced.exit_code == 0 and written.read_text().count("\n") == 1  # replaced, as asked: header only
        fixed = tmp_path / "fixed.csv"
        assert run_cli("calls", "export", "--since", "2d", "--out", str(fixed)).exit_code == 0  # header only
        calls.append(hostile.call(2, timefmt.rfc2822(now - 3600)))
        assert run_cli("calls", "export", "--since", "2d", "--out", str(fixed)).exit_code == 0  # holds none: replaced
        assert run_cli("calls", "export", "--since", "2d", "--out", str(fixed)).exit_code == 2


def test_append_grows_one_file_exactly_once_and_cuts_a_crashed_runs_tail(cron_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    now = timefmt.now()
    calls = [hostile.call(1, timefmt.rfc2822(now - 7200))]
    with hostile.serving(lambda path, query: serve_calls(calls)) as server:
        cron_env.setenv("TWILIO_API_URL", server.url)
        archive, state = tmp_path / "calls.csv", tmp_path / "calls.state"
        export = ("calls", "export", "--state", str(state), "--append", str(archive), "--fields", "sid,status", "--lag", "0")
        assert run_cli(*export, "--since", "1d").exit_code == 0
        assert archive.read_text().splitlines() == ["sid,status", f"{calls[0]['sid']},completed"]
        committed = archive.read_bytes()
        # A run that died after writing some records but before saving its state left a tail.
        with open(archive, "ab") as handle:
            handle.write(b"CAtail-of-a-crashed-run,complet")
        until = timefmt.parse_iso(json.loads(state.read_text())["until"])
        calls.insert(0, hostile.call(2, timefmt.rfc2822(until)))  # after the first window
        time.sleep(max(0.0, until + 1.1 - time.time()))
        assert run_cli(*export).exit_code == 0
        assert archive.read_text().splitlines() == ["sid,status", f"{calls[1]['sid']},completed", f"{calls[0]['sid']},completed"]
        assert archive.read_bytes().startswith(committed)
        assert run_cli(*export).exit_code == 0  # nothing new: nothing added
        assert len(archive.read_text().splitlines()) == 3
        assert json.loads(state.read_text())["append"]["size"] == archive.stat().st_size


# -- signals and a second run, with real processes -----------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


class SlowLists:
    """Lists answer after `delay` seconds (the account, asked for the clock, at once)."""

    def __init__(self, records: list[dict]) -> None:
        self.records = records
        self.delay = 0.0

    def __call__(self, path: str, query: dict[str, str]) -> hostile.Answer:
        slow = path.endswith("/Calls.json") and self.delay
        return hostile.Answer(200, hostile.page(self.records), delay=self.delay if slow else 0.0)


def start_export(server: hostile.HostileServer, tmp_path: Path, *extra: str, prefix: tuple[str, ...] = ()) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [*prefix, sys.executable, "-m", "twiliocli", "calls", "export", "--state", str(tmp_path / "calls.state"),
               "--out", str(tmp_path / "calls.csv"), "--force", "--lag", "0", *extra]
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_a_list_request(server: hostile.HostileServer, process: subprocess.Popen, seen: int) -> None:
    """Until the process has a list request in flight (or has ended, which the test then reports)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        if sum(1 for r in server.requests[seen:] if r.path.endswith("/Calls.json")) >= 1:
            return
        time.sleep(0.02)


@pytest.fixture
def exported_once(cron_env: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[tuple[hostile.HostileServer, SlowLists]]:
    """A slow-listing server and a first, complete export (file and state) in tmp_path."""
    now = timefmt.now()
    lists = SlowLists([hostile.call(1, timefmt.rfc2822(now - 7200))])
    with hostile.serving(lists) as server:
        cron_env.setenv("TWILIO_API_URL", server.url)
        first = run_cli("calls", "export", "--state", str(tmp_path / "calls.state"), "--out", str(tmp_path / "calls.csv"),
                        "--since", "1d", "--lag", "0")
        assert first.exit_code == 0, first.stderr
        lists.delay = 30.0
        yield server, lists


@pytest.mark.parametrize(("how", "status", "parallel"), [
    (signal.SIGTERM, 143, "1"), (signal.SIGTERM, 143, "4"), (signal.SIGHUP, 129, "4"), (signal.SIGINT, 130, "4"),
])
def test_a_signal_ends_the_run_at_once_and_leaves_everything_as_it_was(exported_once, tmp_path: Path, how: int,
                                                                        status: int, parallel: str) -> None:
    server, _ = exported_once
    before = files_in(tmp_path)
    seen = len(server.requests)
    process = start_export(server, tmp_path, "--parallel", parallel)
    try:
        wait_for_a_list_request(server, process, seen)
        process.send_signal(how)
        _, err = process.communicate(timeout=15)  # well before the 30 s answers in flight
    finally:
        process.kill()
    assert process.returncode == status, err
    assert files_in(tmp_path) == before  # no temporary file, no lock, output and state as they were


def test_timeout_leaves_everything_as_it_was(exported_once, tmp_path: Path) -> None:
    server, _ = exported_once
    before = files_in(tmp_path)
    process = start_export(server, tmp_path, "--parallel", "4", prefix=("timeout", "2"))
    _, err = process.communicate(timeout=20)
    assert process.returncode == 124, err  # timeout's own status for "I had to stop it"
    assert files_in(tmp_path) == before


def test_a_second_run_with_the_same_state_exits_at_once_and_touches_nothing(exported_once, tmp_path: Path) -> None:
    server, lists = exported_once
    seen = len(server.requests)
    first = start_export(server, tmp_path)
    try:
        wait_for_a_list_request(server, first, seen)
        before = {name: data for name, data in files_in(tmp_path).items() if not name.endswith(".lock")}
        asked = len(server.requests)
        second = run_cli("calls", "export", "--state", str(tmp_path / "calls.state"), "--out", str(tmp_path / "other.csv"))
        assert second.exit_code == 1
        assert f"pid {first.pid}" in second.stderr and "Another calls export is using --state" in second.stderr
        assert len(server.requests) == asked  # not one request
        assert {name: data for name, data in files_in(tmp_path).items() if not name.endswith(".lock")} == before
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=15)
    assert first.returncode == 143
    lists.delay = 0.0
    assert run_cli("calls", "export", "--state", str(tmp_path / "calls.state"), "--out", str(tmp_path / "other.csv")).exit_code == 0


# -- a simulated day of cron runs against the emulator -------------------------------------------


class Day:
    """Calls and messages living their lives in the emulator, on a virtual clock (`time.time`
    patched for the whole process: the emulator's dates, its `Date` header, the CLI)."""

    def __init__(self, server, start: int) -> None:
        self.server = server
        self.store = server.app.store
        self.now = start
        self.rng = random.Random(13)
        self.calls: dict[str, dict] = {}  # sid -> {"left": steps to its next change, "fate": …}
        self.messages: dict[str, dict] = {}
        self.n = 0

    def tick(self) -> None:
        """Five minutes pass: new traffic arrives, earlier traffic moves on."""
        self.now += 300
        for sid, life in list(self.calls.items()):
            self._call_moves(sid, life)
        for sid, life in list(self.messages.items()):
            self._message_moves(sid, life)
        for _ in range(self.rng.randint(1, 4)):
            self.n += 1
            row = self.store.insert(catalog.CALLS, rows.call(self.server.account_sid, "+14155550100",
                                                             f"+1415555{self.n % 10_000:04d}", self.now - self.rng.randint(0, 299)))
            fate = self.rng.choices(["completed", "canceled", "stuck", "busy"], [70, 15, 3, 12])[0]
            self.calls[row["sid"]] = {"state": "queued", "left": self.rng.randint(0, 2), "fate": fate}
            row = self.store.insert(catalog.MESSAGES, rows.message(self.server.account_sid, "+14155550100",
                                                                   f"+1415555{self.n % 10_000:04d}", "hi", self.now - self.rng.randint(0, 299)))
            fate = self.rng.choices(["delivered", "sent", "failed"], [80, 10, 10])[0]
            self.messages[row["sid"]] = {"state": "queued", "left": self.rng.randint(0, 1), "fate": fate}

    def _update(self, kind, sid: str, changes: dict) -> None:
        self.store.update(kind, self.store.get(kind, sid=sid), {**changes, "date_updated": self.now})

    def _call_moves(self, sid: str, life: dict) -> None:
        if life["left"] > 0:
            life["left"] -= 1
            return
        if life["state"] == "queued":
            if life["fate"] == "canceled":  # never dialled: no start_time, ever
                self._update(catalog.CALLS, sid, {"status": "canceled", "end_time": self.now, "duration": "0"})
                del self.calls[sid]
            elif life["fate"] == "busy":
                self._update(catalog.CALLS, sid, {"status": "busy", "start_time": self.now - 20, "end_time": self.now, "duration": "0"})
                del self.calls[sid]
            else:
                self._update(catalog.CALLS, sid, {"status": "in-progress", "start_time": self.now - 60})
                life.update(state="in-progress", left=self.rng.randint(0, 12))
        elif life["fate"] == "completed":
            self._update(catalog.CALLS, sid, {"status": "completed", "end_time": self.now, "duration": "300"})
            del self.calls[sid]
        # "stuck" calls stay in progress forever

    def _message_moves(self, sid: str, life: dict) -> None:
        if life["left"] > 0:
            life["left"] -= 1
            return
        if life["state"] == "queued":
            self._update(catalog.MESSAGES, sid, {"status": "sent", "date_sent": self.now - 30})
            life.update(state="sent", left=self.rng.randint(0, 3))
        elif life["fate"] != "sent":  # "sent" ones never hear back from the carrier
            self._update(catalog.MESSAGES, sid, {"status": life["fate"]})
            del self.messages[sid]


def test_a_day_of_cron_runs_every_5_minutes_writes_each_final_record_exactly_once(
        empty_emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    server = empty_emulator
    day = Day(server, start=1_767_225_600)  # 2026-01-01T00:00:00Z
    monkeypatch.setattr(time, "time", lambda: float(day.now))
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", server.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", server.auth_token)
    monkeypatch.setenv("TWILIO_API_URL", server.url)
    warned: dict[str, str] = {"calls": "", "sms": ""}

    def cron() -> None:
        for group in ("calls", "sms"):
            result = run_cli(group, "export", "--state", str(tmp_path / f"{group}.state"),
                             "--append", str(tmp_path / f"{group}.jsonl"), "-f", "jsonl", "--quiet")
            assert result.exit_code == 0, result.stderr
            warned[group] += result.stderr

    for _ in range(24 * 12):
        day.tick()
        cron()
    for _ in range(3):  # everything that will ever end ends now (a queued call rings, then ends)
        day.now += 300
        for lives, move in ((day.calls, day._call_moves), (day.messages, day._message_moves)):
            for sid, life in list(lives.items()):
                life["left"] = 0
                move(sid, life)
    for _ in range(14):  # the night, runs every 30 minutes: past the 6 h hold, nothing new
        day.now += 1800
        cron()

    for group, kind, final in (("calls", catalog.CALLS, {"completed", "canceled", "busy"}),
                               ("sms", catalog.MESSAGES, {"delivered", "failed"})):
        written = [json.loads(line) for line in (tmp_path / f"{group}.jsonl").read_text().splitlines()]
        sids = [record["sid"] for record in written]
        assert len(sids) == len(set(sids)), f"{group}: a record written twice"
        everything = {row["sid"]: row for row in server.app.store.query(f"SELECT sid, status FROM {kind.table}")}
        assert set(sids) == set(everything), f"{group}: a record lost"
        for record in written:
            status = everything[record["sid"]]["status"]
            assert record["status"] == status  # written in its final state
            if status not in final:  # a call stuck in progress, an SMS no carrier confirmed
                assert status in ("in-progress", "sent")
                if status == "in-progress":
                    assert record["sid"] in warned[group]  # written at the hold's bound, and said so
    assert len(everything) > 500
