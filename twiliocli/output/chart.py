"""Horizontal bar charts for a terminal (`usage summary`, `GROUP stats`), drawn with rich.

A chart is for people: commands draw one only when stdout is a terminal and no `-o` was asked
for; scripts get the same rows as records. Labels come from the API, so they are escaped like
table cells; bars are scaled to the largest value, with eighth-block ends for precision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, TextIO

from rich.table import Table
from rich.text import Text

from .cells import escape_terminal
from .table import console_for

EIGHTHS = " ▏▎▍▌▋▊▉"
MIN_BAR = 10


class Bar(NamedTuple):
    label: str
    value: float
    cells: tuple[str, ...]  # printed after the bar, one right-aligned column each: the value, counts…


def bar(value: float, peak: float, width: int) -> str:
    """`value` as a run of blocks, `width` of them standing for `peak`."""
    if peak <= 0 or value <= 0:
        return ""
    eighths = round(value / peak * width * 8)
    return "█" * (eighths // 8) + (EIGHTHS[eighths % 8] if eighths % 8 else "")


def write_bars(bars: Sequence[Bar], stream: TextIO, *, title: str = "", footer: str = "") -> None:
    """Print `bars` as a chart fitted to the console width, `title` above and `footer` below."""
    console = console_for(stream)
    labels = [escape_terminal(b.label) for b in bars]
    cells = [[escape_terminal(c) for c in b.cells] for b in bars]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))] if cells else []
    fixed = max(map(len, labels), default=0) + sum(widths) + 2 * (len(widths) + 1)
    width = max(MIN_BAR, console.width - fixed)
    peak = max((b.value for b in bars), default=0)
    table = Table(box=None, pad_edge=False, show_header=False, title=Text(escape_terminal(title)) if title else None,
                  title_justify="left", caption=Text(escape_terminal(footer)) if footer else None,
                  caption_justify="left")
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True, width=width)
    for _ in widths:
        table.add_column(no_wrap=True, justify="right")
    for label, b, row in zip(labels, bars, cells):
        table.add_row(Text(label), Text(bar(b.value, peak, width), style="cyan"), *map(Text, row))
    console.print(table)
    console.file.flush()
