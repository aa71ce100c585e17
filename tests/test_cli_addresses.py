"""Every SID and address Twilio uses: MM… messages, client: and sip: call parties, channel and
short-code senders — accepted where Twilio accepts them, refused (exit 2, no request) where not."""

from __future__ import annotations

import json

import pytest

from tests.conftest import clear_received, login_env, received, run_cli

FROM = "+15005550006"
URL = "https://example.com/twiml"


@pytest.fixture
def fresh(empty_emulator, monkeypatch):
    login_env(monkeypatch, empty_emulator)
    return empty_emulator


def last_form(server) -> dict:
    return [r for r in received(server) if r["method"] == "POST"][-1]["form"]


def test_an_mms_is_fetched_and_deleted_by_its_mm_sid(fresh):
    sent = run_cli("sms", "send", "--to", "+14155550100", "--from", FROM, "--media-url", "https://example.com/cat.jpg", "--yes", "-o", "json")
    assert sent.exit_code == 0, sent.stderr
    sid = json.loads(sent.stdout)["sid"]
    assert sid.startswith("MM")
    got = run_cli("sms", "get", sid, "-o", "json")
    assert got.exit_code == 0, got.stderr
    assert json.loads(got.stdout)["sid"] == sid
    lower = run_cli("sms", "get", "mm" + sid[2:], "-o", "json")  # the prefix's case is forgiven, as before
    assert lower.exit_code == 0 and json.loads(lower.stdout)["sid"] == sid


@pytest.mark.parametrize("to", ["client:alice", "sip:bob@example.com", "sip:bob@example.com;transport=tls"])
def test_calls_reach_clients_and_sip_addresses(fresh, to):
    clear_received(fresh)
    result = run_cli("calls", "create", "--to", to, "--from", FROM, "--url", URL, "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert last_form(fresh)["To"] == to
    assert json.loads(result.stdout)["to"] == to


def test_a_client_may_place_a_call_to_a_client(fresh):
    clear_received(fresh)
    result = run_cli("calls", "create", "--to", "client:alice", "--from", "client:bob", "--url", URL, "--yes")
    assert result.exit_code == 0, result.stderr
    assert last_form(fresh)["From"] == "client:bob"


def test_a_sip_user_name_is_sent_as_from_only_to_a_sip_address(fresh):
    clear_received(fresh)
    run_cli("calls", "create", "--to", "sip:bob@example.com", "--from", "alice", "--url", URL, "--yes")
    assert last_form(fresh)["From"] == "alice"  # what Twilio does with it is the API's to say


@pytest.mark.parametrize(
    "to, caller, needle",
    [
        ("+14155550100", "client:bob", "must be a phone number"),  # the spec: a number calls from a number
        ("client:alice", "alice", "only a call to a sip: address"),
        ("sip:bob", FROM, "sip:USER@HOST"),
        ("client:", FROM, "client:NAME"),
        ("4155550100", FROM, "E.164"),
        ("+14155550100", "sip:alice@example.com", "is not a caller"),
    ],
)
def test_impossible_call_parties_are_refused_before_any_request(fresh, to, caller, needle):
    clear_received(fresh)
    result = run_cli("calls", "create", "--to", to, "--from", caller, "--url", URL, "--yes")
    assert result.exit_code == 2 and needle in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert received(fresh) == []


def test_call_filters_take_addresses(fresh):
    clear_received(fresh)
    result = run_cli("calls", "list", "--to", "client:alice", "--from", "sip:bob@example.com")
    assert result.exit_code == 0, result.stderr
    query = received(fresh)[0]["query"]
    assert (query["To"], query["From"]) == ("client:alice", "sip:bob@example.com")


def test_participants_join_from_a_client(use_emulator):
    rooms = json.loads(run_cli("conferences", "list", "--status", "in-progress", "-o", "json").stdout)
    clear_received(use_emulator)
    result = run_cli("participants", "add", rooms[0]["sid"], "--to", "client:alice", "--from", "client:bob", "--yes")
    assert result.exit_code == 0, result.stderr
    assert (last_form(use_emulator)["To"], last_form(use_emulator)["From"]) == ("client:alice", "client:bob")


def test_participants_refuse_a_client_calling_a_number(fresh):
    clear_received(fresh)
    result = run_cli("participants", "add", "CF" + "0" * 32, "--to", "+14155550100", "--from", "client:bob", "--yes")
    assert result.exit_code == 2 and "must be a phone number" in result.stderr
    assert received(fresh) == []


@pytest.mark.parametrize(
    "to, sender",
    [("whatsapp:+14155550100", "whatsapp:+15005550006"), ("+14155550100", "ACME"), ("+14155550100", "12345")],
)
def test_messages_take_channel_addresses_short_codes_and_sender_ids(fresh, to, sender):
    clear_received(fresh)
    result = run_cli("sms", "send", "--to", to, "--from", sender, "--body", "hi", "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert (last_form(fresh)["To"], last_form(fresh)["From"]) == (to, sender)
    sent = json.loads(result.stdout)
    assert (sent["to"], sent["from"]) == (to, sender)


def test_a_whatsapp_sender_must_be_one_of_the_accounts_numbers(fresh):
    """As Twilio has it: the From of a message is a sender that belongs to the account, channel or not."""
    result = run_cli("sms", "send", "--to", "whatsapp:+14155550100", "--from", "whatsapp:+14155550199", "--body", "hi",
                     "--yes")
    assert result.exit_code == 1 and "Twilio error 21606" in result.stderr
    result = run_cli("sms", "send", "--to", "whatsapp:+14155550100", "--from", "whatsapp:bob", "--body", "hi", "--yes")
    assert result.exit_code == 1 and "Twilio error 21212" in result.stderr


@pytest.mark.parametrize("sender", ["4155550100", "ACME Corporation", "12", "what sapp:+1"])
def test_impossible_senders_are_refused(fresh, sender):
    clear_received(fresh)
    result = run_cli("sms", "send", "--to", "+14155550100", "--from", sender, "--body", "hi", "--yes")
    assert result.exit_code == 2 and "is not a sender" in result.stderr
    assert received(fresh) == []


def test_message_filters_take_addresses(fresh):
    clear_received(fresh)
    assert run_cli("sms", "list", "--to", "whatsapp:+14155550100", "--from", "ACME").exit_code == 0
    query = received(fresh)[0]["query"]
    assert (query["To"], query["From"]) == ("whatsapp:+14155550100", "ACME")
