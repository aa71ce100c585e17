"""Usage triggers fire when the account's usage, computed from the emulator's own records,
crosses their value: the callback is signed with Twilio's parameters, `date_fired` is set, a
one-off trigger fires once and a recurring one again in the next period (the clock moves)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from twilio.request_validator import RequestValidator

from tests.emulator_helpers import Api, running
from tests.webhook_receiver import app, Receiver  # noqa: F401 (app: a fixture)
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator

DAY = 86_400


@pytest.fixture
def server() -> Iterator[RunningEmulator]:
    for emulator in running(EmulatorConfig(empty=True, ring_seconds=0, call_seconds=0, delivery_seconds=0)):
        yield emulator


def send(api: Api, n: int) -> None:
    for _ in range(n):
        sent = api.post("/Messages.json", {"To": "+14155550100", "From": "+15005550006", "Body": "hi"})
        assert sent.status_code == 201, sent.text
    api.post("/_emulator/clock", {"seconds": "1"})  # sent now: priced, counted


def trigger(api: Api, app: Receiver, **given: str) -> dict:
    made = api.post("/Usage/Triggers.json", {"CallbackUrl": app.url("/fired"), "UsageCategory": "sms",
                                             "TriggerValue": "3", **given})
    assert made.status_code == 201, made.text
    return made.json()


def test_a_trigger_fires_once_signed_when_usage_crosses_its_value(server, app) -> None:
    api = Api(server)
    once = trigger(api, app)
    send(api, 2)
    assert api.get(f"/Usage/Triggers/{once['sid']}.json").json()["date_fired"] is None
    assert app.got("/fired") == []
    send(api, 1)
    (fired,) = app.wait(lambda got: len(got) == 1, "/fired")
    assert RequestValidator(server.auth_token).validate(fired.url, fired.form, fired.signature or "")
    form = fired.form
    assert (form["AccountSid"], form["UsageTriggerSid"], form["UsageCategory"], form["CurrentValue"],
            form["TriggerValue"], form["TriggerBy"], form["Recurring"]) == (
        server.account_sid, once["sid"], "sms", "3", "3", "usage", "alltime")
    assert form["DateFired"] and form["IdempotencyToken"].startswith(f"{server.account_sid}-FIRES-{once['sid']}")
    shown = api.get(f"/Usage/Triggers/{once['sid']}.json").json()
    assert shown["date_fired"] is not None and shown["current_value"] == "3"
    send(api, 3)
    assert len(app.wait(lambda got: len(got) > 1, "/fired", timeout=0.5)) == 1  # never again


def test_a_recurring_trigger_fires_again_in_the_next_period_and_counts_by_price(server, app) -> None:
    api = Api(server)
    daily = trigger(api, app, Recurring="daily", TriggerBy="count", TriggerValue="2")
    spend = trigger(api, app, UsageCategory="totalprice", TriggerBy="price", TriggerValue="0.01")
    send(api, 2)
    got = app.wait(lambda got: len(got) == 2, "/fired")
    assert {r.form["UsageTriggerSid"] for r in got} == {daily["sid"], spend["sid"]}
    assert next(r for r in got if r.form["UsageTriggerSid"] == spend["sid"]).form["CurrentValue"] == "0.01580"
    api.post("/_emulator/clock", {"seconds": str(DAY)})
    send(api, 1)
    assert api.get(f"/Usage/Triggers/{daily['sid']}.json").json()["current_value"] == "1"  # a new day
    send(api, 1)
    again = app.wait(lambda got: len(got) == 3, "/fired")
    assert again[-1].form["UsageTriggerSid"] == daily["sid"] and again[-1].form["Recurring"] == "daily"
    first = next(r for r in got if r.form["UsageTriggerSid"] == daily["sid"])
    assert again[-1].form["IdempotencyToken"] != first.form["IdempotencyToken"]
