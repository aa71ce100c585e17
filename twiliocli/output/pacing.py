"""When the streaming writers flush.

After the first record, so `| head -1` or a watching user sees data at once, then every
`FLUSH_EVERY` records (Twilio's default page size, so a page shows up as it arrives) and not per
record, which would cost a system call each on a million-record export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

FLUSH_EVERY = 50
Page = tuple[list[dict[str, Any]], bool]  # a page's records, and whether all their text is plain


def paced(records: Iterable[dict[str, Any]], stream: TextIO) -> Iterator[dict[str, Any]]:
    """Yield `records` one by one, flushing `stream` once the consumer has written the first
    and every `FLUSH_EVERY`-th (the flush runs when the consumer asks for the next record)."""
    for count, record in enumerate(records, 1):
        yield record
        if count == 1 or count % FLUSH_EVERY == 0:
            stream.flush()


class Pages:
    """Records that arrive a page at a time (an export's slice): iterate for the records, or take
    `pages()` for each page's records with whether all their text is plain — printable ASCII
    without a quote or a backslash (`api.pagination.iter_plain_pages`) — which spares the CSV
    writer its checks. Either, once."""

    def __init__(self, pages: Iterator[Page]) -> None:
        self._pages = pages

    def pages(self) -> Iterator[Page]:
        return self._pages

    def started(self) -> Pages | None:
        """These pages once one holding records has arrived (None: none did), for a writer whose
        head comes with the first record."""
        pages = _filled(self._pages)
        first = next(pages, None)
        return None if first is None else Pages(_resumed(first, pages))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for records, _plain in self._pages:
            yield from records
            del records  # not held while the next page is fetched


def _filled(pages: Iterator[Page]) -> Iterator[Page]:
    for page in pages:
        if page[0]:
            yield page
            del page  # not held while the next page is fetched


def _resumed(first: Page, rest: Iterator[Page]) -> Iterator[Page]:
    """`chain([first], rest)`, but `first` is let go once passed on: chain's argument tuple would
    hold the first page until the last had been fetched."""
    yield first
    del first
    yield from rest
