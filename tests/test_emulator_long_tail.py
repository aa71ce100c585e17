"""Hand-written behaviour of the long tail: key secrets, recording controls, scheduled messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from twiliocli.emulator.config import EmulatorConfig

from tests.emulator_helpers import Api, assert_error, running

MG = "MG" + "1" * 32


@pytest.fixture(scope="module")
def shared_api() -> Iterator[Api]:
    """Calls answer at once and talk for an hour; messages are delivered at once."""
    for emulator in running(EmulatorConfig(ring_seconds=0, call_seconds=3600, delivery_seconds=0)):
        yield Api(emulator)
LIVE = {"To": "+14155550111", "From": "+15005550006", "Twiml": '<Response><Pause length="3000"/></Response>'}


def test_a_keys_secret_shows_only_when_it_is_created(shared_api: Api) -> None:
    made = shared_api.post("/Keys.json", {"FriendlyName": "ci"}).json()
    assert len(made["secret"]) == 32
    assert "secret" not in shared_api.get(f"/Keys/{made['sid']}.json").json()
    assert all("secret" not in k for k in shared_api.get("/Keys.json").json()["keys"])


def test_a_recording_started_paused_and_stopped_is_completed_with_its_running_time(shared_api: Api) -> None:
    api = shared_api
    call = api.post("/Calls.json", LIVE).json()
    ended = api.post("/Calls.json", {**LIVE, "Twiml": "<Response><Hangup/></Response>"}).json()
    assert_error(api.post(f"/Calls/{ended['sid']}/Recordings.json"), 400, 21220)
    started = api.post(f"/Calls/{call['sid']}/Recordings.json").json()
    assert started["status"] == "in-progress"
    assert api.post(f"/Calls/{call['sid']}/Recordings/Twilio.CURRENT.json", {"Status": "paused"}).json()["status"] == "paused"
    api.post("/_emulator/clock", {"seconds": "100"})
    api.post(f"/Calls/{call['sid']}/Recordings/{started['sid']}.json", {"Status": "in-progress"})
    api.post("/_emulator/clock", {"seconds": "20"})
    stopped = api.post(f"/Calls/{call['sid']}/Recordings/{started['sid']}.json", {"Status": "stopped"}).json()
    assert stopped["status"] == "stopped"
    done = api.get(f"/Recordings/{started['sid']}.json").json()
    assert done["status"] == "completed" and 20 <= int(done["duration"]) <= 22
    assert api.get(f"/Recordings/{started['sid']}.wav").content.startswith(b"RIFF")


def test_a_scheduled_message_waits_for_its_time_or_is_canceled(shared_api: Api) -> None:
    api = shared_api
    now = api.get("/_emulator/clock").json()["now"]
    at = datetime.fromtimestamp(now + 3600, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    form = {"To": "+14155550111", "MessagingServiceSid": MG, "Body": "later", "ScheduleType": "fixed", "SendAt": at}
    later, canceled = api.post("/Messages.json", form).json(), api.post("/Messages.json", form).json()
    assert later["status"] == "scheduled" and later["from"] is None
    assert api.post(f"/Messages/{canceled['sid']}.json", {"Status": "canceled"}).json()["status"] == "canceled"
    assert_error(api.post("/Messages.json", {**form, "SendAt": "2001-01-01T00:00:00Z"}), 400, 35114)
    api.post("/_emulator/clock", {"seconds": "3601"})
    assert api.get(f"/Messages/{later['sid']}.json").json()["status"] != "scheduled"
    assert api.get(f"/Messages/{canceled['sid']}.json").json()["status"] == "canceled"


def test_a_call_that_ends_completes_its_recording_in_progress(shared_api: Api) -> None:
    api = shared_api
    call = api.post("/Calls.json", LIVE).json()
    started = api.post(f"/Calls/{call['sid']}/Recordings.json").json()
    api.post("/_emulator/clock", {"seconds": "30"})
    api.post(f"/Calls/{call['sid']}.json", {"Status": "completed"})
    done = api.get(f"/Recordings/{started['sid']}.json").json()
    assert done["status"] == "completed" and 30 <= int(done["duration"]) <= 32 and done["price"]
    assert_error(api.post(f"/Calls/{call['sid']}/Recordings/Twilio.CURRENT.json", {"Status": "stopped"}), 404, 20404)


def test_a_media_stream_connects_to_a_websocket_url_only(shared_api: Api) -> None:
    call = shared_api.post("/Calls.json", LIVE).json()
    streams = f"/Calls/{call['sid']}/Streams.json"
    assert shared_api.post(streams, {"Url": "wss://x.example/stream"}).json()["status"] == "in-progress"
    assert shared_api.post(streams, {"Url": "ws://x.example/stream"}).ok
    for refused in ("https://x.example/stream", "wss:/no-host", "ftp://x.example/stream"):
        assert_error(shared_api.post(streams, {"Url": refused}), 400, 21205)
