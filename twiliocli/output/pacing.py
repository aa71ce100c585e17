"""When the streaming writers flush.

After the first record, so `| head -1` or a watching user sees data at once, then every
`FLUSH_EVERY` records (Twilio's default page size, so a page shows up as it arrives) and not per
record, which would cost a system call each on a million-record export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

FLUSH_EVERY = 50


def paced(records: Iterable[dict[str, Any]], stream: TextIO) -> Iterator[dict[str, Any]]:
    """Yield `records` one by one, flushing `stream` once the consumer has written the first
    and every `FLUSH_EVERY`-th (the flush runs when the consumer asks for the next record)."""
    for count, record in enumerate(records, 1):
        yield record
        if count == 1 or count % FLUSH_EVERY == 0:
            stream.flush()
