"""Messages for people, on stderr: never data, never markup.

Text is printed as given, with the same terminal escaping as table cells applied line by line
(a message may span lines; a SID or friendly name inside it cannot smuggle control characters).
Only the prefix is coloured, with plain ANSI codes when stderr is a terminal and `NO_COLOR` is
unset, so reporting a result never has to import rich.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from .cells import escape_terminal

_GREEN, _YELLOW, _RED = "32", "33", "31"


def _say(prefix: str, colour: str, message: str, stream: TextIO | None, *, one_line: bool = False) -> None:
    if stream is None:
        stream = sys.stderr
    if prefix and colour and stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb":
        prefix = f"\x1b[{colour}m{prefix}\x1b[0m"
    if one_line:  # a line break shows as \n: nothing after it can pass for a line of its own
        text = escape_terminal(message)
    else:
        text = "\n".join(escape_terminal(line) for line in message.split("\n"))
    stream.write(prefix + text + "\n")
    stream.flush()


def info(message: str, stream: TextIO | None = None) -> None:
    """A plain note: `info("No calls found.")`."""
    _say("", "", message, stream)


def success(message: str, stream: TextIO | None = None) -> None:
    """A done action: `success("Message SM… sent")` prints `✓ Message SM… sent`."""
    _say("✓ ", _GREEN, message, stream)


def warn(message: str, stream: TextIO | None = None) -> None:
    """Something the user should know, the command goes on: `Warning: …`."""
    _say("Warning: ", _YELLOW, message, stream)


def error(message: str, stream: TextIO | None = None) -> None:
    """The one-line failure report of ARCHITECTURE.md: `Error: …`, on one line whatever it quotes."""
    _say("Error: ", _RED, message, stream, one_line=True)


def debug(message: str, stream: TextIO | None = None) -> None:
    """A line of the `--debug` trace (an HTTP exchange), on one line whatever the server sent."""
    _say("debug: ", "", message, stream, one_line=True)
