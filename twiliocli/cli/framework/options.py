"""Options as declarations, without Typer: a name, a type, its checks.

Two readers turn an `Opt` into behaviour: Typer, through `params.typed` (help, completion, errors),
and the quick path (`cli/quick.py`), which parses a plain `GROUP list` without importing Typer.
The value checks are here too, so both run the same code on the same text; a failed check raises
Typer's `BadParameter` (imported only then), which the quick path answers by handing the line to
Typer, whose message the user sees.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple, Optional

from twiliocli import validate
from twiliocli.api import resources as R
from twiliocli.api.resources import Filter

Format = Literal["table", "tsv", "csv", "json", "jsonl"]


class Opt(NamedTuple):
    """An option: `kind` is the type Typer parses (`Optional[str]`, `bool`, `Literal[…]`, `int`),
    `decls` its names, `options` the rest of what `typer.Option` takes (help, min, parser …)."""

    kind: Any
    decls: tuple[str, ...]
    options: Mapping[str, Any]


def option(kind: Any, *decls: str, **options: Any) -> Opt:
    return Opt(kind, decls, options)


def checked(check: Callable[[str], Any], name: str | None = None) -> Callable[[str], Any]:
    """A Typer `parser` from a validator: its ValueError message (which names the fix) is kept."""

    def parse(value: str) -> Any:
        try:
            return check(value)
        except ValueError as exc:
            from typer import BadParameter

            raise BadParameter(str(exc)) from None

    parse.__name__ = name or check.__name__
    return parse


def sid_metavar(prefix: str | tuple[str, ...]) -> str:
    """What help shows for a SID: its type, `CA…` (or `SM…|MM…`)."""
    prefixes = (prefix,) if isinstance(prefix, str) else prefix
    return "|".join(f"{p}…" for p in prefixes)


def sid_parser(prefix: str | tuple[str, ...]) -> Callable[[str], str]:
    """A Typer `parser` that accepts only SIDs starting with `prefix` (or one of several); help
    names its type `CA…` (see `params.sid_type` for an argument, which shows no `<…>` around it)."""
    return checked(lambda value: validate.sid(value, prefix), sid_metavar(prefix))


def comma_list(value: str) -> list[str]:
    """`a,b` as the values of an array parameter (sent as the parameter repeated)."""
    return [part.strip() for part in value.split(",") if part.strip()]


def _name_values(value: str) -> list[tuple[str, str]]:
    pairs = []
    for part in comma_list(value):
        name, sep, val = part.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{part!r}: give NAME=VALUE, e.g. customer=42")
        pairs.append((name.strip(), val))
    return pairs


name_values = checked(_name_values, "name_values")  # `a=1,b=2` as (name, value) pairs
phone = checked(validate.e164, "e164")
voice = checked(validate.voice_endpoint, "voice")
caller = checked(validate.voice_caller, "caller")
address = checked(validate.message_address, "address")
sender = checked(validate.message_sender, "sender")
url = checked(validate.url, "url")
when = checked(validate.when, "date")
lat_long = checked(validate.lat_long, "lat_long")


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


def configured_output(value: Optional[str]) -> Optional[str]:
    """`-o` when given, else the configured default (`twiliocli config set output …`), else None:
    table on a terminal, tsv otherwise (output.default_format)."""
    if value is not None:
        return value
    from twiliocli.config import setting

    return setting("output")


def configured_zone(value: Optional[str]) -> Optional[str]:
    """`--tz` when given, else the configured default (`twiliocli config set timezone …`), else None: UTC."""
    if value is not None:
        return value
    from twiliocli.config import setting

    return setting("timezone")


# What every command that prints records takes, and every list besides.
OUTPUT = option(
    Optional[Format], "--output", "-o", callback=configured_output, show_default=False,
    help="Output format (default: 'config set output', else table on a terminal and tsv otherwise).",
)
FIELDS = option(Optional[str], "--fields", help="Comma-separated fields to show, e.g. sid,status.", show_default=False)
TZ = option(
    Optional[str], "--tz", metavar="ZONE", show_default=False, parser=checked(validate_zone, "zone"), callback=configured_zone,
    help="Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris "
         "(default: 'config set timezone', else UTC).",
)
NO_HEADER = option(bool, "--no-header", help="Leave out the header line (tsv, csv).")
EXCEL_SAFE = option(bool, "--excel-safe", help="CSV: neutralise cells starting with = + - @ for spreadsheets.")
LIMIT = option(int, "--limit", "-n", min=1, help="Show at most this many records.")
ALL = option(bool, "--all", help="Show every record (ignores --limit).")
PAGE_SIZE = option(Optional[int], "--page-size", min=1, max=1000, help="Records per API request (1-1000).", show_default=False)
COUNT = option(bool, "--count", help="Print only how many records match.")
WATCH = option(bool, "--watch", "-w", help="Keep printing new records as they appear, until Ctrl-C.")
INTERVAL = option(float, "--interval", min=0.2, metavar="SECONDS", help="Seconds between polls with --watch or `watch`.")

# (keyword, option, default) of every list, after its filters; the output options come first.
OUTPUT_OPTIONS = (("output", OUTPUT, None), ("fields", FIELDS, None), ("no_header", NO_HEADER, False),
                  ("excel_safe", EXCEL_SAFE, False), ("tz", TZ, None))
LIST_OPTIONS = (*OUTPUT_OPTIONS, ("limit", LIMIT, 50), ("all_", ALL, False), ("page_size", PAGE_SIZE, None),
                ("count", COUNT, False))
WATCH_OPTIONS = (("watch", WATCH, False), ("interval", INTERVAL, 5.0))


# -- filters --------------------------------------------------------------------------------


def python_name(option: str) -> str:
    """The keyword Typer passes an option's value under (`--from` → `from_`)."""
    name = option.split("/")[0].replace("-", "_")
    return f"{name}_" if keyword.iskeyword(name) else name


def flag(f: Filter) -> str:
    """The option as typed on the command line (`--muted` for `muted/unmuted`)."""
    return f"--{f.option.split('/')[0]}"


def is_optional(f: Filter, required: bool = False) -> bool:
    """Whether the filter's option may be left out (None): always for an on/off pair."""
    return not required or f.kind == R.BOOL


def filter_option(f: Filter, *, required: bool = False) -> Opt:
    """The option for a declared filter (or setting), checked by its kind (see `is_optional`)."""
    opt = _filter_option(f)
    return Opt(Optional[opt.kind], opt.decls, opt.options) if is_optional(f, required) else opt


def _filter_option(f: Filter) -> Opt:
    options: dict[str, Any] = {"help": f.help, "show_default": False}
    if f.kind == R.BOOL:
        on, _, off = f.option.partition("/")
        return Opt(bool, (f"--{on}/--{off or 'no-' + on}",), options)
    kind: Any = str
    if f.kind == R.CHOICE:
        kind = Literal[f.choices]  # type: ignore[valid-type]
        options["case_sensitive"] = f.choices != R.HTTP_METHODS  # `--voice-method get` is fine too
        if len("|".join(f.choices)) > 60:  # too long a metavar for help and man lines: list them in the help
            options["metavar"] = f.option.split("/")[0].upper()
            options["help"] = f"{f.help} One of: {', '.join(f.choices)}."
    elif f.kind == R.INT:
        kind = int
    else:
        options["parser"] = _parser_for(f)
        options["metavar"] = {
            R.PHONE: "E164", R.VOICE: "ADDRESS", R.CALLER: "CALLER", R.ADDRESS: "ADDRESS", R.SENDER: "SENDER",
            R.SID: sid_metavar(f.sid_prefix) if f.sid_prefix else "SID", R.DATE: "DATE", R.DATETIME: "DATE", R.URL: "URL",
            R.LATLONG: "LAT,LONG", R.LIST: "VALUE,…", R.PAIRS: "NAME=VALUE",
        }.get(f.kind, "TEXT")
    return Opt(kind, (flag(f), *(f"--{alias}" for alias in f.aliases)), options)


def _parser_for(f: Filter) -> Callable[[str], Any]:
    parties = {R.PHONE: phone, R.VOICE: voice, R.CALLER: caller, R.ADDRESS: address, R.SENDER: sender}
    if f.kind in parties:
        return parties[f.kind]
    if f.kind == R.SID:
        return sid_parser(f.sid_prefix)
    if f.kind in (R.DATE, R.DATETIME):
        return when
    if f.kind == R.URL:
        return url
    if f.kind == R.LATLONG:
        return lat_long
    if f.kind == R.LIST:
        return comma_list
    if f.kind == R.PAIRS:
        return name_values
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
