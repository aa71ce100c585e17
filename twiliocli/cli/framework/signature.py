"""Typer signatures built from the declarations in `twiliocli.api.resources`.

The group builder (`commands`), `GROUP export` (`export`) and the offline analyses (`offline`) all
make commands from declarations; what turns a filter into an option, its value into the API's
spelling, and a function into a Typer command lives here, so that none of them imports another.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import typer

from twiliocli.api.resources import Filter
from twiliocli.cli.framework import options as O, params as P
from twiliocli.cli.framework.options import api_value, flag, python_name  # noqa: F401 (read from here by the builders)


EXAMPLE_WIDTH = 74  # an example line fits an 80-column terminal inside help's margins


def examples(*lines: str) -> str:
    """An Examples section for a command's help (rich help keeps these lines as written). A long
    command is broken between arguments with a backslash, so it still pastes as one command."""
    return "\n\nExamples:\n\n" + "\n\n".join(" \\\n      ".join(_fold(f"  $ {line}")) for line in lines)


def _fold(line: str) -> list[str]:
    """`line` in pieces of at most EXAMPLE_WIDTH (less the continuation), split at spaces outside
    quotes and never between an option and its value."""
    words: list[str] = []
    quote = ""
    for part in line.split(" "):
        if quote and words:
            words[-1] += " " + part
        else:
            words.append(part)
        for ch in part:
            if ch in "'\"" and (not quote or ch == quote):
                quote = "" if quote else ch
    units: list[str] = []  # an option stays on one line with its value
    for word in words:
        if units and units[-1].startswith("-") and " " not in units[-1] and not word.startswith("-"):
            units[-1] += " " + word
        else:
            units.append(word)
    pieces = [units[0]]
    for word in units[1:]:
        if len(pieces[-1]) + 1 + len(word) + 2 > EXAMPLE_WIDTH - (6 if len(pieces) > 1 else 0) and word:
            pieces.append(word)
        else:
            pieces[-1] += " " + word
    return pieces


def param(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> inspect.Parameter:
    """One keyword parameter of a built command's signature (Typer reads the annotation)."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


def add_command(app: typer.Typer, name: str, func: Callable[..., Any], parameters: Sequence[inspect.Parameter], help: str) -> None:
    """Register `func` on `app` as command `name`, with the signature Typer should read."""
    def command(**kwargs: Any) -> Any:
        return func(**kwargs)

    command.__signature__ = inspect.Signature(list(parameters))  # type: ignore[attr-defined]
    command.__name__ = name.replace("-", "_")
    command.__doc__ = help
    app.command(name, cls=_command_class())(command)


# Words of a date option as people guess them: a bound from below (`--sent-after`) or above (`--ended-before`).
_FROM = {"after", "since", "from", "start", "starting", "started", "newer", "begin"}
_TO = {"before", "until", "till", "to", "end", "ending", "ended", "older"}
_DATED = _FROM | _TO | {"on", "sent", "created", "updated", "date", "day", "time"}


def date_option_for(typed: str, options: Sequence[str]) -> str | None:
    """The date option a mistyped one meant: `--sent-after` on `calls list` → `--since`; None when
    `typed` is not date-like or the command has no `--since`/`--until`."""
    words = set(typed.lstrip("-").lower().replace("_", "-").split("-"))
    if not words & _DATED:
        return None
    if words & _FROM and "--since" in options:
        return "--since"
    if words & _TO and "--until" in options:
        return "--until"
    return None


_COMMAND_CLASS: Any = None


def _command_class() -> Any:
    """Typer's command class, whose "No such option" suggests the date option a date-like typo meant
    (click's own guess goes by spelling only: `--sent-after` on calls got `--started-after`)."""
    global _COMMAND_CLASS
    if _COMMAND_CLASS is None:
        from typer.core import TyperCommand

        from twiliocli.cli.framework.compat import NoSuchOption

        class Command(TyperCommand):
            def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
                try:
                    return super().parse_args(ctx, args)
                except NoSuchOption as exc:
                    options = [o for p in self.params for o in (*getattr(p, "opts", ()), *getattr(p, "secondary_opts", ()))]
                    better = date_option_for(exc.option_name, options)
                    if better:
                        exc.possibilities = [better]
                    raise

        _COMMAND_CLASS = Command
    return _COMMAND_CLASS


def output_parameters() -> list[inspect.Parameter]:
    """The options of every command that prints records."""
    return [param(name, P.typed(opt), default) for name, opt, default in O.OUTPUT_OPTIONS]


def filter_parameter(f: Filter, *, required: bool = False) -> inspect.Parameter:
    """A Typer option for a declared filter (or setting), validated by its kind."""
    annotation = P.typed(O.filter_option(f, required=required))
    if O.is_optional(f, required):
        return param(python_name(f.option), annotation, None)
    return param(python_name(f.option), annotation)
