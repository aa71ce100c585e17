"""applications end to end against the emulator."""

from __future__ import annotations

import json

import pytest

from tests.conftest import clear_received, login_env, received, run_cli
from twiliocli.api import resources
from twiliocli.cli.app import groups

SETTINGS = {
    "--voice-url": ("VoiceUrl", "https://example.com/voice"),
    "--voice-method": ("VoiceMethod", "GET"),
    "--voice-fallback-url": ("VoiceFallbackUrl", "https://example.com/voice-fallback"),
    "--voice-fallback-method": ("VoiceFallbackMethod", "POST"),
    "--status-callback": ("StatusCallback", "https://example.com/status"),
    "--status-callback-method": ("StatusCallbackMethod", "GET"),
    "--sms-url": ("SmsUrl", "https://example.com/sms"),
    "--sms-method": ("SmsMethod", "GET"),
    "--sms-fallback-url": ("SmsFallbackUrl", "https://example.com/sms-fallback"),
    "--sms-fallback-method": ("SmsFallbackMethod", "GET"),
    "--sms-status-callback": ("SmsStatusCallback", "https://example.com/sms-status"),
    "--message-status-callback": ("MessageStatusCallback", "https://example.com/msg-status"),
    "--api-version": ("ApiVersion", "2010-04-01"),
}


@pytest.fixture
def fresh(empty_emulator, monkeypatch):
    login_env(monkeypatch, empty_emulator)
    return empty_emulator


def create(*args: str) -> dict:
    result = run_cli("applications", "create", *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_create_sends_every_field_and_returns_them(fresh):
    args = ["--friendly-name", "IVR", "--voice-caller-id-lookup"]
    for option, (_, value) in SETTINGS.items():
        args += [option, value]
    clear_received(fresh)
    app = create(*args)
    [request] = received(fresh)
    assert request["method"] == "POST" and request["path"] == f"/2010-04-01/Accounts/{fresh.account_sid}/Applications.json"
    expected = {param: value for param, value in SETTINGS.values()}
    assert request["form"] == {**expected, "FriendlyName": "IVR", "VoiceCallerIdLookup": "true"}
    assert app["sid"].startswith("AP") and app["friendly_name"] == "IVR"
    assert app["voice_url"] == "https://example.com/voice" and app["sms_method"] == "GET"
    assert app["voice_caller_id_lookup"] is True


def test_method_is_case_insensitive_and_validated(fresh):
    clear_received(fresh)
    create("--friendly-name", "x", "--voice-method", "get")
    assert received(fresh)[0]["form"]["VoiceMethod"] == "GET"
    clear_received(fresh)
    for bad in (("--voice-method", "PUT"), ("--voice-url", "example.com/voice"), ("--sms-url", "ftp://x/y"), ("--api-version", "2099")):
        result = run_cli("applications", "create", "--friendly-name", "x", *bad)
        assert result.exit_code == 2, bad
    assert run_cli("applications", "create", "--voice-url", "https://example.com").exit_code == 2  # name required
    assert received(fresh) == []


def test_list_get_update_delete(fresh):
    app = create("--friendly-name", "Bot", "--sms-url", "https://example.com/sms")
    create("--friendly-name", "Other")
    clear_received(fresh)
    listed = json.loads(run_cli("applications", "list", "--friendly-name", "Bot", "-o", "json").stdout)
    assert [a["sid"] for a in listed] == [app["sid"]]
    assert received(fresh)[0]["query"]["FriendlyName"] == "Bot"
    assert run_cli("applications", "list", "--count").stdout.strip() == "2"
    got = json.loads(run_cli("applications", "get", app["sid"], "-o", "json").stdout)
    assert got == app
    clear_received(fresh)
    updated = run_cli("applications", "update", app["sid"], "--voice-url", "https://example.com/v2", "--no-voice-caller-id-lookup",
                      "--friendly-name", "Bot 2", "-o", "json")
    assert updated.exit_code == 0, updated.stderr
    assert received(fresh)[0]["form"] == {"VoiceUrl": "https://example.com/v2", "VoiceCallerIdLookup": "false", "FriendlyName": "Bot 2"}
    record = json.loads(updated.stdout)
    assert record["voice_url"] == "https://example.com/v2" and record["sms_url"] == "https://example.com/sms"
    tsv = run_cli("applications", "get", app["sid"], "--fields", "sid,friendly_name", "-o", "tsv", "--no-header")
    assert tsv.stdout == f"{app['sid']}\tBot 2\n"
    assert run_cli("applications", "update", app["sid"]).exit_code == 2
    assert run_cli("applications", "delete", app["sid"]).exit_code == 2  # no --yes, no terminal
    deleted = run_cli("applications", "delete", app["sid"], "--yes")
    assert deleted.exit_code == 0 and app["sid"] in deleted.stderr
    assert run_cli("applications", "get", app["sid"]).exit_code == 4


def test_malformed_sid_refused_before_request(fresh):
    clear_received(fresh)
    for args in (("get", "PN" + "0" * 32), ("update", "AP12", "--friendly-name", "x"), ("delete", "AP" + "z" * 32, "--yes")):
        result = run_cli("applications", *args)
        assert result.exit_code == 2 and "AP SID" in result.stderr
    assert received(fresh) == []


def test_demo_applications_and_help(use_emulator):
    names = run_cli("applications", "list", "--fields", "friendly_name", "--no-header", "-o", "tsv").stdout.split("\n")
    assert "Demo IVR" in names
    for command in ("list", "get", "create", "update", "delete"):
        help_text = run_cli("applications", command, "--help").stdout
        assert "Examples:" in help_text and "twiliocli applications" in help_text


GROUPS = sorted({r.group for r in resources.ALL} & set(groups()))  # the resources' groups that have commands


@pytest.mark.parametrize("group", GROUPS)
def test_every_command_has_a_summary_and_examples(group):
    from twiliocli.cli.app import build

    root = build()
    command = root.get_command(None, group)
    for name, sub in command.commands.items():
        if name == "export" or hasattr(sub, "commands"):  # export's and sub-groups' own tests cover them
            continue
        help_text = sub.help or ""
        summary = help_text.strip().splitlines()[0]
        assert summary.endswith((".", ")")) and len(summary) < 120, (group, name)
        assert "Examples:" in help_text and f"twiliocli {group} {name}" in help_text, (group, name)
