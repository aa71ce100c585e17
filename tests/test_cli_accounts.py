"""accounts end to end, the auth token never shown, and --subaccount against a real subaccount."""

from __future__ import annotations

import json

import pytest
import requests

from tests.conftest import clear_received, received, run_cli


def create_sub(name: str = "Customer 42") -> dict:
    result = run_cli("accounts", "create", "--friendly-name", name, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def real_token(server, sid: str) -> str:
    """The subaccount's token as the API really sends it (the CLI must never show it)."""
    answer = requests.get(f"{server.url}/2010-04-01/Accounts/{sid}.json", auth=(server.account_sid, server.auth_token), timeout=5)
    return answer.json()["auth_token"]


def test_list_filters_and_count(use_emulator):
    listed = json.loads(run_cli("accounts", "list", "-o", "json").stdout)
    assert {a["sid"] for a in listed} >= {use_emulator.account_sid}
    assert len(listed) == 2  # the main account and the demo subaccount
    clear_received(use_emulator)
    result = run_cli("accounts", "list", "--status", "active", "--friendly-name", "Demo subaccount", "-o", "json")
    assert [a["friendly_name"] for a in json.loads(result.stdout)] == ["Demo subaccount"]
    assert received(use_emulator)[0]["path"] == "/2010-04-01/Accounts.json"
    assert received(use_emulator)[0]["query"]["Status"] == "active"
    assert run_cli("accounts", "list", "--count").stdout.strip() == "2"
    assert run_cli("accounts", "list", "--status", "bogus").exit_code == 2


def test_create_get_and_auth_token_never_shown(use_emulator):
    clear_received(use_emulator)
    sub = create_sub()
    assert received(use_emulator)[0]["form"] == {"FriendlyName": "Customer 42"}
    assert sub["sid"].startswith("AC") and sub["owner_account_sid"] == use_emulator.account_sid
    token = real_token(use_emulator, sub["sid"])
    assert len(token) == 32 and sub["auth_token"] != token and sub["auth_token"].endswith(token[-4:])
    outputs = [json.dumps(sub)]
    for fmt in ("table", "tsv", "csv", "json", "jsonl"):
        for args in (("accounts", "get", sub["sid"]), ("accounts", "list", "--fields", "sid,auth_token")):
            result = run_cli(*args, "-o", fmt)
            assert result.exit_code == 0, result.stderr
            outputs += [result.stdout, result.stderr]
    debug = run_cli("--debug", "accounts", "get", sub["sid"])
    outputs += [debug.stdout, debug.stderr]
    raw = run_cli("api", "GET", f"/2010-04-01/Accounts/{sub['sid']}.json")
    outputs += [raw.stdout, raw.stderr]
    assert "auth_token" in raw.stdout
    for text in outputs:
        assert token not in text
        assert use_emulator.auth_token not in text


def test_update_suspend_activate_close(use_emulator):
    sid = create_sub()["sid"]
    renamed = run_cli("accounts", "update", sid, "--friendly-name", "Renamed", "-o", "json")
    assert json.loads(renamed.stdout)["friendly_name"] == "Renamed"
    assert json.loads(run_cli("accounts", "suspend", sid, "--yes", "-o", "json").stdout)["status"] == "suspended"
    assert json.loads(run_cli("accounts", "activate", sid, "-o", "json").stdout)["status"] == "active"
    clear_received(use_emulator)
    refused = run_cli("accounts", "close", sid)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    refused = run_cli("accounts", "update", sid, "--status", "closed")
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert received(use_emulator) == []
    closed = run_cli("accounts", "close", sid, "--yes", "-o", "json")
    assert closed.exit_code == 0, closed.stderr
    assert json.loads(closed.stdout)["status"] == "closed"
    assert received(use_emulator)[0]["form"] == {"Status": "closed"}
    again = run_cli("accounts", "activate", sid)
    assert again.exit_code == 3 and "Twilio error 20005" in again.stderr  # closed is final


def test_update_needs_a_change_and_valid_sid(use_emulator):
    clear_received(use_emulator)
    result = run_cli("accounts", "update", use_emulator.account_sid)
    assert result.exit_code == 2 and "--friendly-name" in result.stderr
    for args in (("accounts", "get", "AC123"), ("accounts", "suspend", "PN" + "0" * 32), ("accounts", "update", "xx", "--friendly-name", "a")):
        assert run_cli(*args).exit_code == 2
    assert received(use_emulator) == []


def test_api_errors_surface_with_code_and_link(use_emulator):
    result = run_cli("accounts", "suspend", use_emulator.account_sid, "--yes")
    assert result.exit_code == 1
    assert "Twilio error 20001" in result.stderr and "https://www.twilio.com/docs/errors/20001" in result.stderr
    missing = run_cli("accounts", "get", "AC" + "0" * 32)
    assert missing.exit_code == 4 and "20404" in missing.stderr


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_bad_fields_fail_before_any_request(use_emulator, fmt):
    clear_received(use_emulator)
    result = run_cli("accounts", "create", "--fields", "sid,nope", "-o", fmt)
    assert result.exit_code == 2 and "nope" in result.stderr
    assert received(use_emulator) == []


def test_subaccount_flag_reaches_a_created_subaccount(use_emulator):
    sub = create_sub("Tenant")["sid"]
    made = run_cli("--subaccount", sub, "applications", "create", "--friendly-name", "Tenant app", "-o", "json")
    assert made.exit_code == 0, made.stderr
    app = json.loads(made.stdout)
    assert app["account_sid"] == sub
    in_sub = json.loads(run_cli("--subaccount", sub, "applications", "list", "-o", "json").stdout)
    assert [a["sid"] for a in in_sub] == [app["sid"]]
    in_main = json.loads(run_cli("applications", "list", "-o", "json").stdout)
    assert app["sid"] not in {a["sid"] for a in in_main}
    assert run_cli("applications", "get", app["sid"]).exit_code == 4
    # numbers: buy into the subaccount, list it there
    clear_received(use_emulator)
    bought = run_cli("--subaccount", sub, "numbers", "buy", "--phone-number", "+15005550006", "--yes", "-o", "json")
    assert bought.exit_code == 0, bought.stderr
    assert received(use_emulator)[0]["path"] == f"/2010-04-01/Accounts/{sub}/IncomingPhoneNumbers.json"
    assert run_cli("--subaccount", sub, "numbers", "list", "--count").stdout.strip() == "1"
    assert run_cli("--subaccount", sub, "caller-ids", "list", "--count").stdout.strip() == "0"
    assert run_cli("--subaccount", "AC12", "numbers", "list").exit_code == 2
