"""The sub-resources records link to: Message Media, Call Events, Usage Records and Balance.

Usage is checked against what the emulator's own lists add up to (calls, messages, recordings and
transcriptions of the account and its subaccount), never against figures written here.
"""

from __future__ import annotations

import io
import time
from collections import defaultdict
from datetime import date, datetime, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime

import pytest
from PIL import Image

from twiliocli.emulator.routes.usage import CATEGORIES, STARTING_CREDIT

from tests.emulator_helpers import Api, api, assert_error, shared_api, shared_emulator  # noqa: F401

FORMATS = {"image/png": "PNG", "image/gif": "GIF", "image/jpeg": "JPEG"}


def mms(api: Api) -> dict:
    return next(m for m in api.records("/Messages.json", "messages") if m["num_media"] != "0")


def test_demo_mms_lists_media_whose_url_serves_a_real_picture(shared_api: Api) -> None:
    message = mms(shared_api)
    listing = shared_api.get(message["subresource_uris"]["media"]).json()
    media = listing["media_list"]
    assert len(media) == int(message["num_media"])
    for item in media:
        assert item["parent_sid"] == message["sid"] and item["sid"].startswith("ME")
        assert shared_api.get(item["uri"]).json() == item
        picture = shared_api.get(item["uri"].removesuffix(".json"))
        assert picture.status_code == 200 and picture.headers["Content-Type"] == item["content_type"]
        image = Image.open(io.BytesIO(picture.content))
        image.load()  # decodes every pixel: a truncated or malformed file raises
        assert image.format == FORMATS[item["content_type"]] and image.size == (8, 8)


def test_sent_media_urls_become_media_of_their_type_and_can_be_deleted(api: Api) -> None:
    urls = ["https://example.com/a.png", "https://example.com/b.GIF?size=large", "https://example.com/c"]
    sent = api.post("/Messages.json", {"To": "+14155550111", "From": "+15005550006", "MediaUrl": urls}).json()
    media = api.get(f"/Messages/{sent['sid']}/Media.json").json()["media_list"]
    assert sorted(m["content_type"] for m in media) == ["image/gif", "image/jpeg", "image/png"]
    gone = media[0]
    assert api.delete(gone["uri"]).status_code == 204
    assert_error(api.get(gone["uri"]), 404, 20404)
    assert_error(api.get(gone["uri"].removesuffix(".json")), 404, 20404)
    left = api.get(f"/Messages/{sent['sid']}/Media.json").json()["media_list"]
    assert [m["sid"] for m in left] == [m["sid"] for m in media[1:]]


def test_a_message_without_media_has_an_empty_media_list(shared_api: Api) -> None:
    plain = next(m for m in shared_api.records("/Messages.json", "messages") if m["num_media"] == "0")
    assert shared_api.get(plain["subresource_uris"]["media"]).json()["media_list"] == []


def test_call_events_record_the_api_requests_that_made_and_changed_a_call(api: Api) -> None:
    form = {"To": "+14155550111", "From": "+15005550006", "Url": "https://x.example/t",
            "SipAuthPassword": "hunter2-secret"}
    call = api.post("/Calls.json", form).json()
    api.post(f"/Calls/{call['sid']}.json", {"Url": "https://x.example/next"})
    events = api.get(call["subresource_uris"]["events"]).json()["events"]
    assert len(events) == 2
    redirect, created = events  # newest first, like every list
    assert created["request"]["method"] == "POST" and created["request"]["url"].endswith("/Calls.json")
    assert created["request"]["parameters"] == {"to": "+14155550111", "from": "+15005550006",
                                                "url": "https://x.example/t"}
    assert created["response"]["response_code"] == 201
    assert '"sid": "%s"' % call["sid"] in created["response"]["response_body"]
    assert redirect["request"]["parameters"] == {"url": "https://x.example/next"}
    assert redirect["response"]["response_code"] == 200
    assert "hunter2" not in api.get(call["subresource_uris"]["events"]).text


def test_demo_calls_have_their_first_exchange(shared_api: Api) -> None:
    inbound = shared_api.get("/Calls.json", Status="busy").json()["calls"][0]
    events = shared_api.get(inbound["subresource_uris"]["events"]).json()["events"]
    assert len(events) == 1 and events[0]["request"]["parameters"]["to"] == inbound["to"]


# ---------------------------------------------------------------------------------------------
# Usage: recomputed here from the lists, with the rules the emulator documents.

def minutes(record: dict) -> int:
    return max(1, -(-int(record["duration"]) // 60))


def billed_items(api: Api, account: str) -> list[tuple[str, date, int, Decimal, tuple]]:
    """(source, day, usage, price, key) for each priced record of `account`."""
    scoped = Api(api.emulator, account=account)
    out = []

    def day(text: str) -> date:
        return parsedate_to_datetime(text).astimezone(timezone.utc).date()

    for call in scoped.records("/Calls.json", "calls", PageSize=1000):
        if call["price"] is not None:
            endpoint = "client" if "client:" in call["to"] + call["from"] else "sip" if "sip:" in call["to"] + call["from"] \
                else "tollfree" if call["to"] == "+18005550199" else "local"
            out.append(("calls", day(call["start_time"]), minutes(call), -Decimal(call["price"]),
                        (call["direction"] == "inbound", endpoint)))
    for message in scoped.records("/Messages.json", "messages", PageSize=1000):
        if message["price"] is not None:
            out.append(("messages", day(message["date_sent"] or message["date_created"]), int(message["num_segments"]),
                        -Decimal(message["price"]), (message["direction"] == "inbound", message["num_media"] != "0")))
    for name, key in (("recordings", "recordings"), ("transcriptions", "transcriptions")):
        for item in scoped.records(f"/{name.capitalize()}.json", key, PageSize=1000):
            if item["price"] is not None:
                out.append((name, day(item["date_created"]), minutes(item), -Decimal(item["price"]), (0, 0)))
    return out


def expected(items, day_filter=lambda d: True) -> dict[str, tuple[int, int, Decimal]]:
    sums: dict[str, list] = defaultdict(lambda: [0, 0, Decimal(0)])
    for source, day, usage, price, key in items:
        if not day_filter(day):
            continue
        for category in CATEGORIES:
            if category.source in (source, "") and category.match(key):
                total = sums[category.name]
                total[2] += price
                if category.source:
                    total[0] += 1
                    total[1] += usage
    return {name: tuple(value) for name, value in sums.items()}


def shown(records: list[dict]) -> dict[str, tuple[int, int, Decimal]]:
    out = {}
    for r in records:
        usage = Decimal(r["usage"]) if r["category"] == "totalprice" else int(r["usage"])
        if r["category"] == "totalprice":
            assert usage == Decimal(r["price"])
            out[r["category"]] = (0, 0, Decimal(r["price"]))
        else:
            out[r["category"]] = (int(r["count"]), usage, Decimal(r["price"]))
    return out


def subaccount(api: Api) -> str:
    return next(a["sid"] for a in api.get("/2010-04-01/Accounts.json").json()["accounts"] if a["sid"] != api.account)


def test_all_time_usage_equals_what_the_records_add_up_to(shared_api: Api) -> None:
    items = billed_items(shared_api, shared_api.account) + billed_items(shared_api, subaccount(shared_api))
    want = expected(items)
    for path in ("/Usage/Records.json", "/Usage/Records/AllTime.json"):
        got = shown(shared_api.get(path).json()["usage_records"])
        assert set(got) == {c.name for c in CATEGORIES}
        for name in got:
            assert got[name] == want.get(name, (0, 0, Decimal(0))), name
    assert want["calls"][0] > 5 and want["sms"][0] > 5 and want["mms"][0] == 2 and want["totalprice"][2] > 0


def test_subaccounts_count_unless_excluded(shared_api: Api) -> None:
    own = expected(billed_items(shared_api, shared_api.account))
    got = shown(shared_api.get("/Usage/Records.json", IncludeSubaccounts="false").json()["usage_records"])
    assert got["calls"] == own["calls"] and got["totalprice"] == own["totalprice"]


@pytest.mark.parametrize("period", ["Daily", "Monthly", "Yearly"])
def test_periods_add_up_to_all_time_and_match_their_dates(shared_api: Api, period: str) -> None:
    records = shared_api.records(f"/Usage/Records/{period}.json", "usage_records", Category="calls", PageSize=7)
    items = billed_items(shared_api, shared_api.account) + billed_items(shared_api, subaccount(shared_api))
    starts = [r["start_date"] for r in records]
    assert starts == sorted(starts, reverse=True) and len(set(starts)) == len(starts)
    for record in records:
        low, high = date.fromisoformat(record["start_date"]), date.fromisoformat(record["end_date"])
        want = expected(items, lambda d: low <= d <= high).get("calls", (0, 0, Decimal(0)))
        assert shown([record])["calls"] == want, record["start_date"]
    total = shown(shared_api.get("/Usage/Records/AllTime.json", Category="calls").json()["usage_records"])["calls"]
    assert sum(int(r["count"]) for r in records) == total[0]
    assert sum(Decimal(r["price"]) for r in records) == total[2]


def test_fixed_windows(shared_api: Api) -> None:
    today = datetime.now(timezone.utc).date()
    daily = {r["start_date"]: r for r in shared_api.get("/Usage/Records/Daily.json", Category="sms", PageSize=3).json()["usage_records"]}
    for path, day in (("Today", today), ("Yesterday", date.fromordinal(today.toordinal() - 1))):
        record, = shared_api.get(f"/Usage/Records/{path}.json", Category="sms").json()["usage_records"]
        assert (record["start_date"], record["end_date"]) == (day.isoformat(), day.isoformat())
        assert shown([record]) == shown([daily[day.isoformat()]])
    this_month, = shared_api.get("/Usage/Records/ThisMonth.json", Category="sms").json()["usage_records"]
    assert this_month["start_date"] == today.replace(day=1).isoformat()
    last_month, = shared_api.get("/Usage/Records/LastMonth.json", Category="sms").json()["usage_records"]
    assert date.fromisoformat(last_month["end_date"]).toordinal() == today.replace(day=1).toordinal() - 1


def test_dates_narrow_the_window_and_bad_input_is_a_twilio_400(shared_api: Api) -> None:
    today = datetime.now(timezone.utc).date()
    days = shared_api.get("/Usage/Records/Daily.json", Category="calls", StartDate="-2days",
                          EndDate=today.isoformat()).json()["usage_records"]
    assert len(days) == 3 and days[0]["end_date"] == today.isoformat()
    assert_error(shared_api.get("/Usage/Records.json", Category="no-such-thing"), 400, 20001)
    assert_error(shared_api.get("/Usage/Records.json", StartDate="yesterday-ish"), 400, 20001)


def test_usage_and_balance_move_when_a_call_completes(api: Api) -> None:
    def totals() -> tuple[Decimal, Decimal]:
        record, = api.get("/Usage/Records.json", Category="totalprice").json()["usage_records"]
        return Decimal(record["price"]), Decimal(api.get("/Balance.json").json()["balance"])

    spent, balance = totals()
    assert balance == STARTING_CREDIT - spent
    live = api.get("/Calls.json", Status="in-progress").json()["calls"][0]
    ended = api.post(f"/Calls/{live['sid']}.json", {"Status": "completed"}).json()
    price = -Decimal(ended["price"])
    assert price > 0
    assert totals() == (spent + price, balance - price)


def test_a_subaccount_shares_its_parents_balance(shared_api: Api) -> None:
    sub = Api(shared_api.emulator, account=subaccount(shared_api))
    parent = shared_api.get("/Balance.json").json()
    child = sub.get("/Balance.json").json()
    assert child == {**parent, "account_sid": sub.account}


def test_usage_days_are_the_emulators_own(api: Api) -> None:
    """With its clock moved three days on, "today" is three days on, as every record's dates are."""
    assert api.post("/_emulator/clock", {"seconds": str(3 * 86400)}).status_code == 200
    ahead = {datetime.fromtimestamp(time.time() + 3 * 86400, timezone.utc).date().isoformat()}
    record, = api.get("/Usage/Records/Today.json", Category="calls").json()["usage_records"]
    ahead.add(datetime.fromtimestamp(time.time() + 3 * 86400, timezone.utc).date().isoformat())  # midnight between
    assert record["start_date"] in ahead and record["end_date"] == record["start_date"]
    assert record["as_of"][:10] == record["start_date"]
