"""Lists as lazy streams of records: pages are fetched as the consumer asks for them.

Only one page is alive at a time, so memory stays flat however long the list is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from twiliocli.api.client import Client

MAX_PAGE_SIZE = 1000
# Keys of the list envelope, old and new; whatever else holds a list is the records.
ENVELOPE_KEYS = frozenset({
    "page", "page_size", "first_page_uri", "next_page_uri", "previous_page_uri", "last_page_uri",
    "start", "end", "uri", "total", "num_pages", "meta",
})


def page_records(page: Mapping[str, Any], list_keys: Sequence[str]) -> list[dict[str, Any]]:
    """The records of one page, under the resource's list key or, for older API versions, another one."""
    for key in list_keys:
        if isinstance(page.get(key), list):
            return page[key]
    for key, value in page.items():
        if key not in ENVELOPE_KEYS and isinstance(value, list):
            return value
    return []


def iter_pages(client: Client, path: str, params: Mapping[str, Any], page_size: int) -> Iterator[dict[str, Any]]:
    """Each page of a list, following `next_page_uri` lazily."""
    page = client.get(path, {**params, "PageSize": page_size})
    while True:
        yield page
        next_uri = page.get("next_page_uri")
        if not next_uri:
            return
        page = client.get(next_uri)


def iter_records(
    client: Client,
    path: str,
    params: Mapping[str, Any],
    list_keys: Sequence[str],
    *,
    limit: int | None = None,
    page_size: int = 50,
) -> Iterator[dict[str, Any]]:
    """Records of a list, newest first as Twilio orders them, stopping after `limit` (None: all)."""
    if limit is not None:
        if limit <= 0:
            return
        page_size = min(page_size, limit)
    left = limit
    for page in iter_pages(client, path, params, page_size):
        for record in page_records(page, list_keys):
            yield record
            if left is not None:
                left -= 1
                if left == 0:
                    return


def count(client: Client, path: str, params: Mapping[str, Any], list_keys: Sequence[str]) -> int:
    """How many records a list has: the envelope's `total` where an older API gives it, else by paging."""
    total = 0
    for page in iter_pages(client, path, params, MAX_PAGE_SIZE):
        if isinstance(page.get("total"), int):
            return page["total"]
        total += len(page_records(page, list_keys))
    return total
