"""Regression tests for inputs that crashed the emulator or slipped past it, found by fuzzing it
with Twilio's OpenAPI document (tests/test_fuzz_emulator.py): every one is now a Twilio 4xx."""

from __future__ import annotations

import pytest

from tests.emulator_helpers import Api, api, assert_error, shared_api, shared_emulator  # noqa: F401

CALL = {"To": "+14155550111", "From": "+15005550006", "Url": "https://x.example/t"}
SEARCH = "/AvailablePhoneNumbers/US/Local.json"


@pytest.mark.parametrize("value", ["²", "٣", "99999999999999999999", "-1", "0", "1.5"])
def test_page_size_takes_only_ascii_integers_in_range(shared_api: Api, value: str) -> None:
    code = 20007 if value == "99999999999999999999" else 20001
    assert_error(shared_api.get("/Calls.json", PageSize=value), 400, code)


@pytest.mark.parametrize("value", ["²", "٣", "-1", "99999999999999999999", str(2**63 // 50 + 1)])
def test_page_beyond_what_sqlite_can_offset_is_refused(shared_api: Api, value: str) -> None:
    assert_error(shared_api.get("/Calls.json", Page=value, PageSize="50"), 400, 20001)


def test_largest_page_that_fits_is_an_empty_page(shared_api: Api) -> None:
    body = shared_api.get("/Calls.json", Page=str(2**63 // 50), PageSize="50").json()
    assert body["calls"] == [] and body["next_page_uri"] is None


@pytest.mark.parametrize("token", ["PA99999999999999999999_1", "PA١_1", "PA1_²", "PA1_1_1", "PA1", "XX1_1"])
def test_page_token_must_hold_two_sqlite_integers(shared_api: Api, token: str) -> None:
    assert_error(shared_api.get("/Calls.json", PageToken=token), 400, 20001)


@pytest.mark.parametrize(("param", "value"), [("AreaCode", "²"), ("AreaCode", "٣"), ("Distance", "²"),
                                              ("NearLatLong", "1e400,1"), ("NearLatLong", "nan,nan"),
                                              ("NearLatLong", "91,0"), ("NearLatLong", "0,181")])
def test_number_search_refuses_odd_numbers(shared_api: Api, param: str, value: str) -> None:
    assert_error(shared_api.get(SEARCH, **{param: value}), 400, 20001)


def test_number_search_near_a_real_point_still_works(shared_api: Api) -> None:
    assert shared_api.get(SEARCH, NearLatLong="37.77,-122.42", Distance="500").status_code == 200


@pytest.mark.parametrize("value", ["²", "٣"])
def test_integer_form_fields_take_only_ascii_digits(api: Api, value: str) -> None:
    assert_error(api.post("/Calls.json", {**CALL, "Timeout": value}), 400, 20001)


@pytest.mark.parametrize(("path", "form", "code"), [
    ("/Calls.json", {**CALL, "Url": "http://[::1"}, 21205),
    ("/Applications.json", {"VoiceUrl": "http://[::1"}, 21205),
    ("/Messages.json", {"To": "+14155550111", "From": "+15005550006", "MediaUrl": "http://[::1"}, 21620),
])
def test_unparsable_url_is_an_invalid_url(api: Api, path: str, form: dict, code: int) -> None:
    assert_error(api.post(path, form), 400, code)


@pytest.mark.parametrize(("path", "form"), [("/Calls.json", {**CALL, "To": "+1415555٣111"}),
                                            ("/OutgoingCallerIds.json", {"PhoneNumber": "+1415555٣111"}),
                                            ("/OutgoingCallerIds.json", {"PhoneNumber": "415555٣111"})])
def test_phone_numbers_take_only_ascii_digits(api: Api, path: str, form: dict) -> None:
    assert_error(api.post(path, form), 400, 21211)


def number_sid(api: Api) -> str:
    return api.get("/IncomingPhoneNumbers.json").json()["incoming_phone_numbers"][0]["sid"]


def test_empty_sid_setting_clears_it_to_null(api: Api) -> None:
    sid = number_sid(api)
    app = api.get("/Applications.json").json()["applications"][0]["sid"]
    assert api.post(f"/IncomingPhoneNumbers/{sid}.json", {"VoiceApplicationSid": app}).json()["voice_application_sid"] == app
    body = api.post(f"/IncomingPhoneNumbers/{sid}.json", {"VoiceApplicationSid": "", "AddressSid": ""}).json()
    assert body["voice_application_sid"] is None and body["address_sid"] is None


def test_sid_setting_must_look_like_a_sid(api: Api) -> None:
    assert_error(api.post(f"/IncomingPhoneNumbers/{number_sid(api)}.json", {"AddressSid": "☃"}), 400, 20001)


def test_empty_account_sid_leaves_the_number_where_it_is(api: Api) -> None:
    sid = number_sid(api)
    body = api.post(f"/IncomingPhoneNumbers/{sid}.json", {"AccountSid": "", "FriendlyName": "kept"}).json()
    assert body["account_sid"] == api.account and body["friendly_name"] == "kept"
    assert api.get(f"/IncomingPhoneNumbers/{sid}.json").status_code == 200


def test_none_of_this_was_an_internal_error(shared_api: Api) -> None:
    for value in ("²", "99999999999999999999"):
        shared_api.get("/Calls.json", Page=value)
        shared_api.get("/Calls.json", PageSize=value)
    assert shared_api.get("/_emulator/stats").json().get("internal_errors", 0) == 0


def test_call_sid_to_coach_must_be_a_sid(api: Api) -> None:
    live = api.get("/Conferences.json", Status="in-progress").json()["conferences"][0]
    participant = api.get(f"/Conferences/{live['sid']}/Participants.json").json()["participants"][0]
    path = f"/Conferences/{live['sid']}/Participants/{participant['call_sid']}.json"
    assert_error(api.post(path, {"CallSidToCoach": "CA9340D804F002AEaFB8dc6DC43fFFab07*"}), 400, 20001)
    other = api.get(f"/Conferences/{live['sid']}/Participants.json").json()["participants"][1]["call_sid"]
    assert api.post(path, {"CallSidToCoach": other}).json()["call_sid_to_coach"] == other
