"""Schemathesis fuzzes the emulator with Twilio's official OpenAPI document.

Every operation of the document that the emulator's route table serves is exercised with
generated requests (valid and invalid ones) over real HTTP, with the demo account's credentials.
Each answer must be: no 5xx; a status the document lists for the operation, or a Twilio error
JSON (4xx); and, when documented, a body that conforms to the document's schema, including its
`date-time-rfc-2822` format and the examples-over-schema widenings of `emulator_helpers.spec`.

`AccountSid` is always the demo account (a random one only ever answers 401); the other path
parameters are either generated or, in a share of the cases Hypothesis picks, real demo records,
so that fetches, updates and deletes reach their handlers with fuzzed query and form data. Query
and form values are sometimes replaced by one of `ODD_VALUES`, inputs that crashed the emulator.

Not checked: schemathesis's `status_code_conformance` (the document lists only success codes;
`documented_or_twilio_error` stands for it) and its positive/negative data acceptance checks
(Twilio, and so the emulator, ignores unknown parameters and accepts more than the schema says).
The coverage phase is off: its cases are built before hooks run, so their path parameters stay
the schema's examples (3 in 4 requests stopped at a 404) and it tripled the run time without
finding anything the fuzzing phase does not.

Bounded for CI: MAX_EXAMPLES per operation, derandomized, no example database, one fresh
emulator per operation so that no operation's outcome depends on another's (or on xdist's split).
Set EMULATOR_FUZZ_STATS=FILE to append each operation's status-code counts to FILE as JSON lines.
"""

from __future__ import annotations

import copy
import json
import os
from collections import Counter

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis 4 needs Python 3.11+ (CI fuzzes on the newest)")

from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance  # noqa: E402

from twiliocli.emulator.config import DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN  # noqa: E402
from twiliocli.emulator.validate import E164  # noqa: E402

from tests.emulator_helpers import Api, demo_ids, path_values, running, served_operations, spec, validate  # noqa: E402

pytestmark = pytest.mark.slow
# 197 operations x 10 is about the 2,100 examples (85 x 25) run before the long tail was served;
# all 197 at 25 took 4 to 10 minutes, too long for a CI suite that must stay well under 10.
MAX_EXAMPLES = 10
OPERATIONS = served_operations()


def fuzz_document() -> dict:
    """The official document reduced to the operations the emulator serves (a copy: the loader
    rewrites the dict it is given, and `spec()` is shared)."""
    document = spec()
    served: dict[str, dict] = {}
    for method, path in OPERATIONS:
        served.setdefault(path, {})[method.lower()] = document["paths"][path][method.lower()]
    return copy.deepcopy({**document, "paths": served})


schemathesis.openapi.format("phone-number", st.from_regex(E164, fullmatch=True))
schema = schemathesis.openapi.from_dict(fuzz_document())
schema.config.phases.coverage.enabled = False
schema.config.update(basic_auth=(DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN), parameters={"path.AccountSid": DEMO_ACCOUNT_SID})


REAL = "real-demo-record"  # stands for a placeholder's real value until the emulator runs (URL-safe)


@schema.hook
def flatmap_path_parameters(context, path_parameters: dict) -> st.SearchStrategy:
    """Placeholders other than the account (set by the config) either as generated or real records."""
    if not path_parameters or set(path_parameters) == {"AccountSid"}:
        return st.just(path_parameters)
    real = {name: value if name == "AccountSid" else REAL for name, value in path_parameters.items()}
    return st.sampled_from([path_parameters, real])


# Values that have crashed number, URL and token parsers: non-ASCII digits ('²' passes
# str.isdigit() but not int(); int() takes '٣'), integers past SQLite's 64 bits, non-finite floats,
# an unclosed IPv6 host, empty and NUL values. Hypothesis rarely draws them on its own.
ODD_VALUES = ("²", "٣", "99999999999999999999", "-1", "", " ", "1e400", "nan", "http://[::1", "+1415555٣111",
              "\x00", "☃", "PA99999999999999999999_1")


def with_odd_value(values: dict | None) -> st.SearchStrategy:
    """`values` as generated, or with one of them replaced by an `ODD_VALUES` entry."""
    if not isinstance(values, dict) or not values:
        return st.just(values)
    odd = st.builds(lambda key, value: {**values, key: value}, st.sampled_from(sorted(values)),
                    st.sampled_from(ODD_VALUES))
    return st.one_of(st.just(values), odd)


@schema.hook
def flatmap_query(context, query: dict | None) -> st.SearchStrategy:
    return with_odd_value(query)


@schema.hook
def flatmap_body(context, body) -> st.SearchStrategy:
    return with_odd_value(body)


def documented_or_twilio_error(ctx, response, case) -> bool | None:
    """The document lists only each operation's success status; Twilio's refusals are its error JSON."""
    status = response.status_code
    if str(status) in case.operation.definition.raw.get("responses", {}):
        return None
    assert 400 <= status < 500, f"undocumented status {status}"
    body = response.json()
    assert set(body) == {"code", "message", "more_info", "status"}, body
    assert body["status"] == status and isinstance(body["code"], int), body
    return None


def conforms_with_formats(ctx, response, case) -> bool | None:
    """Documented answers also pass the spec tests' validator, which checks `date-time-rfc-2822`."""
    responses = case.operation.definition.raw.get("responses", {})
    content = responses.get(str(response.status_code), {}).get("content", {})
    if "application/json" in content:
        validate(case.operation.path, case.method, response.status_code, response.json())
    return None


CHECKS = [not_a_server_error, documented_or_twilio_error, response_schema_conformance, content_type_conformance,
          conforms_with_formats]


class Target:
    """The emulator one operation's test talks to, with real values for its path placeholders."""

    def __init__(self, api: Api):
        self.api = api
        self.ids = demo_ids(api)
        self.statuses: Counter[int] = Counter()

    def resolve(self, case) -> None:
        """Replace `REAL` placeholders by the demo records' values."""
        real = path_values(case.operation.path, self.api.account, self.ids)
        for name, value in case.path_parameters.items():
            if value == REAL:
                case.path_parameters[name] = real[name]


@pytest.fixture
def target(request):
    for emulator in running():
        target = Target(Api(emulator))
        yield target
    assert set(target.statuses) - {401}, "no generated request got past authentication"
    if os.environ.get("EMULATOR_FUZZ_STATS"):
        with open(os.environ["EMULATOR_FUZZ_STATS"], "a") as out:
            out.write(json.dumps({"test": request.node.name, "statuses": target.statuses}) + "\n")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
def test_fuzz(case, target: Target) -> None:
    target.resolve(case)
    response = case.call(base_url=target.api.emulator.url, timeout=10)  # credentials: schema.config
    target.statuses[response.status_code] += 1
    case.validate_response(response, checks=CHECKS)
