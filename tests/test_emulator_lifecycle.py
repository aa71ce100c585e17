"""Calls and messages created through the API move through their statuses, as on Twilio.

Time is moved with the emulator's clock (`POST /_emulator/clock`), so every instant asserted
here is exact: a call created at T with a 10 s ring is answered at T+10, whatever the machine.
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from tests.conftest import run_cli
from tests.emulator_helpers import Api, advance, assert_error, running, validate
from twiliocli.emulator.config import EmulatorConfig

CALLER = "+15005550006"
TALK = "<Response><Dial>+14155550100</Dial></Response>"  # a conversation: the call length


def epoch(rfc2822: str) -> int:
    return int(parsedate_to_datetime(rfc2822).timestamp())



def call(api: Api, to: str = "+14155550111", **form: str) -> dict:
    response = api.post("/Calls.json", {"To": to, "From": CALLER, **({"Twiml": TALK} | form)})
    assert response.status_code == 201, response.text
    return response.json()


def fetch(api: Api, record: dict) -> dict:
    """The record as it is now, checked against the official spec in whatever status it is."""
    kind = "Calls" if record["sid"].startswith("CA") else "Messages"
    body = api.get(f"/{kind}/{record['sid']}.json").json()
    validate(f"/2010-04-01/Accounts/{{AccountSid}}/{kind}/{{Sid}}.json", "GET", 200, body)
    return body


@pytest.fixture
def timed() -> Api:
    """Ring 10 s, talk 30 s, deliver in 30 s: long enough that only the clock moves them."""
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=10, call_seconds=30, delivery_seconds=30)):
        yield Api(emulator)


@pytest.fixture
def instant() -> Api:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=0, call_seconds=0, delivery_seconds=0)):
        yield Api(emulator)


def test_an_answered_call_rings_talks_and_completes_with_its_times_and_price(timed: Api) -> None:
    created = call(timed)
    assert created["status"] == "queued" and created["start_time"] is None
    t0 = epoch(created["date_created"])
    ringing = fetch(timed, created)
    assert (ringing["status"], epoch(ringing["start_time"]), ringing["end_time"]) == ("ringing", t0, None)
    advance(timed, 10)
    talking = fetch(timed, created)
    assert (talking["status"], epoch(talking["start_time"]), talking["duration"]) == ("in-progress", t0 + 10, None)
    advance(timed, 20)
    assert fetch(timed, created)["status"] == "in-progress"
    advance(timed, 10)
    done = fetch(timed, created)
    assert (done["status"], epoch(done["end_time"]), done["duration"]) == ("completed", t0 + 40, "30")
    assert (done["price"], done["price_unit"]) == ("-0.01300", "USD")
    assert epoch(done["date_updated"]) == t0 + 40
    listed = timed.get("/Calls.json", Status="completed").json()["calls"]
    assert [c["sid"] for c in listed] == [created["sid"]]


@pytest.mark.parametrize(("to", "status"), [("+15005550010", "busy"), ("+15005550011", "no-answer"),
                                            ("+15005550012", "failed")])
def test_test_numbers_end_busy_no_answer_or_failed(timed: Api, to: str, status: str) -> None:
    created = call(timed, to)
    advance(timed, 10)
    ended = fetch(timed, created)
    t0 = epoch(created["date_created"])
    assert (ended["status"], ended["duration"], ended["price"]) == (status, "0", None)
    assert epoch(ended["start_time"]) == t0  # dialled, never answered
    assert epoch(ended["end_time"]) == (t0 + 10 if status == "no-answer" else t0)


def test_a_call_not_answered_within_its_timeout_is_no_answer(timed: Api) -> None:
    created = call(timed, Timeout="5")
    advance(timed, 5)
    ended = fetch(timed, created)
    assert (ended["status"], epoch(ended["end_time"])) == ("no-answer", epoch(created["date_created"]) + 5)


def test_twiml_pause_and_hangup_set_the_length_reject_refuses(instant: Api) -> None:
    paused = call(instant, Twiml='<Response><Pause length="7"/><Hangup/><Say>never</Say></Response>')
    assert fetch(instant, paused)["status"] == "in-progress"
    advance(instant, 7)
    assert (fetch(instant, paused)["status"], fetch(instant, paused)["duration"]) == ("completed", "7")
    hung = call(instant, Twiml="<Response><Hangup/></Response>")
    assert (fetch(instant, hung)["status"], fetch(instant, hung)["duration"]) == ("completed", "0")
    busy = call(instant, Twiml='<Response><Reject reason="busy"/></Response>')
    rejected = call(instant, Twiml="<Response><Reject/></Response>")
    assert (fetch(instant, busy)["status"], fetch(instant, rejected)["status"]) == ("busy", "no-answer")
    assert fetch(instant, busy)["price"] is None


def test_a_call_lasts_as_long_as_its_twiml_takes_to_perform(instant: Api) -> None:
    """Twilio hangs up when the document runs out: one short <Say> is a one-second call, not a
    conversation of the emulator's call length; words are spoken at a fixed rate, <Play> lasts the
    emulator's clip (digits half a second each), <Pause> its length, each times its loop."""
    short = call(instant, Twiml="<Response><Say>Hello</Say></Response>")
    assert fetch(instant, short)["status"] == "in-progress"
    advance(instant, 1)
    assert (fetch(instant, short)["status"], fetch(instant, short)["duration"]) == ("completed", "1")
    words = " ".join(["word"] * 10)  # 4 s at 2.5 words a second
    longer = call(instant, Twiml=f'<Response><Say loop="2">{words}</Say><Play>https://x.example/a.mp3</Play>'
                                 '<Play digits="1234"/><Pause length="3"/></Response>')
    advance(instant, 8 + 5 + 2 + 3)
    assert fetch(instant, longer)["duration"] == "18"


def test_cancel_acts_on_a_ringing_call_only_and_hangup_on_an_answered_one(timed: Api) -> None:
    ringing = call(timed)
    canceled = timed.post(f"/Calls/{ringing['sid']}.json", {"Status": "canceled"}).json()
    assert (canceled["status"], canceled["duration"], canceled["price"]) == ("canceled", "0", None)
    answered = call(timed)
    advance(timed, 10)
    kept = timed.post(f"/Calls/{answered['sid']}.json", {"Status": "canceled"}).json()
    assert kept["status"] == "in-progress"  # Twilio leaves an answered call alone
    advance(timed, 12)
    hung = timed.post(f"/Calls/{answered['sid']}.json", {"Status": "completed"}).json()
    assert (hung["status"], hung["price"]) == ("completed", "-0.01300")
    talked = epoch(hung["end_time"]) - epoch(hung["start_time"])
    assert hung["duration"] == str(talked) and talked >= 12  # hung up on the clock: 12 s and what the test took
    advance(timed, 60)
    assert fetch(timed, hung)["duration"] == str(talked)  # its timeline ended with the hang-up
    for sid in (ringing["sid"], answered["sid"]):
        assert_error(timed.post(f"/Calls/{sid}.json", {"Status": "completed"}), 400, 21220)
        assert_error(timed.post(f"/Calls/{sid}.json", {"Url": "https://x.example/next"}), 400, 21220)


def test_redirecting_an_answered_call_follows_the_new_twiml_from_then(timed: Api) -> None:
    created = call(timed)
    advance(timed, 15)
    redirected = timed.post(f"/Calls/{created['sid']}.json", {"Twiml": '<Response><Pause length="3"/></Response>'})
    assert redirected.json()["status"] == "in-progress"
    advance(timed, 3)
    done = fetch(timed, created)
    talked = epoch(done["end_time"]) - epoch(done["start_time"])
    # answered at 10, redirected at 15 (and what the test took), then 3 more, not the 30 of the first TwiML
    assert (done["status"], done["duration"]) == ("completed", str(talked)) and 8 <= talked < 30


def test_a_message_is_queued_sending_sent_then_delivered(timed: Api) -> None:
    sent = timed.post("/Messages.json", {"To": "+14155550111", "From": CALLER, "Body": "hi"}).json()
    t0 = epoch(sent["date_created"])
    seen = []
    for _ in range(3):
        record = fetch(timed, sent)
        seen.append((record["status"], record["date_sent"] and epoch(record["date_sent"]), record["price"]))
        advance(timed, 10)
    record = fetch(timed, sent)
    seen.append((record["status"], epoch(record["date_sent"]), record["price"]))
    assert seen == [("queued", None, None), ("sending", None, None), ("sent", t0 + 20, "-0.00790"),
                    ("delivered", t0 + 20, "-0.00790")]
    assert record["error_code"] is None


@pytest.mark.parametrize(("to", "status", "code"), [("+15005550010", "undelivered", 30003),
                                                    ("+15005550011", "undelivered", 30005),
                                                    ("+15005550012", "failed", 30008)])
def test_test_numbers_make_messages_undelivered_or_failed(instant: Api, to: str, status: str, code: int) -> None:
    sent = instant.post("/Messages.json", {"To": to, "From": CALLER, "Body": "hi"}).json()
    record = fetch(instant, sent)
    assert (record["status"], record["error_code"]) == (status, code) and record["error_message"]
    assert record["date_sent"] is not None
    assert (record["price"] is None) == (status == "failed")  # Twilio charges what left it


def test_the_date_header_and_new_records_follow_the_clock(instant: Api) -> None:
    before = epoch(instant.get("/Calls.json").headers["Date"])
    advance(instant, 86_400)
    response = instant.get("/Calls.json")
    assert epoch(response.headers["Date"]) - before in range(86_400, 86_400 + 60)
    created = call(instant)
    assert epoch(created["date_created"]) - before in range(86_400, 86_400 + 60)
    assert_error(instant.post("/_emulator/clock", {"seconds": "-1"}), 400, 20001)


def test_empty_with_calls_and_messages_gives_exactly_that_many() -> None:
    for emulator in running(EmulatorConfig(empty=True, calls=7, messages=5)):
        api = Api(emulator)
        assert len(api.records("/Calls.json", "calls", PageSize=50)) == 7
        assert len(api.records("/Messages.json", "messages", PageSize=50)) == 5
        accounts = api.get("/2010-04-01/Accounts.json").json()["accounts"]
        assert [a["sid"] for a in accounts] == [emulator.account_sid]


@pytest.mark.parametrize(("args", "says"), [
    (["--fault-seed", "3"], "--fault-seed only matters with --fail-rate or --drop-rate"),
    (["--fail-codes", "500"], "--fail-codes only matters with --fail-rate"),
    (["--ring-seconds", "-1"], "is not a number of seconds"),
    (["--delivery-seconds", "nan"], "is not a number of seconds"),
])
def test_serve_refuses_options_it_would_ignore_or_cannot_use(args: list[str], says: str) -> None:
    result = run_cli("emulator", "serve", "--port", "0", *args)
    assert result.exit_code == 2 and says in result.stderr and result.stdout == ""


def test_serve_refuses_seed_options_for_a_database_that_has_state(tmp_path) -> None:
    db = tmp_path / "state.db"
    for _ in running(EmulatorConfig(db=str(db), empty=True)):
        pass
    result = run_cli("emulator", "serve", "--port", "0", "--db", str(db), "--empty", "--calls", "5")
    assert result.exit_code == 2 and "--calls, --empty only seed a new database" in result.stderr


def test_unknown_status_callback_events_are_twilios_21626(timed: Api) -> None:
    refused = timed.post("/Calls.json", {"To": "+14155550111", "From": CALLER, "Twiml": TALK,
                                         "StatusCallback": "https://x.example/s", "StatusCallbackEvent": "ringing hungup"})
    assert_error(refused, 400, 21626)


def test_a_file_backed_emulator_carries_live_calls_across_restarts(tmp_path) -> None:
    config = EmulatorConfig(db=str(tmp_path / "state.db"), empty=True, ring_seconds=30, call_seconds=600)
    for emulator in running(config):
        created = call(Api(emulator))
    for emulator in running(config):
        api = Api(emulator)
        assert fetch(api, created)["status"] == "ringing"
        advance(api, 30)
        assert fetch(api, created)["status"] == "in-progress"
        advance(api, 600)
        assert fetch(api, created)["duration"] == "600"


def test_sip_calls_take_a_user_name_as_from_and_messages_a_short_code(instant: Api) -> None:
    sip = instant.post("/Calls.json", {"To": "sip:alice@example.com", "From": "frontdesk", "Twiml": TALK})
    assert sip.status_code == 201 and sip.json()["from"] == "frontdesk"
    assert_error(instant.post("/Calls.json", {"To": "+14155550111", "From": "frontdesk", "Twiml": TALK}), 400, 21212)
    short = instant.post("/Messages.json", {"To": "+14155550111", "From": "12345", "Body": "hi"})
    assert short.status_code == 201 and fetch(instant, short.json())["from"] == "12345"
    assert_error(instant.post("/Messages.json", {"To": "+14155550111", "From": "1234", "Body": "hi"}), 400, 21212)
