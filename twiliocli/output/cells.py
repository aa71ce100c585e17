"""One API value -> one safe cell of text, for the table, TSV and CSV renderers.

Three steps, kept apart because each renderer needs a different last one:

1. `formatter(column)` turns a JSON value into plain text: null -> "", booleans -> `true`/`false`,
   objects and lists -> compact JSON (`{"a":"b"}`, the one flattening used everywhere: it is
   unambiguous and a script can parse it back), RFC 2822 dates in date-named fields -> ISO 8601 UTC.
2. `escape_terminal` (table, TSV) or `escape_csv` (CSV) makes that text harmless to a terminal.
3. `excel_safe` (CSV on request) defuses spreadsheet formulas.

Escaping scheme for the terminal (reversible): a backslash becomes `\\\\`; TAB, LF and CR become
`\\t`, `\\n`, `\\r`; any other C0 or C1 control, DEL, bidi control (U+061C, U+200E/F, U+202A-E,
U+2066-9), line/paragraph separator (U+2028/9) or lone surrogate becomes `\\xHH` (up to U+00FF)
or `\\uHHHH`. So a TSV line is always one record with fixed columns, and nothing from the API
can move the cursor, retitle the window or reorder text. Printable text, emoji (with their
zero-width joiners) and other scripts pass through untouched.

CSV keeps TAB, LF and CR (RFC 4180 quotes them) and leaves backslashes alone, so ordinary text
round-trips exactly; only the other characters above are replaced by the same visible escapes.
That is lossy for exactly those characters, a price worth paying so `cat export.csv` is safe.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from twiliocli.timefmt import iso_date, shown_in

# Characters a terminal would act on, or that would break "one record a line" / column counts.
_TERMINAL_UNSAFE = re.compile(
    "[\\\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
# The same set less what RFC 4180 carries inside quotes (TAB, LF, CR) and less the backslash.
_CSV_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}

_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    named = _NAMED.get(ch)
    if named:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


ASCII_CONTROLS = bytes(range(0x20)) + b"\x7f"  # the only characters of ASCII text that are not printable
_CONTROLS_AND_BACKSLASH = ASCII_CONTROLS + b"\\"


def printable(text: str) -> bool:
    """`text.isprintable()`, 2-3x faster on ASCII text (nearly all API text, and an export checks
    every row): deleting the controls from the bytes in C beats a Unicode lookup per character."""
    if text.isascii():
        return len(text.encode().translate(None, ASCII_CONTROLS)) == len(text)
    return text.isprintable()


def terminal_clean(text: str) -> bool:
    """True when `escape_terminal` leaves `text` as it is: printable, no backslash."""
    if text.isascii():
        return len(text.encode().translate(None, _CONTROLS_AND_BACKSLASH)) == len(text)
    return text.isprintable() and "\\" not in text


def escape_terminal(text: str) -> str:
    """Text safe to print in a table cell or a TSV field (scheme in the module docstring)."""
    if terminal_clean(text):  # the common case costs one C-level scan
        return text
    return _TERMINAL_UNSAFE.sub(_visible, text)


def escape_csv(text: str) -> str:
    """Text safe in a CSV field: line breaks and tabs kept for the csv module to quote."""
    if printable(text):
        return text
    return _CSV_UNSAFE.sub(_visible, text)


def excel_safe(text: str) -> str:
    """Prefix `'` to a cell a spreadsheet would run as a formula (OWASP CSV injection).

    Numbers such as `-0.200` (prices) or `+15005550006` stay as they are: a spreadsheet reads
    them as numbers, never as formulas, and quoting them would break sums over the column.
    """
    if text and text[0] in "=+-@\t\r" and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def is_date_field(name: str) -> bool:
    """Twilio names its RFC 2822 timestamps `date_*`, `*_time` or `*_date`."""
    return name.startswith("date_") or name.endswith(("_time", "_date"))


def plain(value: Any) -> str:
    """A JSON value as plain, unescaped text."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, dict):
        return _flat_object(value)
    if isinstance(value, list):
        return _COMPACT_JSON(value)
    return str(value)


def _flat_object(value: dict) -> str:
    """`_COMPACT_JSON(value)`, built directly when every key and value is text that JSON writes as
    is (e.g. `subresource_uris`, in every call record): joins in C, half the encoder's cost. The
    quotes counted are exactly the ones added, so no key or value holds one."""
    try:
        text = '{"' + '","'.join(map('":"'.join, value.items())) + '"}'
    except TypeError:  # a value that is not text
        return _COMPACT_JSON(value)
    if value and text.count('"') == 4 * len(value) and "\\" not in text and printable(text):
        return text
    return _COMPACT_JSON(value)


def _date_text(value: Any) -> str:
    return iso_date(value) if isinstance(value, str) else plain(value)


def formatter(column: str, tz: Any = None) -> Callable[[Any], str]:
    """The value -> plain text function for one column, chosen once per column, not per cell;
    dates in zone `tz` (`timefmt.zone`; None: UTC)."""
    if not is_date_field(column):
        return plain
    if tz is None:
        return _date_text
    convert = shown_in(tz)
    return lambda value: convert(value) if isinstance(value, str) else plain(value)
