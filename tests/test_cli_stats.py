"""`calls stats` / `sms stats`: sums checked against the records the lists show, the same with
--parallel, filters, and the chart a person sees on a terminal."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime

import pytest

from twiliocli.api.resources import CALLS, MESSAGES

from tests.conftest import run_cli
from tests.terminal import run_on_terminal


def json_out(*args: str):
    result = run_cli(*args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def expected(resource, by: str, records: list[dict]) -> dict[str, dict]:
    """The rows, recomputed here from the list's records."""
    spec = resource.tally
    out: dict[str, dict] = defaultdict(lambda: {"count": 0, "failed": 0, "amount": 0, "price": Decimal(0)})
    for r in records:
        when = r[resource.date_field]
        if when is None:
            continue  # not yet happened: in no window
        moment = parsedate_to_datetime(when).astimezone(timezone.utc)
        key = {"day": moment.strftime("%Y-%m-%d"), "hour": moment.strftime("%H"),
               "error-code": "" if r.get("error_code") is None else str(r["error_code"])}.get(by, r.get(by))
        row = out[key or ""]
        row["count"] += 1
        row["failed"] += r["status"] in spec.failed
        row["amount"] += int(r[spec.amount] or 0)
        row["price"] += abs(Decimal(r["price"])) if r["price"] else 0
    return dict(out)


@pytest.mark.parametrize(("resource", "group"), [(CALLS, "calls"), (MESSAGES, "sms")], ids=["calls", "sms"])
def test_every_grouping_adds_up_to_the_records(use_emulator, resource, group):
    records = json_out(group, "list", "--all")
    for by in resource.tally.keys:
        rows = json_out(group, "stats", "--by", by, "--since", "30d")
        want = expected(resource, by, records)
        assert {r[by] for r in rows if r["count"]} == set(want), by
        if by == "day":  # every day of the window has a row, a quiet one with a count of 0
            days = [date.fromisoformat(r["day"]) for r in rows]
            assert len(days) in (30, 31) and all((b - a).days == 1 for a, b in zip(days, days[1:]))
            assert all(r["count"] == r["failed"] == 0 and r["failure_rate"] == 0 for r in rows if r["day"] not in want)
        for row in (r for r in rows if r["count"]):
            w = want[row[by]]
            assert (row["count"], row["failed"], row[resource.tally.amount_name], Decimal(row["price"])) == (
                w["count"], w["failed"], w["amount"], w["price"]), (by, row)
            assert row["failure_rate"] == round(w["failed"] / w["count"], 4)
        if by in ("day", "hour"):
            assert [r[by] for r in rows] == sorted(r[by] for r in rows)
        else:
            assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)


def test_parallel_gives_the_same_rows_and_filters_narrow_them(use_emulator):
    one = run_cli("sms", "stats", "--by", "to", "--since", "30d", "-o", "csv").stdout
    many = run_cli("sms", "stats", "--by", "to", "--since", "30d", "-o", "csv", "--parallel", "4").stdout
    assert one == many and one.count("\n") > 3
    failed = json_out("sms", "stats", "--by", "status", "--since", "30d", "--status", "undelivered")
    assert [r["status"] for r in failed] == ["undelivered"]
    number = json_out("calls", "list", "--limit", "1")[0]["to"]
    narrowed = json_out("calls", "stats", "--by", "to", "--since", "30d", "--to", number)
    assert [r["to"] for r in narrowed] == [number]
    quiet = json_out("calls", "stats", "--since", "2001-01-01", "--until", "2001-02-01")
    assert [r["day"] for r in quiet] == [f"2001-01-{d:02d}" for d in range(1, 32)] and not any(r["count"] for r in quiet)
    assert json_out("calls", "stats", "--by", "status", "--since", "2001-01-01", "--until", "2001-02-01") == []


def test_bad_input_is_refused(use_emulator):
    assert run_cli("calls", "stats", "--by", "error-code").exit_code == 2  # calls have no error code
    assert run_cli("sms", "stats", "--parallel", "0").exit_code == 2
    assert run_cli("sms", "stats", "--since", "someday").exit_code == 2
    assert run_cli("sms", "stats", "--fields", "nope").exit_code == 2


def test_a_chart_on_a_terminal(use_emulator):
    env = {"TWILIO_ACCOUNT_SID": use_emulator.account_sid, "TWILIO_AUTH_TOKEN": use_emulator.auth_token,
           "TWILIO_API_URL": use_emulator.url}
    code, screen = run_on_terminal("sms", "stats", "--by", "status", "--since", "30d", env=env)
    assert code == 0, screen
    rows = json_out("sms", "stats", "--by", "status", "--since", "30d")
    names = [r["status"] for r in rows]
    lines = [line for line in screen.splitlines() if line.split() and line.split()[0] in names]
    assert [line.split()[0] for line in lines] == names and "█" in lines[0]
    assert f"{sum(r['count'] for r in rows):,} in all" in screen
