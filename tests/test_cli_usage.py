"""`usage list|balance|summary` end to end: the records the API serves, and the chart a person sees."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from tests.conftest import clear_received, received, run_cli
from tests.terminal import run_on_terminal


def json_out(*args: str):
    result = run_cli(*args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_list_periods_categories_and_dates_reach_the_api(use_emulator):
    clear_received(use_emulator)
    all_time = json_out("usage", "list")
    assert received(use_emulator)[0]["path"].endswith("/Usage/Records.json")
    assert {r["category"] for r in all_time} >= {"calls", "sms", "mms", "recordings", "totalprice"}
    daily = json_out("usage", "list", "--period", "daily", "--category", "calls", "--since", "2d")
    request = received(use_emulator)[-1]
    assert request["path"].endswith("/Usage/Records/Daily.json") and request["query"]["Category"] == "calls"
    assert len(request["query"]["StartDate"]) == 10 and len(daily) == 3
    assert [r["category"] for r in daily] == ["calls"] * 3
    month = json_out("usage", "list", "--period", "last-month", "--category", "sms")
    assert received(use_emulator)[-1]["path"].endswith("/Usage/Records/LastMonth.json") and len(month) == 1
    tsv = run_cli("usage", "list", "--category", "calls")
    assert tsv.lines[0].split("\t") == ["category", "start_date", "end_date", "count", "usage", "usage_unit", "price",
                                        "price_unit"]


def test_list_refuses_bad_input_before_any_request(use_emulator):
    clear_received(use_emulator)
    assert run_cli("usage", "list", "--period", "weekly").exit_code == 2
    assert run_cli("usage", "list", "--since", "last tuesday").exit_code == 2
    assert run_cli("usage", "summary", "--period", "daily").exit_code == 2
    assert received(use_emulator) == []
    unknown = run_cli("usage", "list", "--category", "no-such-category")
    assert unknown.exit_code == 1 and "20001" in unknown.stderr


def test_balance(use_emulator):
    balance = json_out("usage", "balance")
    assert set(balance) == {"account_sid", "balance", "currency"} and balance["currency"] == "USD"
    total = next(r for r in json_out("usage", "list") if r["category"] == "totalprice")
    assert Decimal(balance["balance"]) == Decimal("20.00") - Decimal(total["price"])
    row = run_cli("usage", "balance", "-o", "tsv", "--no-header").stdout.split("\t")
    assert row[1] == balance["balance"]


def test_summary_rows_are_the_top_categories_and_add_up_to_the_total(use_emulator):
    def same(record: dict) -> dict:
        return {k: v for k, v in record.items() if k != "as_of"}  # the seconds may tick between requests

    rows = [same(r) for r in json_out("usage", "summary", "--period", "all-time")]
    everything = {r["category"]: same(r) for r in json_out("usage", "list", "--period", "all-time")}
    assert rows[-1]["category"] == "totalprice" and rows[-1] == everything["totalprice"]
    shown = [r["category"] for r in rows[:-1]]
    assert {"calls", "sms", "mms", "recordings", "transcriptions"} == set(shown)
    assert not any(name.startswith(("calls-", "sms-", "mms-")) for name in shown)
    prices = [Decimal(r["price"]) for r in rows[:-1]]
    assert prices == sorted(prices, reverse=True) and sum(prices) == Decimal(rows[-1]["price"])
    for row in rows[:-1]:
        assert row == everything[row["category"]]
    csv = run_cli("usage", "summary", "--period", "all-time", "-o", "csv").lines
    assert csv[0] == "category,count,count_unit,usage,usage_unit,price,price_unit" and len(csv) == len(rows) + 1
    piped = run_cli("usage", "summary", "--period", "all-time")
    assert "█" not in piped.stdout and piped.lines[0].startswith("category\t")


def test_summary_draws_a_chart_on_a_terminal(use_emulator):
    env = {"TWILIO_ACCOUNT_SID": use_emulator.account_sid, "TWILIO_AUTH_TOKEN": use_emulator.auth_token,
           "TWILIO_API_URL": use_emulator.url}
    code, screen = run_on_terminal("usage", "summary", "--period", "all-time", env=env)
    assert code == 0, screen
    rows = json_out("usage", "summary", "--period", "all-time")
    for row in rows:
        row.pop("as_of")
    names = [r["category"] for r in rows[:-1]]
    lines = [line for line in screen.splitlines() if line.split() and line.split()[0] in names]
    assert [line.split()[0] for line in lines] == names
    blocks = [line.count("█") for line in lines]
    assert blocks == sorted(blocks, reverse=True) and blocks[0] > blocks[-1]
    total = Decimal(rows[-1]["price"])
    assert f"Total {total:.2f} USD" in screen and "Spend by category, all-time" in screen
    assert "\x1b[" in screen  # coloured bars: this is a terminal
    _, asked_json = run_on_terminal("usage", "summary", "--period", "all-time", "-o", "json", env=env)
    asked_json = re.sub(r"\x1b\[[0-9;]*m", "", asked_json)  # JSON is coloured on a terminal; the values are the same
    assert "█" not in asked_json and [{k: v for k, v in r.items() if k != "as_of"} for r in json.loads(asked_json)] == rows
