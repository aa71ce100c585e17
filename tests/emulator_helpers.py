"""Fixtures for the emulator's tests: a real server on a free port, a small HTTP client, and Twilio's
OpenAPI document (loaded once, with the conversions its validation needs)."""

from __future__ import annotations

import copy
import functools
import re
import ssl
import threading
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

import jsonschema
import pytest
import requests
from werkzeug.exceptions import HTTPException

from twiliocli import openapi
from twiliocli.emulator.app import create_app, route_map
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background

from tests.conftest import STILL, run_cli


class Api:
    """requests against one emulator, with paths relative to the addressed account."""

    def __init__(self, emulator: RunningEmulator, sid: str | None = None, token: str | None = None,
                 account: str | None = None):
        self.emulator = emulator
        self.session = requests.Session()
        self.session.auth = (sid or emulator.account_sid, token or emulator.auth_token)
        self.account = account or sid or emulator.account_sid

    def url(self, path: str) -> str:
        if path.startswith("http"):
            return path
        if path.startswith("/2010-04-01") or path.startswith("/_emulator"):
            return self.emulator.url + path
        return f"{self.emulator.url}/2010-04-01/Accounts/{self.account}{path}"

    def get(self, path: str, **params) -> requests.Response:
        return self.session.get(self.url(path), params=params, timeout=10)

    def post(self, path: str, data=None) -> requests.Response:
        return self.session.post(self.url(path), data=data or {}, timeout=10)

    def delete(self, path: str) -> requests.Response:
        return self.session.delete(self.url(path), timeout=10)

    def records(self, path: str, key: str, **params) -> list[dict]:
        """Every record of a list, following next_page_uri."""
        out, page = [], self.get(path, **params).json()
        while True:
            out += page[key]
            if not page["next_page_uri"]:
                return out
            page = self.get(page["next_page_uri"]).json()


def first(api: Api, path: str, key: str, **params) -> dict:
    return api.get(path, **params).json()[key][0]


def demo_ids(api: Api) -> dict[str, dict[str, str]]:
    """Spec path fragment -> values for its placeholders, taken from the demo data (creates a queued call)."""
    completed = first(api, "/Calls.json", "calls", Status="completed")
    noted = first(api, "/Notifications.json", "notifications")
    recording = first(api, "/Calls/{}/Recordings.json".format(completed["sid"]), "recordings")
    transcription = first(api, "/Transcriptions.json", "transcriptions")
    live = first(api, "/Conferences.json", "conferences", Status="in-progress")
    ended = first(api, "/Conferences.json", "conferences", Status="completed")
    participant = first(api, f"/Conferences/{live['sid']}/Participants.json", "participants")
    conference_recording = first(api, "/Recordings.json", "recordings", ConferenceSid=ended["sid"])
    mms = next(m for m in api.records("/Messages.json", "messages") if m["num_media"] != "0")
    picture = first(api, f"/Messages/{mms['sid']}/Media.json", "media_list")
    queue = first(api, "/Queues.json", "queues")
    member = first(api, f"/Queues/{queue['sid']}/Members.json", "queue_members")
    number = next(n for n in api.records("/IncomingPhoneNumbers.json", "incoming_phone_numbers")
                  if api.get(f"/IncomingPhoneNumbers/{n['sid']}/AssignedAddOns.json").json()["assigned_add_ons"])
    added = first(api, f"/IncomingPhoneNumbers/{number['sid']}/AssignedAddOns.json", "assigned_add_ons")
    extension = first(api, f"/IncomingPhoneNumbers/{number['sid']}/AssignedAddOns/{added['sid']}/Extensions.json",
                      "extensions")
    analysed = next(r for r in api.records("/Recordings.json", "recordings")
                    if api.get(f"/Recordings/{r['sid']}/AddOnResults.json").json()["add_on_results"])
    result = first(api, f"/Recordings/{analysed['sid']}/AddOnResults.json", "add_on_results")
    payload = first(api, f"/Recordings/{analysed['sid']}/AddOnResults/{result['sid']}/Payloads.json", "payloads")
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
        "/Messages/{MessageSid}/Media": {"MessageSid": mms["sid"], "Sid": picture["sid"]},
        "/Queues/{QueueSid}/Members": {"QueueSid": queue["sid"], "CallSid": member["call_sid"]},
        "/AssignedAddOns/{AssignedAddOnSid}/Extensions": {"ResourceSid": number["sid"], "AssignedAddOnSid": added["sid"],
                                                          "Sid": extension["sid"]},
        "/Recordings/{ReferenceSid}": {"ReferenceSid": analysed["sid"], "Sid": result["sid"],
                                       "AddOnResultSid": result["sid"], "PayloadSid": payload["sid"]},
        "/AddOnResults/{AddOnResultSid}/Payloads/{Sid}": {"Sid": payload["sid"]},
        "/Calls/{CallSid}/Events": {"CallSid": first(api, "/Calls.json", "calls", Status="busy")["sid"]},
    }
    return {**long_tail_ids(api), **by_path}


def long_tail_ids(api: Api) -> dict[str, dict[str, str]]:
    """Values for the placeholders of every family `spec_kinds` derives: its first record, under
    its parent's first record, keyed by the family's path (a fragment `path_values` matches)."""
    from twiliocli.emulator import spec_kinds

    found: dict[str, dict[str, str]] = {}  # list path -> the placeholders of its first record's path
    for family in sorted(spec_kinds.families().values(), key=lambda f: f.list_path.count("/")):
        parent_path, _, rest = family.list_path.removeprefix(spec_kinds.ACCOUNT).rpartition("/{")
        values = {"AccountSid": api.account}
        if parent_path:
            parent = found.get(spec_kinds.ACCOUNT + parent_path)
            if parent is None:
                continue
            parent[rest.split("}")[0]] = parent["Sid"]  # what the children call it (`CallSid`)
            values.update(parent)
        if family.instance_path is None or not family.instance_path.endswith("}"):
            continue
        path = re.sub(r"{(\w+)}", lambda m: values[m.group(1)], family.list_path)
        listed = [v for v in api.get(path.removeprefix(f"/Accounts/{api.account}") + ".json").json().values()
                  if isinstance(v, list)]
        key = spec_kinds.PLACEHOLDER.findall(family.instance_path)[-1]
        first_key = (listed[0][0].get(family.kind.key) if listed and listed[0] else None
                     ) or family.kind.prefix + "0" * 32  # none yet (made by the API only): a 404
        found[family.list_path] = {**values, key: first_key, "Sid": first_key}
    return {path.removeprefix(spec_kinds.ACCOUNT): values for path, values in found.items()}


def path_values(spec_path: str, account: str, ids: dict[str, dict[str, str]]) -> dict[str, str]:
    """Real values for the placeholders of `spec_path` (those `ids` knows), in `account`."""
    values = {"AccountSid": account}
    for fragment, found in sorted(ids.items(), key=lambda item: len(item[0])):  # most specific last
        if fragment in spec_path:
            values.update(found)
    return values


def advance(api: Api, seconds: float) -> None:
    """Move the emulator's clock on (`POST /_emulator/clock`): calls end, messages deliver, no test waits."""
    assert api.post("/_emulator/clock", {"seconds": str(seconds)}).status_code == 200


def running(config: EmulatorConfig | None = None) -> Iterator[RunningEmulator]:
    emulator = start_background(config or EmulatorConfig(**STILL))
    try:
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture(scope="module")
def shared_emulator() -> Iterator[RunningEmulator]:
    """One demo emulator for tests that only read (or create records nobody else counts)."""
    yield from running()


@pytest.fixture
def api(emulator: RunningEmulator) -> Api:
    """A client of a fresh demo emulator (conftest's `emulator`), for tests that change state."""
    return Api(emulator)


@pytest.fixture(scope="module")
def shared_api(shared_emulator: RunningEmulator) -> Api:
    return Api(shared_emulator)


def assert_error(response: requests.Response, status: int, code: int) -> dict:
    """Twilio's error body: exactly code, message, more_info and status."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message", "more_info", "status"}
    assert (body["code"], body["status"]) == (code, status), body
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"
    return body


# ---------------------------------------------------------------------------------------------
# Twilio's official OpenAPI document, as the spec and fuzz tests read it: the facts vendored in
# twiliocli/openapi (scripts/vendor_spec.py), parsed once per test process.
#
# The document is OpenAPI 3.0. Where its own
# examples contradict its schema (Twilio sends some `number` fields as strings, e.g. transcription
# prices, some non-nullable enums as null), the emulator follows the examples (the wire), so the
# schema is widened for exactly those fields, found by scanning the examples, never listed by hand.
# The examples also show that a response's `uri` format means a URI reference (relative links,
# "" for an unset callback), so every response `uri` is read that way. Its custom `date-time-rfc-2822` format is checked here, by `FORMATS`.

ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
RFC2822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$")


@functools.cache
def spec() -> dict:
    """The document with its schemas widened to its own examples (see above); treat it as read-only."""
    document = copy.deepcopy(openapi.document())
    relative_uris = False
    for schema, example in response_examples(document):
        relative_uris |= widen_to_example(document, schema, example)
    if relative_uris:  # relative links, "" for unset callbacks: the wire's `uri` is a URI reference
        for schema, _ in response_schemas(document):
            for node in walk(schema):
                if node.get("format") == "uri":
                    node["format"] = "uri-reference"
    return document


def response_schemas(document: dict) -> Iterator[tuple[dict, list]]:
    """Each JSON response schema (and the components), with the example values documented for it."""
    for operations in document["paths"].values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values() if isinstance(operation, dict) else ():
                content = response.get("content", {}).get("application/json", {})
                if "schema" in content:
                    yield content["schema"], [e["value"] for e in content.get("examples", {}).values()]
    yield document["components"]["schemas"], []


def response_examples(document: dict) -> Iterator[tuple[dict, object]]:
    for schema, examples in response_schemas(document):
        for example in examples:
            yield schema, example


def walk(node) -> Iterator[dict]:
    """Every object nested in `node`, itself included."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def widen_to_example(document: dict, schema: dict, value) -> bool:
    """Widen, in place, each property of `schema` that its example `value` contradicts: a `number`
    sent as a string (prices), a non-nullable `$ref` sent as null (a running conference's end
    reason). Whether the example has a relative or empty `uri` (links, unset callbacks)."""
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    relative_uris = False
    if isinstance(value, list) and "items" in schema:
        for item in value:
            relative_uris |= widen_to_example(document, schema["items"], item)
    for key, item in value.items() if isinstance(value, dict) else ():
        prop = schema.get("properties", {}).get(key)
        if prop is None:
            continue
        if item is None and "$ref" in prop:
            prop["nullable"] = True
        elif isinstance(item, str) and prop.get("type") == "number":
            prop["anyOf"] = [{"type": prop.pop("type")}, {"type": "string"}]
            prop.pop("format", None)
        elif isinstance(item, str) and prop.get("format") == "uri":
            relative_uris |= not ABSOLUTE_URI.match(item)
        else:
            relative_uris |= widen_to_example(document, prop, item)
    return relative_uris


def to_json_schema(node):
    """OpenAPI 3.0 -> JSON schema: `nullable` becomes a null type (or a null alternative)."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if k != "nullable"}
    if not node.get("nullable"):
        return out
    if "type" in out and "$ref" not in out:
        out["type"] = [*([out["type"]] if isinstance(out["type"], str) else out["type"]), "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [out, {"type": "null"}]}


@functools.cache
def json_schema_components() -> dict:
    return {"schemas": {name: to_json_schema(schema) for name, schema in spec()["components"]["schemas"].items()}}


FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("date-time-rfc-2822")
def is_rfc2822(value) -> bool:
    return not isinstance(value, str) or (bool(RFC2822.match(value)) and parsedate_to_datetime(value) is not None)


def validate(spec_path: str, method: str, status: int, body) -> None:
    """Raise jsonschema's ValidationError unless `body` is what the spec documents for that answer."""
    response = spec()["paths"][spec_path][method.lower()]["responses"][str(status)]
    schema = response["content"]["application/json"]["schema"]
    document = {**to_json_schema(schema), "components": json_schema_components()}
    jsonschema.Draft7Validator(document, format_checker=FORMATS).validate(body)


def served_operations() -> list[tuple[str, str]]:
    """(METHOD, spec path) of every operation of the spec that the emulator's route table serves."""
    adapter = route_map().bind("emulator")
    served = []
    for spec_path, operations in spec()["paths"].items():
        sample = re.sub(r"{(\w+)}", r"\1", spec_path.removesuffix(".json"))  # any segment matches a placeholder
        for method in operations:
            if method.upper() in ("GET", "POST", "DELETE"):
                try:
                    adapter.match(sample, method=method.upper())
                except HTTPException:
                    continue
                served.append((method.upper(), spec_path))
    return served


@pytest.fixture(scope="module")
def tls_emulator(tmp_path_factory):
    """The emulator behind HTTPS with a certificate from a throw-away CA (trustme)."""
    trustme = pytest.importorskip("trustme")
    from werkzeug.serving import make_server

    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    folder = tmp_path_factory.mktemp("tls")
    ca_file = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    config = EmulatorConfig(empty=True)
    server = make_server("127.0.0.1", 0, create_app(config), threaded=True, ssl_context=context)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"https://localhost:{server.server_port}", ca_file, config
    server.shutdown()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A mirror file of the test's own."""
    return tmp_path / "mirror.db"


def sync(db: Path, *args: str) -> None:
    """`twiliocli sync --db DB ARGS`, which must succeed quietly."""
    result = run_cli("sync", "--db", str(db), *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
