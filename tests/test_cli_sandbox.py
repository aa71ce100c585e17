"""sandbox end to end against the emulator, and its retirement on Twilio's own API."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import clear_received, received, run_cli


@contextmanager
def twilio_stub(monkeypatch: pytest.MonkeyPatch, status: int, body: dict) -> Iterator[list[str]]:
    """A stand-in for api.twilio.com answering every request with `status` and `body`; yields the
    request lines it saw. The client is told it talks to Twilio itself."""
    from twiliocli.api.client import Client

    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def answer(self) -> None:
            seen.append(f"{self.command} {self.path}")
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t" * 32)
    monkeypatch.setenv("TWILIO_API_URL", f"http://127.0.0.1:{server.server_address[1]}")
    monkeypatch.setattr(Client, "is_twilio", property(lambda self: True))
    try:
        yield seen
    finally:
        server.shutdown()
        server.server_close()


NOT_FOUND = {"code": 20404, "message": "The requested resource /2010-04-01/Accounts/AC…/Sandbox.json was not found",
             "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}


def test_get_and_update(use_emulator):
    sandbox = json.loads(run_cli("sandbox", "get", "-o", "json").stdout)
    assert sandbox["pin"] == "51806712" and sandbox["phone_number"] == "+14155992671"
    assert run_cli("sandbox", "get", "--fields", "pin", "--no-header", "-o", "tsv").stdout == "51806712\n"
    clear_received(use_emulator)
    result = run_cli("sandbox", "update", "--voice-url", "https://example.com/v", "--voice-method", "GET",
                     "--sms-url", "https://example.com/s", "--sms-method", "post", "-o", "json")
    assert result.exit_code == 0, result.stderr
    [request] = received(use_emulator)
    assert request["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/Sandbox.json"
    assert request["form"] == {"VoiceUrl": "https://example.com/v", "VoiceMethod": "GET", "SmsUrl": "https://example.com/s", "SmsMethod": "POST"}
    updated = json.loads(result.stdout)
    assert updated["voice_url"] == "https://example.com/v" and updated["voice_method"] == "GET"


def test_update_refuses_bad_input_before_any_request(use_emulator):
    clear_received(use_emulator)
    assert run_cli("sandbox", "update").exit_code == 2
    assert run_cli("sandbox", "update", "--voice-url", "not a url").exit_code == 2
    assert run_cli("sandbox", "update", "--sms-method", "PATCH").exit_code == 2
    assert run_cli("sandbox", "get", "--fields", "sms_ulr").exit_code == 2  # a near miss: refused up front
    assert received(use_emulator) == []


def test_retired_on_twilio_says_so_with_exit_4(monkeypatch):
    with twilio_stub(monkeypatch, 404, NOT_FOUND) as seen:
        result = run_cli("sandbox", "get")
        assert result.exit_code == 4
        assert "Twilio retired the Sandbox resource" in result.stderr
        update = run_cli("sandbox", "update", "--sms-url", "https://example.com/s")
        assert update.exit_code == 4 and "retired" in update.stderr
    assert seen == [f"GET /2010-04-01/Accounts/{'AC' + '1' * 32}/Sandbox.json", f"POST /2010-04-01/Accounts/{'AC' + '1' * 32}/Sandbox.json"]


def test_another_error_keeps_twilios_message(use_emulator):
    result = run_cli("--subaccount", "AC" + "2" * 32, "sandbox", "get")  # not an account of these credentials
    assert result.exit_code == 3 and "retired" not in result.stderr
    assert "Twilio error 20003: Authenticate (HTTP 401)" in result.stderr
