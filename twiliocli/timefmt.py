"""Time, in one place: Twilio's RFC 2822 text, ISO 8601 text, UTC day strings and epoch seconds.

Twilio writes every instant as fixed-width RFC 2822 in UTC, `Fri, 18 Oct 2019 17:00:00 +0000`;
its list filters take a UTC day (`2019-10-18`) or an ISO 8601 date-time; the tool keeps instants
as integer epoch seconds (cheap to compare, index and store). This module converts between them
and is the only one that does; it imports nothing from the package, so every layer (output,
export, cli, emulator) may use it.

An export reads and prints millions of dates, so the fixed Twilio shape has a fast path: the day
part (`Fri, 18 Oct 2019 `) is converted and checked once and cached, the time of day is read by
two lookups. Parsing that costs ~0.5 µs instead of `email.utils`' ~9 µs. Any other spelling
falls back to the standard library, so the fast path only ever changes speed, never an answer
(the property tests in tests/test_timefmt.py hold it to that).

Display is UTC ISO 8601 (`iso_date`); `shown_in(zone(name))` gives the same text in another
zone (`--tz Europe/Paris`, `--tz local`), with its offset, for every renderer at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timezone, tzinfo

DAY = 86_400
_EPOCH_DAY = date(1970, 1, 1).toordinal()
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS, 1)}

# `HH:MM:` -> seconds into the day, `SS` -> seconds: reading the time of day is two lookups.
_TWO_DIGITS = [f"{n:02d}" for n in range(60)]  # joined below, not formatted 1,440 times: start-up
_HOURS_MINUTES = {f"{_TWO_DIGITS[h]}:{_TWO_DIGITS[m]}:": (h * 60 + m) * 60 for h in range(24) for m in range(60)}
_SECONDS = {text: s for s, text in enumerate(_TWO_DIGITS)}
_CACHE_BOUND = 100_000  # days: 270 years, never reached by real data; a bound all the same


def now() -> int:
    """The local clock, in epoch seconds."""
    return int(time.time())


# -- Twilio's RFC 2822 text -> epoch seconds / ISO 8601 text ------------------------------------

_days: dict[str, tuple[int, str] | None] = {}  # `Fri, 18 Oct 2019 ` -> (its midnight, `2019-10-18T`)


def _day(text: str) -> tuple[int, str] | None:
    """Read (and cache) a fixed-shape day part: its midnight and ISO day, or None if it is no
    calendar day. Callers try `_days.get` first, inline."""
    if text in _days:
        return _days[text]
    reading = None
    month = _MONTH_NUMBER.get(text[8:11])
    if (month and text.isascii() and text[3:5] == ", " and text[7] == " " == text[11] == text[16]
            and text[5:7].isdigit() and text[12:16].isdigit()):
        try:
            day = date(int(text[12:16]), month, int(text[5:7]))
        except ValueError:
            day = None
        if day is not None:
            reading = ((day.toordinal() - _EPOCH_DAY) * DAY, f"{day.isoformat()}T")
    if len(_days) >= _CACHE_BOUND:
        _days.clear()
    _days[text] = reading
    return reading


def day_start(value: str) -> int | None:
    """Epoch seconds of the UTC midnight starting the day of a fixed-shape Twilio date, or None
    if `value` has another shape (then use `epoch`)."""
    if len(value) == 31 and value[25:] == " +0000":
        reading = _days.get(value[:17]) or _day(value[:17])
        if reading is not None:
            return reading[0]
    return None


def epoch(value: str) -> int | None:
    """Epoch seconds of an RFC 2822 date (Twilio's, or an HTTP `Date` header), None if unreadable."""
    if len(value) == 31 and value[25:] == " +0000":
        reading = _days.get(value[:17]) or _day(value[:17])
        try:
            return reading[0] + _HOURS_MINUTES[value[17:23]] + _SECONDS[value[23:25]]  # type: ignore[index]
        except (KeyError, TypeError):  # not a calendar day, or not a time of day
            pass
    return _parse_rfc2822(value)


def iso_date(value: str) -> str:
    """`Fri, 18 Oct 2019 17:00:00 +0000` -> `2019-10-18T17:00:00Z`; anything else unchanged."""
    if len(value) == 31 and value[25:] == " +0000":  # the fast path: inlined, it runs per cell
        reading = _days.get(value[:17]) or _day(value[:17])
        if reading is not None and value[17:23] in _HOURS_MINUTES and value[23:25] in _SECONDS:
            return reading[1] + value[17:25] + "Z"
    if len(value) < 16 or value.isdigit():  # shorter than any RFC 2822 date-time, e.g. queue_time "0"
        return value
    moment = _parse_rfc2822(value)
    return value if moment is None else iso(moment)


def _parse_rfc2822(value: str) -> int | None:
    from email.utils import parsedate_to_datetime  # only for the rare other spellings

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # `-0000`: unknown zone, Twilio means UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


# -- epoch seconds -> text ----------------------------------------------------------------------

_rfc_days: dict[int, str] = {}  # day number -> `Fri, 18 Oct 2019 `
_RFC_MINUTES = list(_HOURS_MINUTES)  # minute of the day -> `HH:MM:`
_RFC_SECONDS = [f"{text} +0000" for text in _TWO_DIGITS]


def rfc2822(moment: int | None) -> str | None:
    """`1571418000` -> `Fri, 18 Oct 2019 17:00:00 +0000` (Twilio's shape), None for None."""
    if moment is None:
        return None
    day, second = divmod(moment, DAY)
    try:
        return _rfc_days[day] + _RFC_MINUTES[second // 60] + _RFC_SECONDS[second % 60]
    except (KeyError, TypeError):  # a day not seen yet, or not an integer
        pass
    from email.utils import formatdate

    text = formatdate(moment, usegmt=False).replace("-0000", "+0000")
    if moment.__class__ is int:
        if len(_rfc_days) >= _CACHE_BOUND:
            _rfc_days.clear()
        _rfc_days[day] = text[:17]
    return text


def iso(moment: int | None) -> str | None:
    """`2024-05-01T12:00:00Z`, or None."""
    return None if moment is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


def day_text(moment: int) -> str:
    """The UTC day of an instant as Twilio's filters want it: `2024-05-01`."""
    return time.strftime("%Y-%m-%d", time.gmtime(moment))


def day_floor(moment: int) -> int:
    """The UTC midnight starting the day of `moment`."""
    return moment - moment % DAY


# -- ISO 8601 text and Python dates -> epoch seconds --------------------------------------------


def from_datetime(moment: date | datetime) -> int:
    """Epoch seconds of a `datetime` (naive: UTC) or of the UTC midnight starting a `date`."""
    if not isinstance(moment, datetime):
        return (moment.toordinal() - _EPOCH_DAY) * DAY
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


def parse_iso(text: str) -> int:
    """Epoch seconds of `2024-05-01` (its UTC midnight) or an ISO 8601 date-time (naive: UTC;
    `Z`, offsets and Twilio's `YYYY-MM-DD HH:MM:SS` accepted). ValueError if it is neither."""
    text = text.strip()
    if len(text) == 10:
        return from_datetime(date.fromisoformat(text))
    return from_datetime(datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00").replace(" ", "T", 1)))


def ago(seconds: float) -> str:
    """`4 min ago`, `3 h ago`, `2 days ago` (a negative age, from a clock behind, is now)."""
    minutes = int(max(0, seconds) // 60)
    if minutes < 120:
        return f"{minutes} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // 1440} days ago"


# -- display in a time zone -----------------------------------------------------------------------

LOCAL = "local"  # the zone of this machine (TZ or /etc/localtime), offset right at each instant


def zone(name: str) -> tzinfo | str | None:
    """What `--tz NAME` means: None for UTC, `LOCAL`, or an IANA zone such as `Europe/Paris`.
    ValueError, naming the choices, for anything else."""
    key = name.strip()
    if key.upper() in ("UTC", "Z", "GMT", "ETC/UTC"):
        return None
    if key.lower() == LOCAL:
        return LOCAL
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # only when a zone is asked for

    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a time zone: use UTC, local or a name such as America/New_York") from None


def shown_in(where: tzinfo | str | None) -> Callable[[str], str]:
    """`iso_date` for zone `where` (see `zone`): `2019-10-18T19:00:00+02:00` for Europe/Paris;
    text that is no date stays as it is."""
    if where is None:
        return iso_date

    def convert(value: str) -> str:
        moment = None if len(value) < 16 or value.isdigit() else epoch(value)
        if moment is None:
            return value
        if where == LOCAL:
            return datetime.fromtimestamp(moment).astimezone().isoformat()
        return datetime.fromtimestamp(moment, where).isoformat()  # type: ignore[arg-type]

    return convert
