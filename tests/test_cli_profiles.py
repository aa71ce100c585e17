"""login, profiles, config: files on disk, permissions, precedence, secrets never shown."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest

from tests.conftest import received, run_cli


def _config_file(home):
    return home / "config" / "config.toml"


def login(server, profile="default", *extra):
    return run_cli(
        "--api-url", server.url, "login", "--profile", profile,
        "--account-sid", server.account_sid, "--token-stdin", *extra,
        input=server.auth_token + "\n",
    )


def test_login_verifies_then_saves_with_private_permissions(emulator, isolated_home):
    result = login(emulator)
    assert result.exit_code == 0, result.stderr
    path = _config_file(isolated_home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text()
    assert 'active = "default"' in text and emulator.account_sid in text
    assert emulator.auth_token not in result.stdout + result.stderr
    # the one verification request fetched the account
    assert [r["path"] for r in received(emulator)] == [f"/2010-04-01/Accounts/{emulator.account_sid}.json"]
    assert not [p for p in path.parent.iterdir() if p.name != "config.toml"], "no temporary file left behind"


def test_login_with_bad_token_saves_nothing(emulator, isolated_home):
    result = run_cli(
        "--api-url", emulator.url, "login", "--account-sid", emulator.account_sid, "--token-stdin",
        input="not-the-token-000000\n",
    )
    assert result.exit_code == 3
    assert "Credentials not saved" in result.stderr and "20003" in result.stderr
    assert not _config_file(isolated_home).exists()


def test_login_without_terminal_needs_account_sid():
    result = run_cli("login", input="")
    assert result.exit_code == 2
    assert "--account-sid" in result.stderr


def test_active_profile_is_used_and_profiles_list_masks_secrets(emulator, isolated_home):
    assert login(emulator, "work").exit_code == 0
    listed = run_cli("profiles", "list", "-o", "json")
    assert listed.exit_code == 0
    rows = {r["name"]: r for r in json.loads(listed.stdout)}
    assert rows["work"]["active"] is True and rows["work"]["account_sid"] == emulator.account_sid
    assert "emulator" in rows
    assert emulator.auth_token not in listed.stdout
    shown = run_cli("profiles", "show", "work", "-o", "json")
    assert json.loads(shown.stdout)["secret"].startswith("********")
    assert emulator.auth_token not in shown.stdout
    calls = run_cli("calls", "list", "-o", "json", "--limit", "1")
    assert calls.exit_code == 0, calls.stderr


def test_precedence_flag_profile_env_active(emulator, isolated_home, monkeypatch):
    assert login(emulator, "good").exit_code == 0
    # env credentials beat the active profile
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", emulator.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "bad-token-from-env-0000")
    monkeypatch.setenv("TWILIO_API_URL", emulator.url)
    assert run_cli("calls", "list").exit_code == 3
    # an explicit profile beats the environment
    assert run_cli("-p", "good", "calls", "list", "-o", "json").exit_code == 0
    monkeypatch.setenv("TWILIOCLI_PROFILE", "good")
    assert run_cli("calls", "list", "-o", "json").exit_code == 0
    # the --api-url flag beats everything for the URL
    result = run_cli("-p", "good", "--api-url", "http://127.0.0.1:9", "--retries", "0", "calls", "list")
    assert result.exit_code == 5


def test_unknown_profile(isolated_home):
    result = run_cli("-p", "nope", "calls", "list")
    assert result.exit_code == 3
    assert "No profile named 'nope'" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_world_readable_config_is_refused(emulator, isolated_home):
    assert login(emulator).exit_code == 0
    path = _config_file(isolated_home)
    os.chmod(path, 0o644)
    result = run_cli("calls", "list")
    assert result.exit_code == 3
    assert "chmod 600" in result.stderr


def test_profiles_use_and_remove(emulator, isolated_home):
    assert login(emulator, "a").exit_code == 0
    assert login(emulator, "b").exit_code == 0
    assert run_cli("profiles", "use", "a").exit_code == 0
    assert 'active = "a"' in _config_file(isolated_home).read_text()
    assert run_cli("profiles", "remove", "a").exit_code == 2  # no terminal, no --yes
    assert run_cli("profiles", "remove", "a", "--yes").exit_code == 0
    text = _config_file(isolated_home).read_text()
    assert "[profiles.a]" not in text and "active" not in text.split("[profiles")[0]
    assert run_cli("profiles", "use", "zzz").exit_code == 3


def test_config_path(isolated_home):
    result = run_cli("config", "path")
    assert result.stdout.strip() == str(_config_file(isolated_home))


def test_builtin_emulator_profile_keeps_state(isolated_home):
    sent = run_cli(
        "-p", "emulator", "sms", "send", "--to", "+14155550100", "--from", "+15005550006",
        "--body", "state survives", "--yes", "-o", "json",
    )
    assert sent.exit_code == 0, sent.stderr
    sid = json.loads(sent.stdout)["sid"]
    listed = run_cli("-p", "emulator", "sms", "list", "-o", "json", "--limit", "1000")
    assert sid in [m["sid"] for m in json.loads(listed.stdout)]
    assert (isolated_home / "data" / "emulator.db").exists()
