"""Typer signatures built from the declarations in `twiliocli.api.resources`.

The group builder (`commands`), `GROUP export` (`export`) and the offline analyses (`offline`) all
make commands from declarations; what turns a filter into an option, its value into the API's
spelling, and a function into a Typer command lives here, so that none of them imports another.
"""

from __future__ import annotations

import inspect
import keyword
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Literal, Optional

import typer

from twiliocli import validate
from twiliocli.api import resources as R
from twiliocli.api.resources import Filter
from twiliocli.cli.framework import params as P


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
    return [
        param("output", P.Output, None),
        param("fields", P.Fields, None),
        param("no_header", P.NoHeader, False),
        param("excel_safe", P.ExcelSafe, False),
        param("tz", P.Tz, None),
    ]


def python_name(option: str) -> str:
    """The keyword Typer passes an option's value under (`--from` → `from_`)."""
    name = option.split("/")[0].replace("-", "_")
    return f"{name}_" if keyword.iskeyword(name) else name


def filter_parameter(f: Filter, *, required: bool = False) -> inspect.Parameter:
    """A Typer option for a declared filter (or setting), validated by its kind."""
    option_flag = flag(f)
    option: dict[str, Any] = {"help": f.help, "show_default": False}
    annotation: Any = str
    if f.kind == R.BOOL:
        on, _, off = f.option.partition("/")
        decls = (f"--{on}/--{off or 'no-' + on}",)
        return param(python_name(f.option), Annotated[Optional[bool], typer.Option(*decls, **option)], None)
    if f.kind == R.CHOICE:
        annotation = Literal[f.choices]  # type: ignore[valid-type]
        option["case_sensitive"] = f.choices != R.HTTP_METHODS  # `--voice-method get` is fine too
        if len("|".join(f.choices)) > 60:  # too long a metavar for help and man lines: list them in the help
            option["metavar"] = f.option.split("/")[0].upper()
            option["help"] = f"{f.help} One of: {', '.join(f.choices)}."
    elif f.kind == R.INT:
        annotation = int
    else:
        option["parser"] = _parser_for(f)
        option["metavar"] = {
            R.PHONE: "E164", R.VOICE: "ADDRESS", R.CALLER: "CALLER", R.ADDRESS: "ADDRESS", R.SENDER: "SENDER",
            R.SID: P.sid_metavar(f.sid_prefix) if f.sid_prefix else "SID", R.DATE: "DATE", R.DATETIME: "DATE", R.URL: "URL",
            R.LATLONG: "LAT,LONG", R.LIST: "VALUE,…", R.PAIRS: "NAME=VALUE",
        }.get(f.kind, "TEXT")
    names = (option_flag, *(f"--{alias}" for alias in f.aliases))
    if required:
        return param(python_name(f.option), Annotated[annotation, typer.Option(*names, **option)])
    return param(python_name(f.option), Annotated[Optional[annotation], typer.Option(*names, **option)], None)


def flag(f: Filter) -> str:
    """The option as typed on the command line (`--muted` for `muted/unmuted`)."""
    return f"--{f.option.split('/')[0]}"


def _parser_for(f: Filter) -> Callable[[str], Any]:
    parties = {R.PHONE: P.phone, R.VOICE: P.voice, R.CALLER: P.caller, R.ADDRESS: P.address, R.SENDER: P.sender}
    if f.kind in parties:
        return parties[f.kind]
    if f.kind == R.SID:
        return P.sid_parser(f.sid_prefix)
    if f.kind in (R.DATE, R.DATETIME):
        return P.when
    if f.kind == R.URL:
        return P.url
    if f.kind == R.LATLONG:
        return P.lat_long
    if f.kind == R.LIST:
        return P.comma_list
    if f.kind == R.PAIRS:
        return P.name_values
    return str


def api_value(f: Filter, value: Any) -> Any:
    """The filter's value as the API spells it."""
    if f.kind in (R.DATE, R.DATETIME):
        return validate.api_date(value, day_only=f.kind == R.DATE)
    if f.kind == R.BOOL:
        return "true" if value else "false"
    if f.kind == R.LIST:
        return value  # repeated as `Param=a&Param=b`
    if f.api_values:
        return f.api_values[f.choices.index(value)]
    return str(value)
