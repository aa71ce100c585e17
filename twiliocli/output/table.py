"""The human view: rich tables, imported only when a table is printed.

Streaming with bounded memory: the first `BATCH` records are buffered to size the columns and
printed; every later batch is printed as a header-less table with the same widths (a column grows
only if a later value needs it), so the rows line up as one table.

Fitting the width (`plan`): a value is shown whole or its column is left out. Columns leave in
order of priority (highest number first, then the rightmost); only free-text columns named
`shorten` (a body, a friendly name, a URL) may instead end with an ellipsis, down to `MIN_TEXT`
cells — and a lone column wider than the whole terminal, so that a row stays one line. A later value wider than its column widens it or, with no room left, wraps inside its cell.

Columns the user named (`keep_all`: `--fields`, or `sql`'s own) never leave: free text is shortened
first, and only when that is not enough do the widest other columns wrap inside their cells (a SID,
number, date or status is never cut, only folded onto a second line). `shorten=AUTO` finds the
free text itself (a column with a value that is no SID, number or date). Columns whose values are
all numbers (amounts, durations, counts) are right-aligned.

`layout`, a dict the caller keeps, holds the columns and widths chosen for the first screen, so
that later calls (`--watch` adding rows) print the same columns at the same widths.

Every cell is a `rich.text.Text` built from escaped text (`cells.escape_terminal`), so rich markup
in data prints literally and no control character from the API reaches the terminal. Nothing is
printed for an empty list: the caller decides what to tell the user.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
import re
from itertools import islice
from typing import Any, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .cells import escape_terminal, formatter

BATCH = 50
_GAP = 2  # box-less table, (0, 1) padding without edge padding: two cells between columns
MIN_TEXT = 10  # a shortened free-text column keeps at least this many cells (or its title)
AUTO = "*"  # `shorten=AUTO`: every column whose values look like free text (see `free_text`)
_NUMERIC = re.compile(r"-?(?:\d+\.?\d*|\.\d+)")  # an amount, a duration, a count (not +1415…: a phone number)
_ATOMIC = re.compile(r"(?:[A-Z]{2}[0-9a-f]{32}|[+-]?\d[\d.,:T+-]*Z?|[\w.-]{0,20})")  # SID, number, date, status


def numeric(values: Iterable[str]) -> bool:
    """Every non-empty value a number (and at least one): the column is right-aligned."""
    seen = False
    for value in values:
        if value:
            if not _NUMERIC.fullmatch(value):
                return False
            seen = True
    return seen


def free_text(values: Iterable[str]) -> bool:
    """Some value is neither a SID, a number, a date nor a one-word status: text one may shorten."""
    return any(value and not _ATOMIC.fullmatch(value) for value in values)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Raise, as the other formats do, where rich would redirect stdout and exit by itself."""
        raise BrokenPipeError


def console_for(stream: TextIO, *, width: int | None = None, terminal: bool | None = None) -> Console:
    """A console that never reads markup, emoji codes or highlights in what it prints. `width` and
    `terminal` say what the screen is when `stream` is a pager's pipe in front of it."""
    return _Console(file=stream, markup=False, emoji=False, highlight=False, width=width, force_terminal=terminal)


def _level(widths: list[int], room: int) -> list[int]:
    """Cap the widest columns at one level until they fit `room` cells; narrow ones keep their width."""
    cap = max(widths, default=0)
    while cap > 1 and sum(min(w, cap) for w in widths) > room:
        cap -= 1
    return [min(w, cap) for w in widths]


def plan(
    columns: Sequence[str], widths: Sequence[int], room: int, *,
    priority: Mapping[str, int] | None = None, shorten: Collection[str] = (), floors: Sequence[int] = (),
    keep_all: bool = False,
) -> dict[int, int]:
    """Which columns a table of `room` cells shows, and how wide: {index: width}.

    `priority` maps a column to its rank (1 stays longest); columns it does not name rank after
    every named one, in their order. `floors` are the narrowest a shortened column may get (its
    title). At least one column is always kept, at most as wide as the room. With `keep_all` no
    column leaves: what free text cannot give back, the widest other columns give by wrapping.
    """
    last = max(priority.values(), default=0) if priority else 0
    rank = {i: (priority or {}).get(c, last + 1 + i) for i, c in enumerate(columns)}
    kept = list(range(len(columns)))
    while True:
        text = [i for i in kept if columns[i] in shorten]
        fixed = sum(widths[i] for i in kept if i not in text) + _GAP * (len(kept) - 1)
        least = {i: min(widths[i], max(MIN_TEXT, floors[i] if i < len(floors) else 0)) for i in text}
        spare = room - fixed - sum(least.values())
        if spare >= 0:  # each shortened column gets its least, then a level share of the rest
            more = dict(zip(text, _level([widths[i] - least[i] for i in text], spare)))
            return {i: least[i] + more[i] if i in least else widths[i] for i in kept}
        if keep_all:  # text at its least; the rest level down (they wrap in their cells, never cut)
            others = [i for i in kept if i not in text]
            left = max(room - sum(least.values()) - _GAP * (len(kept) - 1), len(others))
            levelled = dict(zip(others, _level([widths[i] for i in others], left)))
            return {i: least[i] if i in least else max(levelled[i], 1) for i in kept}
        if len(kept) == 1:
            return {kept[0]: min(widths[kept[0]], max(room, 1))}
        kept.remove(max(kept, key=lambda i: (rank[i], i)))


def _table(widths: Mapping[int, int], header: Sequence[str] | None, shorten: Collection[int],
           right: Collection[int] = ()) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold", show_header=header is not None)
    for i, width in widths.items():
        cut = i in shorten
        table.add_column(Text(header[i] if header else ""), width=width, no_wrap=cut,
                         overflow="ellipsis" if cut else "fold", justify="right" if i in right else "left")
    return table


def write_table(
    records: Iterable[dict[str, Any]], columns: Sequence[str], console: Console, *, header: bool = True,
    priority: Mapping[str, int] | None = None, shorten: Collection[str] = (),
    left_out: Callable[[list[str]], None] | None = None, tz: Any = None, keep_all: bool = False,
    layout: dict[str, Any] | None = None,
) -> int:
    """Print records as rows under `columns`, batch by batch; return how many were printed.
    `left_out` hears which columns did not fit (see `plan`); `keep_all`, `shorten=AUTO` and
    `layout` are described in the module docstring."""
    pairs = [(column, formatter(column, tz)) for column in columns]
    titles = [escape_terminal(c) for c in columns]
    rows: Iterator[list[Text]] = (
        [Text(escape_terminal(fmt(record.get(c)))) for c, fmt in pairs] for record in records
    )
    batch = list(islice(rows, BATCH))
    if not batch:
        return 0
    if layout and layout.get("columns") == list(columns):  # the first screen's columns and widths
        shown, cut, right = layout["shown"], layout["cut"], layout["right"]
    else:
        widths = [max(cells[i].cell_len for cells in batch) for i in range(len(columns))]
        floors = [cell_len(t) for t in titles] if header else []
        if header:
            widths = [max(w, f) for w, f in zip(widths, floors)]
        if shorten == AUTO or AUTO in shorten:
            shorten = [c for i, c in enumerate(columns) if free_text(cells[i].plain for cells in batch)]
        shown = plan(columns, widths, console.width, priority=priority, shorten=shorten, floors=floors, keep_all=keep_all)
        if left_out and len(shown) < len(columns):
            left_out([c for i, c in enumerate(columns) if i not in shown])
        # Free text may be shortened; so must a lone column wider than the whole terminal (a row
        # stays one line) — unless every column is kept, when the others wrap instead.
        cut = {i for i in shown if columns[i] in shorten or (shown[i] < widths[i] and not keep_all)}
        right = {i for i in shown if numeric(cells[i].plain for cells in batch)}
    count, shown_header = 0, header
    while batch:
        table = _table(shown, titles if shown_header else None, cut, right)
        for cells in batch:
            table.add_row(*(cells[i] for i in shown))
        console.print(table)
        console.file.flush()
        count += len(batch)
        shown_header = False
        batch = list(islice(rows, BATCH))
        shown = _widen(shown, batch, cut, console.width)
    if layout is not None:
        layout.update(columns=list(columns), shown=shown, cut=cut, right=right)
    return count


def _widen(shown: dict[int, int], batch: list[list[Text]], cut: Collection[int], room: int) -> dict[int, int]:
    """Widths for the next batch: a whole-value column grows to its widest new value while the
    table still fits (else that value wraps in its cell)."""
    wider = {i: max([w, *(cells[i].cell_len for cells in batch)]) if i not in cut else w for i, w in shown.items()}
    return wider if sum(wider.values()) + _GAP * (len(wider) - 1) <= room else shown


def write_vertical(record: dict[str, Any], columns: Sequence[str], console: Console, tz: Any = None) -> None:
    """One record as `field  value` lines; long values wrap rather than truncate, as there is
    no row of other records to keep aligned and a `get` is asked for in order to read it all."""
    table = Table(box=None, pad_edge=False, show_header=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for column in columns:
        value = formatter(column, tz)(record.get(column))
        table.add_row(Text(escape_terminal(column)), Text(escape_terminal(value)))
    console.print(table)
    console.file.flush()
