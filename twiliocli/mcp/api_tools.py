"""Tools that ask the Twilio API: list and get for every declared resource, its writes, usage summary.

They are made from the declarations the commands are made from: the hand-written resources of
`api/resources.py` and the spec-derived nodes of `api/declared.py`; their filters, settings, SID
prefixes and parent scopes are the commands' own. Writes are built from the spec's create,
update and delete operations; which of them need `confirm` is decided by `confirm_target`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from twiliocli import validate
from twiliocli.api import declared, resources as R
from twiliocli.api.spec import Operation
from twiliocli.errors import UsageError
from twiliocli.mcp import answers
from twiliocli.mcp.tool import FIELDS_PROPERTY, Call, Tool, fields_of, key, limit_property, obj, parsed, property_for

# Creates that cost money or place a call, by the end of their path -> the field that names their
# target (the number texted, called or bought), which `confirm` must repeat.
COSTLY_CREATES = {"/Messages": "To", "/Calls": "To", "/Participants": "To", "/IncomingPhoneNumbers": "PhoneNumber",
                  **{f"/IncomingPhoneNumbers/{t}": "PhoneNumber" for t in R.NUMBER_TYPE_PATHS.values()}}
# Creates whose recipient `--allow-to` narrows.
RECIPIENT_CREATES = ("/Messages", "/Calls", "/Participants")


@dataclass(frozen=True)
class Parent:
    """A parent SID (or code) the resource's path needs, as one required argument."""

    arg: str
    placeholder: str
    prefixes: tuple[str, ...]
    choices: tuple[str, ...] = ()

    def schema(self) -> dict[str, Any]:
        if self.choices:
            return {"type": "string", "enum": list(self.choices), "description": f"The {self.placeholder}."}
        which = " or ".join(f"{p}…" for p in self.prefixes)
        return {"type": "string", "description": f"The {which} SID of its {self.placeholder.removesuffix('Sid')}." if which
                else f"The {self.placeholder}."}

    def value(self, args: Mapping[str, Any]) -> str:
        text = str(args[self.arg])
        try:
            if self.choices and text not in self.choices:
                raise ValueError(f"use one of {', '.join(self.choices)}")
            return validate.sid(text, self.prefixes) if self.prefixes else validate.path_name(text, self.arg)
        except ValueError as exc:
            raise UsageError(f"{self.arg}: {exc}") from None


@dataclass(frozen=True)
class Target:
    """One resource as the tools see it: name stem, declaration, parents, operations by verb."""

    stem: str
    command: str  # the `twiliocli …` words of its group, for descriptions
    resource: R.Resource
    parents: tuple[Parent, ...]
    operations: Mapping[str, Operation]
    singleton: bool = False
    asks: frozenset[str] = frozenset()  # verbs its overlay confirms (they cost or end something)

    def ids(self, args: Mapping[str, Any]) -> dict[str, str]:
        return {p.placeholder: p.value(args) for p in self.parents}

    def sid(self, args: Mapping[str, Any]) -> str:
        r, text = self.resource, str(args["sid"])
        try:
            return validate.sid_or_label(text, r.sid_prefixes) if r.label else validate.sid(text, r.sid_prefixes)
        except ValueError as exc:
            raise UsageError(f"sid: {exc}") from None


def targets() -> Iterator[Target]:
    """Every resource with a list or a record to read: hand-written first, then the spec's nodes."""
    ops_by_path: dict[str, dict[str, Operation]] = {}
    from twiliocli.api.spec import operations

    for op in operations().values():
        ops_by_path.setdefault(declared.collection_of(op), {})[declared.verb_of(op, False)] = op
    for r in R.ALL:
        placeholders = [n for n in re.findall(r"{(\w+)}", r.path) if n != "AccountSid"]
        parents = tuple(Parent(declared.kebab(n).replace("-", "_"), n, declared.SCOPE_PREFIXES.get(n, ()),
                               tuple(sorted(set(r.extra.values()))) if n == "Type" else ()) for n in placeholders)
        words = (r.group, r.name) if r.part_of else (r.name,)
        singleton = not r.list_keys
        yield Target("_".join(words).replace("-", "_"), " ".join(words), r, parents,
                     ops_by_path.get(r.path, {}), singleton)
    for node in declared.nodes().values():
        parents = tuple(Parent(f"{s.name}_sid" if s.prefixes else s.name, s.placeholder, s.prefixes) for s in node.scope)
        asks = frozenset(v for v in node.operations if node.command(v) in node.overlay.ask)
        yield Target("_".join(node.words).replace("-", "_"), " ".join(node.words), node.resource, parents,
                     node.operations, node.singleton, asks)


def read_tools(t: Target, bounds: answers.Bounds) -> list[Tool]:
    r, tools = t.resource, []
    parents = {p.arg: p.schema() for p in t.parents}
    required = tuple(parents)
    fields = ", ".join(r.columns)
    if r.list_keys and not t.singleton:
        filters = {key(f): f for f in r.filters}
        described = f" Filters (as `twiliocli {t.command} list`): {', '.join(filters)}." if filters else ""
        tools.append(Tool(
            f"{t.stem}_list",
            f"List {lower(r.title)} from the Twilio API, newest first.{described} Returns JSON "
            f"{{records, shown, more, note}}: the API's records (main fields: {fields}), at most `limit` of them and "
            f"{bounds.max_bytes} bytes; `more` is true and `note` says so when there were more.",
            obj({**parents, **{k: property_for(f) for k, f in filters.items()}, "limit": limit_property(bounds),
                 "fields": FIELDS_PROPERTY}, required),
            lambda call, args: _list(t, filters, call, args)))
    if t.singleton or r.sid_prefix:
        sid = {} if t.singleton else {"sid": {"type": "string", "description": f"The {' or '.join(f'{p}…' for p in r.sid_prefixes)} SID"
                                              + (f", or its {r.label}." if r.label else ".")}}
        tools.append(Tool(
            f"{t.stem}_get",
            f"Get one record of {lower(r.title)} from the Twilio API. Returns JSON {{record}}: "
            f"every field the API gives (main ones: {fields}); secrets masked.",
            obj({**parents, **sid, "fields": FIELDS_PROPERTY}, (*required, *sid)),
            lambda call, args: _get(t, call, args)))
    return tools


def _list(t: Target, filters: Mapping[str, R.Filter], call: Call, args: dict[str, Any]) -> dict[str, Any]:
    from twiliocli.api import pagination
    from twiliocli.cli.framework.listing import local_match

    r = t.resource
    ids = t.ids(args)
    given = {f: parsed(f, args[k]) for k, f in filters.items() if args.get(k) is not None}
    query = {f.param: _api(f, v) for f, v in given.items() if not f.local}
    fields = fields_of(args, r.fields)
    limit = call.bounds.limit(args.get("limit"))
    keep = local_match(given)
    client = call.runtime.client()
    path = r.collection(AccountSid=client.account_sid, **ids)
    records: Any = pagination.iter_records(
        client, path, query, r.list_keys, limit=None if keep else limit + 1,
        page_size=pagination.MAX_PAGE_SIZE if keep else min(pagination.MAX_PAGE_SIZE, limit + 1))
    if keep is not None:
        records = filter(keep, records)
    if r.explained:
        from twiliocli.api.errorcodes import explain

        records = ({**rec, **{f"{source}_meaning": explain(rec.get(source)) for source in r.explained.values()}}
                   for rec in records)
        fields = fields and [*fields, *(f"{s}_meaning" for s in r.explained.values())]
    return answers.listing(records, limit, call.bounds, fields=fields)


def _get(t: Target, call: Call, args: dict[str, Any]) -> dict[str, Any]:
    r = t.resource
    ids = t.ids(args)
    sid = None if t.singleton else t.sid(args)
    fields = fields_of(args, r.fields)
    client = call.runtime.client()
    path = r.collection(AccountSid=client.account_sid, **ids) if sid is None else r.instance(sid, AccountSid=client.account_sid, **ids)
    return answers.record(client.get(path), call.bounds, fields=fields)


def _api(f: R.Filter, value: Any) -> Any:
    from twiliocli.cli.framework.signature import api_value

    return api_value(f, value)


# -- writes ---------------------------------------------------------------------------------------

VERBS = {"create": "POST", "update": "POST", "delete": "DELETE"}


def write_tools(t: Target) -> list[Tool]:
    """create/update/delete for each such operation of the spec (secrets and paired parameters,
    which the CLI reads from a prompt or as NAME=VALUE lists, are left out)."""
    tools = []
    for verb in ("create", "update", "delete"):
        op = t.operations.get(verb)
        if op is None or (verb != "create" and not (t.resource.sid_prefix or t.resource.label)):
            continue
        settings = {key(f): f for f in (declared.setting(p) for p in op.where("form")) if f.kind != R.PAIRS}
        required = tuple(key(declared.setting(p)) for p in op.where("form") if p.required and key(declared.setting(p)) in settings)
        parents = {p.arg: p.schema() for p in t.parents}
        sid = {"sid": {"type": "string", "description": "The SID of the record."}} if verb != "create" else {}
        tools.append(Tool(
            f"{t.stem}_{verb}",
            f"{_WHAT[verb]} {lower(t.resource.title)} (`{op.method} {op.path}`; needs "
            f"--allow-writes). {_confirm_help(t, verb)} Returns JSON {{record}}: the API's answer"
            + (", or {deleted: SID}." if verb == "delete" else "."),
            obj({**parents, **sid, **{k: property_for(f) for k, f in settings.items()},
                 "confirm": {"type": "string", "description": "The target repeated exactly, when the write needs it."}},
                (*parents, *sid, *required)),
            lambda call, args, verb=verb, settings=settings: _write(t, verb, settings, call, args),
            writes=True))
    return tools


_WHAT = {"create": "Create a record of", "update": "Change one record of", "delete": "Delete one record of"}


def _confirm_help(t: Target, verb: str) -> str:
    """What the description says `confirm` must be, as `confirm_target` decides it."""
    if verb == "delete":
        return "Needs confirm = the SID (there is no undo)."
    if verb == "update":
        return "A change of Status (hang up, cancel, end, suspend, stop) or an emptied Body needs confirm = the SID."
    field = next((f for end, f in COSTLY_CREATES.items() if t.resource.path.endswith(end)), None)
    if field is not None:
        narrowed = " --allow-to may narrow who can be reached." if t.resource.path.endswith(RECIPIENT_CREATES) else ""
        return f"It costs money: needs confirm = the {field} value.{narrowed}"
    if verb in t.asks:
        return f"Needs confirm = {t.parents[0].arg if t.parents else repr(t.stem)}."
    return "No confirm needed."


def lower(title: str) -> str:
    """A title inside a sentence: `Voice calls` -> `voice calls`, but `SMS and MMS …` stays."""
    return title[0].lower() + title[1:] if title[1:2].islower() else title


def confirm_target(t: Target, verb: str, sid: str | None, data: Mapping[str, Any], ids: Mapping[str, str]) -> str | None:
    """What `confirm` must repeat: the SID of what is destroyed, ended or changed for good; the
    number texted, called or bought; the parent of what the overlay confirms. None: nothing."""
    if verb == "delete":
        return sid
    if verb == "update":
        return sid if ("Status" in data or data.get("Body") == "" or verb in t.asks) else None
    field = next((f for end, f in COSTLY_CREATES.items() if t.resource.path.endswith(end)), None)
    if field is not None:
        return str(data.get(field) or data.get("AreaCode") or f"the {field}")
    if verb in t.asks:
        return next(iter(ids.values()), t.stem)
    return None


def _write(t: Target, verb: str, settings: Mapping[str, R.Filter], call: Call, args: dict[str, Any]) -> dict[str, Any]:
    from twiliocli.errors import CliError

    ids = t.ids(args)
    sid = t.sid(args) if verb != "create" else None
    data = {f.param: _api(f, parsed(f, args[k])) for k, f in settings.items() if args.get(k) is not None}
    if verb == "update" and not data:
        raise UsageError("Nothing to change: give at least one field")
    name = f"{t.stem}_{verb}"
    recipient = data.get("To") if verb == "create" and t.resource.path.endswith(RECIPIENT_CREATES) else None
    call.policy.check(name, confirm_target(t, verb, sid, data, ids), args.get("confirm"), recipient)
    client = call.runtime.client()
    target = dict(ids, AccountSid=client.account_sid)
    path = t.resource.collection(**target) if sid is None else t.resource.instance(sid, **target)
    try:
        answer = client.delete(path) if verb == "delete" else client.post(path, data)
    except CliError as exc:
        call.policy.done(name, VERBS[verb], path, f"failed: {exc.message}")
        raise
    call.policy.done(name, VERBS[verb], path, "done")
    return {"deleted": sid} if verb == "delete" else answers.record(answer, call.bounds)


# -- usage summary --------------------------------------------------------------------------------


def usage_summary(bounds: answers.Bounds) -> Tool:
    """`usage summary`: spend and counts by top-level category, most expensive first, the total last."""
    from twiliocli.cli.groups import usage

    since, until = R.USAGE_RECORDS.filters[1], R.USAGE_RECORDS.filters[2]

    def run(call: Call, args: dict[str, Any]) -> dict[str, Any]:
        from twiliocli.api import pagination

        dates = {f.param: _api(f, parsed(f, args[key(f)])) for f in (since, until) if args.get(key(f)) is not None}
        client = call.runtime.client()
        path = usage.collection(client, None if dates else args.get("period", "this-month"))
        rows = usage.summary_rows(list(pagination.iter_records(client, path, dates, R.USAGE_RECORDS.list_keys,
                                                               page_size=pagination.MAX_PAGE_SIZE)))
        return answers.listing(iter(rows), call.bounds.max_limit, call.bounds, fields=list(usage.SUMMARY_COLUMNS))

    return Tool(
        "usage_summary",
        "Spend and counts by top-level usage category for a period (as `twiliocli usage summary`), most expensive "
        f"first, the total (`totalprice`) last. Returns JSON {{records, shown, more}} with fields {', '.join(usage.SUMMARY_COLUMNS)}.",
        obj({"period": {"type": "string", "enum": list(usage.SUMMARY_PERIODS), "description": "The window (default this-month)."},
             "since": property_for(since), "until": property_for(until)}),
        run)
