"""The command line's own contract: version, help, usage errors, exit codes, error lines."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import clear_received, received, run_cli

GOOD_CALL = "CA" + "0" * 32


def test_version_fast_path_and_module_entry():
    out = subprocess.run([sys.executable, "-m", "twiliocli", "--version"], capture_output=True, text=True, check=True)
    from twiliocli import __version__

    assert out.stdout == f"twiliocli {__version__}\n"
    assert run_cli("--version").stdout.strip() == f"twiliocli {__version__}"


def test_every_group_has_help_with_summary():
    result = run_cli("--help")
    assert result.exit_code == 0
    for group in ("calls", "sms", "login", "profiles", "emulator"):
        assert group in result.stdout


@pytest.mark.parametrize(
    "args, needle",
    [
        (["calls", "get", "CA123"], "is not a CA SID"),
        (["calls", "get", "SM" + "0" * 32], "is not a CA SID"),
        (["calls", "list", "--to", "4155550100"], "E.164"),
        (["calls", "list", "--started-after", "yesterday-ish"], "is not a date"),
        (["calls", "list", "-o", "xml"], "xml"),
        (["calls", "list", "--status", "sleeping"], "sleeping"),
        (["calls", "list", "--page-size", "1001"], "1001"),
        (["calls", "list", "--fields", "sid,stauts"], "did you mean 'status'"),
        (["calls", "redirect", GOOD_CALL, "--url", "ftp://x"], "not an absolute URL"),
        (["calls", "create", "--to", "+14155550100", "--from", "+15005550006", "--url", "notaurl"], "not an absolute URL"),
        (["sms", "send", "--to", "+14155550100", "--from", "4155550100", "--body", "x"], "E.164"),
        (["--subaccount", "AC1", "calls", "list"], "is not an AC SID"),
        (["calls", "list", "--no-such-flag"], "No such option"),
    ],
)
def test_bad_input_exits_2_before_any_request(use_emulator, args, needle):
    clear_received(use_emulator)
    result = run_cli(*args)
    assert result.exit_code == 2, result.stderr
    assert needle in result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert received(use_emulator) == []


def test_create_call_needs_exactly_one_instruction_source(use_emulator):
    clear_received(use_emulator)
    result = run_cli("calls", "create", "--to", "+14155550100", "--from", "+15005550006", "--yes")
    assert result.exit_code == 2
    assert "exactly one of --url, --twiml or --application-sid" in result.stderr
    assert received(use_emulator) == []


def test_no_credentials_exit_3():
    result = run_cli("calls", "list")
    assert result.exit_code == 3
    assert "No credentials" in result.stderr and "twiliocli login" in result.stderr


def test_wrong_credentials_exit_3_with_twilio_code(emulator, monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", emulator.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "wrong-token-0123456789")
    monkeypatch.setenv("TWILIO_API_URL", emulator.url)
    result = run_cli("calls", "list")
    assert result.exit_code == 3
    assert "Twilio error 20003" in result.stderr
    assert "https://www.twilio.com/docs/errors/20003" in result.stderr
    assert "wrong-token-0123456789" not in result.stderr + result.stdout


def test_not_found_exit_4(use_emulator):
    result = run_cli("calls", "get", "CA" + "f" * 32)
    assert result.exit_code == 4
    assert result.stderr.startswith("Error: Twilio error 20404")
    assert "(HTTP 404)" in result.stderr


def test_unreachable_api_exit_5(monkeypatch):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t" * 32)
    monkeypatch.setenv("TWILIO_API_URL", f"http://127.0.0.1:{port}")
    result = run_cli("--retries", "0", "calls", "list")
    assert result.exit_code == 5
    assert "connection refused" in result.stderr


def test_plain_http_refused_off_loopback(monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t" * 32)
    result = run_cli("--api-url", "http://api.example.com", "calls", "list")
    assert result.exit_code == 2
    assert "--insecure" in result.stderr


def test_debug_shows_exchange_but_never_the_token(use_emulator):
    result = run_cli("--debug", "calls", "list", "--limit", "1", "-o", "json")
    assert result.exit_code == 0
    assert "> GET " in result.stderr and "< HTTP 200" in result.stderr
    assert use_emulator.auth_token not in result.stderr + result.stdout


def test_debug_traceback_on_error_is_redacted(use_emulator):
    result = run_cli("--debug", "calls", "get", "CA" + "f" * 32)
    assert result.exit_code == 4
    assert "Traceback" in result.stderr
    assert use_emulator.auth_token not in result.stderr


def test_destructive_action_without_terminal_needs_yes(use_emulator):
    clear_received(use_emulator)
    result = run_cli("calls", "delete", GOOD_CALL)
    assert result.exit_code == 2
    assert "--yes" in result.stderr
    assert received(use_emulator) == []
