"""The emulator's responses validate against Twilio's official OpenAPI document, endpoint by endpoint.

The spec is OpenAPI 3.0: `nullable` becomes a JSON-schema null type, `$ref`s resolve within the
document, and its `date-time-rfc-2822` format is checked. Where the spec's own examples contradict
its schema (Twilio sends some `number` fields as strings, e.g. transcription prices), the emulator
follows the examples (the wire) and the schema is widened for exactly those fields, found by
scanning the examples, never listed by hand.
"""

from __future__ import annotations

import copy
import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path

import jsonschema
import pytest

from twiliocli.emulator.app import API_PREFIX
from twiliocli.emulator.routes import ROUTES

from emulator_helpers import Api, shared_api, shared_emulator  # noqa: F401  (fixtures)

SPEC_PATH = Path("/work/shared/twilio-openapi/twilio_api_v2010.json")
if not SPEC_PATH.exists():  # the spec ships next to the repository in the shared workspace
    SPEC_PATH = Path(__file__).resolve().parents[2] / "shared" / "twilio-openapi" / "twilio_api_v2010.json"
pytestmark = pytest.mark.skipif(not SPEC_PATH.exists(), reason="Twilio OpenAPI document not available")
RFC2822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$")


def load_spec() -> dict:
    return json.loads(SPEC_PATH.read_text()) if SPEC_PATH.exists() else {"paths": {}, "components": {"schemas": {}}}


SPEC = load_spec()
SCHEMAS = SPEC["components"]["schemas"]


def drifted_fields() -> dict[tuple[str, str], str]:
    """(schema, property) -> JSON type, where the spec's own examples contradict its schema: `number`
    fields sent as strings, non-nullable enums sent as null (e.g. a running conference's end reason)."""
    drift: dict[tuple[str, str], str] = {}
    for operations in SPEC["paths"].values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values() if isinstance(operation, dict) else ():
                content = response.get("content", {}).get("application/json", {})
                ref = content.get("schema", {}).get("$ref")
                items = [(ref, e["value"]) for e in content.get("examples", {}).values()] if ref else []
                for prop in content.get("schema", {}).get("properties", {}).values():
                    item_ref = prop.get("items", {}).get("$ref")
                    if item_ref:
                        items += [(item_ref, record) for e in content.get("examples", {}).values()
                                  for record in next((v for v in e["value"].values() if isinstance(v, list)), [])]
                for schema_ref, record in items:
                    name = schema_ref.rsplit("/", 1)[-1]
                    for key, spec in SCHEMAS[name].get("properties", {}).items():
                        if spec.get("type") == "number" and isinstance(record.get(key), str):
                            drift[(name, key)] = "string"
                        elif key in record and record[key] is None and "$ref" in spec and not spec.get("nullable"):
                            drift[(name, key)] = "null"
    return drift


def to_json_schema(node, drift: dict[tuple[str, str], str], schema_name: str | None = None):
    """OpenAPI 3.0 -> JSON schema: `nullable` as a null type (or alternative), widened drift fields."""
    if isinstance(node, list):
        return [to_json_schema(n, drift) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v, drift) for k, v in node.items() if k != "properties"}
    if "properties" in node:
        out["properties"] = {}
        for key, prop in node["properties"].items():
            converted = to_json_schema(prop, drift)
            if drift.get((schema_name, key)) == "string":
                converted["type"] = ["number", "string"]
            elif drift.get((schema_name, key)) == "null":
                converted = {"anyOf": [converted, {"type": "null"}]}
            out["properties"][key] = converted
    if node.get("nullable"):
        if "$ref" in out:
            out = {"anyOf": [{"$ref": out.pop("$ref")}, {"type": "null"}]}
        elif "type" in out:
            out["type"] = [*([out["type"]] if isinstance(out["type"], str) else out["type"]), "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
    return out


DRIFT = drifted_fields()
COMPONENTS = {"schemas": {name: to_json_schema(schema, DRIFT, name) for name, schema in SCHEMAS.items()}}
FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("date-time-rfc-2822")
def is_rfc2822(value) -> bool:
    return not isinstance(value, str) or (bool(RFC2822.match(value)) and parsedate_to_datetime(value) is not None)


def validate(spec_path: str, method: str, status: int, body) -> None:
    response = SPEC["paths"][spec_path][method.lower()]["responses"][str(status)]
    schema = response["content"]["application/json"]["schema"]
    document = {**to_json_schema(copy.deepcopy(schema), DRIFT), "components": COMPONENTS}
    jsonschema.Draft7Validator(document, format_checker=FORMATS).validate(body)


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
]


def first(api: Api, path: str, key: str, **params) -> dict:
    return api.get(path, **params).json()[key][0]


@pytest.fixture(scope="module")
def ids(shared_api: Api) -> dict[str, dict[str, str]]:
    """Concrete values for each spec path's placeholders, taken from the demo data."""
    api = shared_api
    completed = first(api, "/Calls.json", "calls", Status="completed")
    noted = first(api, "/Notifications.json", "notifications")
    recording = first(api, "/Calls/{}/Recordings.json".format(completed["sid"]), "recordings")
    transcription = first(api, "/Transcriptions.json", "transcriptions")
    live = first(api, "/Conferences.json", "conferences", Status="in-progress")
    ended = first(api, "/Conferences.json", "conferences", Status="completed")
    participant = first(api, f"/Conferences/{live['sid']}/Participants.json", "participants")
    conference_recording = first(api, "/Recordings.json", "recordings", ConferenceSid=ended["sid"])
    queued = api.post("/Calls.json", {"To": "+14155550111", "From": "+15005550006", "Url": "https://x.example/t"}).json()
    by_path = {
        "/Accounts/{Sid}.json": {"Sid": api.account},
        "/Applications/{Sid}": {"Sid": first(api, "/Applications.json", "applications")["sid"]},
        "/Calls/{Sid}": {"Sid": queued["sid"]},
        "/Calls/{CallSid}/Notifications": {"CallSid": noted["call_sid"], "Sid": noted["sid"]},
        "/Calls/{CallSid}/Recordings": {"CallSid": completed["sid"], "Sid": recording["sid"]},
        "/OutgoingCallerIds/{Sid}": {"Sid": first(api, "/OutgoingCallerIds.json", "outgoing_caller_ids")["sid"]},
        "/Conferences/{ConferenceSid}/Recordings": {"ConferenceSid": ended["sid"], "Sid": conference_recording["sid"]},
        "/Conferences/{ConferenceSid}/Participants": {"ConferenceSid": live["sid"], "CallSid": participant["call_sid"]},
        "/Conferences/{Sid}": {"Sid": ended["sid"]},
        "/Notifications/{Sid}": {"Sid": noted["sid"]},
        "/IncomingPhoneNumbers/{Sid}": {"Sid": first(api, "/IncomingPhoneNumbers.json", "incoming_phone_numbers")["sid"]},
        "/AvailablePhoneNumbers/{CountryCode}": {"CountryCode": "US"},
        "/Mobile.json": {"CountryCode": "GB"},
        "/Recordings/{Sid}": {"Sid": recording["sid"]},
        "/Recordings/{RecordingSid}": {"RecordingSid": transcription["recording_sid"], "Sid": transcription["sid"]},
        "/Transcriptions/{Sid}": {"Sid": transcription["sid"]},
        "/Messages/{Sid}": {"Sid": first(api, "/Messages.json", "messages")["sid"]},
    }
    return by_path


def concrete(spec_path: str, api: Api, ids: dict[str, dict[str, str]]) -> str:
    values = {"AccountSid": api.account}
    for fragment, found in sorted(ids.items(), key=lambda item: len(item[0])):  # most specific last
        if fragment in spec_path:
            values.update(found)
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


def test_every_spec_route_served_is_validated_here() -> None:
    """Each emulator route that exists in the spec appears in ENDPOINTS (DELETEs answer 204, no body)."""
    covered = {(m, p) for m, p, _, _ in ENDPOINTS}
    spec_paths = {re.sub(r"{\w+}", "{}", p): p for p in SPEC["paths"]}
    for method, template, _ in ROUTES:
        spec_path = spec_paths.get(re.sub(r"{\w+}", "{}", API_PREFIX + template + ".json"))
        if spec_path and method != "DELETE" and method.lower() in SPEC["paths"][spec_path]:
            assert (method, spec_path) in covered, f"{method} {spec_path} is served but not validated"


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
