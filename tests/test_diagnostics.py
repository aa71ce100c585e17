"""What a failure tells the user: a Retry-After beyond --max-wait, and which credentials a 401 used."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from tests.conftest import login_env, run_cli
from tests.hostile import AUTH_TOKEN, Reply, call, hostile_env, page
from twiliocli import config


def test_a_retry_after_date_beyond_max_wait_is_named_and_not_retried(hostile, monkeypatch):
    back = (datetime.now(timezone.utc) + timedelta(hours=3)).replace(microsecond=0)
    hostile.answer(lambda req: Reply.error(429, 20429, "Too Many Requests",
                                           headers=[(b"Retry-After", format_datetime(back, usegmt=True).encode())]))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "list")  # the default --max-wait: 60 s
    assert result.exit_code == 5
    assert len(hostile.requests) == 1
    named = {(back + timedelta(seconds=s)).strftime("%Y-%m-%dT%H:%M:%SZ") for s in (-1, 0, 1)}
    assert any(f"at {when}" in result.stderr for when in named), result.stderr
    assert "longer than --max-wait (60 s)" in result.stderr and "retry" not in result.stderr.replace("retrying", "")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_retry_after_within_max_wait_is_still_honoured(hostile, monkeypatch):
    hostile.script(Reply.error(503, None, "busy", headers=[(b"Retry-After", b"0")]), Reply.json(page([call(1)])))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--max-wait", "1", "calls", "list", "-o", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(hostile.requests) == 2 and len(result.lines) == 1


def test_a_401_names_the_environment_credentials(hostile, monkeypatch):
    hostile.answer(lambda req: Reply.error(401, 20003, "Authenticate"))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "list")
    assert result.exit_code == 3
    assert "Credentials used: the environment (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)" in result.stderr
    assert AUTH_TOKEN not in result.stderr


def test_a_401_names_the_profile(emulator, monkeypatch):
    wrong = "wrong0token0wrong0token0wrong000"
    saved = config.Config(profiles={"stale": {"account_sid": emulator.account_sid, "auth_token": wrong,
                                              "api_url": emulator.url}})
    config.save(saved)
    result = run_cli("-p", "stale", "calls", "list")
    assert result.exit_code == 3, result.stderr
    assert f"Credentials used: profile 'stale' (account {emulator.account_sid}, auth token)" in result.stderr
    assert wrong not in result.stderr
    # The active profile is named as such; an API key by its SID, never its secret.
    saved.active = "stale"
    saved.profiles["stale"].update(api_key="SK" + "1" * 32, api_secret=wrong)
    config.save(saved)
    result = run_cli("calls", "list")
    assert result.exit_code == 3
    assert f"Credentials used: active profile 'stale' (API key {'SK' + '1' * 32}, account {emulator.account_sid})" in result.stderr
    assert wrong not in result.stderr


def test_right_credentials_never_mention_themselves(emulator, monkeypatch):
    login_env(monkeypatch, emulator)
    result = run_cli("calls", "list", "--limit", "1")
    assert result.exit_code == 0 and "Credentials used" not in result.stderr


def test_config_get_lists_every_key_with_its_value_and_source(monkeypatch):
    monkeypatch.delenv("PAGER", raising=False)
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in run_cli("config", "get", "--no-header").lines}
    assert list(rows) == list(config.SETTINGS)
    assert rows["timezone"] == ["UTC", "default"] and rows["page_size"] == ["1000", "default"]
    assert rows["pager"] == ["less -FRX", "default"] and rows["profile"] == ["(none)", "default"]
    assert run_cli("config", "set", "timezone", "Europe/Paris").exit_code == 0
    monkeypatch.setenv("TWILIOCLI_PAGER", "")
    monkeypatch.setenv("TWILIOCLI_PROFILE", "emulator")
    rows = {r["key"]: r for r in json.loads(run_cli("config", "get", "-o", "json").stdout)}
    assert rows["timezone"] == {"key": "timezone", "value": "Europe/Paris", "source": "config file"}
    assert rows["pager"]["value"] == "(none)" and rows["pager"]["source"] == "environment (TWILIOCLI_PAGER)"
    assert rows["profile"] == {"key": "profile", "value": "emulator", "source": "environment (TWILIOCLI_PROFILE)"}
    assert rows["output"]["source"] == "default"


def login(server, profile: str, *extra: str, token: str | None = None, url: str | None = None):
    return run_cli("login", "--profile", profile, "--api-url", url or server.url, "--account-sid", server.account_sid,
                   "--token-stdin", *extra, input=(token or server.auth_token) + "\n")


def test_login_refuses_to_replace_a_profile_with_other_credentials_without_force(emulator, empty_emulator):
    assert login(emulator, "local").exit_code == 0
    assert login(emulator, "local").exit_code == 0  # the same credentials and URL again: fine
    clear = requests_to(emulator)
    other = login(empty_emulator, "local")  # another URL
    assert other.exit_code == 2
    assert "Profile 'local' already exists with URL " + emulator.url in other.stderr and "--force" in other.stderr
    assert requests_to(empty_emulator) == [] and requests_to(emulator) == clear  # refused before any request
    token = login(emulator, "local", token="another0token0another0token00000")
    assert token.exit_code == 2 and "another secret" in token.stderr
    assert "another0token" not in token.stderr
    assert config.load().profiles["local"]["api_url"] == emulator.url
    forced = login(empty_emulator, "local", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert config.load().profiles["local"]["api_url"] == empty_emulator.url


def requests_to(server) -> list:
    from tests.conftest import received

    return received(server)


def test_emulator_serve_suggests_a_profile_name_not_yet_used(emulator):
    from twiliocli.cli.groups.emulator import login_line

    sid, token = emulator.account_sid, emulator.auth_token
    assert "--profile local " in login_line("http://127.0.0.1:8080", sid, token)
    assert login(emulator, "local").exit_code == 0
    assert "--profile local " in login_line(emulator.url, sid, token)  # that very server: its own name
    port = emulator.url.rsplit(":", 1)[1]
    line = login_line(f"http://127.0.0.1:{int(port) + 1}", sid, token)
    assert f"--profile local-{int(port) + 1} " in line
    config.save(config.Config(profiles={"local": {"api_url": "http://127.0.0.1:1"}, "local-9": {"api_url": "http://127.0.0.1:2"}}))
    assert "--profile local-2 " in login_line("http://127.0.0.1:9", sid, token)


def test_webhooks_probe_exits_1_when_every_url_failed(empty_emulator, monkeypatch, tmp_path):
    import socket

    from tests.emulator_helpers import Api

    login_env(monkeypatch, empty_emulator)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    api = Api(empty_emulator)
    made = api.post("/IncomingPhoneNumbers.json", {"PhoneNumber": "+15005550006", "VoiceUrl": f"http://127.0.0.1:{closed}/a",
                                                   "SmsUrl": f"http://127.0.0.1:{closed}/b"})
    assert made.status_code in (200, 201), made.text
    db = tmp_path / "m.db"
    assert run_cli("sync", "--db", str(db), "--resources", "numbers,applications").exit_code == 0
    result = run_cli("numbers", "webhooks", "--probe", "--probe-timeout", "2", "--db", str(db), "-o", "json")
    assert result.exit_code == 1, result.stderr
    rows = json.loads(result.stdout)  # the report is still printed whole
    assert len(rows) == 2 and not any(r["reachable"] for r in rows)
    assert "None of the 2 webhook URLs answered" in result.stderr
    assert run_cli("numbers", "webhooks", "--db", str(db), "-o", "json").exit_code == 0  # no probe: no verdict
