"""The official twilio-python 9 client, pointed at the emulator, reads and changes every resource
of the 2010-04-01 API: the hand-written ones, then (one test per family) the long tail the
emulator derives from the spec.

Its own models parse the emulator's answers (dates, prices, nested objects), its paging follows
the emulator's links, and its RequestValidator (see test_emulator_webhooks) checks signatures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

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


# -- the long tail: every resource the spec has beyond the ones above -----------------------------

PAUSE = '<Response><Pause length="3000"/></Response>'


def raw(client: Client, method: str, path: str) -> dict:
    """The emulator's own JSON for `path` (below the account), as the client's HTTP layer fetched it."""
    url = f"{client.api.base_url}/2010-04-01/Accounts/{client.account_sid}{path}"
    response = client.request(method, url)
    assert response.status_code < 300, response.text
    return json.loads(response.text)


def live_call(client: Client) -> str:
    return client.calls.create(to="+14155550111", from_=CALLER, twiml=PAUSE).sid


def test_keys_and_signing_keys_show_their_secret_only_when_made(client: Client) -> None:
    for made_by, keys, path in ((client.api.v2010.account.new_keys, client.keys, "Keys"),
                                (client.api.v2010.account.new_signing_keys, client.signing_keys, "SigningKeys")):
        made = made_by.create(friendly_name="from twilio-python")
        assert made.sid.startswith("SK") and len(made.secret) == 32
        also = made_by.create(friendly_name="another")
        assert [k.sid for k in keys.stream(page_size=1)] == [k.sid for k in keys.list()]  # the emulator's paging
        assert {made.sid, also.sid} <= {k.sid for k in keys.list()}
        assert keys(made.sid).fetch().friendly_name == "from twilio-python"
        assert "secret" not in raw(client, "GET", f"/{path}/{made.sid}.json")
        assert keys(made.sid).update(friendly_name="renamed").friendly_name == "renamed"
        assert keys(made.sid).delete() is True
        with pytest.raises(TwilioRestException) as gone:
            keys(made.sid).fetch()
        assert (gone.value.status, gone.value.code) == (404, 20404)


def test_usage_triggers_and_tokens(client: Client) -> None:
    trigger = client.usage.triggers.create(callback_url="https://x.example/spend", trigger_value="100",
                                           usage_category="sms", trigger_by="price", recurring="monthly")
    assert (trigger.usage_category, trigger.trigger_by, trigger.recurring) == ("sms", "price", "monthly")
    assert trigger.sid in {t.sid for t in client.usage.triggers.list(recurring="monthly")}
    assert client.usage.triggers(trigger.sid).update(friendly_name="spend").friendly_name == "spend"
    assert client.usage.triggers(trigger.sid).fetch().trigger_value == "100"
    assert client.usage.triggers(trigger.sid).delete() is True
    token = client.tokens.create(ttl=60)
    assert token.ttl == "60" and token.username and token.password
    assert {s["urls"].split(":")[0] for s in token.ice_servers} == {"stun", "turn"}


def test_queues_and_their_members(client: Client) -> None:
    demo = next(q for q in client.queues.list() if q.friendly_name == "Support queue")
    (member,) = client.queues(demo.sid).members.list()
    assert client.queues(demo.sid).members(member.call_sid).fetch().position == 1
    assert client.queues(demo.sid).members("Front").fetch().call_sid == member.call_sid
    dequeued = client.queues(demo.sid).members("Front").update(url="https://x.example/agent", method="POST")
    assert dequeued.call_sid == member.call_sid
    assert client.queues(demo.sid).members.list() == [] and client.queues(demo.sid).fetch().current_size == 0
    made = client.queues.create(friendly_name="from twilio-python", max_size=10)
    assert (made.max_size, made.current_size) == (10, 0)
    assert client.queues(made.sid).update(max_size=20).max_size == 20
    assert client.queues(made.sid).fetch().friendly_name == "from twilio-python"
    assert client.queues(made.sid).members.list() == []
    assert client.queues(made.sid).delete() is True


def test_sip_domains_lists_credentials_addresses_and_mappings(client: Client) -> None:
    sip = client.sip
    domain = sip.domains.create(domain_name="py.sip.twilio.com", friendly_name="py")
    assert sip.domains(domain.sid).update(voice_url="https://x.example/sip").voice_url == "https://x.example/sip"
    assert domain.sid in {d.sid for d in sip.domains.list()}
    credentials = sip.credential_lists.create(friendly_name="phones")
    credentials = sip.credential_lists(credentials.sid).update(friendly_name="desk phones")
    assert credentials.friendly_name == "desk phones"
    credential = sip.credential_lists(credentials.sid).credentials.create(username="alice", password="Secret12345678")
    assert sip.credential_lists(credentials.sid).credentials(credential.sid).fetch().username == "alice"
    sip.credential_lists(credentials.sid).credentials(credential.sid).update(password="Other12345678")
    acl = sip.ip_access_control_lists.create(friendly_name="office")
    address = sip.ip_access_control_lists(acl.sid).ip_addresses.create(friendly_name="router", ip_address="203.0.113.7")
    assert sip.ip_access_control_lists(acl.sid).ip_addresses(address.sid).fetch().ip_address == "203.0.113.7"
    assert [a.sid for a in sip.ip_access_control_lists(acl.sid).ip_addresses.list()] == [address.sid]
    on = sip.domains(domain.sid)
    mappings = ((on.credential_list_mappings, credentials), (on.ip_access_control_list_mappings, acl),
                (on.auth.calls.credential_list_mappings, credentials),
                (on.auth.calls.ip_access_control_list_mappings, acl),
                (on.auth.registrations.credential_list_mappings, credentials))
    for mapping, listed in mappings:
        key = "credential_list_sid" if listed is credentials else "ip_access_control_list_sid"
        made = mapping.create(**{key: listed.sid})
        assert (made.sid, made.friendly_name) == (listed.sid, listed.friendly_name)
        assert [m.sid for m in mapping.list()] == [listed.sid]
        assert mapping(listed.sid).fetch().sid == listed.sid
        assert mapping(listed.sid).delete() is True
    with pytest.raises(TwilioRestException) as unknown:
        on.credential_list_mappings.create(credential_list_sid="CL" + "0" * 32)
    assert unknown.value.status == 400
    for deleted in (sip.credential_lists(credentials.sid).credentials(credential.sid),
                    sip.ip_access_control_lists(acl.sid).ip_addresses(address.sid),
                    sip.credential_lists(credentials.sid), sip.ip_access_control_lists(acl.sid), on):
        assert deleted.delete() is True


def test_addresses_short_codes_and_connect_apps(client: Client) -> None:
    demo = next(a for a in client.addresses.list() if a.friendly_name == "Head office")
    (dependent,) = client.addresses(demo.sid).dependent_phone_numbers.list()
    assert dependent.phone_number == "+18005550199"
    made = client.addresses.create(customer_name="Py", street="2 Main St", city="Oakland", region="CA",
                                   postal_code="94607", iso_country="US")
    assert client.addresses(made.sid).update(friendly_name="branch").friendly_name == "branch"
    assert client.addresses(made.sid).dependent_phone_numbers.list() == []
    assert client.addresses(made.sid).delete() is True
    (short_code,) = client.short_codes.list()
    assert client.short_codes(short_code.sid).fetch().short_code == "40404"
    assert client.short_codes(short_code.sid).update(sms_url="https://x.example/sms").sms_url == "https://x.example/sms"
    (app,) = client.connect_apps.list()
    assert client.connect_apps(app.sid).update(friendly_name="CRM").friendly_name == "CRM"
    assert client.connect_apps(app.sid).fetch().permissions == ["get-all"]
    (authorized,) = client.authorized_connect_apps.list()
    assert client.authorized_connect_apps(authorized.connect_app_sid).fetch().connect_app_company_name == "Demo CRM Inc."


def test_recording_a_live_call_and_its_conference(client: Client) -> None:
    sid = live_call(client)
    started = client.calls(sid).recordings.create()
    assert started.status == "in-progress"
    current = client.calls(sid).recordings("Twilio.CURRENT")
    assert current.update(status="paused").status == "paused"
    assert current.update(status="in-progress").status == "in-progress"
    assert current.update(status="stopped").status == "stopped"
    assert client.calls(sid).recordings(started.sid).fetch().status == "completed"
    again = client.calls(sid).recordings.create()
    client.calls(sid).update(status="completed")  # the call's end completes its recording
    assert client.recordings(again.sid).fetch().status == "completed"
    done = next(c for c in client.conferences.list() if client.conferences(c.sid).recordings.list())
    (recording,) = client.conferences(done.sid).recordings.list()
    assert client.conferences(done.sid).recordings(recording.sid).fetch().status == "completed"
    with pytest.raises(TwilioRestException) as finished:
        client.conferences(done.sid).recordings(recording.sid).update(status="paused")
    assert finished.value.code == 21220


def test_a_live_calls_notifications_payments_siprec_streams_transcriptions_and_messages(client: Client) -> None:
    noted = next(n for n in client.notifications.list() if n.call_sid)
    assert [n.sid for n in client.calls(noted.call_sid).notifications.list()] == [noted.sid]
    assert client.calls(noted.call_sid).notifications(noted.sid).fetch().error_code == noted.error_code
    call = client.calls(live_call(client))
    payment = call.payments.create(idempotency_key="pay-1", status_callback="https://x.example/pay")
    assert payment.sid.startswith("PK")
    assert call.payments(payment.sid).update(idempotency_key="pay-2", status_callback="https://x.example/pay",
                                             status="complete").sid == payment.sid
    siprec = call.siprec.create(name="rec", connector_name="connector")
    assert call.siprec(siprec.sid).update(status="stopped").status == "stopped"
    stream = call.streams.create(url="wss://x.example/stream", name="audio")
    assert call.streams(stream.sid).update(status="stopped").status == "stopped"
    with pytest.raises(TwilioRestException) as web:
        call.streams.create(url="https://x.example/stream")
    assert web.value.code == 21205
    transcription = call.transcriptions.create(name="live")
    assert call.transcriptions(transcription.sid).update(status="stopped").status == "stopped"
    subscription = call.user_defined_message_subscriptions.create(callback="https://x.example/udm")
    assert subscription.sid.startswith("ZY")
    message = call.user_defined_messages.create(content=json.dumps({"hello": "world"}))
    assert message.sid.startswith("KX")
    assert call.user_defined_message_subscriptions(subscription.sid).delete() is True


def test_message_feedback_redaction_and_cancellation(client: Client) -> None:
    sent = client.messages.create(to="+14155550111", from_=CALLER, body="secret code 1234")
    assert client.messages(sent.sid).feedback.create(outcome="confirmed").outcome == "confirmed"
    redacted = client.messages(sent.sid).update(body="")
    assert redacted.body == "" and client.messages(sent.sid).fetch().body == ""
    later = datetime.now(timezone.utc) + timedelta(hours=2)
    scheduled = client.messages.create(to="+14155550111", messaging_service_sid="MG" + "1" * 32, body="later",
                                       send_at=later, schedule_type="fixed")
    assert scheduled.status == "scheduled"
    assert client.messages(scheduled.sid).update(status="canceled").status == "canceled"


NUMBER_TYPES = ("local", "mobile", "toll_free", "national", "shared_cost", "voip", "machine_to_machine")


def test_available_numbers_of_every_type_and_buying_by_type(client: Client) -> None:
    countries = client.available_phone_numbers.list()
    assert {"US", "GB"} <= {c.country_code for c in countries}
    us = client.available_phone_numbers("US").fetch()
    assert us.country == "United States" and "local" in us.subresource_uris
    for number_type in NUMBER_TYPES:  # the emulator's inventory has every GB type but machine-to-machine
        found = getattr(client.available_phone_numbers("GB"), number_type).list(limit=2)
        assert all(n.iso_country == "GB" for n in found)
        assert len(found) == (0 if number_type == "machine_to_machine" else 2), number_type
    for number_type in ("local", "mobile", "toll_free"):
        listing = getattr(client.incoming_phone_numbers, number_type)
        assert all(n.sid.startswith("PN") for n in listing.list())
    (local,) = client.available_phone_numbers("US").local.list(limit=1)
    bought = client.incoming_phone_numbers.local.create(phone_number=local.phone_number)
    assert bought.phone_number == local.phone_number
    assert bought.sid in {n.sid for n in client.incoming_phone_numbers.local.list()}
    for country, number_type in (("US", "toll_free"), ("GB", "mobile")):
        (available,) = getattr(client.available_phone_numbers(country), number_type).list(limit=1)
        made = getattr(client.incoming_phone_numbers, number_type).create(phone_number=available.phone_number)
        assert made.sid in {n.sid for n in getattr(client.incoming_phone_numbers, number_type).list()}


def test_assigned_add_ons_and_recording_add_on_results_and_transcriptions(client: Client) -> None:
    number = next(n for n in client.incoming_phone_numbers.list() if n.phone_number == "+18005550199")
    add_ons = client.incoming_phone_numbers(number.sid).assigned_add_ons
    (demo,) = add_ons.list()
    assert add_ons(demo.sid).fetch().unique_name == "caller-lookup"
    (extension,) = add_ons(demo.sid).extensions.list()
    assert add_ons(demo.sid).extensions(extension.sid).fetch().product_name == "Programmable Voice"
    made = add_ons.create(installed_add_on_sid="XE" + "1" * 32)
    assert made.sid in {a.sid for a in add_ons.list()} and add_ons(made.sid).delete() is True
    recording = next(r for r in client.recordings.list() if client.recordings(r.sid).add_on_results.list())
    (result,) = client.recordings(recording.sid).add_on_results.list()
    assert client.recordings(recording.sid).add_on_results(result.sid).fetch().status == "completed"
    payloads = client.recordings(recording.sid).add_on_results(result.sid).payloads
    (payload,) = payloads.list()
    assert payloads(payload.sid).fetch().label == "transcript"
    assert payloads(payload.sid).delete() is True
    transcribed = next(t for t in client.transcriptions.list() if t.recording_sid)
    listed = client.recordings(transcribed.recording_sid).transcriptions.list()
    assert transcribed.sid in {t.sid for t in listed}
    assert client.recordings(transcribed.recording_sid).transcriptions(transcribed.sid).fetch().status == "completed"
