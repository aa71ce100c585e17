"""`sms send --schedule-at` through a Messaging Service, `sms cancel` before it goes, and `sms redact`
of a sent message: end to end against the emulator, whose clock is moved instead of waited for."""

from __future__ import annotations

import json
import time

from tests.conftest import received, run_cli
from tests.emulator_helpers import Api

SERVICE = "MG" + "1" * 32


def later(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + seconds))


def send(*extra: str) -> dict:
    result = run_cli("sms", "send", "--to", "+14155550100", "--body", "see you", *extra, "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_a_scheduled_message_is_sent_at_its_time_or_canceled(use_emulator) -> None:
    api = Api(use_emulator)
    kept = send("--messaging-service-sid", SERVICE, "--schedule-at", later(3600))
    dropped = send("--messaging-service-sid", SERVICE, "--schedule-at", later(7200))
    assert (kept["status"], dropped["status"]) == ("scheduled", "scheduled")
    form = [r["form"] for r in received(use_emulator) if r["method"] == "POST" and r["path"].endswith("/Messages.json")][-1]
    assert form["MessagingServiceSid"] == SERVICE and form["ScheduleType"] == "fixed" and "From" not in form
    canceled = run_cli("sms", "cancel", dropped["sid"], "--yes", "-o", "json")
    assert canceled.exit_code == 0 and json.loads(canceled.stdout)["status"] == "canceled"
    assert api.post("/_emulator/clock", {"seconds": "6000"}).status_code == 200
    assert api.get(f"/Messages/{kept['sid']}.json").json()["status"] != "scheduled"  # it left at its time (and the fixture's slow delivery)
    assert api.get(f"/Messages/{dropped['sid']}.json").json()["status"] == "canceled"


def test_send_refuses_a_schedule_without_a_service_and_two_senders_before_any_request(use_emulator) -> None:
    for args, fix in ((["--from", "+15005550006", "--schedule-at", later(3600)], "--messaging-service-sid"),
                      (["--from", "+15005550006", "--messaging-service-sid", SERVICE], "exactly one of")):
        result = run_cli("sms", "send", "--to", "+14155550100", "--body", "x", *args, "--yes")
        assert result.exit_code == 2 and fix in result.stderr
    assert not [r for r in received(use_emulator) if r["method"] == "POST"]


def test_redact_empties_the_body_and_keeps_the_record(use_emulator) -> None:
    api = Api(use_emulator)
    done = next(m for m in api.records("/Messages.json", "messages") if m["status"] == "delivered" and m["body"])
    refused = run_cli("sms", "redact", done["sid"])  # no terminal: it must be told --yes
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    result = run_cli("sms", "redact", done["sid"], "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    after = api.get(f"/Messages/{done['sid']}.json").json()
    assert (after["body"], after["status"], after["to"]) == ("", done["status"], done["to"])
    assert [r["form"] for r in received(use_emulator) if r["method"] == "POST"] == [{"Body": ""}]
