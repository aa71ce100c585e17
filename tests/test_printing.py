"""One printer for every command: --fields checked against the field list and the records,
the same escaping for `api` as for lists, quiet ends of closed pipes, no header before an error.

Pipelines run the real console entry point in real `bash -o pipefail` subprocesses.
"""

from __future__ import annotations

import http.server
import json
import re
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import clear_received, login_env, received, run_cli
from twiliocli.emulator.config import DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN, EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background

HOSTILE_BODY = "pay \u202eevil\u202c now \x85\x9b31m red"
CALL = {
    "sid": "CA" + "1" * 32, "from": "+15005550006", "to": "+14155550100", "status": "completed",
    "direction": "outbound-api", "start_time": "Fri, 18 Oct 2019 17:00:00 +0000", "duration": "12",
    "annotation": "billing-dispute",
}


class FakeTwilio:
    """A server of the tests' own: a calls list whose records carry a field the spec lacks, or a
    list that fails on its first page."""

    def __init__(self, status: int = 200) -> None:
        status_code = status

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                if status_code == 200 and self.path.split("?")[0].endswith(f"/{CALL['sid']}.json"):
                    body: dict = CALL
                elif status_code == 200:
                    body = {"calls": [CALL], "next_page_uri": None, "page": 0, "page_size": 50}
                else:
                    body = {"code": 20001, "message": "Bad request", "more_info": "https://www.twilio.com/docs/errors/20001", "status": status_code}
                data = json.dumps(body).encode()
                self.send_response(status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[FakeTwilio]:
    server = FakeTwilio(getattr(request, "param", 200))
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", DEMO_ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", DEMO_AUTH_TOKEN)
    monkeypatch.setenv("TWILIO_API_URL", server.url)
    yield server
    server.close()


# -- --fields ----------------------------------------------------------------------------------


def test_a_field_outside_the_spec_list_is_accepted_when_the_records_carry_it(fake: FakeTwilio) -> None:
    result = run_cli("calls", "list", "--fields", "sid,annotation", "-o", "tsv")
    assert result.exit_code == 0, result.stderr
    assert result.lines == ["sid\tannotation", f"{CALL['sid']}\tbilling-dispute"]
    as_json = run_cli("calls", "get", CALL["sid"], "--fields", "annotation", "-o", "json")
    assert json.loads(as_json.stdout) == {"annotation": "billing-dispute"}


def test_a_field_neither_listed_nor_in_the_records_is_refused_with_nothing_printed(fake: FakeTwilio) -> None:
    for fmt in ("tsv", "csv", "json", "table"):
        result = run_cli("calls", "list", "--fields", "sid,nope", "-o", fmt)
        assert result.exit_code == 2, (fmt, result.stderr)
        assert result.stdout == ""
        assert result.stderr.startswith("Error: Unknown field 'nope'. Valid fields: ")
        assert "annotation" in result.stderr  # the valid ones include what the record has


@pytest.mark.parametrize("args", [
    ("calls", "list", "--fields", "sid,stauts"),
    ("calls", "get", "CA" + "0" * 32, "--fields", "stauts"),
    ("sms", "send", "--to", "+14155550100", "--from", "+15005550006", "--body", "x", "--fields", "sid,nope"),
    ("accounts", "create", "--fields", "nope"),
    ("calls", "export", "--fields", "sid,to,stauts"),
])
def test_a_bad_field_is_exit_2_without_credentials(args: tuple[str, ...]) -> None:
    """Near misses anywhere, and any unknown name on a command that changes something, are refused
    before credentials are even looked for (there are none here: that alone would be exit 3)."""
    result = run_cli(*args)
    assert result.exit_code == 2, result.stderr
    assert "Unknown field" in result.stderr and result.stdout == ""


def test_an_unknown_field_on_a_create_is_refused_before_anything_is_created(use_emulator: RunningEmulator) -> None:
    clear_received(use_emulator)
    result = run_cli("applications", "create", "--friendly-name", "x", "--fields", "sid,annotation")
    assert result.exit_code == 2 and received(use_emulator) == []


def test_export_checks_an_unlisted_field_against_the_first_record(
    use_emulator: RunningEmulator, tmp_path: Path
) -> None:
    out, state = tmp_path / "calls.csv", tmp_path / "calls.state"
    result = run_cli("calls", "export", "--since", "3650d", "--fields", "sid,nope", "--out", str(out), "--state", str(state))
    assert result.exit_code == 2 and "Unknown field 'nope'" in result.stderr
    assert not out.exists() and not state.exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no spool or temporary file left behind


# -- the same escaping everywhere --------------------------------------------------------------


def test_api_escapes_control_characters_as_lists_do(use_emulator: RunningEmulator) -> None:
    sent = run_cli("sms", "send", "--to", "+14155550100", "--from", "+15005550006", "--body", HOSTILE_BODY, "-o", "json", "--yes")
    sid = json.loads(sent.stdout)["sid"]
    outputs = [
        run_cli("sms", "list", "-o", "json").stdout,
        run_cli("api", "GET", f"Accounts/{{AccountSid}}/Messages/{sid}").stdout,
        run_cli("api", "GET", "Accounts/{AccountSid}/Messages", "--paginate").stdout,
    ]
    for text in outputs:
        assert "\\u202e" in text and "\\u0085" in text and "\\u009b" in text
        assert not any(ch in text for ch in "\u202e\u202c\x85\x9b")
    single = json.loads(outputs[1])
    assert single["body"] == HOSTILE_BODY  # escaped for the terminal, the same string for a parser


# -- pipes ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def many() -> Iterator[RunningEmulator]:
    """Enough calls that every format overflows a pipe's buffer long before the end."""
    server = start_background(EmulatorConfig(calls=3000, messages=0))
    yield server
    server.stop()


def _pipeline(command: str, server: RunningEmulator, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ, "TWILIO_ACCOUNT_SID": server.account_sid, "TWILIO_AUTH_TOKEN": server.auth_token,
        "TWILIO_API_URL": server.url, "TWILIOCLI": f"{sys.executable} -m twiliocli",
    }
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)


@pytest.mark.parametrize("args", [
    *(f"calls list --all -o {fmt}" for fmt in ("tsv", "csv", "json", "jsonl", "table")),
    "api GET Accounts/{AccountSid}/Calls --paginate",
    "calls export --since 3650d",
    "calls export --since 3650d -f jsonl --parallel 4",
])
def test_a_closed_pipe_is_a_quiet_success(many: RunningEmulator, tmp_path: Path, args: str) -> None:
    result = _pipeline(f"$TWILIOCLI {args} | head -1", many, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("fake", [400], indirect=True)
@pytest.mark.parametrize("args", [("calls", "list", "-o", "tsv"), ("calls", "list", "-o", "csv"),
                                  ("calls", "list", "-o", "json"), ("calls", "export", "--since", "1d")])
def test_a_failed_list_writes_no_header(fake: FakeTwilio, args: tuple[str, ...]) -> None:
    result = run_cli("--retries", "0", *args)
    assert result.exit_code == 1 and "20001" in result.stderr
    assert result.stdout == ""


def test_an_empty_list_still_has_its_header(empty_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    login_env(monkeypatch, empty_emulator)
    assert run_cli("calls", "list", "-o", "tsv").lines == ["sid\tfrom\tto\tstatus\tdirection\tstart_time\tduration"]
    assert run_cli("calls", "list", "-o", "csv", "--fields", "sid").stdout == "sid\r\n"
    assert run_cli("calls", "export", "--fields", "sid").stdout == "sid\r\n"


# -- --tz ----------------------------------------------------------------------------------------


def test_tz_shows_dates_in_a_zone_and_leaves_json_alone(use_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from datetime import datetime

    utc = run_cli("calls", "list", "--limit", "3", "-o", "tsv", "--fields", "sid,start_time").lines[1:]
    kolkata = run_cli("calls", "list", "--limit", "3", "-o", "csv", "--fields", "sid,start_time", "--tz", "Asia/Kolkata").lines[1:]
    for plain, zoned in zip(utc, kolkata):
        sid, when = plain.split("\t")
        zsid, zwhen = zoned.split(",")
        assert zsid == sid and zwhen.endswith("+05:30")
        assert datetime.fromisoformat(zwhen) == datetime.fromisoformat(when.replace("Z", "+00:00"))  # the same instant
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        local = run_cli("calls", "list", "--limit", "1", "--fields", "start_time", "--tz", "local", "-o", "tsv").lines[1]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert local.endswith(("-05:00", "-04:00"))
    sid = utc[0].split("\t")[0]
    vertical = run_cli("calls", "get", sid, "-o", "table", "--tz", "Europe/Paris").stdout
    assert re.search(r"start_time\s+\S+\+0[12]:00", vertical)
    raw = json.loads(run_cli("calls", "get", sid, "-o", "json", "--tz", "Europe/Paris").stdout)
    assert raw["start_time"].endswith("+0000")  # JSON keeps Twilio's own value


def test_an_unknown_zone_is_refused_before_any_request(use_emulator: RunningEmulator) -> None:
    clear_received(use_emulator)
    result = run_cli("calls", "list", "--tz", "Mars/Olympus")
    assert result.exit_code == 2 and "not a time zone" in result.stderr and received(use_emulator) == []


def test_the_configured_timezone_is_the_default(use_emulator: RunningEmulator) -> None:
    assert run_cli("config", "set", "timezone", "Asia/Tokyo").exit_code == 0
    zoned = run_cli("calls", "list", "--limit", "1", "--fields", "start_time", "-o", "tsv").lines[1]
    assert zoned.endswith("+09:00")
    assert run_cli("calls", "list", "--limit", "1", "--fields", "start_time", "--tz", "UTC").lines[1].endswith("Z")
