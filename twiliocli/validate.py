"""Input validators: refuse malformed SIDs, numbers, dates and URLs before any request is sent.

Each returns the value normalised for the API and raises `ValueError` whose message names the fix;
the CLI turns that into exit status 2 with the option's name in front.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

_SID_BODY = re.compile(r"[0-9a-fA-F]{32}")
_HEX = re.compile(r"[0-9a-fA-F]*")
_ANY_SID = re.compile(r"[A-Za-z]{2}[0-9a-fA-F]{32}")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
_CLIENT = re.compile(r"[A-Za-z0-9_.@+-]{1,256}")  # a Twilio Client identity
_SIP = re.compile(r"[^\s@:]+@[^\s@]+")  # user@host[:port][;params], after `sip:`
_SIP_USER = re.compile(r"[A-Za-z0-9_.+-]{1,128}")
_CHANNEL = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,31}")  # whatsapp, messenger, rcs …
_SENDER_ID = re.compile(r"[A-Za-z0-9 ]{1,11}")
_SPAN = re.compile(r"(\d+)\s*([smhdw])")
_SPAN_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def sid(value: str, prefix: str | tuple[str, ...]) -> str:
    """A Twilio SID: a two-letter prefix (one of several for messages: SM or MM) and 32 hex digits."""
    prefixes = (prefix,) if isinstance(prefix, str) else prefix
    head = value[:2].upper()
    if len(value) == 34 and head in prefixes and _SID_BODY.fullmatch(value[2:]):
        return head + value[2:]
    names = " or ".join(prefixes)
    return _fail(f"{value!r} is not {article(names)} {names} SID; expected {names} followed by 32 hex digits")


def sid_or_label(value: str, prefix: str | tuple[str, ...]) -> str:
    """A SID, or a label (as a conference participant may be addressed by). Something that looks
    like a SID must be a whole one of the right kind: `CA12` is a SID cut short, `CF…` the wrong one."""
    prefixes = (prefix,) if isinstance(prefix, str) else prefix
    if (value[:2].upper() in prefixes and _HEX.fullmatch(value[2:])) or _ANY_SID.fullmatch(value):
        return sid(value, prefix)
    if not value.strip() or any(ord(c) < 32 for c in value):
        names = " or ".join(prefixes)
        return _fail(f"{value!r} is neither {article(names)} {names} SID nor a label")
    return value


def path_name(value: str, what: str) -> str:
    """A record's code or name as it goes in a path (`US`, a stream's name): one segment of printable text."""
    if not value.strip() or "/" in value or any(ord(c) < 32 for c in value):
        return _fail(f"{value!r} is not a {what.replace('_', ' ')}: give it as shown in a list, with no '/' or control characters")
    return value


def article(letters: str) -> str:
    """'a' or 'an' before letters read one by one: an AC SID, an SM SID, a CA SID, a PN SID."""
    return "an" if letters[:1].upper() in "AEFHILMNORSX" else "a"


def e164(value: str) -> str:
    """A phone number in E.164 form: + country code and number, up to 15 digits."""
    compact = value.replace(" ", "").replace("-", "")
    if _E164.fullmatch(compact):
        return compact
    return _fail(f"{value!r} is not an E.164 phone number; write it as +<country code><number>, e.g. +14155550100")


def voice_endpoint(value: str) -> str:
    """Who a call reaches (or came from): an E.164 number, `client:NAME` or `sip:USER@HOST`."""
    text = value.strip()
    scheme, colon, rest = text.partition(":")
    if colon and scheme.lower() == "client" and _CLIENT.fullmatch(rest):
        return "client:" + rest
    if colon and scheme.lower() in ("sip", "sips") and _SIP.fullmatch(rest):
        return f"{scheme.lower()}:{rest}"
    if _E164.fullmatch(text.replace(" ", "").replace("-", "")):
        return e164(text)
    return _fail(
        f"{value!r} is not a phone number or voice address; use E.164 (+14155550100), client:NAME or sip:USER@HOST"
    )


def voice_caller(value: str) -> str:
    """Whom a call comes from: an E.164 number or `client:NAME`, or the user part of a SIP
    address (`alice`) for a call to a sip: address (see `call_parties`)."""
    text = value.strip()
    if not text.lower().startswith(("sip:", "sips:")):
        if _SIP_USER.fullmatch(text) and not text.lstrip("+").isdigit():
            return text
        try:
            return voice_endpoint(text)
        except ValueError:
            pass
    return _fail(
        f"{value!r} is not a caller; use an E.164 number (+15005550006), client:NAME, "
        "or for a call to a sip: address, a SIP user name"
    )


def call_parties(to: str, caller: str) -> None:
    """Twilio's rules for a call's To and From: a number calls from a number; a bare SIP user
    name calls only a sip: address."""
    to_number, from_number = to.startswith("+"), caller.startswith("+")
    if to_number and not from_number:
        _fail(f"--from {caller!r} must be a phone number (E.164) when --to is a phone number")
    if not from_number and not caller.lower().startswith("client:") and not to.lower().startswith(("sip:", "sips:")):
        _fail(f"--from {caller!r} is a SIP user name, which only a call to a sip: address takes")


def message_address(value: str) -> str:
    """Whom a message goes to: an E.164 number, or a channel address such as whatsapp:+14155550100."""
    text = value.strip()
    channel, colon, rest = text.partition(":")
    if colon and _CHANNEL.fullmatch(channel) and rest and not any(c.isspace() for c in rest):
        return f"{channel.lower()}:{rest}"
    try:
        return e164(text)
    except ValueError:
        return _fail(
            f"{value!r} is not a phone number or channel address; use E.164 (+14155550100) or e.g. whatsapp:+14155550100"
        )


def message_sender(value: str) -> str:
    """Who sends a message: as `message_address`, or a short code (`12345`) or alphanumeric sender ID (`ACME`)."""
    text = value.strip()
    if text.isascii() and text.isdigit() and 3 <= len(text) <= 8:
        return text
    if _SENDER_ID.fullmatch(text) and any(c.isalpha() for c in text):
        return text
    try:
        return message_address(text)
    except ValueError:
        return _fail(
            f"{value!r} is not a sender; use your Twilio number (E.164), a short code, an alphanumeric "
            "sender ID (up to 11 letters, digits, spaces) or a channel address such as whatsapp:+15005550006"
        )


def url(value: str) -> str:
    """An absolute http(s) URL, as Twilio requires for webhooks and media."""
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and " " not in value:
        return value
    return _fail(f"{value!r} is not an absolute URL; use http:// or https:// with a host, e.g. https://example.com/twiml")


def when(value: str, *, now: datetime | None = None) -> datetime | date:
    """A date (`2024-05-01`), an ISO 8601 date-time, or a span back from now (`90m`, `24h`, `7d`).

    `today` and `yesterday` are days (UTC), `now` the present moment. A plain date stays a `date`
    (day granularity); everything else becomes an aware UTC datetime.
    """
    text = value.strip()
    word = text.lower()
    if word in ("now", "today", "yesterday"):
        moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
        if word == "now":
            return moment
        return moment.date() - timedelta(days=1 if word == "yesterday" else 0)
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
    return _fail(f"{value!r} is not a date; use YYYY-MM-DD, an ISO 8601 date-time, a span such as 90m, 24h, 7d, or today, yesterday, now")


def duration(value: str) -> int:
    """A length of time in seconds: `0`, `90s`, `5m`, `6h`, `2d` (or a sum such as `1h30m`)."""
    text = value.strip()
    span = timedelta() if text == "0" else _parse_span(text)
    if span is None:
        return _fail(f"{value!r} is not a duration; use a number and a unit, such as 0, 90s, 5m, 6h, 2d")
    return int(span.total_seconds())


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
