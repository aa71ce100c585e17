"""The client against a hostile or broken server (tests/hostile.py), not the well-behaved emulator.

Credentials never leave for another host, lists that never end are stopped, nothing hangs,
and whatever the server sends is inert on stderr.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import run_cli
from tests.hostile import ACCOUNT_SID, AUTH_TOKEN, LIST_PATH, HostileServer, Reply, call, hostile_env, page

CALL_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{'CA' + 'a' * 32}.json"
PAGE_2 = LIST_PATH + "?PageSize=50&Page=1&PageToken=PA2"


@pytest.fixture
def other():
    """A second server, another port on the same address: a different origin."""
    server = HostileServer()
    yield server
    server.stop()


def two_pages(next_uri: str | None) -> Reply:
    return Reply.json(page([call(1), call(2)], next_page_uri=next_uri))


# -- credentials stay on the API's own origin ----------------------------------------------------


@pytest.mark.parametrize("args", [
    ("calls", "list", "--all"),
    ("calls", "list", "--count"),
    ("api", "GET", "Accounts/{AccountSid}/Calls", "--paginate"),
])
@pytest.mark.parametrize("link", ["other", "https-same-host", "userinfo-trick", "localhost-alias"])
def test_next_page_on_another_origin_is_refused_and_never_requested(hostile, other, monkeypatch, args, link):
    port = hostile.port
    target = {
        "other": f"{other.url}{PAGE_2}",
        "https-same-host": f"https://127.0.0.1:{port}{PAGE_2}",
        "userinfo-trick": f"http://127.0.0.1:{port}@127.0.0.1:{other.port}{PAGE_2}",
        "localhost-alias": f"http://localhost:{port}{PAGE_2}",
    }[link]
    hostile.answer(lambda req: two_pages(target))
    other.answer(lambda req: two_pages(None))
    hostile_env(monkeypatch, hostile)
    result = run_cli(*args)
    assert result.exit_code == 1, result.stderr
    assert "not following it" in result.stderr and "credentials" in result.stderr
    assert other.requests == []
    assert len(hostile.requests) == 1


def test_export_refuses_a_foreign_next_page_and_leaves_nothing(hostile, other, monkeypatch, tmp_path):
    hostile.answer(lambda req: two_pages(f"{other.url}{PAGE_2}"))
    hostile_env(monkeypatch, hostile)
    out = tmp_path / "calls.csv"
    result = run_cli("calls", "export", "--since", "2024-01-01", "--until", "2024-01-02", "--out", str(out))
    assert result.exit_code == 1
    assert "not following it" in result.stderr
    assert other.requests == [] and os.listdir(tmp_path) == []


def test_a_foreign_uri_field_that_is_never_followed_is_no_error(hostile, monkeypatch):
    hostile.answer(lambda req: Reply.json({**page([call(1)]), "uri": "https://elsewhere.example/x.json"}))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "list", "--all", "-o", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(result.lines) == 1


def test_next_page_on_the_same_origin_written_absolute_is_followed(hostile, monkeypatch):
    hostile.script(two_pages(f"{hostile.url}{PAGE_2}"), Reply.json(page([call(3)])))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "list", "--all", "-o", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(result.lines) == 3
    assert hostile.requests[1].target == PAGE_2


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_to_another_host_is_refused_without_a_request_there(hostile, other, monkeypatch, status):
    hostile.answer(lambda req: Reply(status, reason=b"Moved", headers=[(b"Location", f"{other.url}{CALL_PATH}".encode())]))
    other.answer(lambda req: Reply.json(call(1)))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "get", "CA" + "a" * 32)
    assert result.exit_code == 1
    assert "redirected" in result.stderr and "not following it" in result.stderr
    assert other.requests == []


def test_redirect_on_the_same_origin_is_followed(hostile, monkeypatch):
    moved = CALL_PATH.replace(".json", "/moved.json")
    hostile.answer(lambda req: Reply.json(call(7)) if req.path == moved
                   else Reply(301, reason=b"Moved", headers=[(b"Location", moved.encode())]))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "get", "CA" + "a" * 32, "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sid"] == call(7)["sid"]
    assert [r.headers.get("authorization", "")[:6] for r in hostile.requests] == ["Basic ", "Basic "]


def test_download_follows_a_redirect_elsewhere_without_credentials(hostile, other, monkeypatch, tmp_path):
    """Twilio sends media from a CDN: the download may go there, the credentials may not."""
    hostile.answer(lambda req: Reply(302, reason=b"Found", headers=[(b"Location", f"{other.url}/media/x.wav".encode())]))
    other.answer(lambda req: Reply(200, b"RIFF-audio", headers=[(b"Content-Type", b"audio/x-wav")]))
    hostile_env(monkeypatch, hostile)
    out = tmp_path / "r.wav"
    result = run_cli("recordings", "download", "RE" + "b" * 32, "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == b"RIFF-audio"
    assert [r.path for r in other.requests] == ["/media/x.wav"]
    assert "authorization" not in other.requests[0].headers
    assert "authorization" in hostile.requests[0].headers


def test_post_is_never_repeated_at_a_redirect(hostile, monkeypatch):
    hostile.answer(lambda req: Reply(307, reason=b"Temporary", headers=[(b"Location", b"/elsewhere.json")]))
    hostile_env(monkeypatch, hostile)
    result = run_cli("sms", "send", "--to", "+14155550100", "--from", "+15005550006", "--body", "hi", "-y")
    assert result.exit_code == 1
    assert "not repeating a POST" in result.stderr
    assert [r.method for r in hostile.requests] == ["POST"]


# -- lists that would never end ------------------------------------------------------------------


LOOP_COMMANDS = [
    ("calls", "list", "--all", "-o", "jsonl"),
    ("calls", "list", "--count"),
    ("api", "GET", "Accounts/{AccountSid}/Calls", "--paginate"),
]


@pytest.mark.parametrize("args", LOOP_COMMANDS)
@pytest.mark.parametrize("shape", ["self", "back-to-first", "cycle-of-two", "same-records-new-uri"])
def test_endless_paging_is_an_error(hostile, monkeypatch, args, shape):
    def answer(req):
        number = int(req.query.get("Page", "0"))
        if shape == "self":
            return two_pages(req.target)
        if shape == "back-to-first":
            return two_pages(hostile.requests[0].target if number else PAGE_2)
        if shape == "cycle-of-two":
            return two_pages(PAGE_2 if number != 1 else LIST_PATH + "?Page=2&PageToken=PA3")
        return two_pages(f"{LIST_PATH}?Page={number + 1}&PageToken=PA{number + 1}")

    hostile.answer(answer)
    hostile_env(monkeypatch, hostile)
    result = run_cli(*args)
    assert result.exit_code == 1, result.stderr
    assert "instead of looping forever" in result.stderr
    assert len(hostile.requests) <= 4


def test_export_of_an_endless_list_fails_and_leaves_nothing(hostile, monkeypatch, tmp_path):
    hostile.answer(lambda req: two_pages(req.target))
    hostile_env(monkeypatch, hostile)
    out = tmp_path / "calls.csv"
    result = run_cli("calls", "export", "--since", "2024-01-01", "--until", "2024-01-02", "--out", str(out))
    assert result.exit_code == 1, result.stderr
    assert "instead of looping forever" in result.stderr
    assert not out.exists() and os.listdir(tmp_path) == []


# -- plain http only on this machine -------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "http://127.0.0.1.evil.invalid", "http://127.0.0.1.nip.io:8080", "http://localhost.evil.invalid",
    "http://0x7f000001.evil.invalid", "http://[::2]:80",
])
def test_plain_http_to_a_name_that_only_looks_local_is_refused(monkeypatch, url):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    result = run_cli("--api-url", url, "calls", "list")
    assert result.exit_code == 2
    assert "plain http and not on this machine" in result.stderr


@pytest.mark.parametrize("url", ["http://localhost:1", "http://127.0.0.1:1", "http://127.8.9.10:1", "http://[::1]:1"])
def test_plain_http_on_loopback_is_allowed(monkeypatch, url):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    result = run_cli("--retries", "0", "--api-url", url, "calls", "list")
    assert result.exit_code == 5  # allowed, and nothing listens there
    assert "connection refused" in result.stderr or "Could not reach" in result.stderr


# -- secrets in what a server echoes ---------------------------------------------------------------


def test_echoed_authorization_header_is_scrubbed_from_the_error_line(hostile, monkeypatch):
    hostile.answer(lambda req: Reply.error(400, 20001, f"bad request; you sent {req.headers['authorization']} "
                                           f"and token {AUTH_TOKEN}", more_info=req.headers["authorization"]))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "list")
    assert result.exit_code == 1
    basic = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    for leak in (basic, basic.rstrip("="), basic[:40], AUTH_TOKEN):
        assert leak not in result.stderr
    assert "Basic [redacted]" in result.stderr


def test_debug_dump_never_shows_part_of_a_token_at_the_cut(hostile, monkeypatch):
    for offset in range(1990, 2001, 5):  # the token straddles the 2000-character cut
        body = json.dumps({"calls": [], "next_page_uri": None, "pad": "x" * offset}).encode()
        body = body[:offset] + AUTH_TOKEN.encode() + body[offset:]
        hostile.answer(lambda req, body=body: Reply(200, body, headers=[(b"Content-Type", b"application/json")]))
        hostile_env(monkeypatch, hostile)
        result = run_cli("--debug", "calls", "list")
        for n in range(8, len(AUTH_TOKEN) + 1):
            assert AUTH_TOKEN[:n] not in result.stderr, (offset, n)


def test_debug_headers_and_reason_are_scrubbed(hostile, monkeypatch):
    basic = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode())
    hostile.answer(lambda req: Reply.json(page([]), reason=b"OK " + basic, headers=[(b"X-Echo", b"Basic " + basic)]))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--debug", "calls", "list")
    assert result.exit_code == 0
    assert basic.decode()[:20] not in result.stderr and AUTH_TOKEN not in result.stderr


def test_subprocess_smoke(hostile):
    """The console entry point against the hostile server, as a user runs it."""
    hostile.answer(lambda req: two_pages(f"http://127.0.0.2:{hostile.port}{PAGE_2}"))
    env = {**os.environ, "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_API_URL": hostile.url}
    proc = subprocess.run([sys.executable, "-m", "twiliocli", "calls", "list", "--all"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: ") and proc.stderr.count("\n") == 1
