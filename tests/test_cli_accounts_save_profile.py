"""`accounts create --save-profile`: the new subaccount's credentials become a working profile,
its auth token never printed (end to end against the emulator over HTTP)."""

from __future__ import annotations

import json
import stat

from tests.conftest import received, run_cli
from twiliocli import config


def test_save_profile_makes_a_working_profile_and_prints_no_token(use_emulator):
    result = run_cli("--debug", "accounts", "create", "--friendly-name", "Customer 42", "--save-profile", "c42", "-o", "json")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    settings = config.load().profiles["c42"]
    token = settings["auth_token"]
    assert settings == {"account_sid": shown["sid"], "auth_token": token, "api_url": use_emulator.url}
    assert shown["sid"] != use_emulator.account_sid and shown["auth_token"] == "********" + token[-4:]
    assert token not in result.stdout and token not in result.stderr  # --debug shows the exchange, not the token
    assert "'c42'" in result.stderr
    assert stat.S_IMODE(config.config_path().stat().st_mode) == 0o600
    posts = [r for r in received(use_emulator) if r["method"] == "POST"]
    assert posts == [{"method": "POST", "path": "/2010-04-01/Accounts.json", "query": {}, "form": {"FriendlyName": "Customer 42"}}]
    used = run_cli("-p", "c42", "accounts", "get", shown["sid"], "-o", "json")  # the profile signs as the subaccount
    assert used.exit_code == 0, used.stderr
    assert json.loads(used.stdout)["friendly_name"] == "Customer 42"
    assert run_cli("-p", "c42", "calls", "list", "--count").exit_code == 0


def test_an_existing_profile_is_kept_unless_forced(use_emulator):
    assert run_cli("accounts", "create", "--save-profile", "c42").exit_code == 0
    first = config.load().profiles["c42"]["account_sid"]
    before = len(received(use_emulator))
    refused = run_cli("accounts", "create", "--save-profile", "c42")
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert len(received(use_emulator)) == before  # no subaccount made
    assert config.load().profiles["c42"]["account_sid"] == first
    forced = run_cli("accounts", "create", "--save-profile", "c42", "--force", "-o", "json")
    assert forced.exit_code == 0, forced.stderr
    assert config.load().profiles["c42"]["account_sid"] == json.loads(forced.stdout)["sid"] != first


def test_without_save_profile_the_token_stays_masked_and_nothing_is_saved(use_emulator):
    result = run_cli("accounts", "create", "--friendly-name", "plain", "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["auth_token"].startswith("********")
    assert config.load().profiles == {}
