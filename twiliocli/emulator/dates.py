"""Time as the emulator's list filters read it (the conversions themselves are `twiliocli.timefmt`).

Records keep instants as integer epoch seconds; responses show them in Twilio's RFC 2822
(`timefmt.rfc2822`). List filters accept a day (`2009-07-06`, Twilio's documented form, meaning
the whole UTC day) or an ISO 8601 date-time, and Twilio's `YYYY-MM-DD HH:MM:SS` variant. A
date-time at midnight UTC is a day too: twilio-python sends `date(2026, 11, 30)` as
`2026-11-30T00:00:00Z`, and Twilio reads it as that day (`StartTime<` then means "on or before").
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
    return (start, start + DAY) if start % DAY == 0 else (start, start + 1)
