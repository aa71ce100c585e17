"""How one command prints records, decided once and before any request.

Every command that prints records builds a `Printer` from its output options first, so a bad
`--fields` or `--output` is refused (exit 2) whether or not credentials exist, and every
command follows the same rules:

- format: `-o`, else the configured default, else table on a terminal and tsv otherwise;
- columns: `--fields` (checked below), else the resource's default columns for a list and
  every field for one record;
- whole objects: json and jsonl print the API's objects unchanged unless `--fields` was given.

`--fields` names are checked against the resource's field list. A name outside it is checked
against the first record instead (Twilio adds fields before the spec lists them, e.g. a call's
`annotation`), so nothing is refused that the records carry — unless it is a near miss of a
listed name (`stauts`), or the command changes something (a create should not run only to find
its output refused): those are refused up front.

A reader who goes away (`| head -1`) ends the output: the `BrokenPipeError` becomes
`PipeClosed`, which the entry point turns into a quiet exit 0.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import Any, TextIO

from twiliocli import timefmt
from twiliocli.errors import PipeClosed, UsageError


class UnknownFieldError(UsageError, ValueError):
    """A `--fields` name the records do not have; the message lists the valid ones."""


@contextmanager
def pipe_end() -> Iterator[None]:
    """Turn a closed stdout pipe into `PipeClosed`: a normal end, not a failure."""
    try:
        yield
    except BrokenPipeError:
        raise PipeClosed from None


def split_fields(value: str | Sequence[str] | None) -> list[str]:
    """`"sid, status,,sid"` -> `["sid", "status"]`: blanks and repeats dropped, order kept."""
    names = value.split(",") if isinstance(value, str) else value or ()
    return list(dict.fromkeys(f.strip() for f in names if f.strip()))


class Selection:
    """The fields a command prints: the chosen ones, or the defaults.

    `unverified` are chosen names outside the resource's field list, checked against the first
    record by `check` when `defer` allows, else refused here (see the module docstring).
    """

    def __init__(
        self, default: Sequence[str], fields: str | Sequence[str] | None, known: Iterable[str] = (), *, defer: bool = True,
    ) -> None:
        chosen = split_fields(fields)
        self.chosen = bool(chosen)
        self.columns: list[str] = chosen or list(default)
        self.valid = set(default).union(known)
        self.unverified = tuple(f for f in chosen if f not in self.valid) if self.valid else ()
        if self.unverified:
            import difflib  # only for a name the field list lacks
        for name in self.unverified:
            near = difflib.get_close_matches(name, self.valid, n=1, cutoff=0.75)
            if near:
                raise UnknownFieldError(f"Unknown field '{name}'; did you mean '{near[0]}'? Valid fields: {self._list()}")
        if not defer:
            self.check({})

    def check(self, record: Mapping[str, Any]) -> None:
        """Refuse chosen names neither the field list nor this (first) record has."""
        missing = [f for f in self.unverified if f not in record]
        if missing:
            raise UnknownFieldError(f"Unknown field '{missing[0]}'. Valid fields: {self._list(record)}")
        self.unverified = ()

    def _list(self, record: Mapping[str, Any] | None = None) -> str:
        return ", ".join(sorted(self.valid.union(record or ())))

    def checked(self, records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
        """`records`, the first one checked (no cost per record when nothing needs checking)."""
        if not self.unverified:
            return records
        rest = iter(records)
        first = next(rest, None)
        if first is None:
            return ()
        self.check(first)
        return chain([first], rest)


def resolve_columns(default: Sequence[str], fields: Sequence[str] | None, known: Iterable[str] | None = None) -> list[str]:
    """The columns to print: `fields` (blank entries and repeats dropped) or `default`; with
    `known`, a name outside `default` and `known` is refused (no record to check it against)."""
    return Selection(default, fields, () if known is None else known, defer=known is None).columns


def default_format(stream: TextIO | None = None) -> str:
    """"table" when `stream` (stdout by default) is a terminal, "tsv" for pipes and files."""
    if stream is None:
        stream = sys.stdout
    try:
        return "table" if stream.isatty() else "tsv"
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return "tsv"


class Printer:
    """Prints the records of one command to stdout (see the module docstring)."""

    def __init__(
        self,
        columns: Sequence[str] | Mapping[str, int],
        *,
        known: Iterable[str] = (),
        fmt: str | None = None,
        fields: str | Sequence[str] | None = None,
        header: bool = True,
        excel_safe: bool = False,
        whole_records: bool = False,
        defer: bool = True,
        shorten: Iterable[str] = (),
        pager: list[str] | None = None,
        tz: str | None = None,
        priority: Mapping[str, int] | None = None,
        keep_all: bool = False,
        fields_option: bool = True,
    ) -> None:
        """`pager`: the command long output goes through on a terminal (`pager.command()`), or None.
        `tz`: the zone table, tsv and csv show dates in (`UTC`, `local`, `Europe/Paris`; None: UTC).
        `priority`: which columns a narrow table keeps longest, when `columns` is a list (a report's
        point columns at 1); `keep_all`: a narrow table drops no column (as with `--fields`);
        `fields_option`: the command has `--fields` (the hint for a narrow table names it)."""
        from twiliocli.output import FORMATS

        if fmt is not None and fmt not in FORMATS:
            raise UsageError(f"Unknown output format '{fmt}'. Valid formats: {', '.join(FORMATS)}")
        self.format = fmt or default_format(sys.stdout)
        try:
            self.tz = timefmt.zone(tz) if tz else None
        except ValueError as exc:
            raise UsageError(f"--tz: {exc}") from None
        self.header = header
        self.excel_safe = excel_safe
        self.selection = Selection(columns, fields, known, defer=defer)
        # A table on a narrow terminal leaves out columns by priority (see `table.plan`).
        self.priority = priority if priority is not None else columns if isinstance(columns, Mapping) else None
        # Columns named with --fields are never dropped: text is shortened, then the table wraps.
        self.keep_all = keep_all or self.selection.chosen
        self.fields_option = fields_option
        self.shorten = frozenset(shorten)
        self.layout: dict[str, Any] = {}  # the first screen's columns and widths, for later rows (--watch)
        whole = not self.selection.chosen and (whole_records or self.format in ("json", "jsonl"))
        # None: every field the record has (json keeps the object itself).
        self.columns: list[str] | None = None if whole else self.selection.columns
        from .screen import Screen

        self.screen = Screen(pager)

    @classmethod
    def for_resource(
        cls, resource: Any, opts: Mapping[str, Any], *, whole_records: bool = False, defer: bool = True,
        pager: list[str] | None = None,
    ) -> Printer:
        """A printer from a command's output options (`output`, `fields`, `no_header`, `excel_safe`, `tz`)
        for a resource declaration (its default `columns` and its `fields`)."""
        return cls(
            resource.columns, known=resource.fields, fmt=opts.get("output"), fields=opts.get("fields"),
            header=not opts.get("no_header"), excel_safe=bool(opts.get("excel_safe")), whole_records=whole_records,
            defer=defer, shorten=resource.shorten, pager=pager, tz=opts.get("tz"),
        )

    def record(self, record: Mapping[str, Any]) -> None:
        """One record (a `get`, or what a create or an action answered)."""
        from twiliocli.output import write_record

        self.selection.check(record)
        with pipe_end(), self.screen.paged() as screen:
            json = self.format in ("json", "jsonl")
            write_record(dict(record), self.format, self.columns, stream=screen.json() if json else screen.stream,
                         header=self.header, excel_safe=self.excel_safe, pretty=screen.terminal,
                         console=screen.console() if self.format == "table" else None, tz=self.tz)

    def document(self, value: Any) -> None:
        """Any JSON answer, keys and values unchanged (`twiliocli api`), escaped like every record."""
        from .jsonout import dumps

        with pipe_end(), self.screen.paged() as screen:
            out = screen.json()
            out.write(dumps(value, indent=2 if screen.terminal else None))
            out.write("\n")
            out.flush()

    def records(self, records: Iterable[dict[str, Any]]) -> int:
        """Stream a list; an empty table says so on stderr (formats for scripts stay silent). The
        pager, if any, starts with the first record."""
        from twiliocli.output import info, write_records

        rest = iter(self.selection.checked(records))
        first = next(rest, None)
        records = () if first is None else chain([first], rest)
        with pipe_end(), self.screen.paged(first is not None) as screen:
            if self.format == "table" and self.columns is not None:
                from .table import write_table

                count = write_table(records, self.columns, screen.console(), header=self.header,
                                    priority=self.priority, shorten=self.shorten, left_out=self._left_out, tz=self.tz,
                                    keep_all=self.keep_all, layout=self.layout)
            else:
                json = self.format in ("json", "jsonl")
                count = write_records(records, self.format, self.columns, stream=screen.json() if json else screen.stream,
                                      header=self.header, excel_safe=self.excel_safe,
                                      full_objects=not self.selection.chosen, pretty=screen.terminal, tz=self.tz)
        if not count and self.format == "table":
            info("No records found.")
        return count

    def count(self, n: int) -> None:
        """The `--count` answer."""
        from twiliocli.output import write_count

        with pipe_end():
            write_count(n, self.format, stream=sys.stdout)


    def _left_out(self, columns: list[str]) -> None:
        """Tell a person at a terminal which columns a narrow table left out, and how to see them."""
        from .messages import info

        if sys.stderr.isatty():
            how = "choose with --fields, or -o tsv for all" if self.fields_option else "-o tsv for all"
            info(f"Left out to fit the terminal: {', '.join(columns)} ({how}).")
