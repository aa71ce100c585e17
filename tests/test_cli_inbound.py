"""`twiliocli emulator inbound sms|call` against a served emulator and a webhook app of the tests'
own: the CLI asks only over HTTP, and prints the request, the TwiML answer and the records."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.conftest import login_env, run_cli
from tests.emulator_helpers import Api, running
from tests.webhook_receiver import Receiver, receiver
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator

SENDER = "+14155550199"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningEmulator]:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=0, call_seconds=0, delivery_seconds=0)):
        login_env(monkeypatch, emulator)
        yield emulator


@pytest.fixture
def app() -> Iterator[Receiver]:
    with receiver() as web:
        yield web


def our_number(api: Api, **settings: str) -> str:
    bought = api.post("/IncomingPhoneNumbers.json", {"AreaCode": "415", **settings})
    assert bought.status_code == 201, bought.text
    return bought.json()["phone_number"]


def test_inbound_sms_prints_the_request_the_twiml_and_the_records(server, app: Receiver) -> None:
    app.routes["/sms"] = (200, "<Response><Message>Thanks!</Message></Response>")
    number = our_number(Api(server), SmsUrl=app.url("/sms"))
    result = run_cli("emulator", "inbound", "sms", "--to", number, "--from", SENDER, "--body", "hello")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"SMS from {SENDER} to {number}"
    assert lines[1] == f"→ POST {app.url('/sms')}  (signed)" and "Body=hello" in lines[2]
    assert lines[3].startswith("← 200 text/xml") and "  <Response><Message>Thanks!</Message></Response>" in lines
    (request,) = app.got("/sms")
    assert f"message sid: {request.form['MessageSid']}" in result.stdout and "replies: SM" in result.stdout
    as_json = run_cli("emulator", "inbound", "sms", "--to", number, "--from", SENDER, "--body", "again", "-o", "json")
    report = json.loads(as_json.stdout)
    assert report["exchanges"][0]["request"]["parameters"]["Body"] == "again" and len(report["replies"]) == 1
    app.routes["/sms"] = (200, "oops \x1b[2J")  # not TwiML, and what it says never reaches the terminal raw
    broken = run_cli("emulator", "inbound", "sms", "--to", number, "--from", SENDER)
    assert "oops \\x1b[2J" in broken.stdout and "\x1b" not in broken.stdout and "error_code=12100" in broken.stdout


def test_inbound_refuses_twilio_itself_bad_digits_and_unknown_numbers(server, monkeypatch) -> None:
    unknown = run_cli("emulator", "inbound", "sms", "--to", "+19995550100", "--from", SENDER)
    assert unknown.exit_code != 0 and "21606" in unknown.stderr
    bad = run_cli("emulator", "inbound", "call", "--to", "+19995550100", "--from", SENDER, "--digits", "12x")
    assert bad.exit_code == 2 and "--digits" in bad.stderr
    monkeypatch.setenv("TWILIO_API_URL", "https://api.twilio.com")
    real = run_cli("emulator", "inbound", "sms", "--to", "+14155550100", "--from", SENDER)
    assert real.exit_code == 2 and "only works with an emulator" in real.stderr


def test_inbound_call_presses_digits_and_prints_each_document_and_the_call(server, app: Receiver) -> None:
    app.routes["/voice"] = (200, '<Response><Gather numDigits="4" action="/pin"><Say>Your PIN</Say></Gather></Response>')
    app.routes["/pin"] = (200, "<Response><Say>Thanks</Say><Hangup/></Response>")
    number = our_number(Api(server), VoiceUrl=app.url("/voice"))
    result = run_cli("emulator", "inbound", "call", "--to", number, "--from", SENDER, "--digits", "1234")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"Call from {SENDER} to {number}\n→ POST {app.url('/voice')}  (signed)\n")
    assert f"→ POST {app.url('/pin')}  (signed)" in result.stdout and "Digits=1234" in result.stdout
    (pin,) = app.got("/pin")
    assert f"call sid: {pin.form['CallSid']}" in result.stdout and "status: in-progress" in result.stdout
    spoken = run_cli("emulator", "inbound", "call", "--to", number, "--from", SENDER, "--speech", "one two", "-o", "json")
    assert json.loads(spoken.stdout)["exchanges"][0]["request"]["parameters"]["Direction"] == "inbound"
