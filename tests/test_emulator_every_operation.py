"""Every operation of Twilio's OpenAPI document is served, and answers as the document says.

One walk over all of them, in an order that makes each one's inputs exist: parents before
children, creates before reads, reads before updates, deletes last (children first). Each
placeholder is filled with a record of its own resource: the one the walk created, else the
first its list shows (the demo data has one of each). Forms are the spec's required parameters
with valid values, or the hand-picked ones `test_emulator_spec` sends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from twiliocli.emulator import spec_kinds
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.spec_kinds import normalized, template_of

from tests.emulator_helpers import Api, demo_ids, path_values, running, served_operations, spec, validate
from tests.test_emulator_spec import ENDPOINTS

SPEC = spec()
OPERATIONS = [(method.upper(), path) for path, item in SPEC["paths"].items() for method in item
              if method in ("get", "post", "delete")]
LIVE_CALL = {"To": "+14155550111", "From": "+15005550006", "Twiml": '<Response><Pause length="3000"/></Response>'}
FORMS = {
    **{(method, path): form for method, path, _, form in ENDPOINTS if form},
    ("POST", "/2010-04-01/Accounts/{AccountSid}/Calls.json"): LIVE_CALL,
    ("POST", "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json"): {
        "From": "+15005550006", "To": "+14155550190", "ConferenceRecord": "record-from-start"},
    ("POST", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"): {"Body": ""},
    ("POST", "/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json"): {"AnnounceUrl": "https://x.example/a"},
    ("POST", "/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json"): {"DomainName": "walk.sip.twilio.com"},
    ("POST", "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json"): {"Status": "paused"},
    ("POST", "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json"): {"Url": "wss://x.example/stream"},
    ("POST", "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json"): {"Status": "paused"},
}
# Before these, the record must be finished (Twilio deletes no live call, no in-flight message).
FINISH_FIRST = {"/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json": {"Status": "completed"}}
SAMPLES = {"uri": "https://x.example/hook", "http-method": "POST", "iso-country-code": "US"}


@pytest.fixture(scope="module")
def api() -> Iterator[Api]:
    for emulator in running(EmulatorConfig(ring_seconds=0, call_seconds=3600, delivery_seconds=0)):
        yield Api(emulator)


def order(operation: tuple[str, str]) -> tuple:
    """Creates, lists, fetches (parents first), then updates and deletes (children first: a
    conference's recording is paused before the conference ends)."""
    method, path = operation
    template = template_of(path)
    on_instance = template.endswith("}")
    depth = template.count("/") - on_instance
    phase = {("POST", False): 0, ("GET", False): 1, ("GET", True): 2, ("POST", True): 3}.get((method, on_instance), 4)
    return (phase, depth if phase < 3 else -depth, path)


def sample(param: spec_kinds.Param, found: dict[str, str]) -> str:
    if param.name in spec_kinds.REFERENCES:
        return found[normalized(spec_kinds.REFERENCES[param.name])]
    if param.name.endswith("Sid"):
        return "XE" + "0" * 32
    if param.enum:
        return param.enum[0]
    schema = param.schema
    return SAMPLES.get(schema.get("format", ""), {"integer": "1", "boolean": "true"}.get(schema.get("type", ""), "walk"))


def form_for(method: str, path: str, found: dict[str, str]) -> dict[str, str]:
    if (method, path) in FORMS:
        return FORMS[(method, path)]
    operation = SPEC["paths"][path][method.lower()]
    return {p.name: sample(p, found) for p in spec_kinds.form_of(operation) if p.required}


def concrete(path: str, account: str, found: dict[str, str], demo: dict[str, dict[str, str]]) -> str:
    """The path with each placeholder filled by a record of the resource it names: the walk's
    own, else (an empty list under the walk's parent) the demo data's."""
    template = template_of(path)
    values, prefix = {"AccountSid": account, **({"Sid": account} if template == "/Accounts/{Sid}" else {})}, ""
    for segment in template.split("/")[1:]:
        name = segment[1:-1] if segment.startswith("{") else None
        if name and name != "AccountSid" and normalized(prefix) in found:
            values[name] = found[normalized(prefix)]
        prefix += "/" + segment
    if len(values) < template.count("{"):
        values = {**values, **path_values(path, account, demo)}
    return "/2010-04-01" + re.sub(r"{(\w+)}", lambda m: values[m.group(1)], template) + ".json"


def remember(found: dict[str, str], path: str, method: str, body: dict) -> None:
    """The key of the record a create answered with, or of the first one a list shows."""
    template = template_of(path)
    family = spec_kinds.families().get(template)
    if family is None:
        return
    listed = [v for v in body.values() if isinstance(v, list)]
    record = (listed[0][0] if listed and listed[0] else None) if method == "GET" else body
    key = normalized(template)
    if record and family.kind.key in record and (method == "POST" or key not in found):
        found[key] = record[family.kind.key]


def still_listed(api: Api, url: str) -> str:
    parent, _ = url.removesuffix(".json").rsplit("/", 1)
    listed = [v for v in api.get(parent + ".json").json().values() if isinstance(v, list)]
    shape = normalized(template_of(re.sub(r"/[A-Z]{2}[0-9a-f]{32}", "/{}", parent)))
    family = next((f for f in spec_kinds.families().values() if normalized(f.list_path) == shape), None)
    if not listed or not listed[0] or family is None:
        return url
    return f"{parent}/{listed[0][0][family.kind.key]}.json"


def test_every_operation_of_the_spec_is_served() -> None:
    missing = sorted(set(OPERATIONS) - set(served_operations()))
    assert not missing, f"{len(missing)} of {len(OPERATIONS)} operations not served: {missing}"
    assert len(OPERATIONS) == 197


def test_every_operation_answers_as_the_spec_says(api: Api) -> None:
    found: dict[str, str] = {}
    demo = demo_ids(api)
    failures = []
    for method, path in sorted(OPERATIONS, key=order):
        status = int(next(iter(SPEC["paths"][path][method.lower()]["responses"])))
        try:
            url = concrete(path, api.account, found, demo)
        except KeyError as missing:
            failures.append(f"{method} {path}: no {missing} to address (its create or list failed)")
            continue
        if method == "DELETE":  # what its list still shows: an earlier delete may have taken the walk's
            url = still_listed(api, url)
            if path in FINISH_FIRST:
                api.post(url, FINISH_FIRST[path])
        response = api.session.request(method, api.url(url), data=form_for(method, path, found), timeout=10,
                                       allow_redirects=False)
        if response.status_code != status:
            failures.append(f"{method} {url}: {response.status_code} {response.text[:300]}")
            continue
        if status != 204:
            try:
                validate(path, method, status, response.json())
            except Exception as error:  # noqa: BLE001 - every failure is reported together
                failures.append(f"{method} {path}: {str(error)[:300]}")
                continue
            remember(found, path, method, response.json())
    assert not failures, "\n".join(failures)
