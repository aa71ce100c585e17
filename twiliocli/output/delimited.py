"""TSV and CSV writers: the pipe and export paths, so no rich and as little work per record as can be.

Each column's formatter is chosen once; a record then costs a `dict.get` per cell, a call only
for cells that are not text (dates, objects), and one scan of the row for anything to escape.
"""

from __future__ import annotations

import csv
from itertools import chain
from operator import itemgetter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from twiliocli.timefmt import iso_date, shown_in

from .cells import escape_csv, escape_terminal, excel_safe, is_date_field, plain, printable, terminal_clean
from .pacing import paced

Row = Callable[[dict[str, Any]], list[str]]


def _cells(columns: Sequence[str], escape: Callable[[str], str], safe_for_excel: bool = False, tz: Any = None) -> Row:
    """The record -> finished cells function for these columns, built once per output.

    Equivalent to `escape(formatter(column)(value))` for each cell, arranged for an export that
    runs it for every record: values are fetched with one `map`, strings that are not dates cost
    no function call, and the escape runs only when one check of the whole row finds something
    to escape (almost never).
    """
    columns = list(columns)
    dates = [i for i, column in enumerate(columns) if is_date_field(column)]
    date_text = iso_date if tz is None else shown_in(tz)
    clean = _CLEAN[escape]

    def row(record: dict[str, Any]) -> list[str]:
        values = list(map(record.get, columns))
        cells = [v if v.__class__ is str else "" if v is None else plain(v) for v in values]
        for i in dates:
            value = values[i]
            if value.__class__ is str:  # formatter(column): iso_date for text, plain() for the rest
                cells[i] = date_text(value)
        if not clean("".join(cells)):
            cells = [escape(cell) for cell in cells]
        return cells

    if safe_for_excel:
        return lambda record: [excel_safe(cell) for cell in row(record)]
    return row


# For each escape, a test that the text needs none (then each part of it needs none either).
_CLEAN: dict[Callable[[str], str], Callable[[str], bool]] = {escape_csv: printable, escape_terminal: terminal_clean}


def write_tsv(
    records: Iterable[dict[str, Any]], columns: Sequence[str], stream: TextIO, *, header: bool = True, tz: Any = None,
) -> int:
    """Tab-separated, one record a line, every field escaped so lines and columns never shift."""
    row = _cells(columns, escape_terminal, tz=tz)
    write = stream.write
    records = _after_first(records)  # the header comes with the first record: none if that fails
    if header:
        write("\t".join(escape_terminal(c) for c in columns) + "\n")
    count = 0
    for count, record in enumerate(paced(records, stream), 1):
        write("\t".join(row(record)) + "\n")
    stream.flush()
    return count


def write_csv(
    records: Iterable[dict[str, Any]],
    columns: Sequence[str],
    stream: TextIO,
    *,
    header: bool = True,
    excel_safe: bool = False,
    tz: Any = None,
) -> int:
    """RFC 4180 (CRLF line ends, minimal quoting), the bytes the csv module writes.

    `csv.writer.writerow` costs about 0.6 µs a field (60 µs for a call record, whose
    `subresource_uris` always needs quotes); most rows need no quoting at all, which one scan of
    the joined line can tell, so those are joined directly, and the others are quoted field by
    field as QUOTE_MINIMAL does (same bytes, a fraction of the time). Columns that hold a JSON
    object or list in the first record (`subresource_uris`) are left out of that scan and quoted
    on their own, so a call row needs no per-field pass. Only a row of one empty field goes
    through the csv module, for its `""` spelling.
    """
    row = _cells(columns, escape_csv, excel_safe, tz)
    writer = csv.writer(stream)
    records = _after_first(records)
    if header:
        writer.writerow([escape_csv(c) for c in columns])
    write = stream.write
    nested: list[int] | None = None  # from the first record
    count = 0
    for count, record in enumerate(paced(records, stream), 1):
        cells = row(record)
        if nested is None:
            nested, others, commas = _split_nested(columns, record)
        line = ",".join(others(cells))
        if line and _unquoted(line, commas):
            for i in nested:
                cells[i] = _field(cells[i])
            write((",".join(cells) if nested else line) + "\r\n")
        elif cells != [""]:
            write(",".join(map(_field, cells)) + "\r\n")
        else:  # one empty field: the csv module's own spelling ("")
            writer.writerow(cells)
    stream.flush()
    return count


def _after_first(records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """`records`, once the first has arrived (or the source has ended), so that a header written
    next never precedes an error from fetching that first record."""
    rest = iter(records)
    first = next(rest, None)
    return rest if first is None else chain([first], rest)


Pick = Callable[[list[str]], Sequence[str]]


def _split_nested(columns: Sequence[str], first: dict[str, Any]) -> tuple[list[int], Pick, int]:
    """The columns holding a JSON object or list in the `first` record (quoted field by field), a
    function picking the other cells of a row (one scan tells whether they need quotes), and how
    many commas separate those. No such column, or only such columns: none apart."""
    nested = [i for i, c in enumerate(columns) if isinstance(first.get(c), (dict, list))]
    if not nested or len(nested) == len(columns):
        return [], lambda cells: cells, len(columns) - 1
    kept = [i for i in range(len(columns)) if i not in nested]
    return nested, itemgetter(*kept) if len(kept) > 1 else lambda cells: [cells[kept[0]]], len(kept) - 1


def _unquoted(line: str, commas: int) -> bool:
    """True when no field of the joined `line` (`commas` separators) needs quoting."""
    return line.count(",") == commas and '"' not in line and "\n" not in line and "\r" not in line


def _field(cell: str) -> str:
    """One field as QUOTE_MINIMAL writes it."""
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell + '"'
    return cell
