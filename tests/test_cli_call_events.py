"""`calls events`: a table says each request and answer in a few words; JSON keeps Twilio's objects."""

from __future__ import annotations

import json
import re

from tests.conftest import run_cli
from tests.terminal import run_on_terminal
from twiliocli.cli.groups.calls import request_summary, response_summary

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_events_table_summarises_requests_and_answers(use_emulator):
    made = run_cli("calls", "create", "--to", "+14155550100", "--from", "+15005550006", "--yes",
                   "--twiml", "<Response><Say>Hi</Say></Response>", "-o", "json")
    assert made.exit_code == 0, made.stderr
    sid = json.loads(made.stdout)["sid"]
    assert run_cli("calls", "cancel", sid, "--yes").exit_code == 0
    code, shown = run_on_terminal("calls", "events", sid, "--no-pager", columns=140)
    text = ANSI.sub("", shown)
    assert code == 0, text
    assert "POST /Calls.json (to, from, twiml)" in text
    assert f"POST /Calls/{sid}.json (status=canceled)" in text
    assert "201 json, status queued" in text and "200 json, status " in text
    assert '{"' not in text and "date_created" in text.splitlines()[0]
    raw = json.loads(run_cli("calls", "events", sid, "-o", "json").stdout)
    assert {"request", "response"} <= set(raw[0]) and isinstance(raw[0]["request"], dict)  # Twilio's own objects
    assert run_cli("calls", "events", sid, "--count").stdout.strip() == str(len(raw))


def test_summaries_of_webhooks_errors_and_twiml():
    webhook = {"method": "POST", "url": "https://example.com/status?x=1",
               "parameters": {"CallSid": "CA" + "0" * 32, "CallStatus": "completed", "To": "+1"}}
    assert request_summary(webhook) == "POST https://example.com/status?x=1 (CallSid, CallStatus=completed, To)"
    error = {"response_code": 400, "content_type": "application/json",
             "response_body": json.dumps({"code": 21211, "message": "bad", "status": 400})}
    assert response_summary(error) == "400 json, error 21211 Invalid 'To' Phone Number"
    twiml = {"response_code": 200, "content_type": "text/xml", "request_duration": 42,
             "response_body": "<?xml version='1.0'?><Response><Say>Hi</Say><Dial><Number>+1</Number></Dial></Response>"}
    assert response_summary(twiml) == "200 TwiML, <Say> <Dial> <Number> in 42 ms"
    assert response_summary({}) == "no answer"
    assert request_summary({}) == "? ?"
