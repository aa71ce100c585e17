"""Someone texts one of the account's numbers: the emulator asks the number's webhook (a small app
of the tests' own), signed as Twilio signs, keeps the incoming message, and follows the TwiML
answer: `<Message>` replies (with `<Media>`), `<Redirect>`, fallbacks and notifications."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.emulator_helpers import Api, running
from tests.webhook_receiver import app, Receiver, signed  # noqa: F401 (app: a fixture)
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator

SENDER = "+14155550199"


@pytest.fixture
def server() -> Iterator[RunningEmulator]:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=0, call_seconds=0, delivery_seconds=0)):
        yield emulator


def our_number(api: Api, **settings: str) -> str:
    bought = api.post("/IncomingPhoneNumbers.json", {"AreaCode": "415", **settings})
    assert bought.status_code == 201, bought.text
    return bought.json()["phone_number"]


def text(api: Api, to: str, body: str) -> dict:
    answer = api.post("/_emulator/inbound/sms", {"To": to, "From": SENDER, "Body": body})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_an_incoming_sms_reaches_the_webhook_signed_and_its_message_reply_is_sent(server, app: Receiver) -> None:
    app.routes["/sms"] = (200, "<Response><Message>Thanks! <Media>" + app.url("/pic") + "</Media></Message></Response>")
    app.routes["/pic"] = (200, "x" * 100)
    app.types["/pic"] = "image/gif"
    api = Api(server)
    number = our_number(api, SmsUrl=app.url("/sms"))
    report = text(api, number, "hello")
    (request,) = app.got("/sms")
    assert signed(request, server.auth_token) and request.method == "POST"
    form = request.form
    assert (form["From"], form["To"], form["Body"], form["SmsStatus"], form["MessageSid"], form["AccountSid"]) == (
        SENDER, number, "hello", "received", report["message_sid"], server.account_sid)
    incoming = api.get(f"/Messages/{report['message_sid']}.json").json()
    assert (incoming["direction"], incoming["status"], incoming["body"]) == ("inbound", "received", "hello")
    (reply_sid,) = report["replies"]
    for _ in range(100):  # its media are fetched on another thread
        reply = api.get(f"/Messages/{reply_sid}.json").json()
        if reply["status"] == "delivered":
            break
        api.post("/_emulator/clock", {"seconds": "1"})
    assert (reply["status"], reply["direction"], reply["from"], reply["to"], reply["body"], reply["num_media"]) == (
        "delivered", "outbound-reply", number, SENDER, "Thanks!", "1")
    (media,) = api.get(f"/Messages/{reply_sid}/Media.json").json()["media_list"]
    assert media["content_type"] == "image/gif"
    assert report["exchanges"][0]["response"]["status"] == 200 and report["notifications"] == []


def test_a_failing_sms_url_is_11200_then_the_fallback_redirects_and_unknown_verbs_are_12200(server, app) -> None:
    app.routes["/fallback"] = (200, "<Response><Redirect>/more</Redirect></Response>")
    app.routes["/more"] = (200, '<Response><Say>no</Say><Message to="+14155550100">moved</Message></Response>')
    api = Api(server)
    number = our_number(api, SmsUrl=app.url("/broken"), SmsFallbackUrl=app.url("/fallback"))
    report = text(api, number, "hi")
    assert [e["request"]["url"] for e in report["exchanges"]] == [app.url(p) for p in ("/broken", "/fallback", "/more")]
    assert all(signed(r, server.auth_token) for r in app.got())
    assert [n["error_code"] for n in report["notifications"]] == ["11200", "12200"]
    (reply_sid,) = report["replies"]
    assert api.get(f"/Messages/{reply_sid}.json").json()["to"] == "+14155550100"
    notes = api.get("/Notifications.json").json()["notifications"]
    assert sorted(n["error_code"] for n in notes) == ["11200", "12200"]


def test_a_document_that_is_not_twiml_is_12100_and_an_unknown_number_is_refused(server, app: Receiver) -> None:
    app.routes["/sms"] = (200, "<html>not twiml</html>")
    api = Api(server)
    number = our_number(api, SmsUrl=app.url("/sms"))
    report = text(api, number, "hi")
    assert [n["error_code"] for n in report["notifications"]] == ["12100"] and report["replies"] == []
    refused = api.post("/_emulator/inbound/sms", {"To": "+19995550100", "From": SENDER, "Body": "hi"})
    assert refused.status_code == 404 and refused.json()["code"] == 21606
