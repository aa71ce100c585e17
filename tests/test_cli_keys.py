"""`keys create` (the secret shown once, or saved as a profile and never shown) and `keys rotate`,
end to end over HTTP: the emulator, behind a small proxy of the tests' own.

The proxy forwards every request to the emulator as it came (a key created through the API signs
requests there at once, as on Twilio); a test may make it fail chosen requests, which is how each
step of a rotation is made to fail. It records who signed each request (the Basic auth username).
"""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Callable, Iterator

import pytest
import requests

from tests.conftest import run_cli
from tests.hostile import HostileServer, Received, Reply
from twiliocli import config
from twiliocli.emulator.server import RunningEmulator


class KeyProxy:
    def __init__(self, emulator: RunningEmulator) -> None:
        self.emulator = emulator
        self.server = HostileServer()
        self.url = self.server.url
        self.fail: Callable[[Received], Reply | None] | None = None
        self.server.answer(self._forward)

    def _forward(self, req: Received) -> Reply:
        reply = self.fail(req) if self.fail else None
        if reply is not None:
            return reply
        headers = {k: v for k, v in req.headers.items() if k in ("authorization", "content-type", "accept")}
        answer = requests.request(req.method, self.emulator.url + req.target, headers=headers, data=req.body, timeout=10)
        return Reply(answer.status_code, answer.content, reason=answer.reason.encode(),
                     headers=[(b"Content-Type", b"application/json")])

    def signers(self) -> list[tuple[str, str, str]]:
        """(method, path, username) of every request the proxy received."""
        out = []
        for r in self.server.requests:
            auth = r.headers.get("authorization", "")
            user = base64.b64decode(auth.split()[-1]).decode().split(":")[0] if auth.startswith("Basic ") else ""
            out.append((r.method, r.path, user))
        return out


@pytest.fixture
def proxy(emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyProxy]:
    """The emulator behind the proxy; the CLI signs in with the account's auth token through it."""
    front = KeyProxy(emulator)
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", emulator.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", emulator.auth_token)
    monkeypatch.setenv("TWILIO_API_URL", front.url)
    yield front
    front.server.stop()


def key_sids() -> set[str]:
    result = run_cli("keys", "list", "--all", "-o", "json")
    assert result.exit_code == 0, result.stderr
    return {k["sid"] for k in json.loads(result.stdout)}


def works(profile: str, account: str) -> bool:
    result = run_cli("-p", profile, "accounts", "get", account, "-o", "json")
    return result.exit_code == 0 and json.loads(result.stdout)["sid"] == account


def saved_key(name: str, proxy: KeyProxy) -> tuple[str, str]:
    """Make profile `name` with a new key; its (SID, secret)."""
    result = run_cli("keys", "create", "--friendly-name", "ci", "--save-profile", name)
    assert result.exit_code == 0, result.stderr
    settings = config.load().profiles[name]
    return settings["api_key"], settings["api_secret"]


# -- create ---------------------------------------------------------------------------------------


def test_create_shows_the_secret_once_and_says_so(proxy):
    result = run_cli("keys", "create", "--friendly-name", "deploy", "-o", "json")
    assert result.exit_code == 0, result.stderr
    key = json.loads(result.stdout)
    assert key["sid"].startswith("SK") and len(key["secret"]) >= 16 and "*" not in key["secret"]
    assert "cannot be shown again" in result.stderr and key["sid"] in result.stderr
    assert key["secret"] not in result.stderr
    # the secret shown is the real one: it signs requests
    assert requests.get(f"{proxy.url}/2010-04-01/Accounts/{proxy.emulator.account_sid}.json",
                        auth=(key["sid"], key["secret"]), timeout=10).status_code == 200
    later = run_cli("keys", "get", key["sid"], "-o", "json")
    assert later.exit_code == 0, later.stderr
    assert key["secret"] not in later.stdout + later.stderr
    assert json.loads(later.stdout).get("secret") in (None, "", "********" + key["secret"][-4:])
    listed = run_cli("keys", "list", "-o", "json")
    assert key["secret"] not in listed.stdout + listed.stderr


def test_create_save_profile_writes_a_working_profile_and_prints_no_secret(proxy, isolated_home):
    before = key_sids()
    result = run_cli("--debug", "keys", "create", "--friendly-name", "ci", "--save-profile", "ci", "-o", "json")
    assert result.exit_code == 0, result.stderr
    settings = config.load().profiles["ci"]
    secret = settings["api_secret"]
    assert settings == {"account_sid": proxy.emulator.account_sid, "api_key": settings["api_key"], "api_secret": secret,
                        "api_url": proxy.url}
    assert secret not in result.stdout and secret not in result.stderr  # not even in the --debug exchange
    shown = json.loads(result.stdout)
    assert shown["sid"] == settings["api_key"] and shown["secret"] == "********" + secret[-4:]
    assert "saved" in result.stderr.lower() and "'ci'" in result.stderr
    assert key_sids() == before | {settings["api_key"]}
    assert stat.S_IMODE(config.config_path().stat().st_mode) == 0o600
    assert config.load().active is None  # the active profile does not change
    proxy.server.requests.clear()
    assert works("ci", proxy.emulator.account_sid)
    assert proxy.signers()[-1][2] == settings["api_key"]  # signed with the saved key


def test_save_profile_refuses_to_overwrite_unless_forced(proxy):
    old, _ = saved_key("ci", proxy)
    before = key_sids()
    refused = run_cli("keys", "create", "--save-profile", "ci")
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert key_sids() == before  # refused before any key was made
    assert config.load().profiles["ci"]["api_key"] == old
    forced = run_cli("keys", "create", "--save-profile", "ci", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert config.load().profiles["ci"]["api_key"] != old
    assert works("ci", proxy.emulator.account_sid)
    assert run_cli("keys", "create", "--save-profile", "emulator").exit_code == 2


def test_a_key_made_through_the_api_signs_in_until_it_is_deleted(use_emulator, monkeypatch):
    """No proxy: the emulator itself takes a new key (with its account's SID) as Twilio does."""
    made = run_cli("keys", "create", "--friendly-name", "env", "-o", "json")
    assert made.exit_code == 0, made.stderr
    key = json.loads(made.stdout)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    monkeypatch.setenv("TWILIO_API_KEY", key["sid"])
    monkeypatch.setenv("TWILIO_API_SECRET", key["secret"])
    listed = run_cli("calls", "list", "--limit", "3", "-o", "json")
    assert listed.exit_code == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 3
    deleted = run_cli("keys", "delete", key["sid"], "--yes")  # signed by the key itself
    assert deleted.exit_code == 0, deleted.stderr
    refused = run_cli("calls", "list", "--limit", "3")
    assert refused.exit_code != 0 and "20003" in refused.stderr and "TWILIO_API_KEY" in refused.stderr


# -- rotate ---------------------------------------------------------------------------------------


def test_rotate_replaces_the_key_and_deletes_the_old_one(proxy):
    old, old_secret = saved_key("ci", proxy)
    proxy.server.requests.clear()
    result = run_cli("keys", "rotate", "--profile", "ci", "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    settings = config.load().profiles["ci"]
    new, secret = settings["api_key"], settings["api_secret"]
    assert new != old and secret != old_secret
    assert secret not in result.stdout + result.stderr
    assert json.loads(result.stdout)["sid"] == new
    assert "(rotated " in json.loads(result.stdout)["friendly_name"]
    signers = proxy.signers()
    assert [s for m, p, s in signers if m == "POST"] == [old]  # the new key is made with the old one …
    assert signers[-1] == ("DELETE", f"/2010-04-01/Accounts/{proxy.emulator.account_sid}/Keys/{old}.json", new)  # … deletes it
    assert any(m == "GET" and p.endswith(f"Accounts/{proxy.emulator.account_sid}.json") and s == new for m, p, s in signers)
    keys = key_sids()
    assert old not in keys and new in keys
    assert works("ci", proxy.emulator.account_sid)
    assert requests.get(f"{proxy.url}/2010-04-01/Accounts/{proxy.emulator.account_sid}.json",
                        auth=(old, old_secret), timeout=10).status_code == 401


def test_rotate_takes_the_profile_given_before_the_group_and_needs_one(proxy):
    saved_key("ci", proxy)
    assert run_cli("keys", "rotate", "--yes").exit_code == 2
    result = run_cli("-p", "ci", "keys", "rotate", "--yes")
    assert result.exit_code == 0, result.stderr
    assert works("ci", proxy.emulator.account_sid)


def test_rotate_dry_run_and_auth_token_profiles_change_nothing(proxy, emulator):
    old, _ = saved_key("ci", proxy)
    proxy.server.requests.clear()
    dry = run_cli("keys", "rotate", "--profile", "ci", "--dry-run")
    assert dry.exit_code == 0 and "Would rotate" in dry.stderr
    assert proxy.server.requests == [] and config.load().profiles["ci"]["api_key"] == old
    run_cli("login", "--profile", "tok", "--account-sid", emulator.account_sid, "--token-stdin", input=emulator.auth_token + "\n")
    refused = run_cli("keys", "rotate", "--profile", "tok", "--yes")
    assert refused.exit_code == 2 and "auth token" in refused.stderr
    no_yes = run_cli("keys", "rotate", "--profile", "ci")
    assert no_yes.exit_code == 2 and "--yes" in no_yes.stderr


def _fails(method: str, ending: str, status: int = 500, code: int = 20500, signer: str | None = None):
    def fail(req: Received) -> Reply | None:
        if req.method == method and req.path.endswith(ending):
            return Reply.error(status, code, "injected failure")
        return None
    return fail


def test_rotate_failing_at_step_1_changes_nothing(proxy):
    old, secret = saved_key("ci", proxy)
    before = key_sids()
    proxy.fail = _fails("POST", "/Keys.json")
    result = run_cli("keys", "rotate", "--profile", "ci", "--yes")
    proxy.fail = None
    assert result.exit_code != 0
    assert "step 1" in result.stderr and "Nothing changed" in result.stderr and old in result.stderr
    assert config.load().profiles["ci"]["api_key"] == old and config.load().profiles["ci"]["api_secret"] == secret
    assert key_sids() == before
    assert works("ci", proxy.emulator.account_sid)


def test_rotate_failing_at_step_2_deletes_the_new_key_and_keeps_the_profile(proxy):
    old, secret = saved_key("ci", proxy)
    before = key_sids()
    account = proxy.emulator.account_sid

    def new_key_refused(req: Received) -> Reply | None:  # the new key is not accepted yet
        auth = base64.b64decode(req.headers.get("authorization", "Basic Og==").split()[-1]).decode()
        if req.method == "GET" and req.path.endswith(f"/Accounts/{account}.json") and not auth.startswith(old):
            return Reply.error(401, 20003, "Authenticate")
        return None

    proxy.fail = new_key_refused
    result = run_cli("keys", "rotate", "--profile", "ci", "--yes")
    proxy.fail = None
    assert result.exit_code != 0
    assert "step 2" in result.stderr and "was deleted" in result.stderr and "unchanged" in result.stderr
    assert config.load().profiles["ci"]["api_key"] == old and config.load().profiles["ci"]["api_secret"] == secret
    assert key_sids() == before  # the new key is gone again
    assert works("ci", account)


def test_rotate_failing_at_step_3_keeps_the_old_key_and_names_the_new_one(proxy, monkeypatch):
    old, secret = saved_key("ci", proxy)
    before = key_sids()
    text = config.config_path().read_text()

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as disk:
        disk.setattr("twiliocli.atomic.write_text", disk_full)  # the disk fails, not the HTTP
        result = run_cli("keys", "rotate", "--profile", "ci", "--yes")
    assert result.exit_code != 0
    (new,) = key_sids() - before
    assert "step 3" in result.stderr and f"still holds the old key {old}" in result.stderr
    assert f"twiliocli -p ci keys delete {new} --yes" in result.stderr
    assert config.config_path().read_text() == text
    assert old in key_sids()
    assert works("ci", proxy.emulator.account_sid)


def test_rotate_failing_at_step_4_keeps_the_new_key_and_says_how_to_delete_the_old(proxy):
    old, old_secret = saved_key("ci", proxy)
    proxy.fail = _fails("DELETE", f"/Keys/{old}.json", status=403, code=20403)
    result = run_cli("--debug", "keys", "rotate", "--profile", "ci", "--yes")  # the exchange and traceback shown
    proxy.fail = None
    assert result.exit_code != 0
    settings = config.load().profiles["ci"]
    new = settings["api_key"]
    assert new != old
    for secret in (old_secret, settings["api_secret"]):  # neither secret in the --debug exchange or the error
        assert secret not in result.stdout + result.stderr
    assert "step 4" in result.stderr and f"now holds the new key {new}" in result.stderr
    advice = f"twiliocli -p ci keys delete {old} --yes"
    assert advice in result.stderr
    assert {old, new} <= key_sids()
    assert works("ci", proxy.emulator.account_sid)
    done = run_cli(*advice.split()[1:])  # the advice works as printed
    assert done.exit_code == 0, done.stderr
    assert old not in key_sids()
