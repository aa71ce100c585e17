"""The emulator over real HTTP: auth, errors, the list envelope, filters, calls, messages, accounts."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
import requests

from tests.emulator_helpers import Api, api, assert_error, shared_api, shared_emulator  # noqa: F401
from twiliocli.emulator.config import DEMO_API_KEY, DEMO_API_SECRET, DEMO_AUTH_TOKEN

CALL = {"To": "+14155550111", "From": "+15005550006", "Url": "https://example.com/twiml"}
SMS = {"To": "+14155550111", "From": "+15005550006", "Body": "hello"}


# --- authentication and errors ------------------------------------------------------------------

def test_missing_or_wrong_credentials_get_20003(shared_emulator) -> None:
    url = shared_emulator.url + f"/2010-04-01/Accounts/{shared_emulator.account_sid}/Calls.json"
    assert_error(requests.get(url, timeout=5), 401, 20003)
    assert_error(requests.get(url, auth=(shared_emulator.account_sid, "wrong"), timeout=5), 401, 20003)
    assert_error(requests.get(url, auth=("ACnope", DEMO_AUTH_TOKEN), timeout=5), 401, 20003)


def test_api_key_and_secret_authenticate(shared_emulator) -> None:
    keyed = Api(shared_emulator, DEMO_API_KEY, DEMO_API_SECRET, account=shared_emulator.account_sid)
    assert keyed.get("/Calls.json").status_code == 200
    assert_error(Api(shared_emulator, DEMO_API_KEY, "bad", account=shared_emulator.account_sid).get("/Calls.json"),
                 401, 20003)


def test_unknown_record_and_path_are_20404(shared_api: Api) -> None:
    body = assert_error(shared_api.get("/Calls/CA" + "0" * 32 + ".json"), 404, 20404)
    assert body["message"] == (f"The requested resource /2010-04-01/Accounts/{shared_api.account}/Calls/"
                               f"CA{'0' * 32}.json was not found")
    assert_error(shared_api.get("/Nothing.json"), 404, 20404)


def test_json_suffix_is_optional_and_wrong_method_is_405(shared_api: Api) -> None:
    assert shared_api.get("/Calls").json()["calls"] == shared_api.get("/Calls.json").json()["calls"]
    assert_error(shared_api.delete("/Calls.json"), 405, 20004)


def test_request_log_and_stats_never_show_credentials(api: Api) -> None:
    api.delete("/_emulator/requests")
    api.post("/Messages.json", SMS)
    log = api.get("/_emulator/requests").json()
    assert log == [{"method": "POST", "path": f"/2010-04-01/Accounts/{api.account}/Messages.json", "query": {},
                    "form": SMS}]
    assert "Authorization" not in str(log) and DEMO_AUTH_TOKEN not in str(log)
    stats = api.get("/_emulator/stats").json()
    assert stats["messages_created"] == 1 and stats["requests"] >= 1 and stats["faults_injected"] == 0


# --- the list envelope and pagination -----------------------------------------------------------

@pytest.mark.parametrize(("size", "code"), [("0", 20001), ("1001", 20007), ("abc", 20001)])
def test_page_size_out_of_range(shared_api: Api, size: str, code: int) -> None:
    assert_error(shared_api.get("/Calls.json", PageSize=size), 400, code)


def test_envelope_and_walking_pages(shared_api: Api) -> None:
    everything = shared_api.get("/Calls.json", PageSize=1000).json()["calls"]
    first = shared_api.get("/Calls.json", PageSize=3).json()
    assert (first["page"], first["page_size"], first["start"], first["end"]) == (0, 3, 0, 2)
    assert first["previous_page_uri"] is None
    assert first["first_page_uri"] == f"/2010-04-01/Accounts/{shared_api.account}/Calls.json?PageSize=3&Page=0"
    walked = shared_api.records("/Calls.json", "calls", PageSize=3)
    assert [c["sid"] for c in walked] == [c["sid"] for c in everything]
    second = shared_api.get(first["next_page_uri"]).json()
    assert (second["page"], second["start"]) == (1, 3)
    back = shared_api.get(second["previous_page_uri"]).json()
    assert [c["sid"] for c in back["calls"]] == [c["sid"] for c in first["calls"]]


@pytest.mark.parametrize("path", ["/Calls.json", "/Messages.json", "/SMS/Messages.json", "/Recordings.json",
                                  "/Transcriptions.json", "/Notifications.json", "/Conferences.json",
                                  "/IncomingPhoneNumbers.json", "/Applications.json", "/OutgoingCallerIds.json"])
def test_listed_records_are_the_fetched_ones_in_json_dumps_bytes(shared_api: Api, path: str) -> None:
    """Lists render rows straight to JSON text (records.Renderer): the body is what json.dumps
    writes for it, and each record is the one fetched on its own (less what lists omit)."""
    response = shared_api.get(path, PageSize=1000)
    page = response.json()
    assert response.text == json.dumps(page)
    records = next(value for value in page.values() if isinstance(value, list))
    assert records
    for record in records:
        fetched = shared_api.get(record["uri"]).json()
        assert list(record.items()) == [(k, v) for k, v in fetched.items() if k in record]


def test_newest_first(shared_api: Api) -> None:
    from email.utils import parsedate_to_datetime
    dates = [parsedate_to_datetime(c["date_created"]) for c in shared_api.get("/Calls.json").json()["calls"]]
    assert dates == sorted(dates, reverse=True)


def test_filters_keep_their_place_in_page_links(shared_api: Api) -> None:
    page = shared_api.get("/Calls.json", **{"Status": "completed", "PageSize": 2})
    assert "Status=completed&PageSize=2&Page=1&PageToken=PA" in page.json()["next_page_uri"]


# --- filters -------------------------------------------------------------------------------------

def test_call_filters(shared_api: Api) -> None:
    calls = shared_api.get("/Calls.json", PageSize=1000).json()["calls"]
    target = next(c for c in calls if c["status"] == "completed")
    for param, value, field in (("To", target["to"], "to"), ("From", target["from"], "from"),
                                ("Status", "busy", "status")):
        found = shared_api.get("/Calls.json", **{param: value}).json()["calls"]
        assert found and all(c[field] == value for c in found)
    child = next(c for c in calls if c["parent_call_sid"])
    assert [c["sid"] for c in shared_api.get("/Calls.json", ParentCallSid=child["parent_call_sid"]).json()["calls"]] \
        == [child["sid"]]


def test_day_and_instant_date_filters(shared_api: Api) -> None:
    from email.utils import parsedate_to_datetime
    calls = shared_api.get("/Calls.json", PageSize=1000).json()["calls"]
    started = [c for c in calls if c["start_time"]]
    moment = parsedate_to_datetime(started[3]["start_time"])
    day = moment.date().isoformat()
    on_day = shared_api.get("/Calls.json", StartTime=day).json()["calls"]
    assert on_day and all(parsedate_to_datetime(c["start_time"]).date().isoformat() == day for c in on_day)
    after = shared_api.get("/Calls.json", **{"StartTime>": moment.isoformat()}).json()["calls"]
    assert all(parsedate_to_datetime(c["start_time"]) >= moment for c in after)
    before = shared_api.get("/Calls.json", **{"StartTime<": day}).json()["calls"]
    assert started[-1]["sid"] in {c["sid"] for c in before}
    assert_error(shared_api.get("/Calls.json", StartTime="yesterday"), 400, 20001)


def test_message_date_sent_filter(shared_api: Api) -> None:
    from email.utils import parsedate_to_datetime
    messages = shared_api.get("/Messages.json").json()["messages"]
    day = parsedate_to_datetime(messages[0]["date_sent"]).date().isoformat()
    found = shared_api.get("/Messages.json", DateSent=day).json()["messages"]
    assert found and all(parsedate_to_datetime(m["date_sent"]).date().isoformat() == day for m in found)
    assert shared_api.get("/Messages.json", **{"DateSent>": "2999-01-01"}).json()["messages"] == []


# --- calls ---------------------------------------------------------------------------------------

def test_create_update_and_delete_a_call(api: Api) -> None:
    created = api.post("/Calls.json", CALL)
    assert created.status_code == 201
    call = created.json()
    assert (call["status"], call["direction"], call["from_formatted"]) == ("queued", "outbound-api", "(500) 555-0006")
    assert_error(api.delete(f"/Calls/{call['sid']}.json"), 400, 20009)
    canceled = api.post(f"/Calls/{call['sid']}.json", {"Status": "canceled"}).json()
    assert canceled["status"] == "canceled"
    assert_error(api.post(f"/Calls/{call['sid']}.json", {"Url": "https://example.com/x"}), 400, 21220)
    assert api.delete(f"/Calls/{call['sid']}.json").status_code == 204
    assert_error(api.get(f"/Calls/{call['sid']}.json"), 404, 20404)


@pytest.mark.parametrize(("change", "code"), [
    ({"To": ""}, 21201), ({"From": ""}, 21213), ({"Url": ""}, 21205), ({"Url": "not a url"}, 21205),
    ({"Twiml": "<Response/>"}, 20001), ({"To": "+15005550001"}, 21217), ({"To": "+15005550002"}, 21214),
    ({"To": "+15005550003"}, 21215), ({"To": "+15005550004"}, 21216), ({"From": "+15005550001"}, 21212),
    ({"From": "+14155559876"}, 21210), ({"To": "12"}, 21211), ({"Timeout": "0"}, 20001),
    ({"Method": "PUT"}, 20001), ({"Url": "", "ApplicationSid": "AP" + "1" * 32}, 21218),
])
def test_call_validation_codes(shared_api: Api, change: dict, code: int) -> None:
    assert_error(shared_api.post("/Calls.json", {**CALL, **change}), 400, code)


# --- messages ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("change", "code"), [
    ({"To": ""}, 21604), ({"From": ""}, 21603), ({"Body": ""}, 21602), ({"Body": "x" * 1601}, 21617),
    ({"From": "+15005550001"}, 21212), ({"From": "+15005550007"}, 21606), ({"From": "+15005550008"}, 21611),
    ({"From": "+14155559876"}, 21606), ({"To": "+15005550001"}, 21211), ({"To": "+15005550002"}, 21612),
    ({"To": "+15005550003"}, 21408), ({"To": "+15005550004"}, 21610), ({"To": "+15005550009"}, 21614),
    ({"StatusCallback": "nope"}, 21609), ({"MediaUrl": "nope"}, 21620),
])
def test_message_magic_numbers_and_validation(shared_api: Api, change: dict, code: int) -> None:
    assert_error(shared_api.post("/Messages.json", {**SMS, **change}), 400, code)


def test_send_redact_and_delete_messages(api: Api) -> None:
    message = api.post("/Messages.json", {**SMS, "Body": "ж" * 71}).json()
    assert (message["status"], message["num_segments"], message["direction"]) == ("queued", "2", "outbound-api")
    assert_error(api.delete(f"/Messages/{message['sid']}.json"), 400, 20009)
    delivered = next(m for m in api.get("/Messages.json").json()["messages"] if m["status"] == "delivered")
    assert api.post(f"/Messages/{delivered['sid']}.json", {"Body": ""}).json()["body"] == ""
    assert api.delete(f"/Messages/{delivered['sid']}.json").status_code == 204
    mms = api.post("/Messages.json", {**SMS, "Body": "", "MediaUrl": "https://example.com/a.png"}).json()
    assert mms["sid"].startswith("MM") and mms["num_media"] == "1"


def test_scheduled_message_can_be_canceled(api: Api) -> None:
    now = api.get("/_emulator/clock").json()["now"]
    send_at = datetime.fromtimestamp(now + 3600, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")  # 15 min to 35 days ahead
    message = api.post("/Messages.json", {**SMS, "ScheduleType": "fixed", "SendAt": send_at,
                                          "MessagingServiceSid": "MG" + "a" * 32}).json()
    assert message["status"] == "scheduled"
    assert api.post(f"/Messages/{message['sid']}.json", {"Status": "canceled"}).json()["status"] == "canceled"


def test_hostile_bodies_come_back_byte_for_byte(shared_api: Api) -> None:
    bodies = {m["body"] for m in shared_api.records("/Messages.json", "messages")}
    assert "[bold]x[/bold] markup must stay literal" in bodies
    assert any("\x1b[31m" in b for b in bodies)


def test_retired_sms_endpoint_has_the_old_envelope(shared_api: Api) -> None:
    page = shared_api.get("/SMS/Messages.json", PageSize=5).json()
    assert {"total", "num_pages", "last_page_uri", "sms_messages", "next_page_uri"} <= set(page)
    assert page["total"] == len(shared_api.records("/Messages.json", "messages"))
    assert page["num_pages"] == -(-page["total"] // 5)
    assert page["sms_messages"][0]["uri"].startswith(f"/2010-04-01/Accounts/{shared_api.account}/SMS/Messages/")
    assert "num_segments" not in page["sms_messages"][0]


# --- accounts and subaccounts --------------------------------------------------------------------

def test_subaccounts_are_isolated(api: Api) -> None:
    sub = api.post("/2010-04-01/Accounts.json", {"FriendlyName": "team"}).json()
    assert sub["owner_account_sid"] == api.account and sub["status"] == "active"
    as_parent = Api(api.emulator, account=sub["sid"])
    as_parent.post("/Messages.json", SMS)
    assert len(as_parent.get("/Messages.json").json()["messages"]) == 1
    as_sub = Api(api.emulator, sub["sid"], sub["auth_token"])
    assert [a["sid"] for a in as_sub.get("/2010-04-01/Accounts.json").json()["accounts"]] == [sub["sid"]]
    assert as_sub.get("/Messages.json").json()["messages"][0]["account_sid"] == sub["sid"]
    assert_error(Api(api.emulator, sub["sid"], sub["auth_token"], account=api.account).get("/Calls.json"), 401, 20003)
    assert_error(as_sub.get(f"/2010-04-01/Accounts/{api.account}.json"), 404, 20404)
    listed = {a["sid"] for a in api.get("/2010-04-01/Accounts.json").json()["accounts"]}
    assert {api.account, sub["sid"]} <= listed


def test_account_status_lifecycle(api: Api) -> None:
    sub = api.post("/2010-04-01/Accounts.json").json()
    path = f"/2010-04-01/Accounts/{sub['sid']}.json"
    assert api.post(path, {"Status": "suspended"}).json()["status"] == "suspended"
    suspended = Api(api.emulator, account=sub["sid"])
    assert suspended.get("/Calls.json").status_code == 200
    assert_error(suspended.post("/Calls.json", CALL), 401, 20005)
    assert api.get("/2010-04-01/Accounts.json", Status="suspended").json()["accounts"][0]["sid"] == sub["sid"]
    assert api.post(path, {"Status": "closed"}).json()["status"] == "closed"
    assert_error(api.post(path, {"Status": "active"}), 401, 20005)
    assert_error(suspended.get("/Calls.json"), 401, 20005)
    assert_error(Api(api.emulator, sub["sid"], sub["auth_token"]).get("/Calls.json"), 401, 20005)
    assert_error(api.post(path, {"Status": "bogus"}), 400, 20001)
