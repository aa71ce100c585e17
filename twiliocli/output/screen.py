"""Where one command's records go, and how they look there.

On a terminal: through the pager (`.pager`), tables as wide as the terminal, JSON pretty-printed
and coloured (unless `NO_COLOR`); values are the same as anywhere else, only the layout differs.
Elsewhere (a pipe, a file): straight to stdout, compact JSON, no colour.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from . import pager as pagers


class Screen:
    """stdout, or a pager's input while `paged()` runs."""

    def __init__(self, pager: list[str] | None = None) -> None:
        self.terminal = pagers.on_terminal(sys.stdout)
        self.colour = self.terminal and "NO_COLOR" not in os.environ
        self.pager = pager
        self.stream: TextIO = sys.stdout

    @contextmanager
    def paged(self, page: bool = True) -> Iterator[Screen]:
        """Send what is written meanwhile through the pager (when `page` and one is wanted)."""
        running = pagers.start(self.pager) if page else None
        if running is None:
            yield self
            return
        self.stream = running.stream
        try:
            yield self
        finally:
            self.stream = sys.stdout
            running.close()

    def console(self) -> Any:
        """A rich console for tables on this screen, as wide as the terminal when there is one."""
        from .table import console_for

        width = shutil.get_terminal_size().columns if self.terminal else None
        return console_for(self.stream, width=width, terminal=self.terminal)

    def json(self) -> TextIO:
        """The stream JSON text is written to: coloured on its way to a terminal."""
        return _Painted(self.console()) if self.colour else self.stream


class _Painted:
    """A write-only text stream that colours JSON text (rich's JSON highlighter) on a console.

    Writers hand it whole values and separators, and the text is escaped already, so colouring
    a piece at a time is exact."""

    def __init__(self, console: Any) -> None:
        from rich.highlighter import JSONHighlighter

        self.console = console
        self.highlight = JSONHighlighter()

    def write(self, text: str) -> int:
        from rich.text import Text

        self.console.print(self.highlight(Text(text)), end="", soft_wrap=True)
        return len(text)

    def flush(self) -> None:
        self.console.file.flush()
