"""notifications end to end against the emulator's demo debugger log."""

from __future__ import annotations

import json

from tests.conftest import clear_received, received, run_cli
from tests.test_cli_sandbox import twilio_stub


def notifications(*args: str) -> list[dict]:
    result = run_cli("notifications", "list", *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_list_filters(use_emulator):
    everything = notifications()
    assert len(everything) == 3
    clear_received(use_emulator)
    errors = notifications("--log", "error", "--after", "2000-01-01", "--before", "2999-01-01")
    assert {n["log"] for n in errors} == {"0"} and len(errors) == 2
    assert received(use_emulator)[0]["query"] == {"Log": "0", "MessageDate>": "2000-01-01", "MessageDate<": "2999-01-01", "PageSize": "50"}
    assert [n["log"] for n in notifications("--log", "warning")] == ["1"]
    assert notifications("--on", "2001-02-03") == []
    assert run_cli("notifications", "list", "--count").stdout.strip() == "3"
    assert run_cli("notifications", "list", "--log", "error", "--count").stdout.strip() == "2"
    for bad in (("--log", "info"), ("--after", "yesterday-ish"), ("--call", "SM" + "0" * 32)):
        assert run_cli("notifications", "list", *bad).exit_code == 2


def test_call_scoped_collection(use_emulator):
    call = notifications()[0]["call_sid"]
    clear_received(use_emulator)
    scoped = notifications("--call", call, "--log", "error")
    assert received(use_emulator)[0]["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/Calls/{call}/Notifications.json"
    assert received(use_emulator)[0]["query"]["Log"] == "0"
    assert scoped and all(n["call_sid"] == call for n in scoped)
    assert notifications("--call", "CA" + "f" * 32) == []


def test_get_and_delete(use_emulator):
    first = notifications()[0]
    got = json.loads(run_cli("notifications", "get", first["sid"], "-o", "json").stdout)
    assert got["sid"] == first["sid"] and got["error_code"] == first["error_code"]
    assert run_cli("notifications", "delete", first["sid"]).exit_code == 2
    clear_received(use_emulator)
    deleted = run_cli("notifications", "delete", first["sid"], "--yes")
    assert deleted.exit_code == 0 and first["sid"] in deleted.stderr
    assert received(use_emulator)[0]["method"] == "DELETE"
    assert run_cli("notifications", "get", first["sid"]).exit_code == 4
    assert run_cli("notifications", "get", "NO12").exit_code == 2


def test_get_offers_the_fields_only_one_notification_shows(use_emulator):
    """`response_body` and the request's details are in a fetched notification (not in lists): `--fields` takes them."""
    sid = notifications()[0]["sid"]
    record = json.loads(run_cli("notifications", "get", sid, "-o", "json").stdout)
    assert record["response_body"]
    result = run_cli("notifications", "get", sid, "--fields", "sid,response_body,request_variables", "-o", "tsv", "--no-header")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{sid}\t{record['response_body']}\t{record['request_variables']}\n"


def test_delete_on_twilio_explains_it_is_no_longer_allowed(monkeypatch):
    sid = "NO" + "3" * 32
    answer = {"code": 20004, "message": "Method not allowed", "more_info": "https://www.twilio.com/docs/errors/20004", "status": 405}
    with twilio_stub(monkeypatch, 405, answer):
        result = run_cli("notifications", "delete", sid, "--yes")
    assert result.exit_code == 1
    assert "Twilio error 20004: Method not allowed (HTTP 405)" in result.stderr
    assert "https://www.twilio.com/docs/errors/20004" in result.stderr
    assert "no longer lets the API delete notifications" in result.stderr
