"""Input validators: refuse malformed SIDs, numbers, dates and URLs before any request is sent.

Each returns the value normalised for the API and raises `ValueError` whose message names the fix;
the CLI turns that into exit status 2 with the option's name in front.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

_SID_BODY = re.compile(r"[0-9a-fA-F]{32}")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
_SPAN = re.compile(r"(\d+)\s*([smhdw])")
_SPAN_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def sid(value: str, prefix: str) -> str:
    """A Twilio SID: two-letter prefix and 32 hex digits, e.g. CA0123… (`prefix` may name
    alternatives, `SM|MM`: a message SID is either)."""
    prefixes = prefix.split("|")
    if len(value) == 34 and value[:2].upper() in prefixes and _SID_BODY.fullmatch(value[2:]):
        return value[:2].upper() + value[2:]
    named = " or ".join(prefixes)
    return _fail(f"{value!r} is not a {named} SID; expected {named} followed by 32 hex digits")


def e164(value: str) -> str:
    """A phone number in E.164 form: + country code and number, up to 15 digits."""
    compact = value.replace(" ", "").replace("-", "")
    if _E164.fullmatch(compact):
        return compact
    return _fail(f"{value!r} is not an E.164 phone number; write it as +<country code><number>, e.g. +14155550100")


def url(value: str) -> str:
    """An absolute http(s) URL, as Twilio requires for webhooks and media."""
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and " " not in value:
        return value
    return _fail(f"{value!r} is not an absolute URL; use http:// or https:// with a host, e.g. https://example.com/twiml")


def when(value: str, *, now: datetime | None = None) -> datetime | date:
    """A date (`2024-05-01`), an ISO 8601 date-time, or a span back from now (`90m`, `24h`, `7d`).

    A plain date stays a `date` (day granularity); everything else becomes an aware UTC datetime.
    """
    text = value.strip()
    span = _parse_span(text)
    if span is not None:
        return (now or datetime.now(timezone.utc)).replace(microsecond=0) - span
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    else:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            pass
        else:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
            return moment.astimezone(timezone.utc)
    return _fail(f"{value!r} is not a date; use YYYY-MM-DD, an ISO 8601 date-time, or a span such as 90m, 24h, 7d")


def api_date(moment: datetime | date, *, day_only: bool) -> str:
    """Format a parsed date for a Twilio filter: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`."""
    if day_only or not isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%d")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def lat_long(value: str) -> str:
    """A point as `LAT,LONG` in decimal degrees, e.g. `37.7749,-122.4194`."""
    lat, sep, lon = value.replace(" ", "").partition(",")
    try:
        if sep and -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180:
            return f"{lat},{lon}"
    except ValueError:
        pass
    return _fail(f"{value!r} is not LAT,LONG; give decimal degrees such as 37.7749,-122.4194")


def country(value: str) -> str:
    """An ISO 3166-1 alpha-2 country code (`US`, `gb`), returned upper case."""
    if len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    return _fail(f"{value!r} is not a country code; use two letters (ISO 3166-1), e.g. US, GB, CA")


def int_range(value: int, low: int, high: int, what: str) -> int:
    if low <= value <= high:
        return value
    return _fail(f"{what} must be between {low} and {high}, not {value}")


def _parse_span(text: str) -> timedelta | None:
    pieces = _SPAN.findall(text.lower())
    if not pieces or "".join(f"{n}{u}" for n, u in pieces) != text.lower().replace(" ", ""):
        return None
    return sum((timedelta(**{_SPAN_UNITS[u]: int(n)}) for n, u in pieces), timedelta())


def _fail(message: str):  # -> NoReturn
    raise ValueError(message)
