"""Reusable Typer option types: output options, list options, and validated values.

Validators run while the command line is parsed, so bad input exits 2 before any request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, Optional

import typer

from twiliocli import validate
from twiliocli.errors import UsageError

Format = Literal["table", "tsv", "csv", "json", "jsonl"]
HttpMethod = Literal["GET", "POST"]


def checked(check: Callable[[str], Any], name: str | None = None) -> Callable[[str], Any]:
    """A Typer `parser` from a validator: its ValueError message (which names the fix) is kept."""

    def parse(value: str) -> Any:
        try:
            return check(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None

    parse.__name__ = name or check.__name__
    return parse


def sid_metavar(prefix: str | tuple[str, ...]) -> str:
    """What help shows for a SID: its type, `CA…` (or `SM…|MM…`)."""
    prefixes = (prefix,) if isinstance(prefix, str) else prefix
    return "|".join(f"{p}…" for p in prefixes)


def sid_parser(prefix: str | tuple[str, ...]) -> Callable[[str], str]:
    """A Typer `parser` that accepts only SIDs starting with `prefix` (or one of several); help
    names its type `CA…` (see `sid_type` for an argument, which shows no `<…>` around it)."""
    return checked(lambda value: validate.sid(value, prefix), sid_metavar(prefix))


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


def comma_list(value: str) -> list[str]:
    """`a,b` as the values of an array parameter (sent as the parameter repeated)."""
    return [part.strip() for part in value.split(",") if part.strip()]


def name_values(value: str) -> list[tuple[str, str]]:
    """`a=1,b=2` as (name, value) pairs."""
    pairs = []
    for part in comma_list(value):
        name, sep, val = part.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{part!r}: give NAME=VALUE, e.g. customer=42")
        pairs.append((name.strip(), val))
    return pairs


def check_call_parties(to: str, caller: str) -> None:
    """`validate.call_parties` as a usage error (exit 2, before any request)."""
    try:
        validate.call_parties(to, caller)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def profile_names(incomplete: str) -> list[str]:
    """Saved profile names and the built-in `emulator`, read from config.toml at TAB time."""
    from twiliocli import config

    try:
        names = set(config.load().profiles)
    except Exception:  # an unreadable config file completes nothing rather than failing a TAB
        names = set()
    return sorted(n for n in {*names, config.EMULATOR} if n.startswith(incomplete))


def validate_zone(name: str) -> str:
    """`name` if `--tz` understands it (the zone database loads only for a named zone)."""
    from twiliocli import timefmt

    timefmt.zone(name)
    return name


phone = checked(validate.e164, "e164")
voice = checked(validate.voice_endpoint, "voice")
caller = checked(validate.voice_caller, "caller")
address = checked(validate.message_address, "address")
sender = checked(validate.message_sender, "sender")
url = checked(validate.url, "url")
when = checked(validate.when, "date")
duration = checked(validate.duration, "duration")
lat_long = checked(validate.lat_long, "lat_long")
country = checked(validate.country, "country")


def configured_output(value: Optional[str]) -> Optional[str]:
    """`-o` when given, else the configured default (`twiliocli config set output …`), else None:
    table on a terminal, tsv otherwise (output.default_format)."""
    if value is not None:
        return value
    from twiliocli.config import setting

    return setting("output")


Output = Annotated[
    Optional[Format],
    typer.Option(
        "--output", "-o", callback=configured_output, show_default=False,
        help="Output format (default: 'config set output', else table on a terminal and tsv otherwise).",
    ),
]
Fields = Annotated[
    Optional[str],
    typer.Option("--fields", help="Comma-separated fields to show, e.g. sid,status.", show_default=False),
]
def configured_zone(value: Optional[str]) -> Optional[str]:
    """`--tz` when given, else the configured default (`twiliocli config set timezone …`), else None: UTC."""
    if value is not None:
        return value
    from twiliocli.config import setting

    return setting("timezone")


Tz = Annotated[
    Optional[str],
    typer.Option("--tz", metavar="ZONE", show_default=False, parser=checked(validate_zone, "zone"), callback=configured_zone,
                 help="Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris "
                      "(default: 'config set timezone', else UTC)."),
]
NoHeader = Annotated[bool, typer.Option("--no-header", help="Leave out the header line (tsv, csv).")]
ExcelSafe = Annotated[
    bool, typer.Option("--excel-safe", help="CSV: neutralise cells starting with = + - @ for spreadsheets.")
]
Limit = Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many records.")]
All = Annotated[bool, typer.Option("--all", help="Show every record (ignores --limit).")]
PageSize = Annotated[
    Optional[int],
    typer.Option("--page-size", min=1, max=1000, help="Records per API request (1-1000).", show_default=False),
]
Count = Annotated[bool, typer.Option("--count", help="Print only how many records match.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]

Watch = Annotated[bool, typer.Option("--watch", "-w", help="Keep printing new records as they appear, until Ctrl-C.")]
Interval = Annotated[float, typer.Option("--interval", min=0.2, metavar="SECONDS", help="Seconds between polls with --watch or `watch`.")]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Only say what would be done; change nothing.")]
