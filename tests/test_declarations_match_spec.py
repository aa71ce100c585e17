"""The hand-written declarations (api/resources.py) agree with Twilio's spec, as the derived ones do
by construction: paths, list keys, SID prefixes, filters, settings and their choices."""

from __future__ import annotations

import pytest

from twiliocli.api import declared
from twiliocli.api import resources as R
from twiliocli.api.spec import Operation, operations

ACCOUNT = declared.ACCOUNT
# Settings the spec does not list for a resource's own create/update, and where they are sent instead.
ELSEWHERE = {
    ("numbers", "PhoneNumber"): "CreateIncomingPhoneNumber", ("numbers", "AreaCode"): "CreateIncomingPhoneNumber",
}


def spec_path(resource: R.Resource) -> str:
    return resource.path if resource.path.startswith("/Accounts") else ACCOUNT + resource.path


def collection_ops(resource: R.Resource) -> dict[str, Operation]:
    """The spec's operations on the resource's collection and its instances, by verb."""
    path = resource.path.replace("{Type}", "Local")
    out = {}
    for op in operations().values():
        if declared.collection_of(op) == path:
            out[declared.verb_of(op, singleton=False)] = op
    return out


DECLARED = [r for r in R.ALL if collection_ops(r)]


def test_every_classic_resource_but_the_sandbox_is_in_the_spec() -> None:
    assert {r.name for r in R.ALL} - {r.name for r in DECLARED} == {"sandbox"}


@pytest.mark.parametrize("resource", DECLARED, ids=[r.name for r in DECLARED])
def test_declaration_agrees_with_the_spec(resource: R.Resource) -> None:
    ops = collection_ops(resource)
    listing, instance = ops.get("list"), ops.get("get")
    if listing and resource.list_keys:
        assert resource.list_key == listing.list_key, "list key"
    if instance and instance.path.endswith("}"):
        own = instance.where("path")[-1]
        if own.sid_prefix:
            assert resource.sid_prefix == own.sid_prefix, "SID prefix"
    if resource.schema:
        assert any(op.schema == resource.schema for op in ops.values()), "schema"
    query = {p.name: p for p in listing.where("query")} if listing else {}
    for f in resource.filters:
        if f.local:
            continue
        assert f.param in query, f"filter --{f.option}: {f.param} is no query parameter of {listing.id}"
        enum = query[f.param].enum
        if f.choices and enum:
            assert set(f.api_values or f.choices) <= set(enum), f"--{f.option} choices outside the spec's enum"
    forms = {p.name: p for verb in ("create", "update") if verb in ops for p in ops[verb].where("form")}
    for s in resource.settings:
        where = ELSEWHERE.get((resource.name, s.param))
        params = {p.name: p for p in operations()[where].where("form")} if where else forms
        assert s.param in params, f"setting --{s.option}: {s.param} is not sent by the spec's create/update"
        if s.choices and params[s.param].enum:
            assert set(s.api_values or s.choices) <= set(params[s.param].enum), f"--{s.option} choices"
