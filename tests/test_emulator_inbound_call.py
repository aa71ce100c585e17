"""Someone calls one of the numbers: the emulator asks the number's voice webhook (a small app of
the tests' own), signed as Twilio signs, keeps the incoming call, and runs the TwiML answer verb
by verb: Say/Play/Pause timing, Gather with digits or speech, Record (a real WAV), Enqueue/Leave
and Dial to a queue, a number, a client and a conference, Redirect, Reject, Hangup, fallbacks.
The call's lifetime passes by moving the emulator's clock, never by sleeping."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator

import pytest

from tests.emulator_helpers import Api, advance, running
from tests.webhook_receiver import app, Receiver, signed  # noqa: F401 (app: a fixture)
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator

CALLER = "+14155550199"
TALK = 30  # the emulator's call length: how long a <Dial>ed conversation lasts


@pytest.fixture
def server() -> Iterator[RunningEmulator]:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=0, call_seconds=TALK, delivery_seconds=0)):
        yield emulator


def our_number(api: Api, **settings: str) -> str:
    bought = api.post("/IncomingPhoneNumbers.json", {"AreaCode": "415", **settings})
    assert bought.status_code == 201, bought.text
    return bought.json()["phone_number"]


def ring(api: Api, to: str, caller: str = CALLER, **given: str) -> dict:
    answer = api.post("/_emulator/inbound/call", {"To": to, "From": caller, **given})
    assert answer.status_code == 200, answer.text
    return answer.json()



def call(api: Api, sid: str) -> dict:
    return api.get(f"/Calls/{sid}.json").json()


def test_a_call_reaches_the_webhook_signed_gathers_digits_and_lasts_as_long_as_its_twiml(server, app) -> None:
    app.routes["/voice"] = (200, '<Response><Say>Press one for sales</Say><Gather numDigits="1" action="/menu">'
                                 '<Say>Choose now</Say></Gather><Say>Nothing chosen</Say></Response>')
    app.routes["/menu"] = (200, "<Response><Pause length=\"3\"/><Hangup/><Say>never</Say></Response>")
    api = Api(server)
    number = our_number(api, VoiceUrl=app.url("/voice"), StatusCallback=app.url("/status"))
    report = ring(api, number, Digits="1")
    (first,) = app.got("/voice")
    assert signed(first, server.auth_token)
    form = first.form
    assert (form["CallSid"], form["AccountSid"], form["From"], form["To"], form["CallStatus"], form["Direction"],
            form["ApiVersion"], form["Called"], form["Caller"]) == (
        report["call_sid"], server.account_sid, CALLER, number, "ringing", "inbound", "2010-04-01", number, CALLER)
    (menu,) = app.got("/menu")
    assert signed(menu, server.auth_token) and menu.form["Digits"] == "1" and menu.form["CallStatus"] == "in-progress"
    live = call(api, report["call_sid"])
    assert (live["direction"], live["status"], live["from"], live["to"]) == ("inbound", "in-progress", CALLER, number)
    # Say 4 words (2 s), Say 2 words (1 s), one digit (0.5 s), Pause 3 s: 6.5 s
    advance(api, 6)
    assert call(api, report["call_sid"])["status"] == "in-progress"
    advance(api, 1)
    ended = call(api, report["call_sid"])
    assert ended["status"] == "completed" and ended["duration"] in ("6", "7")  # whole seconds of 6.5
    (status,) = app.wait(lambda got: len(got) == 1, "/status")
    assert signed(status, server.auth_token)
    assert (status.form["CallStatus"], status.form["CallSid"], status.form["CallDuration"]) == (
        "completed", report["call_sid"], ended["duration"])


def test_speech_redirect_and_an_application_answer_the_call(server, app) -> None:
    app.routes["/ivr"] = (200, '<Response><Redirect method="GET">/ask</Redirect></Response>')
    app.routes["/ask"] = (200, '<Response><Gather input="speech" action="/heard"/></Response>')
    app.routes["/heard"] = (200, "<Response><Say>ok</Say></Response>")
    api = Api(server)
    application = api.post("/Applications.json", {"FriendlyName": "IVR", "VoiceUrl": app.url("/ivr")}).json()
    number = our_number(api, VoiceApplicationSid=application["sid"])
    report = ring(api, number, SpeechResult="sales please")
    assert [e["request"]["url"].split("?")[0] for e in report["exchanges"]] == [
        app.url(p) for p in ("/ivr", "/ask", "/heard")]
    (heard,) = app.got("/heard")
    assert heard.form["SpeechResult"] == "sales please" and float(heard.form["Confidence"]) > 0
    assert all(signed(r, server.auth_token) for r in app.got())


def test_record_makes_a_real_recording_its_action_and_status_callback_hear_of_it(server, app) -> None:
    app.routes["/voice"] = (200, '<Response><Say>Leave a message</Say><Record maxLength="4" action="/saved" '
                                 'recordingStatusCallback="/recorded"/></Response>')
    app.routes["/saved"] = (200, "<Response><Say>Thanks</Say></Response>")
    api = Api(server)
    number = our_number(api, VoiceUrl=app.url("/voice"))
    report = ring(api, number)
    (made,) = report["recordings"]
    assert made["duration"] == "4"
    (saved,) = app.got("/saved")
    assert signed(saved, server.auth_token)
    assert (saved.form["RecordingSid"], saved.form["RecordingDuration"]) == (made["sid"], "4")
    audio = api.session.get(saved.form["RecordingUrl"] + ".wav", timeout=10)
    with wave.open(io.BytesIO(audio.content)) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getnframes() // wav.getframerate()) == (1, 8000, 4)
    (recorded,) = app.wait(lambda got: len(got) == 1, "/recorded")
    assert signed(recorded, server.auth_token)
    assert (recorded.form["RecordingStatus"], recorded.form["RecordingSid"], recorded.form["RecordingSource"]) == (
        "completed", made["sid"], "RecordVerb")
    listed = api.get(f"/Calls/{report['call_sid']}/Recordings.json").json()["recordings"]
    assert [r["sid"] for r in listed] == [made["sid"]] and listed[0]["source"] == "RecordVerb"


def test_enqueue_waits_with_its_music_and_dial_queue_takes_the_front_caller(server, app) -> None:
    app.routes["/voice"] = (200, '<Response><Enqueue waitUrl="/hold">support</Enqueue></Response>')
    app.routes["/hold"] = (200, "<Response><Play>https://example.com/music.mp3</Play></Response>")
    app.routes["/agent"] = (200, "<Response><Dial><Queue>support</Queue></Dial></Response>")
    api = Api(server)
    number = our_number(api, VoiceUrl=app.url("/voice"))
    agent_line = our_number(api, VoiceUrl=app.url("/agent"))
    first, second = ring(api, number), ring(api, number, "+14155550198")
    assert (first["queue"]["position"], second["queue"]["position"]) == (1, 2)
    hold = app.got("/hold")[0]
    assert signed(hold, server.auth_token) and hold.form["QueuePosition"] == "1" and "QueueSid" in hold.form
    (queue,) = api.get("/Queues.json").json()["queues"]
    assert (queue["friendly_name"], queue["current_size"]) == ("support", 2)
    members = api.get(f"/Queues/{queue['sid']}/Members.json").json()["queue_members"]
    assert [m["call_sid"] for m in sorted(members, key=lambda m: m["position"])] == [first["call_sid"],
                                                                                  second["call_sid"]]
    advance(api, 60)
    agent = ring(api, agent_line, "+14155550100")
    assert agent["dequeued_call_sid"] == first["call_sid"]
    queue = api.get(f"/Queues/{queue['sid']}.json").json()
    # The emulator's clock is real time moved on by 60 s: a real second may tick while the test runs.
    assert queue["current_size"] == 1 and queue["average_wait_time"] in (60, 61)
    (left,) = api.get(f"/Queues/{queue['sid']}/Members.json").json()["queue_members"]
    left = api.get(f"/Queues/{queue['sid']}/Members/{left['call_sid']}.json").json()
    assert (left["call_sid"], left["position"]) == (second["call_sid"], 1) and left["wait_time"] in (60, 61)
    advance(api, TALK)
    assert call(api, first["call_sid"])["status"] == "completed" and call(api, agent["call_sid"])["status"] == "completed"
    dequeued = api.post(f"/Queues/{queue['sid']}/Members/Front.json", {"Url": app.url("/gone")})  # the API agrees
    assert dequeued.json()["call_sid"] == second["call_sid"]
    assert api.get(f"/Queues/{queue['sid']}.json").json()["current_size"] == 0


def test_leave_takes_the_caller_out_of_the_queue_to_the_enqueue_action(server, app) -> None:
    app.routes["/voice"] = (200, '<Response><Enqueue waitUrl="/hold" action="/after">sales</Enqueue></Response>')
    app.routes["/hold"] = (200, "<Response><Say>All agents are busy</Say><Leave/></Response>")
    app.routes["/after"] = (200, "<Response><Say>Goodbye</Say></Response>")
    api = Api(server)
    report = ring(api, our_number(api, VoiceUrl=app.url("/voice")))
    (after,) = app.got("/after")
    assert (after.form["QueueResult"], after.form["QueueTime"]) == ("leave", "2")
    assert report["queue"] is None
    (queue,) = api.get("/Queues.json").json()["queues"]
    assert queue["current_size"] == 0


def test_dial_rings_a_number_and_a_client_as_child_legs_and_joins_a_conference(server, app) -> None:
    app.routes["/voice"] = (200, '<Response><Dial action="/dialled" callerId="+14155550111">'
                                 '<Number>+14155550123</Number></Dial></Response>')
    app.routes["/dialled"] = (200, "<Response><Dial><Client>alice</Client></Dial>"
                                   "<Dial><Conference>standup</Conference></Dial></Response>")
    api = Api(server)
    report = ring(api, our_number(api, VoiceUrl=app.url("/voice")))
    number_leg, client_leg = (call(api, sid) for sid in report["calls"])
    assert (number_leg["to"], number_leg["from"], number_leg["direction"], number_leg["parent_call_sid"]) == (
        "+14155550123", "+14155550111", "outbound-dial", report["call_sid"])
    assert client_leg["to"] == "client:alice" and client_leg["parent_call_sid"] == report["call_sid"]
    (dialled,) = app.got("/dialled")
    assert (dialled.form["DialCallStatus"], dialled.form["DialCallSid"], dialled.form["DialCallDuration"]) == (
        "completed", number_leg["sid"], str(TALK))
    conference = api.get(f"/Conferences/{report['conference_sid']}.json").json()
    assert (conference["friendly_name"], conference["status"]) == ("standup", "in-progress")
    advance(api, 3 * TALK)
    participants = api.get(f"/Conferences/{report['conference_sid']}/Participants.json").json()["participants"]
    assert participants == [] and api.get(f"/Conferences/{report['conference_sid']}.json").json()["status"] == "completed"
    assert [call(api, sid)["status"] for sid in (report["call_sid"], *report["calls"])] == ["completed"] * 3


def test_reject_busy_fallback_after_11200_and_12100_12200(server, app) -> None:
    app.routes["/busy"] = (200, '<Response><Reject reason="busy"/></Response>')
    app.routes["/fallback"] = (200, "<Response><Play digits=\"12\"/><Sing>la</Sing></Response>")
    app.routes["/html"] = (200, "<html>oops</html>")
    api = Api(server)
    rejected = ring(api, our_number(api, VoiceUrl=app.url("/busy")))
    assert call(api, rejected["call_sid"])["status"] == "busy"
    fell_back = ring(api, our_number(api, VoiceUrl=app.url("/missing"), VoiceFallbackUrl=app.url("/fallback")))
    assert [n["error_code"] for n in fell_back["notifications"]] == ["11200", "12200"]
    assert all(signed(r, server.auth_token) for r in app.got())
    broken = ring(api, our_number(api, VoiceUrl=app.url("/html")))
    assert [n["error_code"] for n in broken["notifications"]] == ["12100"]
    notes = api.get(f"/Calls/{broken['call_sid']}/Notifications.json").json()["notifications"]
    assert [n["error_code"] for n in notes] == ["12100"]
    refused = api.post("/_emulator/inbound/call", {"To": "+19995550100", "From": CALLER})
    assert refused.status_code == 404 and refused.json()["code"] == 21606
