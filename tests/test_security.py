"""Secrets never leak; TLS is always verified; proxies and CA bundles are honoured; keyring storage."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import run_cli
from tests.emulator_helpers import tls_emulator  # noqa: F401 (a fixture)

SECRET_COMMANDS = [
    ("calls", "list", "-o", "json"),
    ("--debug", "calls", "list", "--limit", "2"),
    ("--debug", "accounts", "get", "AC" + "f" * 32),
    ("--debug", "calls", "get", "CA" + "f" * 32),
    ("--debug", "sms", "send", "--to", "+15005550001", "--from", "+15005550006", "--body", "x", "-y"),
    ("accounts", "list", "-o", "json"),
    ("accounts", "list", "-o", "csv", "--fields", "sid,auth_token"),
    ("--debug", "accounts", "list", "-o", "table"),
    ("profiles", "list", "-o", "json"),
]


@pytest.mark.parametrize("args", SECRET_COMMANDS)
def test_token_never_appears_in_any_stream(use_emulator, args):
    result = run_cli(*args)
    everything = result.stdout + result.stderr
    assert use_emulator.auth_token not in everything, args
    # the demo subaccount's token must not leak through account listings either
    assert "emulator0sub0auth0token" not in everything


def test_account_records_mask_auth_token_but_keep_the_field(use_emulator):
    account = json.loads(run_cli("accounts", "get", use_emulator.account_sid, "-o", "json").stdout)
    assert account["auth_token"].startswith("********")
    assert account["auth_token"] != use_emulator.auth_token


def test_secret_fields_are_masked_at_any_depth_as_answers_are_decoded():
    from twiliocli.api.redact import Redactor

    answer = ('{"credentials": [{"username": "u", "sip_auth_password": "0123456789abcdefWXYZ"}], '
              '"secret": "", "keys": {"secret": "short", "auth_token": null}, "sid": "SK1"}')
    assert json.loads(answer, object_hook=Redactor.object_hook) == {
        "credentials": [{"username": "u", "sip_auth_password": "********WXYZ"}],
        "secret": "", "keys": {"secret": "********", "auth_token": None}, "sid": "SK1"}


def test_secret_is_never_a_command_line_flag():
    """Secrets come from prompts, stdin or the environment, never argv (visible in `ps`)."""
    help_text = run_cli("login", "--help").stdout
    assert "--token-stdin" in help_text
    for flag in ("--auth-token", "--token ", "--secret", "--api-secret", "--password"):
        assert flag not in help_text
    assert "--auth-token" not in run_cli("--help").stdout


def test_traceback_of_an_unexpected_failure_is_redacted(use_emulator, monkeypatch):
    """Even a bug's traceback (shown with --debug) has the token scrubbed."""
    import twiliocli.api.pagination as pagination

    def explode(*_args, **_kwargs):
        raise RuntimeError(f"boom with {os.environ['TWILIO_AUTH_TOKEN']} inside")

    monkeypatch.setattr(pagination, "iter_records", explode)
    result = run_cli("--debug", "calls", "list")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "boom with [redacted] inside" in result.stderr
    assert use_emulator.auth_token not in result.stderr


# -- TLS and proxies -----------------------------------------------------------------------------


def _env_for(monkeypatch, url, config):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", config.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", config.auth_token)
    monkeypatch.setenv("TWILIO_API_URL", url)


def test_tls_is_verified_and_failure_names_the_fix(tls_emulator, monkeypatch):
    url, _ca, config = tls_emulator
    _env_for(monkeypatch, url, config)
    result = run_cli("--retries", "0", "calls", "list")
    assert result.exit_code == 5
    assert "TLS verification failed" in result.stderr and "REQUESTS_CA_BUNDLE" in result.stderr


def test_requests_ca_bundle_is_honoured(tls_emulator, monkeypatch):
    url, ca, config = tls_emulator
    _env_for(monkeypatch, url, config)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca))
    result = run_cli("calls", "list", "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_profile_ca_bundle_is_honoured(tls_emulator, isolated_home):
    url, ca, config = tls_emulator
    login = run_cli("--api-url", url, "login", "--account-sid", config.account_sid, "--token-stdin",
                    input=config.auth_token)
    assert login.exit_code == 5  # the CA is not trusted yet, nothing saved
    folder = isolated_home / "config"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    (folder / "config.toml").write_text(
        f'active = "corp"\n[profiles.corp]\naccount_sid = "{config.account_sid}"\n'
        f'auth_token = "{config.auth_token}"\napi_url = "{url}"\nca_bundle = "{ca}"\n'
    )
    os.chmod(folder / "config.toml", 0o600)
    result = run_cli("calls", "list", "-o", "json")
    assert result.exit_code == 0, result.stderr


def test_proxy_variables_are_honoured(use_emulator, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    blocked = run_cli("--retries", "0", "calls", "list")
    assert blocked.exit_code == 5
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert run_cli("calls", "list", "-o", "json").exit_code == 0


# -- keyring -------------------------------------------------------------------------------------


def test_login_keyring_keeps_the_secret_out_of_the_file(emulator, isolated_home, monkeypatch):
    pytest.importorskip("keyring")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "memory_keyring.MemoryKeyring")
    import keyring.core

    keyring.core.init_backend()
    try:
        result = run_cli("--api-url", emulator.url, "login", "--profile", "vault", "--account-sid",
                         emulator.account_sid, "--token-stdin", "--keyring", input=emulator.auth_token)
        assert result.exit_code == 0, result.stderr
        text = (isolated_home / "config" / "config.toml").read_text()
        assert emulator.auth_token not in text and "keyring = true" in text
        assert keyring.get_password("twiliocli", "vault:auth_token") == emulator.auth_token
        listed = run_cli("calls", "list", "-o", "json", "--limit", "1")
        assert listed.exit_code == 0, listed.stderr
        assert json.loads(run_cli("profiles", "show", "-o", "json").stdout)["secret"] == "(keyring)"
        assert run_cli("profiles", "remove", "vault", "--yes").exit_code == 0
        assert keyring.get_password("twiliocli", "vault:auth_token") is None
    finally:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
        keyring.core.init_backend()


def test_token_absent_from_process_arguments(emulator, tmp_path):
    """`ps` shows argv: a login from a script passes the token on stdin only."""
    env = {**os.environ, "TWILIOCLI_CONFIG_DIR": str(tmp_path / "cfg")}
    proc = subprocess.run(
        [sys.executable, "-m", "twiliocli", "--api-url", emulator.url, "login", "--account-sid",
         emulator.account_sid, "--token-stdin"],
        input=emulator.auth_token, capture_output=True, text=True, env=env, timeout=30,
    )
    assert proc.returncode == 0, proc.stderr
    assert emulator.auth_token not in " ".join(proc.args)
    assert emulator.auth_token not in proc.stdout + proc.stderr
