"""Call Events as they are kept: the API requests that created or changed a call, and the webhooks
it made, with the answers they got (served by `routes.events`; the lifecycle and the seed write
them too, so they live outside the routes).

`api_request` records an API exchange; `webhook` records a request the emulator made on a call's
behalf (TwiML fetch, status callback). Parameters named as secrets are left out of the record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from werkzeug.wrappers import Request

from . import catalog
from .dates import rfc2822
from .records import snake
from .store import Store, random_sid, sid_for

KIND = catalog.CALL_EVENTS
SECRET_PARAMS = frozenset({"sip_auth_password", "call_token"})


def record(store: Store, account_sid: str, call_sid: str, request: dict, response: dict, when: int,
           sid: str | None = None) -> None:
    store.insert(KIND, {"request": request, "response": response, "account_sid": account_sid,
                        "call_sid": call_sid, "sid": sid or random_sid("EV"), "date_created": when})


def answer(status: int, content_type: str, body: str, when: int) -> dict:
    return {"response_code": status, "content_type": content_type, "response_body": body,
            "date_created": rfc2822(when)}


def api_request(store: Store, request: Request, when: int, call: Mapping, status: int, body: dict) -> None:
    """Keep the API request that created or changed `call`, and the answer it is about to get."""
    params = {snake(k): v for k, v in request.form.items() if snake(k) not in SECRET_PARAMS}
    asked = {"method": request.method, "url": request.base_url, "parameters": params}
    record(store, call["account_sid"], call["sid"], asked, answer(status, "application/json", json.dumps(body), when),
           when)


def webhook(store: Store, call: Mapping, method: str, url: str, params: Mapping[str, str], status: int,
            content_type: str, body: str, when: int) -> None:
    """Keep a request the emulator made for `call` (fetching TwiML, a status callback) and its answer."""
    record(store, call["account_sid"], call["sid"], {"method": method, "url": url, "parameters": dict(params)},
           answer(status, content_type, body, when), when)


def seed_demo(store: Store, calls: list[dict]) -> None:
    """Each demo call's first exchange: the API request of an outbound call, the voice webhook of an
    inbound one."""
    for n, call in enumerate(calls):
        when = call["date_created"]
        sid = sid_for("EV", "call-event", n)
        if call["direction"] == "inbound":
            params = {"CallSid": call["sid"], "AccountSid": call["account_sid"], "From": call["from"],
                      "To": call["to"], "CallStatus": "ringing", "Direction": "inbound", "ApiVersion": "2010-04-01"}
            request = {"method": "POST", "url": "https://demo.example.com/voice", "parameters": params}
            response = answer(200, "text/xml", "<Response><Say>Thanks for calling.</Say></Response>", when)
        else:
            path = f"/2010-04-01/Accounts/{call['account_sid']}/Calls.json"
            request = {"method": "POST", "url": "https://api.twilio.com" + path,
                       "parameters": {"to": call["to"], "from": call["from"], "url": "https://demo.example.com/voice"}}
            response = answer(201, "application/json", json.dumps({"sid": call["sid"], "status": "queued"}), when)
        record(store, call["account_sid"], call["sid"], request, response, when, sid)
