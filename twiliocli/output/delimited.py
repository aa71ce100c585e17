"""TSV and CSV writers: the pipe and export paths, so no rich and as little work per record as can be.

Each column's formatter is chosen once; a record then costs one `dict.get`, one formatter call
and one `isprintable()` check per cell.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from .cells import escape_csv, escape_terminal, excel_safe, is_date_field, iso_date, plain
from .pacing import paced

Row = Callable[[dict[str, Any]], list[str]]


def _cells(columns: Sequence[str], escape: Callable[[str], str], safe_for_excel: bool = False) -> Row:
    """The record -> finished cells function for these columns, built once per output.

    Equivalent to `escape(formatter(column)(value))` for each cell, arranged for an export that
    runs it for every record: values are fetched with one `map`, strings that are not dates cost
    no function call, and the escape runs only when one check of the whole row finds something
    to escape (almost never).
    """
    columns = list(columns)
    dates = [(i, column) for i, column in enumerate(columns) if is_date_field(column)]
    clean = _CLEAN[escape]

    def row(record: dict[str, Any]) -> list[str]:
        cells = [v if v.__class__ is str else "" if v is None else plain(v) for v in map(record.get, columns)]
        for i, column in dates:
            value = record.get(column)
            if value.__class__ is str:  # formatter(column): iso_date for text, plain() for the rest
                cells[i] = iso_date(value)
        if not clean("".join(cells)):
            cells = [escape(cell) for cell in cells]
        return cells

    if safe_for_excel:
        return lambda record: [excel_safe(cell) for cell in row(record)]
    return row


# For each escape, a test that the text needs none (then each part of it needs none either).
_CLEAN: dict[Callable[[str], str], Callable[[str], bool]] = {
    escape_csv: str.isprintable,
    escape_terminal: lambda text: text.isprintable() and "\\" not in text,
}


def write_tsv(
    records: Iterable[dict[str, Any]], columns: Sequence[str], stream: TextIO, *, header: bool = True
) -> int:
    """Tab-separated, one record a line, every field escaped so lines and columns never shift."""
    row = _cells(columns, escape_terminal)
    write = stream.write
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
) -> int:
    """RFC 4180 (CRLF line ends, minimal quoting), the bytes the csv module writes.

    `csv.writer.writerow` costs about 0.6 µs a field (60 µs for a call record, whose
    `subresource_uris` always needs quotes); most rows need no quoting at all, which one scan of
    the joined line can tell, so those are joined directly, and the others are quoted field by
    field as QUOTE_MINIMAL does (same bytes, a fraction of the time). Only a row of one empty field goes
    through the csv module, for its `""` spelling.
    """
    row = _cells(columns, escape_csv, excel_safe)
    writer = csv.writer(stream)
    if header:
        writer.writerow([escape_csv(c) for c in columns])
    write, commas = stream.write, len(columns) - 1
    count = 0
    for count, record in enumerate(paced(records, stream), 1):
        cells = row(record)
        line = ",".join(cells)
        if line.count(",") == commas and '"' not in line and "\n" not in line and "\r" not in line and line:
            write(line + "\r\n")
        elif "\n" in line or "\r" in line:  # quote field by field, as QUOTE_MINIMAL does
            write(",".join([
                ('"' + cell.replace('"', '""') + '"' if '"' in cell else '"' + cell + '"')
                if '"' in cell or "," in cell or "\n" in cell or "\r" in cell else cell
                for cell in cells
            ]) + "\r\n")
        elif line:  # the same, for the usual case: quotes or commas (nested JSON), no line breaks
            write(",".join([
                '"' + cell.replace('"', '""') + '"' if '"' in cell else '"' + cell + '"' if "," in cell else cell
                for cell in cells
            ]) + "\r\n")
        else:  # one empty field: the csv module's own spelling ("")
            writer.writerow(cells)
    stream.flush()
    return count
