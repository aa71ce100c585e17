"""Webhooks as Twilio sends them: status callbacks, TwiML fetches, their signatures and failures.

A receiver of the tests' own listens on 127.0.0.1; signatures are checked with twilio-python's
`RequestValidator`, an implementation independent of the emulator's.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import pytest

from tests.conftest import login_env, run_cli
from tests.emulator_helpers import Api, running
from tests.webhook_receiver import app, Receiver, signed  # noqa: F401 (app: a fixture)
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator
from twiliocli.emulator.webhooks import LANES

CALLER = "+15005550006"
TALK = '<Response><Pause length="4"/></Response>'


@pytest.fixture
def server() -> Iterator[RunningEmulator]:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=0, call_seconds=0, delivery_seconds=0)):
        yield emulator


def finished(api: Api, sid: str) -> dict:
    """The call once it left `in-progress` (its TwiML is fetched on another thread)."""
    for _ in range(500):
        record = api.get(f"/Calls/{sid}.json").json()
        if record["status"] not in ("queued", "ringing", "in-progress"):
            return record
        api.post("/_emulator/clock", {"seconds": "1"})
    raise AssertionError(f"{sid} never finished")


def test_call_progress_callbacks_carry_twilios_parameters_and_a_valid_signature(server, app: Receiver) -> None:
    api = Api(server)
    call = api.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "Twiml": TALK,
                                    "StatusCallback": app.url("/status"),
                                    "StatusCallbackEvent": "initiated ringing answered completed"}).json()
    api.post("/_emulator/clock", {"seconds": "4"})
    got = app.wait(lambda got: len(got) == 4, "/status")
    assert [r.form["CallStatus"] for r in got] == ["initiated", "ringing", "in-progress", "completed"]
    assert [r.form["SequenceNumber"] for r in got] == ["0", "1", "2", "3"]
    assert all(r.method == "POST" and signed(r, server.auth_token) for r in got)
    assert not signed(got[0], "another0token")
    last = got[-1].form
    assert (last["CallSid"], last["AccountSid"], last["From"], last["To"]) == (call["sid"], server.account_sid,
                                                                             CALLER, "+14155550111")
    assert (last["CallDuration"], last["Duration"], last["ApiVersion"]) == ("4", "1", "2010-04-01")
    log = api.get("/_emulator/webhooks").json()
    assert [(e["purpose"], e["status"]) for e in log] == [("status-callback", 404)] * 4  # the receiver's answer


def test_get_callbacks_are_signed_over_the_url_with_its_query(server, app: Receiver) -> None:
    api = Api(server)
    api.post("/Calls.json", {"To": "+15005550010", "From": CALLER, "Twiml": TALK,
                             "StatusCallback": app.url("/status?tenant=7"), "StatusCallbackMethod": "GET"})
    (request,) = app.wait(lambda got: len(got) == 1, "/status")
    assert request.method == "GET" and "tenant=7&" in request.url and "CallStatus=busy" in request.url
    assert signed(request, server.auth_token)


def test_message_callbacks_follow_each_status_with_the_error_code(server, app: Receiver) -> None:
    api = Api(server)
    good = api.post("/Messages.json", {"To": "+14155550111", "From": CALLER, "Body": "hi",
                                       "StatusCallback": app.url("/good")}).json()
    api.post("/Messages.json", {"To": "+15005550010", "From": CALLER, "Body": "hi",
                                "StatusCallback": app.url("/bad")})
    api.get("/Messages.json")
    delivered = app.wait(lambda got: len(got) == 2, "/good")
    assert [r.form["MessageStatus"] for r in delivered] == ["sent", "delivered"]
    assert delivered[0].form["MessageSid"] == delivered[0].form["SmsSid"] == good["sid"]
    assert "ErrorCode" not in delivered[1].form
    undelivered = app.wait(lambda got: len(got) == 2, "/bad")
    assert [(r.form["MessageStatus"], r.form.get("ErrorCode")) for r in undelivered] == [
        ("sent", None), ("undelivered", "30003")]
    assert all(signed(r, server.auth_token) for r in delivered + undelivered)


def test_twiml_is_fetched_from_url_with_the_call_and_followed(server, app: Receiver) -> None:
    app.routes["/voice"] = (200, '<?xml version="1.0"?><Response><Say>Hi</Say><Pause length="3"/><Hangup/></Response>')
    api = Api(server)
    call = api.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "Url": app.url("/voice"),
                                    "Method": "GET"}).json()
    (fetch,) = app.wait(lambda got: len(got) == 1, "/voice")
    assert fetch.method == "GET" and "CallStatus=in-progress" in fetch.url and f"CallSid={call['sid']}" in fetch.url
    assert signed(fetch, server.auth_token)
    done = finished(api, call["sid"])
    assert (done["status"], done["duration"]) == ("completed", "4")  # "Hi" takes a second, then the pause
    assert api.get("/Notifications.json").json()["notifications"] == []


def test_a_call_made_with_an_application_uses_its_voice_url_and_status_callback(server, app: Receiver) -> None:
    """Twilio ignores the call's own StatusCallback when ApplicationSid is given: the application's is used."""
    app.routes["/app-voice"] = (200, "<Response><Say>Hi</Say><Hangup/></Response>")
    api = Api(server)
    application = api.post("/Applications.json", {"FriendlyName": "desk", "VoiceUrl": app.url("/app-voice"),
                                                  "StatusCallback": app.url("/app-status"),
                                                  "StatusCallbackMethod": "GET"}).json()
    call = api.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "ApplicationSid": application["sid"],
                                    "StatusCallback": app.url("/ignored")}).json()
    assert finished(api, call["sid"])["status"] == "completed"
    (status,) = app.wait(lambda got: len(got) == 1, "/app-status")
    assert status.method == "GET" and "CallStatus=completed" in status.url and signed(status, server.auth_token)
    assert [r.url.split("?")[0] for r in app.got()] == [app.url("/app-voice"), app.url("/app-status")]


def test_a_failing_url_is_notification_11200_then_the_fallback_is_followed(server, app: Receiver) -> None:
    app.routes["/fallback"] = (200, "<Response><Hangup/></Response>")
    api = Api(server)
    call = api.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "Url": app.url("/broken"),
                                    "FallbackUrl": app.url("/fallback")}).json()
    assert finished(api, call["sid"])["status"] == "completed"
    assert [r.url for r in app.got()] == [app.url("/broken"), app.url("/fallback")]
    (notice,) = api.get(f"/Calls/{call['sid']}/Notifications.json").json()["notifications"]
    assert (notice["error_code"], notice["log"], notice["request_url"]) == ("11200", "0", app.url("/broken"))


def test_unreachable_and_invalid_twiml_show_in_notifications_list(server, app: Receiver, monkeypatch) -> None:
    app.routes["/garbage"] = (200, "this is not <xml")
    api = Api(server)
    dead = api.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "Url": "http://127.0.0.1:9/nothing"}).json()
    bad = api.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "Url": app.url("/garbage")}).json()
    assert finished(api, dead["sid"])["status"] == finished(api, bad["sid"])["status"] == "completed"
    login_env(monkeypatch, server)
    listed = run_cli("notifications", "list", "--fields", "call_sid,error_code", "--no-header", "-o", "tsv")
    assert listed.exit_code == 0, listed.stderr
    assert sorted(listed.lines) == sorted([f"{dead['sid']}\t11200", f"{bad['sid']}\t12100"])
    log = {e["url"]: e for e in api.get("/_emulator/webhooks").json()}
    assert log["http://127.0.0.1:9/nothing"]["status"] is None and log["http://127.0.0.1:9/nothing"]["error"]


def test_an_unreachable_callback_never_holds_up_the_api(server) -> None:
    api = Api(server)
    for n in range(5):
        response = api.post("/Messages.json", {"To": "+14155550111", "From": CALLER, "Body": str(n),
                                               "StatusCallback": "http://127.0.0.1:9/status"})
        assert response.status_code == 201
    assert len(api.get("/Messages.json").json()["messages"]) == 5


def test_subaccount_callbacks_are_signed_with_the_subaccounts_token(app: Receiver) -> None:
    for emulator in running(EmulatorConfig(ring_seconds=0, call_seconds=0, delivery_seconds=0)):
        main = Api(emulator)
        sub = main.get("/2010-04-01/Accounts.json").json()["accounts"]
        sub = next(a for a in sub if a["sid"] != emulator.account_sid)
        api = Api(emulator, sub["sid"], sub["auth_token"])
        api.post("/Messages.json", {"To": "+14155550111", "From": "+15005550006", "Body": "x",
                                    "StatusCallback": app.url("/sub")})
        got = app.wait(lambda got: len(got) == 2, "/sub")
        assert got and all(signed(r, sub["auth_token"]) for r in got)
        assert not signed(got[0], emulator.auth_token)


def test_a_receiver_that_hangs_holds_up_neither_the_api_nor_other_records(server, app: Receiver) -> None:
    app.held.add("/slow")
    app.routes["/fast"] = (204, "")
    api = Api(server)
    slow = [api.post("/Messages.json", {"To": "+14155550111", "From": CALLER, "Body": str(n),
                                        "StatusCallback": app.url("/slow")}).json()["sid"] for n in range(3)]
    assert len(api.get("/Messages.json").json()["messages"]) == 3  # answered while the receiver hangs
    app.wait(lambda got: len(got) >= 1, "/slow")
    # Another record's callbacks go out meanwhile, unless it shares a lane with a held one.
    lanes_held = {zlib.crc32(sid.encode()) % LANES for sid in slow}
    fast = next(m for m in (api.post("/Messages.json", {"To": "+14155550111", "From": CALLER, "Body": "f",
                                                        "StatusCallback": app.url("/fast")}).json()["sid"]
                            for _ in range(40)) if zlib.crc32(m.encode()) % LANES not in lanes_held)
    api.get(f"/Messages/{fast}.json")
    assert [r.form["MessageSid"] for r in app.wait(lambda got: len(got) == 2, "/fast")] == [fast, fast]
    app.release.set()
    done = app.wait(lambda got: len(got) == 6, "/slow")
    assert sorted(r.form["MessageStatus"] for r in done) == ["delivered"] * 3 + ["sent"] * 3
