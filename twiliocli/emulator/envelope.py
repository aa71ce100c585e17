"""Twilio's list envelope, with keyset pagination.

`PageToken` carries the sort key of the last (`PA…`, next page) or first (`PB…`, previous page)
record shown, so fetching page 1000 of a million rows is one index seek, like page 1. `Page`
without a token falls back to an offset, as old clients send it.
Records are newest first (`order` column, then insertion order on ties), a total, stable order.

Rows arrive as tuples starting with `_id` and the sort column, and leave as JSON text
(`records.Renderer`): the body's records are `Rendered`, written into the body as they are.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from . import errors
from .catalog import Kind
from .store import Store, q
from .validate import SQLITE_INT, whole_number

PAGING = ("PageSize", "Page", "PageToken")
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


def page_size(args: MultiDict, default: int = DEFAULT_PAGE_SIZE) -> int:
    raw = args.get("PageSize")
    if raw is None or raw == "":
        return default
    size = whole_number(raw, 1, MAX_PAGE_SIZE)
    if size is None:
        raise errors.page_size(raw, too_large=whole_number(raw, MAX_PAGE_SIZE + 1, math.inf) is not None)
    return size


def page_number(args: MultiDict, size: int) -> int:
    """`Page`, so far only as its records' offset (`Page` × `size`) still fits an SQLite integer."""
    raw = args.get("Page", "0") or "0"
    page = whole_number(raw, 0, SQLITE_INT[1] // size)
    if page is None:
        raise errors.invalid("Page", raw)
    return page


def decode_token(token: str) -> tuple[str, int, int]:
    """`PA1571418000_42` -> ("PA", 1571418000, 42)."""
    direction, rest = token[:2], token[2:]
    value, _, row_id = rest.partition("_")
    sort_key, row = whole_number(value), whole_number(row_id)
    if direction not in ("PA", "PB") or sort_key is None or row is None:
        raise errors.page_token(token)
    return direction, sort_key, row


def link(path: str, args: MultiDict, size: int, page: int, token: str | None = None) -> str:
    """A page URI: the caller's filters in their order, then Twilio's paging parameters."""
    pairs = [(k, v) for k, v in args.items(multi=True) if k not in PAGING]
    pairs += [("PageSize", size), ("Page", page)] + ([("PageToken", token)] if token else [])
    return f"{path}?{urlencode(pairs)}"


Row = tuple  # the values of the columns asked for, `_id` and the kind's sort column first


def fetch_page(store: Store, kind: Kind, columns: Sequence[str], where: Sequence[str], params: Sequence[Any],
               args: MultiDict, size: int) -> tuple[list[Row], int, bool, bool]:
    """Rows of the requested page (tuples of `columns`, which start with `_id` and `kind.order`),
    its number, and whether pages exist after and before it."""
    select = ", ".join(q(c) for c in columns)
    page = page_number(args, size)
    order = f"{q(kind.order)} DESC, _id DESC"
    clause = " AND ".join(where) or "1"
    token = args.get("PageToken")
    if token:
        direction, value, row_id = decode_token(token)
        if direction == "PA":
            sql = (f"SELECT {select} FROM {kind.table} WHERE {clause} AND ({q(kind.order)}, _id) < (?, ?) "
                   f"ORDER BY {order} LIMIT ?")
            rows = store.rows(sql, [*params, value, row_id, size + 1])
            return rows[:size], page, len(rows) > size, True
        sql = (f"SELECT {select} FROM {kind.table} WHERE {clause} AND ({q(kind.order)}, _id) > (?, ?) "
               f"ORDER BY {q(kind.order)} ASC, _id ASC LIMIT ?")
        rows = store.rows(sql, [*params, value, row_id, size + 1])
        return list(reversed(rows[:size])), page, True, len(rows) > size
    sql = f"SELECT {select} FROM {kind.table} WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = store.rows(sql, [*params, size + 1, page * size])
    return rows[:size], page, len(rows) > size, page > 0


def envelope(path: str, args: MultiDict, list_key: str, rows: list[Row], render: Callable[[Row], str],
             size: int, page: int, has_next: bool, has_prev: bool) -> dict:
    """The 2010-04-01 list body: paging links, `start`/`end` positions and the records."""
    def token(direction: str, row: Row) -> str:
        return f"{direction}{row[1]}_{row[0]}"

    start = page * size
    return {
        "first_page_uri": link(path, args, size, 0),
        "end": start + max(len(rows) - 1, 0),
        "previous_page_uri": (link(path, args, size, page - 1, token("PB", rows[0]) if rows else None)
                              if has_prev and page > 0 else None),
        list_key: Rendered("[" + ", ".join([render(row) for row in rows]) + "]"),
        "uri": link(path, args, size, page, args.get("PageToken")),
        "page_size": size,
        "start": start,
        "next_page_uri": link(path, args, size, page + 1, token("PA", rows[-1])) if has_next and rows else None,
        "page": page,
    }


class Rendered(str):
    """JSON text rendered already (a page's records), written into a body as it is by `dumps`."""


def dumps(body: Any) -> str:
    """`json.dumps(body)`, byte for byte, with the `Rendered` values of a top-level object spliced in."""
    if not isinstance(body, dict) or not any(isinstance(value, Rendered) for value in body.values()):
        return json.dumps(body)
    return "{" + ", ".join(f"{json.dumps(key)}: {value if isinstance(value, Rendered) else json.dumps(value)}"
                           for key, value in body.items()) + "}"
