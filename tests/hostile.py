"""A small HTTP server of the tests' own that answers however a test tells it to: bogus list
pages, a skewed `Date` header, slow answers. For what the emulator (which answers as Twilio
does) never does."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "hostile0token" + "0" * 19


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # a JSON document, bytes as they are, or None for no body
    delay: float = 0.0


@dataclass
class Hostile:
    """`answer(path, query)` decides every response; `skew` shifts the `Date` header (seconds)."""

    answer: Callable[[str, dict[str, str]], Answer]
    skew: float = 0.0
    url: str = ""
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def _handler(state: Hostile) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query))
            state.requests.append((parts.path, query))
            answer = state.answer(parts.path, query)
            if answer.delay:
                time.sleep(answer.delay)
            body = answer.body if isinstance(answer.body, bytes) else (
                b"" if answer.body is None else json.dumps(answer.body).encode())
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def date_time_string(self, timestamp: float | None = None) -> str:
            return formatdate((timestamp or time.time()) + state.skew, usegmt=True)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serving(answer: Callable[[str, dict[str, str]], Answer], *, skew: float = 0.0) -> Iterator[Hostile]:
    state = Hostile(answer, skew)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def call(sid_number: int, start: str, status: str = "completed", end: str | None = None) -> dict[str, Any]:
    """A call record as Twilio lists it (the fields an export reads, and a few more)."""
    return {
        "sid": f"CA{sid_number:032x}", "account_sid": ACCOUNT_SID, "status": status, "start_time": start,
        "end_time": end if end is not None else (start if status in ("completed", "busy", "failed", "no-answer", "canceled") else None),
        "date_created": start, "date_updated": start, "from": "+14155550100", "to": "+14155550101",
        "duration": "1", "direction": "outbound-api",
    }


def page(records: list[dict[str, Any]], key: str = "calls") -> dict[str, Any]:
    return {"page": 0, "page_size": 1000, "uri": "/x", "first_page_uri": "/x", "next_page_uri": None,
            "previous_page_uri": None, "start": 0, "end": max(len(records) - 1, 0), key: records}
