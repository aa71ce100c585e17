"""Long output through a pager when stdout is a terminal, as gh and git do.

The pager is `TWILIOCLI_PAGER`, else the configured one (`config set pager`), else `PAGER`, else
`less -FRX` (quit when it fits one screen, pass colours, leave the screen as it was). An empty
value or `cat` means none; so does `--no-pager`, and so does a stdout that is not a terminal.
`less` started by name gets `LESS=FRX` unless the user set `LESS` (as git does).

The pager starts with the first record, so an error before any output is printed plainly, and the
command waits for it to exit (the person may still be reading). Quitting the pager early closes
the pipe: the writer's `BrokenPipeError` becomes the quiet end every closed pipe is.
"""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO

DEFAULT = "less -FRX"


def command(configured: str | None = None) -> list[str] | None:
    """The pager to run as an argument list, or None for none (see the module docstring)."""
    for value in (os.environ.get("TWILIOCLI_PAGER"), configured, os.environ.get("PAGER")):
        if value is not None:
            break
    else:
        value = DEFAULT
    import shlex

    argv = shlex.split(value)
    return None if not argv or argv == ["cat"] else argv


def on_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


class Pager:
    """A running pager; write to `stream`, then `close()` to wait for the reader to finish."""

    def __init__(self, argv: list[str], encoding: str, errors: str) -> None:
        env = dict(os.environ)
        if os.path.basename(argv[0]) == "less":
            env.setdefault("LESS", "FRX")
        import subprocess  # only when there is a pager to start: a list in a pipe never does

        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, env=env)
        assert self.process.stdin is not None
        self.stream: TextIO = io.TextIOWrapper(self.process.stdin, encoding=encoding, errors=errors)

    def close(self) -> None:
        """Flush what is left (the reader may have gone: that is fine) and wait for the pager."""
        try:
            self.stream.close()
        except (BrokenPipeError, ValueError):
            pass
        self.process.wait()


def start(argv: list[str] | None) -> Pager | None:
    """A pager for stdout when it is a terminal and `argv` names one; None to write directly."""
    if argv is None or not on_terminal(sys.stdout):
        return None
    sys.stdout.flush()
    try:
        return Pager(argv, sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")  # as stdout would
    except OSError as exc:  # not installed: the output still matters more than the pager
        from .messages import warn

        warn(f"Pager '{argv[0]}' could not start ({exc.strerror}); printing directly. "
             "Set TWILIOCLI_PAGER, or pass --no-pager")
        return None
