"""Lists as lazy streams of records: pages are fetched as the consumer asks for them.

Only one page is alive at a time, so memory stays flat however long the list is. Every page is
checked (`page_records`): a page without its list is an error, never "no records" — an export
that took `{}` for an empty page would move its state past records it never saw.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from twiliocli.api.client import Client
from twiliocli.errors import CliError

MAX_PAGE_SIZE = 1000
# Keys of the list envelope, old and new; whatever else holds a list is the records.
ENVELOPE_KEYS = frozenset({
    "page", "page_size", "first_page_uri", "next_page_uri", "previous_page_uri", "last_page_uri",
    "start", "end", "uri", "total", "num_pages", "meta",
})


class BadPageError(CliError):
    """A list request was answered without its list (exit 1): `{}`, a 204, `{"calls": null}`…"""


def page_records(page: Mapping[str, Any], list_keys: Sequence[str]) -> list[dict[str, Any]]:
    """The records of one page: the array under the resource's list key (or a known older one,
    e.g. `sms_messages`). With no keys given (a raw path), the one array outside the envelope.
    Anything else raises `BadPageError` naming what came back."""
    for key in list_keys:
        value = page.get(key)
        if isinstance(value, list):
            return value
    if not list_keys:
        for key, value in page.items():
            if key not in ENVELOPE_KEYS and isinstance(value, list):
                return value
    raise BadPageError(f"The API answered a list request without {_wanted(list_keys)}: {_describe(page, list_keys)}")


def _wanted(list_keys: Sequence[str]) -> str:
    return " or ".join(f"a `{key}` array" for key in list_keys) if list_keys else "a list of records"


def _describe(page: Mapping[str, Any], list_keys: Sequence[str]) -> str:
    """What came back instead, in a few words (never the records themselves)."""
    if not page:
        return "an empty answer (`{}` or no body)"
    for key in list_keys:
        if key in page:
            value = page[key]
            return f"`{key}` is {'null' if value is None else type(value).__name__}"
    keys = ", ".join(sorted(map(str, page))[:12])
    return f"an object with keys {keys}" + (" …" if len(page) > 12 else "")


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
