"""The emulator's responses validate against Twilio's official OpenAPI document, endpoint by endpoint.

The spec is OpenAPI 3.0: `nullable` becomes a JSON-schema null type, `$ref`s resolve within the
document, and its `date-time-rfc-2822` format is checked. Where the spec's own examples contradict
its schema (Twilio sends some `number` fields as strings, e.g. transcription prices), the emulator
follows the examples (the wire) and the schema is widened for exactly those fields, found by
scanning the examples, never listed by hand. `test_emulator_every_operation` walks every operation
of the document (the hand-written ones with these forms).
"""

from __future__ import annotations

import re

import pytest

from twiliocli.emulator.app import API_PREFIX

from tests.emulator_helpers import (Api, demo_ids, path_values, shared_api, shared_emulator,  # noqa: F401
                              spec, validate)

SPEC = spec()
SCHEMAS = SPEC["components"]["schemas"]


# (method, spec path, expected status, form) — `{…}` placeholders are filled from the demo data.
A = "/2010-04-01/Accounts/{AccountSid}"
ENDPOINTS = [
    ("GET", "/2010-04-01/Accounts.json", 200, None),
    ("POST", "/2010-04-01/Accounts.json", 201, {"FriendlyName": "spec sub"}),
    ("GET", "/2010-04-01/Accounts/{Sid}.json", 200, None),
    ("POST", "/2010-04-01/Accounts/{Sid}.json", 200, {"FriendlyName": "renamed"}),
    ("GET", A + "/Applications.json", 200, None),
    ("POST", A + "/Applications.json", 201, {"FriendlyName": "app", "VoiceUrl": "https://x.example/v"}),
    ("GET", A + "/Applications/{Sid}.json", 200, None),
    ("POST", A + "/Applications/{Sid}.json", 200, {"SmsUrl": "https://x.example/s"}),
    ("GET", A + "/Calls.json", 200, None),
    ("POST", A + "/Calls.json", 201, {"To": "+14155550111", "From": "+15005550006", "Url": "https://x.example/t"}),
    ("GET", A + "/Calls/{Sid}.json", 200, None),
    ("POST", A + "/Calls/{Sid}.json", 200, {"Url": "https://x.example/redirect"}),
    ("GET", A + "/Calls/{CallSid}/Notifications.json", 200, None),
    ("GET", A + "/Calls/{CallSid}/Notifications/{Sid}.json", 200, None),
    ("GET", A + "/Calls/{CallSid}/Recordings.json", 200, None),
    ("GET", A + "/Calls/{CallSid}/Recordings/{Sid}.json", 200, None),
    ("GET", A + "/OutgoingCallerIds.json", 200, None),
    ("POST", A + "/OutgoingCallerIds.json", 200, {"PhoneNumber": "+14155550142"}),
    ("GET", A + "/OutgoingCallerIds/{Sid}.json", 200, None),
    ("POST", A + "/OutgoingCallerIds/{Sid}.json", 200, {"FriendlyName": "desk"}),
    ("GET", A + "/Conferences.json", 200, None),
    ("GET", A + "/Conferences/{Sid}.json", 200, None),
    ("GET", A + "/Conferences/{ConferenceSid}/Participants.json", 200, None),
    ("POST", A + "/Conferences/{ConferenceSid}/Participants.json", 201, {"From": "+15005550006", "To": "+14155550190"}),
    ("GET", A + "/Conferences/{ConferenceSid}/Participants/{CallSid}.json", 200, None),
    ("POST", A + "/Conferences/{ConferenceSid}/Participants/{CallSid}.json", 200, {"Muted": "true"}),
    ("GET", A + "/Conferences/{ConferenceSid}/Recordings.json", 200, None),
    ("GET", A + "/Conferences/{ConferenceSid}/Recordings/{Sid}.json", 200, None),
    ("POST", A + "/Conferences/{Sid}.json", 200, {"Status": "completed"}),
    ("GET", A + "/Notifications.json", 200, None),
    ("GET", A + "/Notifications/{Sid}.json", 200, None),
    ("GET", A + "/IncomingPhoneNumbers.json", 200, None),
    ("POST", A + "/IncomingPhoneNumbers.json", 201, {"AreaCode": "415"}),
    ("GET", A + "/IncomingPhoneNumbers/{Sid}.json", 200, None),
    ("POST", A + "/IncomingPhoneNumbers/{Sid}.json", 200, {"VoiceUrl": "https://x.example/n"}),
    ("GET", A + "/IncomingPhoneNumbers/Local.json", 200, None),
    ("POST", A + "/IncomingPhoneNumbers/Local.json", 201, {"AreaCode": "212"}),
    ("GET", A + "/IncomingPhoneNumbers/Mobile.json", 200, None),
    ("POST", A + "/IncomingPhoneNumbers/Mobile.json", 201, {"AreaCode": "7700"}),
    ("GET", A + "/IncomingPhoneNumbers/TollFree.json", 200, None),
    ("POST", A + "/IncomingPhoneNumbers/TollFree.json", 201, {"AreaCode": "888"}),
    ("GET", A + "/AvailablePhoneNumbers.json", 200, None),
    ("GET", A + "/AvailablePhoneNumbers/{CountryCode}.json", 200, None),
    ("GET", A + "/AvailablePhoneNumbers/{CountryCode}/Local.json", 200, None),
    ("GET", A + "/AvailablePhoneNumbers/{CountryCode}/TollFree.json", 200, None),
    ("GET", A + "/AvailablePhoneNumbers/{CountryCode}/Mobile.json", 200, None),
    ("GET", A + "/Recordings.json", 200, None),
    ("GET", A + "/Recordings/{Sid}.json", 200, None),
    ("GET", A + "/Transcriptions.json", 200, None),
    ("GET", A + "/Transcriptions/{Sid}.json", 200, None),
    ("GET", A + "/Recordings/{RecordingSid}/Transcriptions.json", 200, None),
    ("GET", A + "/Recordings/{RecordingSid}/Transcriptions/{Sid}.json", 200, None),
    ("GET", A + "/Messages.json", 200, None),
    ("POST", A + "/Messages.json", 201, {"To": "+14155550123", "From": "+15005550006", "Body": "hi"}),
    ("GET", A + "/Messages/{Sid}.json", 200, None),
    ("POST", A + "/Messages/{Sid}.json", 200, {"Body": ""}),
    ("GET", A + "/Messages/{MessageSid}/Media.json", 200, None),
    ("GET", A + "/Messages/{MessageSid}/Media/{Sid}.json", 200, None),
    ("GET", A + "/Calls/{CallSid}/Events.json", 200, None),
    ("GET", A + "/Balance.json", 200, None),
    *(("GET", A + f"/Usage/Records{period}.json", 200, None) for period in (
        "", "/AllTime", "/Daily", "/Monthly", "/Yearly", "/Today", "/Yesterday", "/ThisMonth", "/LastMonth")),
]


@pytest.fixture(scope="module")
def ids(shared_api: Api) -> dict[str, dict[str, str]]:
    return demo_ids(shared_api)


def concrete(spec_path: str, api: Api, ids: dict[str, dict[str, str]]) -> str:
    values = path_values(spec_path, api.account, ids)
    return re.sub(r"{(\w+)}", lambda m: values[m.group(1)], spec_path)


@pytest.mark.parametrize(("method", "spec_path", "status", "form"), ENDPOINTS,
                         ids=[f"{m} {p.removeprefix(A)}" for m, p, _, _ in ENDPOINTS])
def test_response_matches_spec(shared_api: Api, ids, method: str, spec_path: str, status: int, form) -> None:
    path = concrete(spec_path, shared_api, ids)
    response = shared_api.session.request(method, shared_api.emulator.url + path, data=form, timeout=10)
    assert response.status_code == status, response.text
    body = response.json()
    validate(spec_path, method, status, body)
    if method == "GET" and spec_path.endswith("s.json") and "page_size" in body:
        list_key = next(k for k, v in body.items() if isinstance(v, list))
        assert body[list_key], f"demo data should make {spec_path} non-empty"


def test_every_field_of_each_schema_is_present(shared_api: Api, ids) -> None:
    """Twilio sends every property of the schema, null when it does not apply."""
    for method, spec_path, status, form in ENDPOINTS:
        if method != "GET" or "{Sid}" not in spec_path and "{CallSid}.json" not in spec_path:
            continue
        schema = SPEC["paths"][spec_path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        expected = set(SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]["properties"])
        body = shared_api.get(concrete(spec_path, shared_api, ids)).json()
        assert set(body) == expected, spec_path


def test_list_filters_cover_the_spec() -> None:
    """Every query parameter the spec lists for a served list endpoint is understood by the emulator."""
    from twiliocli.emulator import catalog

    by_path = {kind.api.path: kind for kind in catalog.ALL}
    for path, operations in SPEC["paths"].items():
        template = path.removeprefix(API_PREFIX).removesuffix(".json")
        kind = by_path.get(template)
        if kind is None or "get" not in operations:
            continue
        params = {p["name"].rstrip("<>") for p in operations["get"].get("parameters", []) if p["in"] == "query"}
        params -= {"PageSize", "Page", "PageToken"}
        assert params <= set(kind.filters), f"{path}: {params - set(kind.filters)} not filterable"
