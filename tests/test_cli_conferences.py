"""conferences and participants end to end against the emulator's demo data."""

from __future__ import annotations

import json

import pytest

from tests.conftest import clear_received, received, run_cli

TO, FROM = "+14155550111", "+15005550006"


def conferences(*args: str) -> list[dict]:
    result = run_cli("conferences", "list", *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def live(use_emulator) -> str:
    """The demo conference in progress (two participants, the second muted)."""
    return conferences("--status", "in-progress")[0]["sid"]


def participants(conference: str, *args: str) -> list[dict]:
    result = run_cli("participants", "list", conference, *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_conference_list_filters_get(use_emulator):
    everything = conferences()
    assert {c["friendly_name"] for c in everything} == {"Weekly standup", "Support bridge"}
    clear_received(use_emulator)
    done = conferences("--status", "completed", "--friendly-name", "Weekly standup", "--created-after", "2000-01-01",
                       "--created-before", "2999-12-31", "--updated-after", "30d", "--updated-before", "2999-01-01")
    assert [c["friendly_name"] for c in done] == ["Weekly standup"]
    assert received(use_emulator)[0]["query"] == {
        "Status": "completed", "FriendlyName": "Weekly standup", "DateCreated>": "2000-01-01",
        "DateCreated<": "2999-12-31", "DateUpdated>": received(use_emulator)[0]["query"]["DateUpdated>"],
        "DateUpdated<": "2999-01-01", "PageSize": "50",
    }
    assert len(received(use_emulator)[0]["query"]["DateUpdated>"]) == 10  # a day, as the spec's `date` wants
    assert conferences("--created-on", "2000-01-01") == []
    assert run_cli("conferences", "list", "--count").stdout.strip() == "2"
    got = json.loads(run_cli("conferences", "get", done[0]["sid"], "-o", "json").stdout)
    assert got["status"] == "completed"
    for bad in (("--created-after", "last tuesday"), ("--status", "running")):
        assert run_cli("conferences", "list", *bad).exit_code == 2


def test_end_conference_asks_and_sends_completed(live, use_emulator):
    clear_received(use_emulator)
    refused = run_cli("conferences", "end", live)
    assert refused.exit_code == 2 and "--yes" in refused.stderr and received(use_emulator) == []
    ended = run_cli("conferences", "end", live, "--yes", "-o", "json")
    assert ended.exit_code == 0, ended.stderr
    assert json.loads(ended.stdout)["status"] == "completed"
    assert received(use_emulator)[0]["form"] == {"Status": "completed"}
    assert run_cli("conferences", "end", "CA" + "0" * 32, "--yes").exit_code == 2


def test_participants_list_filters_and_get(live, use_emulator):
    both = participants(live)
    assert len(both) == 2
    clear_received(use_emulator)
    muted = participants(live, "--muted")
    assert [p["muted"] for p in muted] == [True]
    assert received(use_emulator)[0]["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/Conferences/{live}/Participants.json"
    assert received(use_emulator)[0]["query"]["Muted"] == "true"
    assert [p["muted"] for p in participants(live, "--unmuted")] == [False]
    assert len(participants(live, "--no-hold")) == 2 and participants(live, "--hold") == []
    assert run_cli("participants", "list", live, "--count").stdout.strip() == "2"
    call = muted[0]["call_sid"]
    got = json.loads(run_cli("participants", "get", live, call, "-o", "json").stdout)
    assert got["call_sid"] == call and got["conference_sid"] == live
    assert run_cli("participants", "list", "CA" + "0" * 32).exit_code == 2
    assert run_cli("participants", "get", live, "CF" + "0" * 32).exit_code == 2


def test_mute_unmute_kick(live, use_emulator):
    call = participants(live, "--unmuted")[0]["call_sid"]
    clear_received(use_emulator)
    muted = run_cli("participants", "mute", live, call, "-o", "json")
    assert muted.exit_code == 0 and json.loads(muted.stdout)["muted"] is True
    assert received(use_emulator)[0]["form"] == {"Muted": "true"}
    assert json.loads(run_cli("participants", "unmute", live, call, "-o", "json").stdout)["muted"] is False
    assert run_cli("participants", "kick", live, call).exit_code == 2
    kicked = run_cli("participants", "kick", live, call, "--yes")
    assert kicked.exit_code == 0 and f"Kicked {call}" in kicked.stderr
    assert received(use_emulator)[-1]["method"] == "DELETE"
    assert run_cli("participants", "get", live, call).exit_code == 4


def test_add_participant(live, use_emulator):
    clear_received(use_emulator)
    refused = run_cli("participants", "add", live, "--from", FROM, "--to", TO)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert run_cli("participants", "add", live, "--to", TO, "--yes").exit_code == 2
    assert run_cli("participants", "add", live, "--from", FROM, "--to", "555", "--yes").exit_code == 2
    assert run_cli("participants", "add", live, "--from", FROM, "--to", TO, "--status-callback", "nope", "--yes").exit_code == 2
    assert received(use_emulator) == []
    added = run_cli("participants", "add", live, "--from", FROM, "--to", TO, "--muted", "--no-start-conference-on-enter",
                    "--end-conference-on-exit", "--status-callback", "https://example.com/p", "--label", "guest", "--yes", "-o", "json")
    assert added.exit_code == 0, added.stderr
    record = json.loads(added.stdout)
    assert record["call_sid"].startswith("CA") and record["muted"] is True and record["end_conference_on_exit"] is True
    assert received(use_emulator)[0]["form"] == {
        "From": FROM, "To": TO, "Muted": "true", "StartConferenceOnEnter": "false", "EndConferenceOnExit": "true",
        "StatusCallback": "https://example.com/p", "Label": "guest",
    }
    assert len(participants(live)) == 3
    bad = run_cli("participants", "add", live, "--from", FROM, "--to", "+15005550001", "--yes")
    assert bad.exit_code == 1 and "Twilio error" in bad.stderr and "https://www.twilio.com/docs/errors/" in bad.stderr


def test_a_participant_is_addressed_by_its_label_too(live, use_emulator):
    """The spec's path parameter is "the Call SID or label of the participant"."""
    added = run_cli("participants", "add", live, "--from", FROM, "--to", TO, "--label", "front desk", "--yes", "-o", "json")
    assert added.exit_code == 0, added.stderr
    call = json.loads(added.stdout)["call_sid"]
    got = run_cli("participants", "get", live, "front desk", "-o", "json")
    assert got.exit_code == 0, got.stderr
    assert json.loads(got.stdout)["call_sid"] == call
    clear_received(use_emulator)
    muted = run_cli("participants", "mute", live, "front desk", "-o", "json")
    assert muted.exit_code == 0 and json.loads(muted.stdout)["muted"] is True
    assert received(use_emulator)[0]["path"].endswith("/Participants/front desk.json")  # sent encoded, as the spec asks


@pytest.mark.parametrize("call, needle", [("CA12", "is not a CA SID"), ("ca" + "0" * 31, "is not a CA SID"), ("CF" + "0" * 32, "is not a CA SID"), ("", "nor a label")])
def test_a_cut_short_sid_is_not_taken_for_a_label(live, use_emulator, call, needle):
    clear_received(use_emulator)
    result = run_cli("participants", "get", live, call)
    assert result.exit_code == 2 and needle in result.stderr, result.stderr
    assert received(use_emulator) == []
