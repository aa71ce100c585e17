"""Time as Twilio writes and reads it.

Records keep instants as integer epoch seconds (cheap to index, compare and generate a million
of); responses show them in RFC 2822 GMT, as Twilio does: `Fri, 18 Oct 2019 17:00:00 +0000`.
A list page shows up to 4000 of them, so the text is built from cached parts: the day
(`Fri, 18 Oct 2019 `, one `formatdate` per day) and the minute of the day.
List filters accept a day (`2009-07-06`, Twilio's documented form, meaning the whole UTC day)
or an ISO 8601 date-time, and Twilio's `YYYY-MM-DD HH:MM:SS` variant.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timezone
from email.utils import formatdate

from .errors import invalid

DAY = 86_400


def now() -> int:
    return int(time.time())


def rfc2822(epoch: int | None) -> str | None:
    if epoch is None:
        return None
    day, second = divmod(epoch, DAY)
    try:
        return _DAYS[day] + _MINUTES[second // 60] + _SECONDS[second % 60]
    except (KeyError, TypeError):  # a day not seen yet, or not an integer
        pass
    text = formatdate(epoch, usegmt=False).replace("-0000", "+0000")
    if epoch.__class__ is int:
        if len(_DAYS) >= 100_000:  # bounded: 270 years of days
            _DAYS.clear()
        _DAYS[day] = text[:17]
    return text


_DAYS: dict[int, str] = {}  # day number -> `Fri, 18 Oct 2019 `
_MINUTES = [f"{m // 60:02d}:{m % 60:02d}:" for m in range(24 * 60)]
_SECONDS = [f"{s:02d} +0000" for s in range(60)]


def parse_bound(param: str, value: str) -> tuple[int, int]:
    """The instants [start, end) a filter value designates: a whole UTC day, or one second."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            start = int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())
            return start, start + DAY
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        raise invalid(param, value) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    start = int(moment.timestamp())
    return start, start + 1
