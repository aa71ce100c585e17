"""Twilio's RFC 2822 timestamps (`Fri, 18 Oct 2019 17:00:00 +0000`) as epoch seconds, fast.

An export compares the date of every record with its window. `email.utils.parsedate_to_datetime`
costs about 9 µs a call; Twilio always sends the same fixed-width UTC shape, so the day part
(`18 Oct 2019`) is looked up in a cache and the time read by position: about 0.5 µs, and a record
whose day lies wholly inside the window needs only the day (see `engine.DayFilter`).
Any other spelling falls back to the standard library.
"""

from __future__ import annotations

import calendar
from datetime import timezone

DAY = 86_400
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_days: dict[str, int | None] = {}


def day_start(value: str) -> int | None:
    """Epoch seconds of the UTC midnight starting the day of a fixed-shape Twilio date, or None if
    `value` has another shape (then use `epoch`)."""
    if len(value) != 31 or value[25:] != " +0000":
        return None
    key = value[5:16]
    try:
        return _days[key]
    except KeyError:
        pass
    start: int | None
    try:
        month = _MONTHS[key[3:6]]
        day, year = int(key[0:2]), int(key[7:11])
        start = calendar.timegm((year, month, day, 0, 0, 0)) if 1 <= day <= 31 else None
    except (KeyError, ValueError):
        start = None
    if len(_days) > 100_000:  # a bound, never reached by real data (it would be 270 years of days)
        _days.clear()
    _days[key] = start
    return start


def epoch(value: str) -> int | None:
    """Epoch seconds of a Twilio date, or None if it cannot be read as one."""
    start = day_start(value)
    if start is not None:
        try:
            hours, minutes, seconds = int(value[17:19]), int(value[20:22]), int(value[23:25])
        except ValueError:
            return _slow(value)
        if value[19] == ":" == value[22] and hours < 24 and minutes < 60 and seconds < 61:
            return start + hours * 3600 + minutes * 60 + seconds
    return _slow(value)


def _slow(value: str) -> int | None:
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # `-0000`: unknown zone, Twilio means UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())
