"""All printing of records: table (rich), tsv, csv, json, jsonl — streamed, and safe against hostile data.

Public API (importing it is cheap: rich loads only when a table is printed):

- `Printer` (from `.printer`): what commands use — format, `--fields` and the whole-object rule
  decided once, before any request; a closed pipe becomes `PipeClosed` (a quiet exit 0).
- `FORMATS`: the `-o/--output` choices.
- `default_format(stream=None)`: "table" on a terminal, else "tsv" (like gh).
- `resolve_columns(default, fields, known=None)`: the columns to show for `--fields`, or
  `UnknownFieldError` (exit 2) naming the valid ones.
- `write_records(records, fmt, columns, *, stream, header, excel_safe, full_objects)`: stream a
  list; returns the count.
- `write_record(record, fmt, columns=None, *, stream, header, excel_safe)`: one record (`get`).
- `write_count(n, fmt, stream)`: the `--count` answer: `42` or `{"count": 42}` for json/jsonl.
- `info`, `success`, `warn`, `error` (from `.messages`): human lines on stderr.

Records are consumed lazily from any iterable and written as they come, so memory stays flat
(the table keeps one batch of 50 to size its columns). Writers flush after the first record
and every 50, so `| head -1` sees data early. A `BrokenPipeError` from the stream propagates
from these writers; `Printer` and `pipe_end()` turn it into `PipeClosed`.

Table, TSV and CSV show ISO 8601 UTC dates, `true`/`false`, empty cells for null or missing
values and nested values as compact JSON; JSON and JSONL keep the API's values. Escaping and
flattening are defined in `.cells`.
"""

from __future__ import annotations

from itertools import chain
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from .messages import error, info, success, warn
from .printer import Printer, UnknownFieldError, default_format, pipe_end, resolve_columns

FORMATS = ("table", "tsv", "csv", "json", "jsonl")

__all__ = [
    "FORMATS", "Printer", "UnknownFieldError", "default_format", "pipe_end", "resolve_columns", "write_records",
    "write_record", "write_count", "info", "success", "warn", "error",
]


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"Unknown output format '{fmt}'. Valid formats: {', '.join(FORMATS)}")


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None,
    *,
    stream: TextIO,
    header: bool = True,
    excel_safe: bool = False,
    full_objects: bool = True,
    pretty: bool = False,
    tz: Any = None,
) -> int:
    """Write a list of records as `fmt` and return how many were written.

    `columns` drive table/tsv/csv (None: the first record's keys). json/jsonl write whole API
    objects while `full_objects` is true (pass `full_objects=not fields`), else only `columns`.
    `excel_safe` applies to csv only; `pretty` indents json's objects; `tz` (`timefmt.zone`) is
    the zone table, tsv and csv show dates in (None: UTC).
    """
    _check(fmt)
    if fmt in ("json", "jsonl"):
        from .jsonout import write_json, write_jsonl

        keep = None if full_objects else columns
        if fmt == "json":
            return write_json(records, keep, stream, indent=2 if pretty else None)
        return write_jsonl(records, keep, stream)
    if columns is None:
        records = iter(records)
        first = next(records, None)
        if first is None:
            return 0
        columns = list(first)
        records = chain([first], records)
    if fmt == "table":
        from .table import console_for, write_table

        return write_table(records, columns, console_for(stream), header=header, tz=tz)
    from .delimited import write_csv, write_tsv

    if fmt == "csv":
        return write_csv(records, columns, stream, header=header, excel_safe=excel_safe, tz=tz)
    return write_tsv(records, columns, stream, header=header, tz=tz)


def write_record(
    record: dict[str, Any],
    fmt: str,
    columns: Sequence[str] | None = None,
    *,
    stream: TextIO,
    header: bool = True,
    excel_safe: bool = False,
    pretty: bool = True,
    console: Any = None,
    tz: Any = None,
) -> None:
    """Write one record (a `get`): table as `field  value` lines (on `console`, if given), tsv/csv
    as header plus one row, json as one object (indented when `pretty`), jsonl as one line.
    `columns` None means every field."""
    _check(fmt)
    if fmt == "table":
        from .table import console_for, write_vertical

        write_vertical(record, list(record) if columns is None else columns, console or console_for(stream), tz)
    elif fmt == "json":
        from .jsonout import dumps, project

        stream.write(dumps(project(record, columns), indent=2 if pretty else None) + "\n")
        stream.flush()
    else:
        write_records([record], fmt, columns, stream=stream, header=header,
                      excel_safe=excel_safe, full_objects=columns is None, tz=tz)


def write_count(n: int, fmt: str, stream: TextIO) -> None:
    """The `--count` answer: a bare number for table/tsv/csv, `{"count": n}` for json/jsonl
    (an object, so scripts read it by name and it can grow without breaking them)."""
    _check(fmt)
    stream.write(f'{{"count": {n}}}\n' if fmt in ("json", "jsonl") else f"{n}\n")
    stream.flush()
