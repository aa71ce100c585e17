"""Usage triggers fire: when an account's usage in a trigger's category crosses its value, the
trigger's `callback_url` is sent Twilio's parameters, signed, and `date_fired` is set.

Usage is what `routes.usage` computes from the emulator's own billed records (the account's and
its subaccounts'), by the trigger's `trigger_by` (`count`, `usage` or `price`). An `alltime`
trigger (the default) counts all time and fires once; a `daily`, `monthly` or `yearly` one counts
the current period and fires once in each, so it is ready again when the next period starts. `current_value` follows the usage each time triggers are looked at: whenever
the timeline moves records on, and after incoming traffic.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from twiliocli.api.resources import API_VERSION

from . import spec_kinds
from .dates import rfc2822
from .lifecycle import Lifecycle
from .routes import usage
from .store import Store

TRIGGERS = spec_kinds.family(spec_kinds.ACCOUNT + "/Usage/Triggers").kind
EPOCH = date(1970, 1, 1)


def period_start(recurring: str | None, today: date) -> date:
    """The first day of the period a trigger counts: all time, or today's day, month or year."""
    if recurring == "daily":
        return today
    if recurring == "monthly":
        return today.replace(day=1)
    if recurring == "yearly":
        return today.replace(month=1, day=1)
    return EPOCH


def value(store: Store, trigger: dict, start: date, today: date) -> str:
    """The account's usage the trigger watches, from `start` to `today` (a price to five decimals)."""
    category = usage.BY_NAME.get(trigger["usage_category"])
    if category is None:
        return "0"
    total = usage.totals(store, usage.family(store, trigger["account_sid"]), None, start, today,
                         (category,)).get(("0", category.name), usage.Totals())
    by = trigger["trigger_by"] or "usage"
    if by == "price" or (by == "usage" and not category.source):
        return usage.money(total.price)
    return str(total.count if by == "count" else total.usage)


def check(store: Store, lifecycle: Lifecycle, now: float) -> list[dict]:
    """Bring every trigger's `current_value` up to date and fire those crossed; the ones fired."""
    triggers = store.query(f"SELECT * FROM {TRIGGERS.table}")
    if not triggers:
        return []
    today = datetime.fromtimestamp(now, timezone.utc).date()
    fired = []
    for trigger in triggers:
        start = period_start(trigger["recurring"], today)
        current = value(store, trigger, start, today)
        try:
            threshold = Decimal(trigger["trigger_value"] or "0")
        except ArithmeticError:
            continue
        changes: dict = {}
        if current != trigger["current_value"]:
            changes["current_value"] = current
        ready = trigger["date_fired"] is None or (
            trigger["recurring"] in ("daily", "monthly", "yearly")
            and trigger["date_fired"] < usage.epoch(start))
        if ready and Decimal(current) >= threshold:
            changes["date_fired"] = int(now)
        if changes:
            trigger = store.update(TRIGGERS, trigger, {**changes, "date_updated": int(now)})
        if "date_fired" in changes:
            fired.append(trigger)
            if trigger["callback_url"]:
                lifecycle.post(trigger, {"url": trigger["callback_url"],
                                         "method": (trigger["callback_method"] or "POST").upper()},
                               callback_params(trigger, start))
    return fired


def callback_params(trigger: dict, start: date) -> dict[str, str]:
    """Twilio's usage trigger callback parameters."""
    return {"AccountSid": trigger["account_sid"], "UsageTriggerSid": trigger["sid"],
            "DateFired": rfc2822(trigger["date_fired"]) or "", "Recurring": trigger["recurring"] or "alltime",
            "UsageCategory": trigger["usage_category"], "CurrentValue": trigger["current_value"],
            "TriggerValue": trigger["trigger_value"], "TriggerBy": trigger["trigger_by"] or "usage",
            "UsageRecordUri": trigger["usage_record_uri"] or "", "ApiVersion": API_VERSION,
            "IdempotencyToken": f"{trigger['account_sid']}-FIRES-{trigger['sid']}-{start.isoformat()}"}
