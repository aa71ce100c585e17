"""Lists as lazy streams of records: pages are fetched as the consumer asks for them.

Only one page is alive at a time, so memory stays flat however long the list is. Every page is
checked (`page_records`): a page without its list is an error, never "no records" — an export
that took `{}` for an empty page would move its state past records it never saw.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from twiliocli.api.client import Client
from twiliocli.api.errors import PagingLoopError
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
            return _objects(value, key)
    if not list_keys:
        for key, value in page.items():
            if key not in ENVELOPE_KEYS and isinstance(value, list):
                return _objects(value, key)
    raise BadPageError(f"The API answered a list request without {_wanted(list_keys)}: {_describe(page, list_keys)}")


def _objects(records: list[Any], key: str) -> list[dict[str, Any]]:
    """The records, when every one is a JSON object (a record); else BadPageError."""
    for record in records:
        if not isinstance(record, dict):
            raise BadPageError(f"The API answered a list whose `{key}` holds a non-object ({type(record).__name__}), not records")
    return records


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
    """Each page of a list, following `next_page_uri` lazily.

    A `next_page_uri` back to a page already fetched, or a page holding the very records of the
    one before, would loop forever (and an export would grow without end): that is an error.
    Links to another host are refused by `Client.url`.
    """
    def get(uri: str, query: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], bool]:
        return client.get(uri, query), False

    for page, _plain in _walk(client, path, params, page_size, get):
        yield page
        del page  # not held while the next one is fetched: memory stays one page


def iter_plain_pages(client: Client, path: str, params: Mapping[str, Any], page_size: int) -> Iterator[tuple[dict[str, Any], bool]]:
    """`iter_pages`, each page with whether all its text is plain (`api.client.plain_body`), which
    spares a writer its checks for anything to quote or escape."""
    return _walk(client, path, params, page_size, client.get_plain)


def _walk(client: Client, path: str, params: Mapping[str, Any], page_size: int,
          get: Callable[..., tuple[dict[str, Any], bool]]) -> Iterator[tuple[dict[str, Any], bool]]:
    """The pages `get` fetches (each with its plain flag), checked as `iter_pages` says."""
    first = {**params, "PageSize": page_size}
    seen = {_page_key(client, f"{path}?{urlencode(first, doseq=True)}")}
    page, plain = get(path, first)
    fetched = 1
    while True:
        yield page, plain
        if isinstance(page.get("uri"), str) and not urlsplit(page["uri"]).scheme:  # only what could be fetched
            seen.add(_page_key(client, page["uri"]))
        next_uri = page.get("next_page_uri")
        if not next_uri:
            return
        if not isinstance(next_uri, str):
            raise BadPageError(f"The API answered a list whose next_page_uri is not a link ({type(next_uri).__name__})")
        key = _page_key(client, next_uri)
        if key in seen:
            raise PagingLoopError(f"The API's next_page_uri {next_uri} leads back to a page already fetched; "
                                  f"stopped after {fetched} {'page' if fetched == 1 else 'pages'} instead of looping forever")
        seen.add(key)
        last = _signature(page)
        del page  # not held while the next one is fetched: memory stays one page
        page, plain = get(next_uri)
        fetched += 1
        if last is not None and _signature(page) == last:
            raise PagingLoopError(f"The page at {next_uri} holds the same records as the one before it; "
                                  "stopped instead of looping forever")


def _page_key(client: Client, uri: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A page's address, the same however its query is ordered or its host written."""
    parts = urlsplit(client.url(uri))
    return parts.path, tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))


def _signature(page: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """First and last SIDs and the size of a page's records; None when records have no SIDs."""
    try:
        records = page_records(page, ())
    except BadPageError:  # the consumer reports that, with the resource's own list key
        return None
    if not records or not isinstance(records[0].get("sid"), str):
        return None
    return records[0]["sid"], records[-1].get("sid"), len(records)


def iter_records(
    client: Client,
    path: str,
    params: Mapping[str, Any],
    list_keys: Sequence[str],
    *,
    limit: int | None = None,
    page_size: int = 50,
    cut: Callable[[], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Records of a list, newest first as Twilio orders them, stopping after `limit` (None: all).
    `cut()` is called when the list had more than `limit` records (so a person can be told)."""
    if limit is not None:
        if limit <= 0:
            return
        page_size = min(page_size, limit)
    left = limit
    for page in iter_pages(client, path, params, page_size):
        records = page_records(page, list_keys)
        for i, record in enumerate(records, 1):
            yield record
            if left is not None:
                left -= 1
                if left == 0:
                    if cut and (i < len(records) or page.get("next_page_uri")):
                        cut()
                    return


def count(client: Client, path: str, params: Mapping[str, Any], list_keys: Sequence[str]) -> int:
    """How many records a list has: the envelope's `total` where an older API gives it, else by paging."""
    total = 0
    for page in iter_pages(client, path, params, MAX_PAGE_SIZE):
        if isinstance(page.get("total"), int):
            return page["total"]
        total += len(page_records(page, list_keys))
    return total
