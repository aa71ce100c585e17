"""`twiliocli api`: raw requests to any 2010-04-01 path against the emulator."""

from __future__ import annotations

import json

import pytest

from tests.conftest import clear_received, received, run_cli


def test_get_with_full_path_and_query_fields(use_emulator):
    clear_received(use_emulator)
    result = run_cli("api", "GET", "/2010-04-01/Accounts/{AccountSid}/Calls.json", "-F", "Status=completed", "-F", "PageSize=2")
    assert result.exit_code == 0, result.stderr
    page = json.loads(result.stdout)
    assert len(page["calls"]) == 2 and all(c["status"] == "completed" for c in page["calls"])
    assert page["next_page_uri"] and "page_size" in page
    [request] = received(use_emulator)
    assert request["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/Calls.json"
    assert request["query"] == {"Status": "completed", "PageSize": "2"}
    assert result.stdout.count("\n") == 1  # compact when piped (pretty and coloured on a terminal)


@pytest.mark.parametrize("path", ["Accounts/{AccountSid}/IncomingPhoneNumbers", "/Accounts/{AccountSid}/IncomingPhoneNumbers.json",
                                  "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers"])
def test_short_paths_are_completed(use_emulator, path):
    clear_received(use_emulator)
    result = run_cli("api", "get", path)
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["incoming_phone_numbers"]) == 3
    assert received(use_emulator)[0]["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/IncomingPhoneNumbers.json"


def test_post_form_and_delete(use_emulator):
    clear_received(use_emulator)
    made = run_cli("api", "POST", "Accounts/{AccountSid}/Applications", "-F", "FriendlyName=Raw app", "-F", "VoiceUrl=https://example.com/v?a=1&b=2")
    assert made.exit_code == 0, made.stderr
    app = json.loads(made.stdout)
    assert app["friendly_name"] == "Raw app" and app["voice_url"] == "https://example.com/v?a=1&b=2"
    assert received(use_emulator)[0]["form"] == {"FriendlyName": "Raw app", "VoiceUrl": "https://example.com/v?a=1&b=2"}
    gone = run_cli("api", "DELETE", f"Accounts/{{AccountSid}}/Applications/{app['sid']}")
    assert gone.exit_code == 0 and gone.stdout == ""
    assert received(use_emulator)[-1]["method"] == "DELETE"
    assert run_cli("api", "GET", f"Accounts/{{AccountSid}}/Applications/{app['sid']}").exit_code == 4


def test_paginate_merges_every_page_into_one_array(use_emulator):
    every = json.loads(run_cli("calls", "list", "--all", "-o", "json").stdout)
    clear_received(use_emulator)
    result = run_cli("api", "GET", "Accounts/{AccountSid}/Calls", "--paginate", "-F", "PageSize=5")
    assert result.exit_code == 0, result.stderr
    merged = json.loads(result.stdout)
    assert [c["sid"] for c in merged] == [c["sid"] for c in every]
    assert len(received(use_emulator)) == -(-len(every) // 5)
    empty = run_cli("api", "GET", "Accounts/{AccountSid}/Calls", "--paginate", "-F", "Status=queued")
    assert json.loads(empty.stdout) == []
    assert run_cli("api", "POST", "Accounts/{AccountSid}/Calls", "--paginate").exit_code == 2


def test_subaccount_placeholder_and_errors(use_emulator):
    sub = json.loads(run_cli("accounts", "create", "-o", "json").stdout)["sid"]
    clear_received(use_emulator)
    assert run_cli("--subaccount", sub, "api", "GET", "Accounts/{AccountSid}/Calls").exit_code == 0
    assert received(use_emulator)[0]["path"] == f"/2010-04-01/Accounts/{sub}/Calls.json"
    clear_received(use_emulator)
    assert run_cli("api", "PUT", "Accounts/{AccountSid}/Calls").exit_code == 2
    assert run_cli("api", "GET", "Accounts/{AccountSid}/Calls", "-F", "nokey").exit_code == 2
    assert received(use_emulator) == []
    bad = run_cli("api", "POST", "Accounts/{AccountSid}/Messages", "-F", "To=+15005550001", "-F", "From=+15005550006", "-F", "Body=x")
    assert bad.exit_code == 1 and "Twilio error 21211" in bad.stderr and "errors/21211" in bad.stderr
    missing = run_cli("api", "GET", "Accounts/{AccountSid}/Nothing")
    assert missing.exit_code == 4


def test_help_has_examples():
    result = run_cli("api", "--help")
    assert result.exit_code == 0 and "Examples:" in result.stdout and "--paginate" in result.stdout
