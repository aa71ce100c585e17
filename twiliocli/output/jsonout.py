"""JSON and JSON Lines writers: the API's own objects, streamed one record at a time.

`json.dumps(ensure_ascii=False)` keeps other scripts and emoji readable and already escapes C0
controls (ESC becomes `\\u001b`), but it writes DEL, C1 controls, bidi controls, line separators
and lone surrogates raw. Those are rewritten as `\\uXXXX` escapes afterwards: they can only occur
inside JSON strings, so the document stays valid and `json.loads` gives back the same strings.

A JSON array is written as `[` (once the first record has arrived), records separated by `,\\n`,
then `]`. If the record source fails half-way the closing `]` is never written, so a truncated
result cannot pass for a complete one; if it fails before the first record, nothing is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from .cells import printable
from .pacing import paced

_LINE = json.JSONEncoder(ensure_ascii=False).encode  # built once: json.dumps with options builds one a call
_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def _u_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(obj: Any, indent: int | None = None) -> str:
    """Serialise `obj` as terminal-safe JSON text (see the module docstring)."""
    text = _LINE(obj) if indent is None else json.dumps(obj, ensure_ascii=False, indent=indent)
    return text if printable(text) else _UNSAFE.sub(_u_escape, text)


def project(record: dict[str, Any], columns: Sequence[str] | None) -> dict[str, Any]:
    """The record itself, or only `columns` in that order (a missing one as null)."""
    if columns is None:
        return record
    return {c: record.get(c) for c in columns}


def write_json(
    records: Iterable[dict[str, Any]], columns: Sequence[str] | None, stream: TextIO, indent: int | None = None,
) -> int:
    """A JSON array, one compact object a line (`indent`: pretty, for people); never holds more than one record."""
    write = stream.write
    count = 0
    for count, record in enumerate(paced(records, stream), 1):
        write("[\n" if count == 1 else ",\n")
        write(dumps(project(record, columns), indent))
    write("\n]\n" if count else "[]\n")
    stream.flush()
    return count


def write_json_items(records: Iterable[dict[str, Any]], columns: Sequence[str] | None, stream: TextIO) -> int:
    """The inside of a JSON array as `write_json` writes it: objects separated by `,\\n`, with
    neither brackets nor a final newline (an export's slices are joined from these; see `sink`)."""
    write = stream.write
    count = 0
    for count, record in enumerate(paced(records, stream), 1):
        write(dumps(project(record, columns)) if count == 1 else ",\n" + dumps(project(record, columns)))
    stream.flush()
    return count


def write_jsonl(records: Iterable[dict[str, Any]], columns: Sequence[str] | None, stream: TextIO) -> int:
    """One compact JSON object a line."""
    write = stream.write
    count = 0
    for count, record in enumerate(paced(records, stream), 1):
        write(dumps(project(record, columns)) + "\n")
    stream.flush()
    return count
