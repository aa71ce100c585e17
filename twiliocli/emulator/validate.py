"""Parsing and checking form values the way Twilio does, and Twilio's magic test numbers.

Magic numbers (https://www.twilio.com/docs/iam/test-credentials) answer with the same error codes
as with Twilio's test credentials, so scripts can exercise their error handling locally.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from werkzeug.datastructures import MultiDict

from . import errors
from .errors import ApiError

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")  # ASCII digits: `\d` also matches '٣'
WHOLE_NUMBER = re.compile(r"^-?[0-9]+$")  # ASCII digits: int() also takes '٣', str.isdigit() also '²'
SQLITE_INT = (-(2**63), 2**63 - 1)
ENDPOINT = re.compile(r"^(client:[\w.@-]+|sip:\S+)$")
SID = re.compile(r"^[A-Z]{2}[0-9a-fA-F]{32}$")

MAGIC_VALID_FROM = "+15005550006"
MAGIC_INVALID = "+15005550001"

# To-number magic: (calls code, calls message, messages code, messages message)
CALL_TO_MAGIC = {
    "+15005550001": (21217, "Phone number does not appear to be valid"),
    "+15005550002": (21214, "'To' phone number cannot be reached"),
    "+15005550003": (21215, "Account not authorized to call {to}. Perhaps you need to enable some "
                            "international permissions: https://www.twilio.com/console/voice/calls/geo-permissions/low-risk"),
    "+15005550004": (21216, "Account not allowed to call {to}"),
}
MESSAGE_TO_MAGIC = {
    "+15005550001": (21211, "The 'To' number {to} is not a valid phone number."),
    "+15005550002": (21612, "The 'To' phone number: {to}, is not currently reachable using the 'From' phone "
                            "number: {frm} via SMS."),
    "+15005550003": (21408, "Permission to send an SMS has not been enabled for the region indicated by the "
                            "'To' number: {to}."),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient"),
    "+15005550009": (21614, "'To' number {to} is not a valid mobile number"),
}
MESSAGE_FROM_MAGIC = {
    "+15005550001": (21212, "The 'From' number {frm} is not a valid phone number, shortcode, or "
                            "alphanumeric sender ID."),
    "+15005550007": (21606, "The From phone number {frm} is not a valid, SMS-capable inbound phone number "
                            "or short code for your account."),
    "+15005550008": (21611, "This 'From' number has exceeded the maximum number of queued messages"),
}


def magic(table: dict[str, tuple[int, str]], number: str, **values: str) -> None:
    if number in table:
        code, message = table[number]
        raise ApiError(400, code, message.format(**values))


def phone(value: str) -> str | None:
    """E.164 form of a phone number as Twilio accepts it (national US digits get +1), else None."""
    text = re.sub(r"[\s().-]", "", value)
    if E164.match(text):
        return text
    if text.isascii() and text.isdigit() and len(text) == 10:
        return "+1" + text
    if text.isascii() and text.isdigit() and len(text) == 11 and text.startswith("1"):
        return "+" + text
    return None


def formatted(number: str | None) -> str | None:
    """`+14158675309` -> `(415) 867-5309`, Twilio's national format for NANP numbers."""
    if number and number.startswith("+1") and len(number) == 12:
        return f"({number[2:5]}) {number[5:8]}-{number[8:]}"
    return number


def whole_number(text: str, low: float = SQLITE_INT[0], high: float = SQLITE_INT[1]) -> int | None:
    """`text` as an integer in [low, high] (by default, what SQLite can store), else None."""
    text = text.strip()
    if not WHOLE_NUMBER.match(text) or not low <= int(text) <= high:
        return None
    return int(text)


WEB = ("http", "https")
WEBSOCKET = ("ws", "wss")


def is_url(value: str, schemes: tuple[str, ...] = WEB) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed IPv6 host, `http://[::1`
        return False
    return parts.scheme in schemes and bool(parts.netloc) and " " not in value


def url(form: MultiDict, param: str, code: int = 21205, schemes: tuple[str, ...] = WEB) -> str | None:
    """An absolute URL of one of `schemes` (a web one unless said otherwise), or Twilio's 21205."""
    value = form.get(param)
    if value is None or value == "":
        return value
    if not is_url(value, schemes):
        raise ApiError(400, code, f"{param} is not a valid URL: {value}")
    return value


def method(form: MultiDict, param: str, default: str | None = None) -> str | None:
    value = form.get(param)
    if value is None or value == "":
        return default
    if value.upper() not in ("GET", "POST"):
        raise errors.invalid(param, value)
    return value.upper()


def boolean(form: MultiDict, param: str, default: bool | None = None) -> bool | None:
    value = form.get(param)
    if value is None or value == "":
        return default
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise errors.invalid(param, value)


def integer(form: MultiDict, param: str, low: int, high: int, default: int | None = None) -> int | None:
    value = form.get(param)
    if value is None or value == "":
        return default
    number = whole_number(value, low, high)
    if number is None:
        raise errors.invalid(param, value)
    return number


def choice(form: MultiDict, param: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
    value = form.get(param)
    if value is None or value == "":
        return default
    if value not in choices:
        raise errors.invalid(param, value)
    return value


def sid(form: MultiDict, param: str, prefix: str) -> str | None:
    value = form.get(param)
    if value is None or value == "":
        return None
    if not SID.match(value) or not value.startswith(prefix):
        raise errors.invalid(param, value)
    return value


def setting(form: MultiDict, name: str, param: str, boolean_fields: frozenset[str]) -> object:
    """A resource setting from the form, checked by what its name says it holds."""
    if name in boolean_fields:
        return boolean(form, param)
    if name.endswith("_method"):
        return method(form, param)
    if name.endswith("_url") or name.endswith("status_callback"):
        return url(form, param)
    if "_sid" in name:  # a reference (`call_sid_to_coach` too): a SID, or "" to clear it (null, as Twilio shows it unset)
        return sid(form, param, "")
    return form.get(param)
