"""The human view: rich tables, imported only when a table is printed.

Streaming with bounded memory: the first `BATCH` records are buffered to size the columns (fitted
to the console width by narrowing the widest columns, the first one last) and printed; every
later batch is printed as a header-less table with the same fixed widths, so the rows line up
as one table.
A value wider than its column ends with an ellipsis; the other formats keep everything.

Every cell is a `rich.text.Text` built from escaped text (`cells.escape_terminal`), so rich markup
in data prints literally and no control character from the API reaches the terminal. Nothing is
printed for an empty list: the caller decides what to tell the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .cells import escape_terminal, formatter

BATCH = 50
_GAP = 2  # box-less table, (0, 1) padding without edge padding: two cells between columns
_MIN_CELL = 4  # three characters and the ellipsis


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Raise, as the other formats do, where rich would redirect stdout and exit by itself."""
        raise BrokenPipeError


def console_for(stream: TextIO) -> Console:
    """A console that never reads markup, emoji codes or highlights in what it prints."""
    return _Console(file=stream, markup=False, emoji=False, highlight=False)


def _level(widths: list[int], room: int) -> list[int]:
    """Cap the widest columns at one level until they fit `room` cells; narrow ones keep their width."""
    cap = max(widths, default=0)
    while cap > 1 and sum(min(w, cap) for w in widths) > room:
        cap -= 1
    return [min(w, cap) for w in widths]


def _fit(widths: list[int], room: int) -> list[int]:
    """Column widths that fit `room`, sparing the first column (the SID the user copies into the
    next command) while the others can still show a few characters each."""
    if sum(widths) <= room:
        return widths
    first, rest = widths[0], widths[1:]
    if rest and room - first >= _MIN_CELL * len(rest):
        return [first, *_level(rest, room - first)]
    return _level(widths, room)


def _table(widths: Sequence[int], header: Sequence[str] | None) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold", show_header=header is not None)
    for width, title in zip(widths, header or [""] * len(widths)):
        table.add_column(Text(title), width=width, no_wrap=True, overflow="ellipsis")
    return table


def write_table(
    records: Iterable[dict[str, Any]], columns: Sequence[str], console: Console, *, header: bool = True
) -> int:
    """Print records as rows under `columns`, batch by batch; return how many were printed."""
    pairs = [(column, formatter(column)) for column in columns]
    titles = [escape_terminal(c) for c in columns]
    rows: Iterator[list[Text]] = (
        [Text(escape_terminal(fmt(record.get(c)))) for c, fmt in pairs] for record in records
    )
    batch = list(islice(rows, BATCH))
    if not batch:
        return 0
    widths = [max(cells[i].cell_len for cells in batch) for i in range(len(columns))]
    if header:
        widths = [max(w, cell_len(t)) for w, t in zip(widths, titles)]
    room = console.width - _GAP * (len(widths) - 1)
    widths = _fit(widths, room)
    count, shown_header = 0, header
    while batch:
        table = _table(widths, titles if shown_header else None)
        for cells in batch:
            table.add_row(*cells)
        console.print(table)
        console.file.flush()
        count += len(batch)
        shown_header = False
        batch = list(islice(rows, BATCH))
    return count


def write_vertical(record: dict[str, Any], columns: Sequence[str], console: Console) -> None:
    """One record as `field  value` lines; long values wrap rather than truncate, as there is
    no row of other records to keep aligned and a `get` is asked for in order to read it all."""
    table = Table(box=None, pad_edge=False, show_header=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for column in columns:
        value = formatter(column)(record.get(column))
        table.add_row(Text(escape_terminal(column)), Text(escape_terminal(value)))
    console.print(table)
    console.file.flush()
