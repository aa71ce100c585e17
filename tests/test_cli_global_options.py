"""Global options anywhere on the line: before the group, between group and command, after the command.

Each option is checked by what it does (what the emulator received, the error, the debug trace),
not just that it parsed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import clear_received, received, run_cli

REPO = Path(__file__).resolve().parent.parent
TO, FROM = "+14155550100", "+15005550006"


def positions(option: list[str], *command: str) -> list[list[str]]:
    """`option` before the group, after the group, and at the end of `command`."""
    group, rest = command[0], list(command[1:])
    return [[*option, group, *rest], [group, *option, *rest], [group, *rest, *option]]


@pytest.fixture
def creds_only(emulator, monkeypatch):
    """Credentials in the environment, but no API URL: only --api-url points at the emulator."""
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", emulator.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", emulator.auth_token)
    return emulator


@pytest.mark.parametrize("where", range(3), ids=["before", "between", "after"])
def test_api_url_and_subaccount_anywhere(creds_only, where):
    made = run_cli("accounts", "create", "--friendly-name", "sub", "-o", "json", "--api-url", creds_only.url)
    sub = json.loads(made.stdout)["sid"]
    clear_received(creds_only)
    args = positions(["--api-url", creds_only.url, "--subaccount", sub], "calls", "list", "--limit", "1", "-o", "json")[where]
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    assert [r["path"] for r in received(creds_only)] == [f"/2010-04-01/Accounts/{sub}/Calls.json"]


@pytest.mark.parametrize("where", range(3), ids=["before", "between", "after"])
def test_profile_anywhere_uses_the_builtin_emulator(where):
    result = run_cli(*positions(["-p", "emulator"], "calls", "list", "--limit", "2", "-o", "json")[where])
    assert result.exit_code == 0, result.stderr
    assert [c["sid"][:2] for c in json.loads(result.stdout)] == ["CA", "CA"]


def test_debug_after_the_command_traces_the_exchange(use_emulator):
    result = run_cli("calls", "list", "--limit", "1", "--fields", "sid", "--debug")
    assert result.exit_code == 0
    assert "debug: > GET " in result.stderr and use_emulator.auth_token not in result.stderr


@pytest.mark.parametrize(
    "option, needle",
    [(["--retries", "21"], "--retries"), (["--timeout", "0"], "--timeout"), (["--subaccount", "AC1"], "--subaccount")],
)
def test_global_values_are_checked_wherever_they_stand(use_emulator, option, needle):
    clear_received(use_emulator)
    for args in positions(option, "sms", "list"):
        result = run_cli(*args)
        assert result.exit_code == 2 and needle in result.stderr, (args, result.stderr)
    assert received(use_emulator) == []


def test_retries_after_the_command_counts(emulator, monkeypatch):
    """A server that always answers 503: --retries 1 after the command makes two GETs, not four."""
    from twiliocli.emulator.config import EmulatorConfig
    from twiliocli.emulator.server import start_background

    failing = start_background(EmulatorConfig(fail_rate=1.0, fail_codes=(503,), fault_seed=1))
    try:
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", failing.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", failing.auth_token)
        monkeypatch.setenv("TWILIO_API_URL", failing.url)
        clear_received(failing)
        result = run_cli("calls", "list", "--limit", "1", "--retries", "1")
        assert result.exit_code == 5, result.stderr
        assert len([r for r in received(failing) if r["path"].endswith("/Calls.json")]) == 2
    finally:
        failing.stop()


def test_insecure_after_the_command(monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "x" * 32)
    refused = run_cli("calls", "list", "--api-url", "http://twilio.invalid")
    assert refused.exit_code == 2 and "--insecure" in refused.stderr
    allowed = run_cli("calls", "list", "--api-url", "http://twilio.invalid", "--insecure", "--retries", "0")
    assert allowed.exit_code == 5, allowed.stderr  # it got as far as the network


def test_an_option_value_is_never_taken_for_a_global_option(use_emulator):
    clear_received(use_emulator)
    result = run_cli("sms", "send", "--to", TO, "--from", FROM, "--body", "-p", "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert received(use_emulator)[-1]["form"]["Body"] == "-p"


def test_a_profile_named_like_a_command_is_a_value(emulator):
    login = run_cli("--api-url", emulator.url, "login", "--profile", "calls", "--account-sid", emulator.account_sid,
                    "--token-stdin", input=emulator.auth_token + "\n")
    assert login.exit_code == 0, login.stderr
    run_cli("profiles", "use", "emulator")  # so only an explicit `-p calls` reaches the served emulator
    for args in (["-p", "calls", "calls", "list"], ["calls", "-p", "calls", "list"], ["calls", "list", "-p", "calls"]):
        clear_received(emulator)
        result = run_cli(*args, "--limit", "1", "-o", "json")
        assert result.exit_code == 0, (args, result.stderr)
        assert [r["path"] for r in received(emulator)] == [f"/2010-04-01/Accounts/{emulator.account_sid}/Calls.json"]


def test_nothing_after_double_dash_is_an_option(use_emulator):
    clear_received(use_emulator)
    result = run_cli("calls", "get", "--", "--debug")
    assert result.exit_code == 2 and "is not" in result.stderr and "debug:" not in result.stderr
    assert received(use_emulator) == []


def test_a_commands_own_option_of_the_same_name_wins(use_emulator):
    """`calls create --timeout` is how long to ring (a form field), not the HTTP timeout."""
    clear_received(use_emulator)
    result = run_cli("calls", "create", "--to", TO, "--from", FROM, "--url", "https://example.com/t", "--timeout", "15", "--yes")
    assert result.exit_code == 0, result.stderr
    assert received(use_emulator)[-1]["form"]["Timeout"] == "15"


def test_help_lists_global_options_after_a_command():
    result = run_cli("calls", "list", "--help")
    assert result.exit_code == 0
    assert "Global options" in result.stdout
    for name in ("--profile", "--api-url", "--subaccount", "--retries", "--debug", "--insecure"):
        assert name in result.stdout


def test_a_new_global_option_is_declared_once():
    """Every one of `GLOBAL_OPTIONS` is an option of the root and of every command."""
    from twiliocli.cli import docs
    from twiliocli.cli.framework.runtime import GLOBAL_OPTIONS

    declared = set(GLOBAL_OPTIONS)
    root = docs.tree()
    assert declared <= {p.name for p in root.options}
    for node in root.walk()[1:]:
        names = {p.name for p in node.options}
        assert declared <= names, node.name


def test_the_installed_program_takes_them_after_the_command(tmp_path):
    """The real console script in a subprocess, as a user types it: README's `add -p emulator to any line`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    done = subprocess.run(
        [sys.executable, "-m", "twiliocli", "calls", "list", "--limit", "1", "-o", "json", "-p", "emulator"],
        capture_output=True, text=True, timeout=120, env=env, cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["sid"].startswith("CA")
