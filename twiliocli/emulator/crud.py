"""List, fetch, update and delete, for any resource described in `catalog`.

Route modules call these with a `Kind`, the columns that scope the request (account, parent
call/conference/recording) and, where Twilio shows the records under another path, a `View`.
Only what differs between resources (creation rules, state changes) lives in the route modules.
"""

from __future__ import annotations

from typing import Any

from werkzeug.wrappers import Response

from . import catalog, envelope, errors, validate
from .catalog import BOOL, DAY, EQ, FLAG, LIKE, Kind, View, camel
from .context import Context
from .dates import parse_bound
from .records import renderer
from .store import q


def filter_clauses(kind: Kind, ctx: Context) -> tuple[list[str], list[Any]]:
    """SQL conditions for the query parameters of `kind.filters` present in the request."""
    where: list[str] = []
    params: list[Any] = []
    for param, spec in kind.filters.items():
        if spec.op == DAY:
            for suffix in ("", "<", ">"):
                value = ctx.args.get(param + suffix)
                if value:
                    start, end = parse_bound(param + suffix, value)
                    column = q(spec.column)
                    if suffix == ">":
                        where.append(f"{column} >= ?"), params.append(start)
                    elif suffix == "<":
                        where.append(f"{column} < ?"), params.append(end)
                    else:
                        where.append(f"{column} >= ? AND {column} < ?"), params.extend((start, end))
            continue
        value = ctx.args.get(param)
        if value is None or value == "" or not spec.column:
            continue
        if spec.op == FLAG:
            flag = validate.boolean(ctx.args, param)
            where.append(f"{q(spec.column)} = ?"), params.append(int(bool(flag)))
        elif spec.op == LIKE:
            # Twilio matches a phone number pattern anywhere, `*` standing for any digit.
            pattern = "%" + value.strip().replace("*", "_") + "%"
            where.append(f"{q(spec.column)} LIKE ?"), params.append(pattern)
        else:
            assert spec.op == EQ
            where.append(f"{q(spec.column)} = ?"), params.append(value)
    return where, params


def scope_clauses(scope: dict[str, Any]) -> tuple[list[str], list[Any]]:
    return [f"{q(c)} = ?" for c in scope], list(scope.values())


def list_response(ctx: Context, kind: Kind, scope: dict[str, Any], view: View | None = None,
                  list_key: str | None = None, where: tuple[list[str], list[Any]] = ([], [])) -> dict:
    """A page of `kind` records within `scope` (and `where`), filtered by the request's query.

    The rows are read as tuples of just the columns the records show and rendered to JSON text
    (`records.Renderer`), which the envelope carries as is."""
    size = envelope.page_size(ctx.args)
    scoped, params = scope_clauses(scope)
    where, params = scoped + where[0], params + where[1]
    more_where, more_params = filter_clauses(kind, ctx)
    shape = renderer(kind, view, listing=True)
    rows, page, has_next, has_prev = envelope.fetch_page(ctx.store, kind, shape.columns, where + more_where,
                                                         params + more_params, ctx.args, size)
    host = ctx.host
    return envelope.envelope(ctx.path, ctx.args, list_key or kind.api.list_key, rows,
                             lambda row: shape.json(row, host), size, page, has_next, has_prev)


def find(ctx: Context, kind: Kind, **where: Any) -> dict:
    """The record matching `where`, or Twilio's 404 naming the requested path."""
    row = ctx.store.get(kind, **where)
    if row is None:
        raise errors.not_found(ctx.path)
    return row


def settings(ctx: Context, kind: Kind, names: tuple[str, ...]) -> dict[str, Any]:
    """The updatable fields present in the form, validated by their type and name."""
    booleans = frozenset(f.name for f in kind.fields if f.kind == BOOL)
    changes = {}
    for name in names:
        param = camel(name)
        if param in ctx.form:
            changes[name] = validate.setting(ctx.form, name, param, booleans)
    return changes


def update(ctx: Context, kind: Kind, row: dict, changes: dict[str, Any]) -> dict:
    if changes and "date_updated" in kind.columns:
        changes = {**changes, "date_updated": ctx.now()}
    return ctx.store.update(kind, row, changes)


def require_active(ctx: Context) -> None:
    """Suspended accounts may read but not place calls, send messages or buy numbers."""
    if ctx.account is not None and ctx.account["status"] != "active":
        raise errors.inactive_account()


def owns_number(ctx: Context, number: str, caller_ids: bool = False) -> bool:
    """Whether `number` is one of the account's numbers (or verified caller IDs, for calls)."""
    if number == validate.MAGIC_VALID_FROM:
        return True
    if ctx.store.get(catalog.NUMBERS, account_sid=ctx.account_sid, phone_number=number):
        return True
    return caller_ids and ctx.store.get(catalog.CALLER_IDS, account_sid=ctx.account_sid, phone_number=number) is not None


def no_content() -> Response:
    return Response(status=204)
