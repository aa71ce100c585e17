"""The official twilio-python 9 client, pointed at the emulator, reads and changes every seed resource.

Its own models parse the emulator's answers (dates, prices, nested objects), its paging follows
the emulator's links, and its RequestValidator (see test_emulator_webhooks) checks signatures.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone

import pytest
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from tests.emulator_helpers import running
from twiliocli.emulator.config import EmulatorConfig

CALLER = "+15005550006"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    for emulator in running(EmulatorConfig(ring_seconds=0, call_seconds=0, delivery_seconds=0)):
        twilio = Client(emulator.account_sid, emulator.auth_token)
        twilio.api.base_url = emulator.url  # instead of https://api.twilio.com
        yield twilio


def test_accounts_applications_numbers_and_caller_ids(client: Client) -> None:
    accounts = client.api.v2010.accounts.list()
    assert {a.sid for a in accounts} >= {client.account_sid} and len(accounts) == 2
    assert client.api.v2010.accounts(client.account_sid).fetch().status == "active"
    apps = client.applications.list()
    assert {a.friendly_name for a in apps} == {"Demo IVR", "SMS autoresponder"}
    made = client.applications.create(friendly_name="from twilio-python", voice_url="https://x.example/v")
    assert client.applications(made.sid).update(friendly_name="renamed").friendly_name == "renamed"
    client.applications(made.sid).delete()
    numbers = client.incoming_phone_numbers.list()
    assert CALLER in {n.phone_number for n in numbers}
    assert client.incoming_phone_numbers(numbers[0].sid).fetch().capabilities["voice"] is True
    local = client.available_phone_numbers("US").local.list(area_code=415, limit=3)
    assert len(local) == 3 and all(n.phone_number.startswith("+1415") for n in local)
    assert client.available_phone_numbers("GB").mobile.list(limit=2)
    assert client.available_phone_numbers("US").toll_free.list(limit=2)
    caller_ids = client.outgoing_caller_ids.list()
    assert [c.friendly_name for c in caller_ids] == ["Front desk"]


def test_calls_from_creation_to_completion_with_their_children(client: Client) -> None:
    created = client.calls.create(to="+14155550111", from_=CALLER, twiml="<Response><Hangup/></Response>")
    assert created.status == "queued"
    done = client.calls(created.sid).fetch()
    assert (done.status, done.duration, done.price) == ("completed", "0", "-0.01300")
    assert isinstance(done.end_time, datetime)
    busy = client.calls.create(to="+15005550010", from_=CALLER, twiml="<Response><Say>x</Say></Response>")
    assert client.calls(busy.sid).fetch().status == "busy"
    with pytest.raises(TwilioRestException) as refused:
        client.calls(busy.sid).update(status="completed")
    assert refused.value.code == 21220
    completed = client.calls.list(status="completed", limit=200)
    assert created.sid in {c.sid for c in completed}
    recorded = next(c for c in completed if c.sid != created.sid and client.calls(c.sid).recordings.list())
    (recording,) = client.calls(recorded.sid).recordings.list()
    assert client.recordings(recording.sid).fetch().call_sid == recorded.sid
    assert client.recordings.list(limit=5) and client.transcriptions.list(limit=5)
    noted = client.notifications.list(limit=5)
    assert noted and client.notifications(noted[0].sid).fetch().error_code == noted[0].error_code


def test_paging_with_the_clients_own_iterator(client: Client) -> None:
    every = list(client.calls.stream(page_size=3))
    assert len(every) == len({c.sid for c in every}) >= 14


def test_start_time_and_date_sent_dates_mean_that_day(client: Client) -> None:
    call = client.calls.create(to="+14155550111", from_=CALLER, twiml="<Response><Hangup/></Response>")
    started = client.calls(call.sid).fetch().start_time
    today = started.astimezone(timezone.utc).date()
    on_day = client.calls.list(start_time=today)  # sent as StartTime=YYYY-MM-DDT00:00:00Z
    assert call.sid in {c.sid for c in on_day}
    assert all(c.start_time.astimezone(timezone.utc).date() == today for c in on_day)
    assert call.sid in {c.sid for c in client.calls.list(start_time_before=today)}  # on or before
    assert call.sid not in {c.sid for c in client.calls.list(start_time=date(2001, 1, 1))}
    message = client.messages.create(to="+14155550111", from_=CALLER, body="hi")
    sent = client.messages(message.sid).fetch()
    assert (sent.status, sent.error_code) == ("delivered", None)
    day = sent.date_sent.astimezone(timezone.utc).date()
    assert message.sid in {m.sid for m in client.messages.list(date_sent=day)}


def test_messages_media_and_sub_resources(client: Client) -> None:
    messages = client.messages.list(limit=20)
    assert len(messages) >= 16  # the demo set (and what other tests here sent)
    failed = client.messages.create(to="+15005550012", from_=CALLER, body="x")
    assert (client.messages(failed.sid).fetch().status, client.messages(failed.sid).fetch().error_code) == (
        "failed", 30008)
    with_media = client.messages.create(to="+14155550111", from_=CALLER, media_url=["https://x.example/a.png"])
    (media,) = client.messages(with_media.sid).media.list()
    assert media.content_type == "image/png"
    assert client.calls(client.calls.list(limit=1)[0].sid).events.list() is not None
    assert client.usage.records.list(limit=5)
    assert client.api.v2010.account.balance.fetch().currency == "USD"


def test_conferences_and_participants_by_call_sid_or_label(client: Client) -> None:
    live = client.conferences.list(status="in-progress")[0]
    participants = client.conferences(live.sid).participants.list()
    assert len(participants) == 2
    by_label = client.conferences(live.sid).participants("caller 1").fetch()
    assert by_label.call_sid == next(p.call_sid for p in participants if p.label == "caller 1")
    assert client.conferences(live.sid).participants("caller 1").update(muted=True).muted is True
    assert client.conferences(live.sid).participants(by_label.call_sid).fetch().muted is True
    with pytest.raises(TwilioRestException) as missing:
        client.conferences(live.sid).participants("nobody").fetch()
    assert missing.value.status == 404
    assert client.conferences(live.sid).update(status="completed").status == "completed"
