"""Reusable Typer option types: output options, list options, and validated values.

Validators run while the command line is parsed, so bad input exits 2 before any request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

import typer

from twiliocli import validate
from twiliocli.cli.framework import options as O
from twiliocli.cli.framework.options import (  # noqa: F401 (the commands' parsers, read as P.…)
    Opt, address, caller, checked, phone, profile_names, sender, sid_metavar, sid_parser, url, voice, when,
)
from twiliocli.errors import UsageError

HttpMethod = Literal["GET", "POST"]


def typed(opt: Opt) -> Any:
    """An option declaration (`options.Opt`) as the annotation Typer reads."""
    return Annotated[opt.kind, typer.Option(*opt.decls, **opt.options)]


def sid_or_label(prefix: str | tuple[str, ...]) -> Callable[[str], str]:
    """A Typer `parser` for a record addressed by SID or by its label (`validate.sid_or_label`)."""
    return checked(lambda value: validate.sid_or_label(value, prefix), sid_metavar(prefix))


def _sid_or_number(value: str) -> str:
    """A phone number's SID (PN…) or the number itself in E.164 (looked up before use)."""
    if value.strip().startswith("+"):
        return validate.e164(value)
    try:
        return validate.sid(value, "PN")
    except ValueError:
        raise ValueError(f"{value!r} is neither a PN SID nor a phone number in E.164 (e.g. +14155550100)") from None


sid_or_number = checked(_sid_or_number, "PN…|+E164")


def sid_type(parse: Callable[[str], Any], metavar: str) -> Any:
    """A click type (Typer's `click_type`) that parses with `parse` and shows `metavar` as its type
    in help (`CA…`, `PN…|+E164`), where a plain `parser` would show its function's name."""
    from twiliocli.cli.framework.compat import FuncParamType

    class Sid(FuncParamType):  # type: ignore[misc, valid-type]
        def get_metavar(self, param: Any, ctx: Any = None) -> str:
            return metavar

    kind = Sid(parse)
    kind.name = metavar
    return kind


def name_parser(what: str) -> Callable[[str], str]:
    """A Typer `parser` for a record addressed by a code or name (a country code, a stream's name):
    any text but an empty one, or one with spaces or slashes (it goes in the path)."""
    return checked(lambda value: validate.path_name(value, what), what)


def check_call_parties(to: str, caller: str) -> None:
    """`validate.call_parties` as a usage error (exit 2, before any request)."""
    try:
        validate.call_parties(to, caller)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


duration = checked(validate.duration, "duration")
country = checked(validate.country, "country")


Output = typed(O.OUTPUT)
Fields = typed(O.FIELDS)
Tz = typed(O.TZ)
NoHeader = typed(O.NO_HEADER)
ExcelSafe = typed(O.EXCEL_SAFE)
Limit = typed(O.LIMIT)
All = typed(O.ALL)
PageSize = typed(O.PAGE_SIZE)
Count = typed(O.COUNT)
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]

Watch = typed(O.WATCH)
Interval = typed(O.INTERVAL)
DryRun = Annotated[bool, typer.Option("--dry-run", help="Only say what would be done; change nothing.")]
