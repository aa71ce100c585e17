"""Failed-message triage: `sms list --status/--error-code` (filters the API lacks, applied here) and
the error column that names what a Twilio error code means."""

from __future__ import annotations

import json

import pytest

from twiliocli.api.errorcodes import MEANINGS, explain
from twiliocli.api.resources import MESSAGE_STATUSES

from tests.conftest import clear_received, received, run_cli


def messages(*args: str) -> list[dict]:
    result = run_cli("sms", "list", *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("status", MESSAGE_STATUSES)
def test_every_status_keeps_exactly_its_messages(use_emulator, status):
    everything = messages("--all")
    clear_received(use_emulator)
    kept = messages("--status", status, "--all")
    assert kept == [m for m in everything if m["status"] == status]
    assert all("Status" not in r["query"] for r in received(use_emulator))  # the API has no such filter


def test_error_code_limit_and_count_apply_to_what_is_kept(use_emulator):
    everything = messages("--all")
    failing = [m for m in everything if m["error_code"] == 30003]
    assert len(failing) >= 3
    assert messages("--error-code", "30003", "--all") == failing
    assert messages("--error-code", "30003", "--limit", "2") == failing[:2]
    count = run_cli("sms", "list", "--status", "undelivered", "--error-code", "30003", "--count")
    assert count.stdout.strip() == str(sum(1 for m in failing if m["status"] == "undelivered"))
    assert messages("--error-code", "99999", "--all") == []
    assert messages("--status", "failed", "--to", failing[0]["to"], "--all") == [
        m for m in everything if m["status"] == "failed" and m["to"] == failing[0]["to"]]


def test_bad_triage_input_is_refused_before_any_request(use_emulator):
    clear_received(use_emulator)
    assert run_cli("sms", "list", "--status", "lost").exit_code == 2
    assert run_cli("sms", "list", "--error-code", "abc").exit_code == 2
    assert received(use_emulator) == []
    assert "--status" not in run_cli("sms", "export", "--help").stdout  # export sends only what the API filters


def test_the_error_column_names_known_codes_and_links_unknown_ones(use_emulator):
    rows = run_cli("sms", "list", "--status", "undelivered", "--fields", "sid,error_code,error").lines
    assert rows[0].split("\t") == ["sid", "error_code", "error"]
    for line in rows[1:]:
        sid, code, error = line.split("\t")
        assert error == f"{code} {MEANINGS[int(code)]}"
    notes = run_cli("notifications", "list", "--fields", "error_code,error", "--no-header").lines
    shown = dict(line.split("\t") for line in notes)
    assert shown["13227"] == f"13227 {MEANINGS[13227]}"  # every code of Twilio's dictionary has its title
    assert shown["11200"] == "11200 HTTP retrieval failure"
    delivered = run_cli("sms", "list", "--status", "delivered", "--fields", "error", "--no-header").lines
    assert delivered and set(delivered) == {""}
    assert "error" not in messages("--status", "undelivered")[0]  # json keeps the API's objects


def test_explain():
    assert explain(None) == "" and explain("") == ""
    assert explain(30003) == "30003 Unreachable destination handset"
    assert explain("12345") == "12345 https://www.twilio.com/docs/errors/12345"
