"""Binary answers (a recording's audio, MMS media): streamed chunk by chunk, never held whole in memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import requests

from twiliocli.api.client import Client
from twiliocli.api.errors import NetworkError

CHUNK = 64 * 1024


@dataclass
class Download:
    """A binary answer being read: its content type (without parameters), then its body chunk by chunk."""

    content_type: str
    chunks: Iterator[bytes]

    def __iter__(self) -> Iterator[bytes]:
        return self.chunks


def download(client: Client, path: str, chunk_size: int = CHUNK) -> Download:
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

    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return Download(content_type, chunks())
