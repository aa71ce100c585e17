"""Help that fits 80 columns without cutting an option's name.

Typer lays each options panel out as a rich table of seven columns (required mark, long names,
short names, negative long names, negative short names, type, help) and, when the terminal is too
narrow, rich cuts every column alike: `--voice-fallba…`. `OptionsTable` re-arranges that table
before it is drawn: a `--no-…` name goes under its positive form in the same cell, empty columns
go, and name columns never wrap or shrink, so only the type and the help text wrap (a word
wider than its column folds rather than ending in `…`).

Private API: this replaces `typer.rich_utils.Table` (typer 0.28, pinned in pyproject). On a typer
upgrade check that `_print_options_panel` still builds its table with `Table(...)` from that module
and still adds rows in the column order above; `tests/test_help.py` fails if names are cut.
`install()` runs only when help is about to be printed, so other commands never import rich.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

_TYPER_COLUMNS = 6  # long, short, negative long, negative short, type, help (+ a required mark before)


class OptionsTable(Table):
    """typer's options table, re-arranged when drawn (see the module docstring)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.show_header and len(self.columns) in (_TYPER_COLUMNS, _TYPER_COLUMNS + 1):
            self._arrange()
        yield from super().__rich_console__(console, options)

    def _arrange(self) -> None:
        first = len(self.columns) - _TYPER_COLUMNS  # the names start after the required mark, if any
        for name, negative in ((first, first + 2), (first + 1, first + 3)):
            cells, extra = self.columns[name]._cells, self.columns[negative]._cells
            for row, other in enumerate(extra):
                if _plain(other):
                    cells[row] = Text.assemble(cells[row], "\n", other) if _plain(cells[row]) else other
            extra[:] = [Text("")] * len(extra)
        names = {first - 1 if first else -1, first, first + 1}  # the required mark is never cut either
        kept = [(i, c) for i, c in enumerate(self.columns) if any(_plain(cell) for cell in c._cells)]
        for i, column in kept:
            if i in names:
                column.no_wrap = True
                column.min_width = max((_width(cell) for cell in column._cells), default=0)
            else:  # a word wider than the column (a long choice) folds onto the next line, never cut
                column.overflow = "fold"
                for cell in column._cells:
                    for part in _texts(cell):
                        part.overflow = "fold"
        self.columns = [c for _, c in kept]
        for index, column in enumerate(self.columns):
            column._index = index


def _texts(cell: Any) -> list[Text]:
    """The Text pieces of a help cell (typer draws some as a group of Texts)."""
    if isinstance(cell, Text):
        return [cell]
    return [part for inner in getattr(cell, "renderables", ()) for part in _texts(inner)]


def _plain(cell: Any) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell or "")


def _width(cell: Any) -> int:
    return max((len(line) for line in _plain(cell).split("\n")), default=0)


def install() -> None:
    """Use `OptionsTable` for typer's help panels (cheap to call again)."""
    import typer.rich_utils

    typer.rich_utils.Table = OptionsTable  # type: ignore[misc]
