"""Binary answers (a recording's audio): streamed chunk by chunk, never held whole in memory."""

from __future__ import annotations

from collections.abc import Iterator

import requests

from twiliocli.api.client import Client
from twiliocli.api.errors import NetworkError

CHUNK = 64 * 1024


def download(client: Client, path: str, chunk_size: int = CHUNK) -> Iterator[bytes]:
    """GET `path` now (so Twilio's errors surface before the caller opens any file), then yield its body.

    A connection lost mid-way becomes a NetworkError (exit 5) instead of a truncated file.
    """
    response = client.send("GET", path, stream=True)

    def chunks() -> Iterator[bytes]:
        with response:
            try:
                yield from response.iter_content(chunk_size)
            except requests.exceptions.RequestException as exc:
                raise NetworkError(f"The download of {path} broke off: {exc}") from None

    return chunks()
