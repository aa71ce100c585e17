"""Time as the emulator's list filters read it (the conversions themselves are `twiliocli.timefmt`).

Records keep instants as integer epoch seconds; responses show them in Twilio's RFC 2822
(`timefmt.rfc2822`). List filters accept a day (`2009-07-06`, Twilio's documented form, meaning
the whole UTC day) or an ISO 8601 date-time, and Twilio's `YYYY-MM-DD HH:MM:SS` variant.
"""

from __future__ import annotations

from twiliocli.timefmt import DAY, now, parse_iso, rfc2822

from .errors import invalid

__all__ = ["DAY", "now", "parse_bound", "rfc2822"]


def parse_bound(param: str, value: str) -> tuple[int, int]:
    """The instants [start, end) a filter value designates: a whole UTC day, or one second."""
    try:
        start = parse_iso(value)
    except ValueError:
        raise invalid(param, value) from None
    return (start, start + DAY) if len(value.strip()) == 10 else (start, start + 1)
