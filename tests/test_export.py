"""`GROUP export` end to end: the real CLI against the emulator over 127.0.0.1.

Formats, the window and its null-date policy, incremental runs (`--state`) across new arrivals
and same-second records, parallel output byte-identical to sequential, atomicity when the
server dies mid-run, and what is refused before any request.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
import requests

from twiliocli.api import resources
from twiliocli.emulator import catalog, rows
from twiliocli.emulator.config import DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN, EmulatorConfig
from twiliocli.emulator.server import RunningEmulator

from tests.conftest import clear_received, login_env, received, run_cli
from tests.emulator_helpers import running

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("csv", "tsv", "json", "jsonl")
OURS = "+14155550100"


def iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_messages(server: RunningEmulator, *whens: int, body: str = "hello") -> list[str]:
    """Delivered messages sent at these instants (straight into the emulator's store)."""
    sids = []
    for n, when in enumerate(whens):
        row = server.app.store.insert(catalog.MESSAGES, rows.message(
            server.account_sid, f"+1415555{2000 + n:04d}", OURS, f"{body} {n}", when, "delivered"))
        sids.append(row["sid"])
    return sids


def sids_of(text: str, fmt: str = "csv") -> list[str]:
    if fmt == "csv":
        return [row["sid"] for row in csv.DictReader(io.StringIO(text, newline=""))]
    if fmt == "jsonl":
        return [json.loads(line)["sid"] for line in text.splitlines()]
    if fmt == "json":
        return [record["sid"] for record in json.loads(text)]
    lines = text.splitlines()
    index = lines[0].split("\t").index("sid")
    return [line.split("\t")[index] for line in lines[1:]]


@pytest.fixture
def empty(empty_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> RunningEmulator:
    login_env(monkeypatch, empty_emulator)
    return empty_emulator


@pytest.fixture(scope="module")
def bulk() -> Iterator[RunningEmulator]:
    """3,000 generated calls over 90 days (read only)."""
    yield from running(EmulatorConfig(calls=3000, messages=0))


@pytest.fixture
def use_bulk(bulk: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> RunningEmulator:
    login_env(monkeypatch, bulk)
    return bulk


# -- formats and the window --------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_exactly_the_window(empty: RunningEmulator, tmp_path: Path, fmt: str) -> None:
    base = int(time.time()) // 60 * 60 - 7200
    inside = add_messages(empty, base, base + 1, base + 59, body='say "hi", \x1b[31mred\x1b[0m\nbye')
    add_messages(empty, base - 1, base + 60)  # just outside [base, base + 60)
    out = tmp_path / f"sms.{fmt}"
    result = run_cli("sms", "export", "--format", fmt, "--out", str(out), "--since", iso(base), "--until", iso(base + 60))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    text = out.read_text(encoding="utf-8")
    assert sids_of(text, fmt) == inside[::-1]  # newest first, as Twilio lists
    assert "\x1b" not in text  # hostile data stays inert in every format
    # The same records as `list`, in the same bytes, when the same fields are asked for.
    listed = run_cli("sms", "list", "--all", "-o", fmt, "--fields", "sid,date_sent,body",
                     "--sent-after", iso(base), "--sent-before", iso(base + 59))
    exported = run_cli("sms", "export", "-f", fmt, "--fields", "sid,date_sent,body",
                       "--since", iso(base), "--until", iso(base + 60))
    assert exported.stdout_bytes == listed.stdout_bytes


@pytest.mark.parametrize("fmt,empty_output", [("csv", "sid,body\r\n"), ("tsv", "sid\tbody\n"), ("json", "[]\n"), ("jsonl", "")])
def test_an_empty_window_is_a_valid_empty_document(empty: RunningEmulator, fmt: str, empty_output: str) -> None:
    result = run_cli("sms", "export", "-f", fmt, "--fields", "sid,body", "--since", "2001-01-01", "--until", "2001-01-02")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == empty_output


def test_default_columns_are_every_field_and_dates_iso(empty: RunningEmulator) -> None:
    base = int(time.time()) - 600
    add_messages(empty, base)
    result = run_cli("sms", "export", "--since", iso(base))
    header, row = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert header[:3] == ["body", "num_segments", "direction"] and "subresource_uris" in header
    assert row[header.index("date_sent")] == iso(base)


def test_records_without_a_date_are_left_for_later(empty: RunningEmulator) -> None:
    """A queued message has no date_sent yet: it is in no window (DESIGN: not yet happened)."""
    queued = requests.post(f"{empty.url}/2010-04-01/Accounts/{empty.account_sid}/Messages.json",
                           data={"To": "+14155550111", "From": "+15005550006", "Body": "later"},
                           auth=(empty.account_sid, empty.auth_token), timeout=5).json()
    assert queued["date_sent"] is None
    sent = add_messages(empty, int(time.time()) - 5)
    result = run_cli("sms", "export", "-f", "jsonl", "--since", "1h", "--lag", "0")
    assert sids_of(result.stdout, "jsonl") == sent


EXPORTABLE = [r.group for r in resources.ALL if r.exportable]


def test_every_exportable_group_has_export(empty: RunningEmulator) -> None:
    assert EXPORTABLE, "no resource is declared exportable"
    for group in EXPORTABLE:
        result = run_cli(group, "export", "--since", "2001-01-01", "--until", "2001-01-02", "-f", "json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), (group, result.stderr)


def test_every_group_exports_the_demo_data(use_emulator: RunningEmulator) -> None:
    for group in EXPORTABLE:
        everything = run_cli(group, "export", "-f", "jsonl")
        assert everything.exit_code == 0, everything.stderr
        assert everything.stdout.count("\n") >= 1, group


# -- incremental ---------------------------------------------------------------------------------


def test_incremental_runs_have_no_gap_and_no_duplicate(empty: RunningEmulator, tmp_path: Path) -> None:
    state = tmp_path / "sms.state"
    base = int(time.time()) - 3600
    first = add_messages(empty, base, base + 1, base + 2)
    boundary = add_messages(empty, base + 5, base + 5, base + 5)  # three in the boundary second
    run1 = run_cli("sms", "export", "-f", "jsonl", "--state", str(state), "--since", iso(base - 10),
                   "--until", iso(base + 5))
    assert run1.exit_code == 0, run1.stderr
    assert sids_of(run1.stdout, "jsonl") == first[::-1]
    saved = json.loads(state.read_text())
    assert (saved["resource"], saved["until"], saved["records"]) == ("sms", iso(base + 5), 3)

    # New arrivals: one more in the boundary second (late, still in the next window) and recent
    # ones. One dated before the boundary shows up too late for its window, which is exported
    # already: the window is on the record's own date, so only a lag (`--until 10m`) catches it.
    late = add_messages(empty, base + 5)
    add_messages(empty, base + 4)
    recent = add_messages(empty, base + 6, base + 3000)
    run2 = run_cli("sms", "export", "-f", "jsonl", "--state", str(state), "--since", "2001-01-01")  # --since: first run only
    assert run2.exit_code == 0, run2.stderr
    assert sorted(sids_of(run2.stdout, "jsonl")) == sorted(boundary + late + recent)

    run3 = run_cli("sms", "export", "-f", "jsonl", "--state", str(state))
    assert (run3.exit_code, run3.stdout) == (0, "")
    assert json.loads(state.read_text())["until"] >= iso(base + 3000)


def test_calls_seen_in_progress_are_exported_once_final_by_a_later_run(use_emulator: RunningEmulator, tmp_path: Path) -> None:
    state = tmp_path / "calls.state"
    export = ("calls", "export", "--state", str(state), "-f", "jsonl", "--lag", "0")
    run1 = run_cli(*export)
    assert run1.exit_code == 0 and run1.stdout
    for record in map(json.loads, run1.lines):  # the demo's stuck calls are days old: written at the hold's bound
        assert record["status"] in {"completed", "busy", "failed", "no-answer", "canceled"} or record["sid"] in run1.stderr
    conference = run_cli("conferences", "list", "--status", "in-progress", "--fields", "sid", "--no-header").stdout.strip()
    joined = requests.post(
        f"{use_emulator.url}/2010-04-01/Accounts/{use_emulator.account_sid}/Conferences/{conference}/Participants.json",
        data={"From": "+15005550006", "To": "+14155550177"}, auth=(use_emulator.account_sid, use_emulator.auth_token),
        timeout=5).json()
    time.sleep(1.05)  # the run's end is "now" to the second: let the new call's second pass
    run2 = run_cli(*export)
    assert (run2.exit_code, run2.stdout) == (0, "")  # in progress: held back, and the state stays before it
    saved = json.loads(state.read_text())
    assert saved["watermark"] < saved["until"]
    ended = run_cli("calls", "hangup", joined["call_sid"], "--yes", "-o", "json")
    assert ended.exit_code == 0, ended.stderr
    run3 = run_cli(*export)
    assert [(r["sid"], r["status"]) for r in map(json.loads, run3.lines)] == [(joined["call_sid"], "completed")]
    assert json.loads(run3.stdout)["end_time"]
    run4 = run_cli(*export)
    assert (run4.exit_code, run4.stdout) == (0, "")  # exactly once
    assert not set(sids_of(run1.stdout, "jsonl")) & set(sids_of(run3.stdout, "jsonl"))


def test_until_never_passes_now(empty: RunningEmulator, tmp_path: Path) -> None:
    """A future --until would let the state skip records not yet made: it is capped at now."""
    state = tmp_path / "s"
    assert run_cli("sms", "export", "--state", str(state), "--until", "2099-01-01", "--lag", "0").exit_code == 0
    reached = json.loads(state.read_text())["until"]
    assert reached <= iso(int(time.time()))
    boundary = int(datetime.fromisoformat(reached.replace("Z", "+00:00")).timestamp())
    sid = add_messages(empty, boundary)  # dated in the second the first run stopped before
    time.sleep(max(0.0, boundary + 1.05 - time.time()))
    assert sids_of(run_cli("sms", "export", "--state", str(state), "--lag", "0").stdout) == sid


def test_a_state_file_of_another_export_is_refused_before_any_request(empty: RunningEmulator, tmp_path: Path) -> None:
    state = tmp_path / "s"
    assert run_cli("sms", "export", "--state", str(state), "--since", "1h").exit_code == 0
    before = state.read_bytes()
    clear_received(empty)
    for args in (("calls", "export"), ("sms", "export", "--to", "+14155550111")):
        result = run_cli(*args, "--state", str(state))
        assert result.exit_code == 2, result.stderr
        assert "belongs to another export" in result.stderr
    state.write_text("not json")
    result = run_cli("sms", "export", "--state", str(state))
    assert result.exit_code == 2 and "not a twiliocli export state" in result.stderr
    assert received(empty) == []
    assert before  # untouched by the refused runs until overwritten above


# -- refusals and reporting -----------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ("--since", "yesterday-ish"), ("--until", "2024-13-01"), ("--parallel", "0"),
    ("--format", "xml"), ("--out", "/no/such/folder/x.csv"),
])
def test_bad_input_is_refused_with_2_before_any_request(empty: RunningEmulator, args: tuple[str, ...]) -> None:
    clear_received(empty)
    result = run_cli("calls", "export", *args)
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert received(empty) == []


def test_verbose_prints_one_summary_line_and_quiet_nothing(empty: RunningEmulator, tmp_path: Path) -> None:
    add_messages(empty, int(time.time()) - 30, int(time.time()) - 20)
    result = run_cli("sms", "export", "--since", "1h", "--lag", "0", "--out", str(tmp_path / "x.csv"), "--verbose")
    assert result.exit_code == 0
    [line] = result.stderr.splitlines()
    assert line.startswith("Exported 2 sms with date_sent in [") and "records/s" in line
    quiet = run_cli("sms", "export", "--since", "1h", "--out", str(tmp_path / "x.csv"), "--force", "--verbose", "--quiet")
    assert quiet.stderr == ""


# -- parallel -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_parallel_output_is_byte_identical_to_sequential(use_bulk: RunningEmulator, tmp_path: Path, fmt: str) -> None:
    until = iso(int(time.time()))
    outputs = []
    for n in (1, 4):
        out = tmp_path / f"p{n}.{fmt}"
        # --lag 0: the window is the test's own; the newest generated call is at the top of this hour.
        result = run_cli("calls", "export", "-f", fmt, "--until", until, "--lag", "0", "--parallel", str(n),
                         "--page-size", "150", "--out", str(out))
        assert result.exit_code == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    records = sids_of(outputs[0].decode(), fmt)
    assert len(records) == len(set(records)) == 3000  # one in twenty was canceled before it started: in too


def test_parallel_slices_tile_a_window_exactly(use_bulk: RunningEmulator) -> None:
    until = int(time.time())
    since = until - 40 * 86_400 + 12_345  # not on a day boundary
    args = ("calls", "export", "-f", "jsonl", "--fields", "sid,start_time,date_updated,status",
            "--since", iso(since), "--until", iso(until), "--lag", "0")  # the window is the test's own
    sequential = run_cli(*args)
    parallel = run_cli(*args, "--parallel", "8")
    assert parallel.stdout_bytes == sequential.stdout_bytes
    from twiliocli.timefmt import epoch

    records = [json.loads(line) for line in sequential.lines]
    dated = [r for r in records if r["start_time"]]
    never_started = records[len(dated):]  # after the slices, placed by when they were canceled
    moments = [epoch(r["start_time"]) for r in dated]
    assert moments and all(since <= m < until for m in moments)
    assert moments == sorted(moments, reverse=True)
    assert never_started and all(r["status"] == "canceled" and since <= epoch(r["date_updated"]) < until for r in never_started)
    everything = run_cli("calls", "list", "--all", "-o", "jsonl", "--fields", "sid,start_time,date_updated,status")
    expected = [json.loads(line) for line in everything.lines]
    assert len(moments) == sum(1 for r in expected if r["start_time"] and since <= epoch(r["start_time"]) < until)
    assert len(never_started) == sum(1 for r in expected if not r["start_time"] and r["status"] == "canceled"
                                     and since <= epoch(r["date_updated"]) < until)


# -- atomicity ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("parallel", ["1", "4"])
def test_a_run_cut_off_by_the_server_dying_leaves_file_and_state_untouched(tmp_path: Path, parallel: str) -> None:
    port = free_port()
    env = {**os.environ, "TWILIO_ACCOUNT_SID": DEMO_ACCOUNT_SID, "TWILIO_AUTH_TOKEN": DEMO_AUTH_TOKEN,
           "TWILIO_API_URL": f"http://127.0.0.1:{port}", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "twiliocli", "emulator", "serve", "--port", str(port), "--calls", "20000", "--latency", "100"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert "listening" in (server.stdout.readline() if server.stdout else "")
        out, state = tmp_path / "calls.csv", tmp_path / "calls.state"
        cli = [sys.executable, "-m", "twiliocli", "--retries", "0", "calls", "export", "--out", str(out),
               "--state", str(state), "--page-size", "100", "--parallel", parallel, "--force"]
        first = subprocess.run([*cli, "--since", "61d", "--until", "60d"], env=env, cwd=ROOT, capture_output=True, timeout=60)
        assert first.returncode == 0, first.stderr
        old_out, old_state = out.read_bytes(), state.read_bytes()
        run = subprocess.Popen(cli, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.5)  # a few pages in: ~10,000 calls at 100 a page and 100 ms a page take 10 s
        server.send_signal(signal.SIGKILL)
        _, err = run.communicate(timeout=60)
        assert run.returncode == 5, err
        assert b"Error:" in err
        assert out.read_bytes() == old_out
        assert state.read_bytes() == old_state
        assert sorted(p.name for p in tmp_path.iterdir()) == ["calls.csv", "calls.state"]  # no temporary left
    finally:
        server.kill()
        server.wait(timeout=10)


def test_stdout_output_moves_the_state_only_after_success(empty: RunningEmulator, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    state = tmp_path / "s"
    add_messages(empty, int(time.time()) - 100)
    monkeypatch.setenv("TWILIO_API_URL", "http://127.0.0.1:9")  # nothing listens on the discard port
    failed = run_cli("--retries", "0", "sms", "export", "--state", str(state), "--since", "1h", "--lag", "0")
    assert failed.exit_code == 5
    assert not state.exists()
    monkeypatch.setenv("TWILIO_API_URL", empty.url)
    done = run_cli("sms", "export", "--state", str(state), "--since", "1h", "--lag", "0")
    assert done.exit_code == 0 and len(sids_of(done.stdout)) == 1
    assert state.exists()
