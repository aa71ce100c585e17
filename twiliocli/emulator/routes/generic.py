"""Routes for every operation of the spec that no hand-written route serves, from `spec_kinds`.

Create (POST to a list path) makes a record from the form, list and fetch read them, update
(POST to an instance path) sets the form's fields, delete answers 204. Records are scoped by the
addressed account and by the path's parent ids, whose records must exist (else Twilio's 404).
The form is checked as the spec describes it: required parameters (Twilio's "Missing required
parameter"), enums, integers, booleans, URLs and HTTP methods (Twilio's "Invalid" parameter).
A parameter naming another record (`REFERENCES`) must name one of the account's; a mapping,
whose schema has no column for it, *is* that record seen from its domain (same SID and name).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Response

from .. import catalog, crud, errors, spec_kinds, validate
from ..catalog import BOOL, INT, JSON, Kind
from ..context import Context
from ..errors import ApiError
from ..records import render, snake
from ..spec_kinds import Family, Operation, Param, normalized
from ..store import random_sid
from ..validate import SQLITE_INT

Route = tuple[str, str, Callable[..., Any]]


def parent_kinds() -> dict[str, Kind]:
    """Kinds by the shape of their list path: where a path's parent ids are looked up."""
    found = {normalized(f.list_path): f.kind for f in spec_kinds.families().values()}
    found.update({normalized(k.api.path): k for k in catalog.ALL})
    return found


PARENTS = parent_kinds()


def scope(ctx: Context, family: Family, ids: dict[str, str]) -> dict[str, Any]:
    """The columns the path fixes, once each parent record is known to exist in the account."""
    where: dict[str, Any] = {"account_sid": ctx.account_sid}
    for placeholder, column in family.parents[1:]:
        parent = PARENTS.get(normalized(family.list_path.split("/{" + placeholder + "}")[0]))
        if parent is not None:
            crud.find(ctx, parent, account_sid=ctx.account_sid, **{parent.key: ids[placeholder]})
        where[column] = ids[placeholder]
    return where


def value(ctx: Context, family: Family, param: Param, kind: str) -> Any:
    """A form parameter as its schema types it, or Twilio's 400 for a value it does not accept."""
    form, name, schema = ctx.form, param.name, param.schema
    if param.enum:
        return validate.choice(form, name, param.enum)
    if schema.get("format") == "uri":
        websocket = name in spec_kinds.WEBSOCKET_URLS.get(family.list_path, ())
        return validate.url(form, name, schemes=validate.WEBSOCKET if websocket else validate.WEB)
    if schema.get("format") == "http-method":
        return validate.method(form, name)
    if kind == INT or schema.get("type") == "integer":
        return validate.integer(form, name, *SQLITE_INT)
    if kind == BOOL or schema.get("type") == "boolean":
        return validate.boolean(form, name)
    if schema.get("type") == "array":
        return [v for raw in form.getlist(name) for v in raw.replace(",", " ").split()]
    if kind == JSON:  # kept as a JSON document: a string is one too
        return json.dumps(form[name])
    return form[name]


def form_values(ctx: Context, family: Family, operation: Operation) -> dict[str, Any]:
    kind = family.kind
    values: dict[str, Any] = {}
    for param in operation.form:
        if param.required and not ctx.form.get(param.name):
            raise errors.missing(param.name)
        if param.name not in ctx.form:
            continue
        converted = value(ctx, family, param, kind.field(param.column).kind if param.column in kind.columns else "")
        if param.name in spec_kinds.REFERENCES:
            values.update(reference(ctx, kind, param.name, converted))
        elif param.column in kind.columns:
            values[param.column] = converted
    return values


def reference(ctx: Context, kind: Kind, param: str, sid: str) -> dict[str, Any]:
    """The columns a reference sets: its own column, or (a mapping) the referenced SID and name."""
    target = spec_kinds.kind(spec_kinds.REFERENCES[param])
    row = ctx.store.get(target, account_sid=ctx.account_sid, sid=sid)
    if row is None:
        raise errors.invalid(param, sid)
    column = snake(param)
    if column in kind.columns:
        return {column: sid}
    return {"sid": sid, "friendly_name": row["friendly_name"]}


def show(ctx: Context, family: Family, operation: Operation, row: dict) -> dict:
    return render(family.kind, row, operation.view, host=ctx.host)


def create(family: Family, operation: Operation) -> Callable[..., Any]:
    kind = family.kind

    def handler(ctx: Context, **ids: str) -> tuple[dict, int]:
        where = scope(ctx, family, ids)
        given = {**form_values(ctx, family, operation), **where}
        unique = {c: given.get(c) for c in kind.unique_columns}
        existing = ctx.store.get(kind, **unique) if None not in unique.values() else None
        if existing is not None and not family.singleton:
            raise ApiError(400, 20001, f"{given.get(kind.key)} already exists in {ctx.path}")
        if existing is not None:  # one per parent: a new one replaces it
            ctx.store.delete(kind, existing)
        sid = given.get("sid") or (random_sid(kind.prefix) if kind.prefix else None)
        row = ctx.store.insert(kind, spec_kinds.record(family, given, ctx.now(), sid))
        ctx.count(f"{kind.table}_created")
        return show(ctx, family, operation, row), operation.status
    return handler


def find(ctx: Context, family: Family, ids: dict[str, str]) -> dict:
    key_param = spec_kinds.PLACEHOLDER.findall(family.instance_path or "")[-1]
    return crud.find(ctx, family.kind, **scope(ctx, family, ids), **{family.kind.key: ids[key_param]})


def listing(family: Family, operation: Operation) -> Callable[..., Any]:
    def handler(ctx: Context, **ids: str) -> dict:
        return crud.list_response(ctx, family.kind, scope(ctx, family, ids), operation.view, operation.list_key)
    return handler


def fetch(family: Family, operation: Operation) -> Callable[..., Any]:
    def handler(ctx: Context, **ids: str) -> dict:
        return show(ctx, family, operation, find(ctx, family, ids))
    return handler


def update(family: Family, operation: Operation) -> Callable[..., Any]:
    def handler(ctx: Context, **ids: str) -> tuple[dict, int]:
        row = find(ctx, family, ids)
        row = crud.update(ctx, family.kind, row, form_values(ctx, family, operation))
        ctx.count(f"{family.kind.table}_updated")
        return show(ctx, family, operation, row), operation.status
    return handler


def delete(family: Family, operation: Operation) -> Callable[..., Any]:
    def handler(ctx: Context, **ids: str) -> Response:
        ctx.store.delete(family.kind, find(ctx, family, ids))
        ctx.count(f"{family.kind.table}_deleted")
        return crud.no_content()
    return handler


def handler_for(family: Family, operation: Operation) -> Callable[..., Any]:
    on_instance = operation.template != family.list_path
    if operation.method == "DELETE":
        return delete(family, operation)
    if operation.method == "POST":
        return update(family, operation) if on_instance else create(family, operation)
    return fetch(family, operation) if on_instance else listing(family, operation)


def unserved(hand: Iterable[Route]) -> list[tuple[Family, Operation]]:
    """The spec's operations that `hand` does not serve: none of its routes matches the path
    (`…/AvailablePhoneNumbers/{CountryCode}/{Type}` serves `…/{CountryCode}/Local` too)."""
    rules = Map([Rule(spec_kinds.PLACEHOLDER.sub(r"<\1>", t), endpoint=t, methods=[m]) for m, t, _ in hand])
    adapter = rules.bind("emulator")

    def served(operation: Operation) -> bool:
        try:
            adapter.match(spec_kinds.PLACEHOLDER.sub(r"\1", operation.template), method=operation.method)
        except HTTPException:
            return False
        return True

    return [(family, operation) for family in spec_kinds.families().values() for operation in family.operations
            if not served(operation)]


def routes(left: Iterable[tuple[Family, Operation]]) -> tuple[Route, ...]:
    """A route for each operation `unserved` left to the generic store."""
    return tuple((o.method, o.template, handler_for(f, o)) for f, o in left)


def kinds(left: Iterable[tuple[Family, Operation]]) -> tuple[Kind, ...]:
    """The kinds the generic routes keep records of (each needs a table)."""
    return tuple({f.kind.table: f.kind for f, _ in left}.values())
