"""Where the emulator once differed from Twilio, as an independent client found: a call made with
`Record=true` is recorded, `MediaUrl` is fetched when the message is sent, a call ends when its
TwiML runs out (tests/test_emulator_lifecycle.py), and a caller ID is verified only once its
validation call is answered and the code entered.

Time moves with the emulator's clock; webhooks reach a receiver of the tests' own and their
signatures are checked with twilio-python's `RequestValidator`.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from io import BytesIO

import pytest

from tests.emulator_helpers import Api, advance, running
from tests.webhook_receiver import app, Receiver, signed  # noqa: F401 (app: a fixture)
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator

CALLER = "+15005550006"


@pytest.fixture
def server() -> Iterator[RunningEmulator]:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=2, call_seconds=30, delivery_seconds=0)):
        yield emulator



def test_a_call_made_with_record_true_is_recorded_from_answer_to_hang_up(server, app: Receiver) -> None:
    api = Api(server)
    call = api.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "Record": "true",
                                    "Twiml": '<Response><Pause length="6"/></Response>',
                                    "RecordingStatusCallback": app.url("/recorded"),
                                    "RecordingStatusCallbackEvent": "in-progress completed"}).json()
    advance(api, 2)
    (live,) = api.get(f"/Calls/{call['sid']}/Recordings.json").json()["recordings"]
    assert (live["status"], live["source"]) == ("in-progress", "OutboundAPI")
    advance(api, 6)
    (done,) = api.get("/Recordings.json", CallSid=call["sid"]).json()["recordings"]
    assert (done["sid"], done["status"], done["duration"], done["price"]) == (live["sid"], "completed", "6", "-0.00250")
    audio = wave.open(BytesIO(api.get(f"/Recordings/{done['sid']}.wav").content))
    assert audio.getnframes() / audio.getframerate() == 6
    got = app.wait(lambda got: len(got) == 2, "/recorded")
    assert [r.form["RecordingStatus"] for r in got] == ["in-progress", "completed"]
    last = got[-1].form
    assert (last["RecordingSid"], last["CallSid"], last["RecordingDuration"], last["RecordingSource"],
            last["RecordingChannels"]) == (done["sid"], call["sid"], "6", "OutboundAPI", "1")
    assert last["RecordingUrl"] == server.url + f"/2010-04-01/Accounts/{server.account_sid}/Recordings/{done['sid']}"
    assert all(signed(r, server.auth_token) for r in got)


def test_a_call_never_answered_records_nothing_and_says_absent(server, app: Receiver) -> None:
    api = Api(server)
    call = api.post("/Calls.json", {"To": "+15005550010", "From": CALLER, "Record": "true", "Twiml": "<Response/>",
                                    "RecordingStatusCallback": app.url("/recorded"),
                                    "RecordingStatusCallbackEvent": "completed absent"}).json()
    (absent,) = app.wait(lambda got: len(got) == 1, "/recorded")
    assert absent.form["RecordingStatus"] == "absent" and "RecordingSid" not in absent.form
    assert api.get(f"/Calls/{call['sid']}/Recordings.json").json()["recordings"] == []


def message_with_media(api: Api, app: Receiver, *paths: str) -> dict:
    sent = api.post("/Messages.json", {"To": "+14155550111", "From": CALLER, "Body": "look",
                                       "MediaUrl": [app.url(p) for p in paths],
                                       "StatusCallback": app.url("/status")}).json()
    for _ in range(200):  # the media are fetched on another thread
        message = api.get(f"/Messages/{sent['sid']}.json").json()
        if message["status"] in ("delivered", "failed"):
            return message
        advance(api, 1)
    raise AssertionError("the message never left")


def test_media_urls_are_fetched_when_the_message_is_sent_and_keep_their_type(server, app: Receiver) -> None:
    app.routes.update({"/cat": (200, "x" * 2048), "/card": (200, "BEGIN:VCARD")})
    app.types.update({"/cat": "image/png", "/card": "text/vcard; charset=utf-8"})
    api = Api(server)
    message = message_with_media(api, app, "/cat", "/card")
    assert (message["status"], message["num_media"]) == ("delivered", "2")
    media = api.get(f"/Messages/{message['sid']}/Media.json").json()["media_list"]
    assert sorted(m["content_type"] for m in media) == ["image/png", "text/vcard"]  # not guessed from the URL
    fetched = app.got("/cat") + app.got("/card")
    assert [r.method for r in fetched] == ["GET", "GET"]
    stored = server.app.store.query("SELECT size FROM media ORDER BY size")
    assert [row["size"] for row in stored] == [11, 2048]


@pytest.mark.parametrize(("route", "code"), [((404, "gone"), 11200), ((200, "<html>oops</html>"), 12300),
                                             ((200, ""), 63019)])
def test_media_that_cannot_be_fetched_fails_the_message_with_twilios_error(server, app: Receiver, route, code) -> None:
    app.routes["/pic"] = route
    app.types["/pic"] = "text/html" if code == 12300 else "image/jpeg"
    api = Api(server)
    message = message_with_media(api, app, "/pic")
    assert (message["status"], message["error_code"], message["price"]) == ("failed", code, None)
    assert message["error_message"]
    (status,) = app.wait(lambda got: len(got) == 1, "/status")
    assert (status.form["MessageStatus"], status.form["ErrorCode"]) == ("failed", str(code))
    assert signed(status, server.auth_token)


def listed(api: Api, number: str) -> list[dict]:
    return api.get("/OutgoingCallerIds.json", PhoneNumber=number).json()["outgoing_caller_ids"]


def test_a_caller_id_is_listed_only_once_its_validation_call_is_answered_and_the_code_typed(server, app) -> None:
    api = Api(server)
    asked = api.post("/OutgoingCallerIds.json", {"PhoneNumber": "+14155550142", "FriendlyName": "Desk",
                                                 "CallDelay": "5", "StatusCallback": app.url("/verified")}).json()
    call = api.get(f"/Calls/{asked['call_sid']}.json").json()
    assert (call["status"], call["to"], listed(api, "+14155550142")) == ("queued", "+14155550142", [])
    advance(api, 5 + 2)  # the delay, then the ring
    assert api.get(f"/Calls/{asked['call_sid']}.json").json()["status"] == "in-progress"
    assert listed(api, "+14155550142") == []  # answered, no code yet
    wrong = api.post("/_emulator/caller-id-validations", {"PhoneNumber": "+14155550142", "Code": "000000"})
    assert wrong.json() == {"verification_status": "failed", "outgoing_caller_id_sid": None}
    assert listed(api, "+14155550142") == [] and api.get(f"/Calls/{asked['call_sid']}.json").json()["status"] == "completed"
    again = api.post("/OutgoingCallerIds.json", {"PhoneNumber": "+14155550142", "StatusCallback": app.url("/verified")}).json()
    typed = api.post("/_emulator/caller-id-validations", {"PhoneNumber": "+14155550142", "Code": again["validation_code"]})
    (caller_id,) = listed(api, "+14155550142")
    assert typed.json() == {"verification_status": "success", "outgoing_caller_id_sid": caller_id["sid"]}
    got = app.wait(lambda got: len(got) == 2, "/verified")
    assert [(r.form["VerificationStatus"], r.form.get("OutgoingCallerIdSid")) for r in got] == [
        ("failed", None), ("success", caller_id["sid"])]
    assert all(signed(r, server.auth_token) for r in got)
    assert api.post("/_emulator/caller-id-validations", {"PhoneNumber": "+14155550142", "Code": "1"}).status_code == 404


def test_the_built_in_profile_verifies_a_caller_id_once_its_call_has_rung() -> None:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=1, answer_validations=True)):
        api = Api(emulator)
        api.post("/OutgoingCallerIds.json", {"PhoneNumber": "+14155550142"})
        assert listed(api, "+14155550142") == []
        advance(api, 1)
        assert [c["phone_number"] for c in listed(api, "+14155550142")] == ["+14155550142"]
