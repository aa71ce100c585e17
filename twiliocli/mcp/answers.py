"""What a tool answers: JSON text, bounded in records and bytes, escaped, secrets scrubbed.

An assistant reads whatever a tool returns, so an answer is treated like a table cell: every
string (keys too) goes through `cells.escape_terminal`, the function tables use, so controls,
bidi overrides and line breaks from the API arrive as visible escapes and cannot pose as
instructions on lines of their own. The run's credentials are scrubbed from the finished text
(`Runtime.redact`); the API client already masks `auth_token`/`secret` fields as it decodes.
A list never holds more than `limit` records nor more than `max_bytes`, and says when it was cut.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

from twiliocli.output.cells import escape_terminal

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
DEFAULT_MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class Bounds:
    """How much one answer may hold: `max_limit` records at most, `max_bytes` of JSON text."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_limit: int = MAX_LIMIT

    def limit(self, asked: Any) -> int:
        """The record limit for a call: what was asked, within 1..max_limit (default DEFAULT_LIMIT)."""
        value = DEFAULT_LIMIT if asked is None else int(asked)
        return max(1, min(value, self.max_limit))


def clean(value: Any) -> Any:
    """A JSON value with every string (and key) escaped as a table cell escapes it."""
    if isinstance(value, str):
        return escape_terminal(value)
    if isinstance(value, Mapping):
        return {escape_terminal(str(k)): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def listing(records: Iterable[Mapping[str, Any]], limit: int, bounds: Bounds, *,
            fields: list[str] | None = None, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Up to `limit` records (one more is read, only to know whether there are more), cut
    further when their JSON would pass `bounds.max_bytes`; `note` says why a list stopped."""
    taken = list(islice(records, limit + 1))
    more = len(taken) > limit
    shown: list[Any] = []
    size = len(_dumps(dict(extra or {}))) + 200  # the envelope's own keys and the note
    cut_by_bytes = False
    for record in taken[:limit]:
        item = clean({k: record.get(k) for k in fields} if fields else record)
        item_size = len(_dumps(item).encode()) + 1
        if size + item_size > bounds.max_bytes:
            cut_by_bytes = True
            break
        shown.append(item)
        size += item_size
    answer: dict[str, Any] = {**clean(dict(extra or {})), "records": shown, "shown": len(shown),
                              "more": more or cut_by_bytes}
    if cut_by_bytes:
        answer["note"] = (f"cut at {len(shown)} records to stay under {bounds.max_bytes} bytes; "
                          "ask for fewer fields, a lower limit or narrower filters")
    elif more:
        answer["note"] = f"limited to {limit} records; there are more (narrow the filters, or raise limit up to {bounds.max_limit})"
    return answer


def record(value: Mapping[str, Any], bounds: Bounds, *, fields: list[str] | None = None) -> dict[str, Any]:
    """One record, escaped; a record too large for the byte cap keeps only its short fields."""
    item = clean({k: value.get(k) for k in fields} if fields else dict(value))
    if len(_dumps(item).encode()) <= bounds.max_bytes:
        return {"record": item}
    short = {k: v for k, v in item.items() if len(_dumps(v)) <= 200}
    return {"record": short, "note": f"fields over 200 bytes left out to stay under {bounds.max_bytes} bytes: "
                                     + ", ".join(sorted(set(item) - set(short)))}


def text(answer: Mapping[str, Any], redact: Callable[[str], str]) -> str:
    """The answer as the JSON text a tool returns, with the run's secrets scrubbed."""
    return redact(_dumps(answer))
