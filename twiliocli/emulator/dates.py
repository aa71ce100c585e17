"""Time as Twilio writes and reads it.

Records keep instants as integer epoch seconds (cheap to index, compare and generate a million
of); responses show them in RFC 2822 GMT, as Twilio does: `Fri, 18 Oct 2019 17:00:00 +0000`.
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
    return formatdate(epoch, usegmt=False).replace("-0000", "+0000")


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
