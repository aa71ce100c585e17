"""TSV and CSV writers: the pipe and export paths, so no rich and as little work per record as can be.

Each column's formatter is chosen once; a record then costs a `dict.get` per cell, a call only
for cells that are not text (dates, objects), and one scan of the row for anything to escape.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from types import CodeType
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO, TypeVar

from twiliocli.timefmt import iso_date, shown_in

from .cells import ASCII_CONTROLS, escape_csv, escape_terminal, excel_safe, is_date_field, plain, printable, terminal_clean
from .pacing import FLUSH_EVERY, Pages, paced

Row = Callable[[dict[str, Any]], list[str]]
T = TypeVar("T")


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

    `csv.writer.writerow` costs about 0.6 µs a field, and most fields need no quoting, so rows
    are quoted field by field as QUOTE_MINIMAL does (`_csv_line`: same bytes, a fraction of the
    time). An export runs this for every record, so each row first tries a line builder
    generated for these columns (`_csv_line_maker`), which hands the rare row it cannot vouch
    for back to that general path. `Pages` (an export's slice) are written page by page, and
    the rows of a page whose text is known plain skip most of the line builder's checks.
    """
    row = _cells(columns, escape_csv, excel_safe, tz)
    if isinstance(records, Pages):
        started = records.started()
        pages = started.pages() if started is not None else iter(())
    else:
        pages = _after_first(([r], False) for r in records)
    if header:
        csv.writer(stream).writerow([escape_csv(c) for c in columns])
    general = lambda record: _csv_line(row(record))  # noqa: E731
    lines: dict[bool, Callable[[dict[str, Any]], str]] = {}  # for checked and for plain pages, made from a first record
    write = stream.write
    count = 0
    for page, plain_page in pages:
        line = lines.get(plain_page)
        if line is None:
            line = lines[plain_page] = general if excel_safe else _csv_line_maker(columns, page[0], general, tz, plain_page)
        for record in page:
            write(line(record))
            count += 1
            if count == 1 or count % FLUSH_EVERY == 0:  # as `paced` does
                stream.flush()
        del page  # not held while the next page is fetched
    stream.flush()
    return count


def _csv_line(cells: list[str]) -> str:
    """One CSV line of finished cells as the csv module writes it (a lone empty field as `""`)."""
    if cells == [""]:
        return '""\r\n'
    return ",".join(map(_field, cells)) + "\r\n"


def _csv_line_maker(
    columns: Sequence[str], first: dict[str, Any], general: Callable[[dict[str, Any]], str], tz: Any, plain_page: bool = False,
) -> Callable[[dict[str, Any]], str]:
    """The record -> CSV line function for these columns, written out as one function.

    The common row — every cell plain text that needs neither escaping nor quoting, except the
    columns holding a flat object of text in the `first` record (`subresource_uris`), quoted
    whole by `_quoted_object` — costs a `get` per cell, no call for text that is not a date (nor
    for a date equal to one before it in the row: created and started, updated and ended), and
    one check of the joined cells; any other row goes to `general`, the exact path. A call
    record took ~13 µs through `_cells` and `_csv_line`, ~6 this way. For a record of a
    `plain_page` (no text holds a quote, a backslash or a control) only commas and the quotes of
    JSON written for a non-text value are looked for: ~1.5 µs less.
    """
    nested = frozenset(c for c in columns if isinstance(first.get(c), (dict, list)))
    if len(columns) < 2 or len(nested) == len(columns):
        return general
    names: dict[str, Any] = {"_plain": plain, "_date": iso_date if tz is None else shown_in(tz),
                             "_object": _quoted_plain_object if plain_page else _quoted_object, "_general": general,
                             "_bare": _bare_plain if plain_page else _bare,
                             "_items": itemgetter(*columns), "_columns": tuple(columns)}
    exec(_line_code(tuple(columns), nested), names)
    return names["line"]


@lru_cache(maxsize=8)
def _line_code(columns: tuple[str, ...], nested: frozenset[str]) -> CodeType:
    """`_csv_line_maker`'s function, compiled once per columns (an export writes each of its ~30
    slices through a fresh writer)."""
    body, plain_cells, line_cells, dates = [], [], [], []
    for i, column in enumerate(columns):
        if column in nested:  # the quotes and braces around it are written with the line
            body.append(f"    c{i} = _object(v{i})\n    if c{i} is None:\n        return _general(r)\n")
            line_cells.append(f'"{{{{""{{c{i}}}""}}}}"')
            continue
        text = f"v{i}"
        if is_date_field(column):  # a date the row has already converted is not converted again
            text = "".join(f"c{j} if v{i} == v{j} else " for j in dates) + f"_date(v{i})"
            dates.append(i)
        body.append(f"    c{i} = ({text}) if v{i}.__class__ is str else '' if v{i} is None else _plain(v{i})\n")
        plain_cells.append(f"{{c{i}}}")
        line_cells.append(f"{{c{i}}}")
    values = ", ".join(f"v{i}" for i in range(len(columns)))
    source = (
        f"def line(r):\n    try:  # a dict's values in one call; a field it lacks (or another mapping): get\n"
        f"        {values} = _items(r) if r.__class__ is dict else map(r.get, _columns)\n"
        f"    except KeyError:\n        {values} = map(r.get, _columns)\n"
        + "".join(body)
        + f"    p = f{','.join(plain_cells)!r}\n"
        + f"    if not _bare(p, {len(plain_cells) - 1}):\n        return _general(r)\n"
        + f"    return f{','.join(line_cells) + chr(13) + chr(10)!r}\n"
    )
    return compile(source, "<csv line>", "exec")


_BARE_DELETE = ASCII_CONTROLS + b'",'  # what a field must not hold to go unquoted and unescaped
_OBJECT_DELETE = ASCII_CONTROLS + b'"\\'


def _bare(line: str, commas: int) -> bool:
    """True when `line`, fields joined by `commas` commas, needs neither quotes nor escapes: one
    deletion in C over ASCII text finds any quote, comma or control (the separators aside)."""
    if line.isascii():
        return len(line) - len(line.encode().translate(None, _BARE_DELETE)) == commas
    return '"' not in line and line.count(",") == commas and printable(line)


def _bare_plain(line: str, commas: int) -> bool:
    """`_bare` for the cells of a plain page's record: only a comma, or the quotes of JSON
    written for an object in a column of text, can need quoting."""
    return '"' not in line and line.count(",") == commas


def _quoted_plain_object(value: Any) -> str | None:
    """`_quoted_object` for an object of a plain page, whose text holds nothing to look for."""
    if value.__class__ is not dict or not value:
        return None
    try:
        return '"",""'.join(map('"":""'.join, value.items()))
    except TypeError:  # a value that is not text
        return None


def _quoted_object(value: Any) -> str | None:
    """A flat object of text (`subresource_uris`) as its CSV field, `_field(plain(value))`, built
    by joins in C, less the `"{""` and `""}"` around it (the line has them); None when it is
    anything else, or when a key or value holds a quote, a backslash or anything to escape (then
    `_flat_object` would not have written it so)."""
    text = _quoted_plain_object(value)
    if text is None:
        return None
    quotes = 8 * len(value) - 4
    if text.isascii():  # one deletion in C: only the quotes put there, no backslash, no control
        return text if len(text) - len(text.encode().translate(None, _OBJECT_DELETE)) == quotes else None
    return text if text.count('"') == quotes and "\\" not in text and printable(text) else None


def _after_first(records: Iterable[T]) -> Iterable[T]:
    """`records`, once the first has arrived (or the source has ended), so that a header written
    next never precedes an error from fetching that first record."""
    rest = iter(records)
    first = next(rest, None)
    return rest if first is None else chain([first], rest)


def _field(cell: str) -> str:
    """One field as QUOTE_MINIMAL writes it."""
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell + '"'
    return cell
