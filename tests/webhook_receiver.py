"""A small web app of the tests' own, on 127.0.0.1, for the emulator's webhooks to reach.

It records every request (method, the URL as the emulator addressed it, form, signature) and
answers each path as the test said (`routes`: path -> (status, body), with the Content-Type of
`types` or else XML for a body starting with `<`, text otherwise); anything else is 404.
Paths in `held` get no answer until the test sets `release` (a receiver that hangs).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

import pytest


@dataclass
class Received:
    method: str
    url: str
    form: dict[str, str]
    signature: str | None


@dataclass
class Receiver:
    base: str
    routes: dict[str, tuple[int, str]] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    requests: list[Received] = field(default_factory=list)
    held: set[str] = field(default_factory=set)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def got(self, path: str | None = None) -> list[Received]:
        with self.lock:
            return [r for r in self.requests if path is None or r.url.split("?")[0] == self.url(path)]

    def wait(self, condition: Callable[[list[Received]], bool], path: str | None = None, timeout: float = 20) -> list[Received]:
        """Poll until `condition` holds for what `path` received (a bound on waiting, not a timed assertion)."""
        deadline = time.monotonic() + timeout
        while True:
            got = self.got(path)
            if condition(got) or time.monotonic() > deadline:
                return got
            time.sleep(0.02)


@contextmanager
def receiver() -> Iterator[Receiver]:
    state = Receiver("")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def answer(self, form: dict[str, str]) -> None:
            host = self.server.server_address
            with state.lock:
                state.requests.append(Received(self.command, f"http://{host[0]}:{host[1]}{self.path}", form,
                                               self.headers.get("X-Twilio-Signature")))
            if self.path.split("?")[0] in state.held:
                state.release.wait(30)
            status, body = state.routes.get(self.path.split("?")[0], (404, "not here"))
            data = body.encode()
            self.send_response(status)
            path = self.path.split("?")[0]
            self.send_header("Content-Type", state.types.get(path, "text/xml" if body.startswith("<") else "text/plain"))
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self.answer({})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.answer(dict(parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True)))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def app() -> Iterator[Receiver]:
    """A webhook app of the tests' own, on an ephemeral loopback port."""
    with receiver() as web:
        yield web


def signed(request: Received, token: str) -> bool:
    """Whether the request's X-Twilio-Signature is right, as twilio-python's RequestValidator checks it."""
    from twilio.request_validator import RequestValidator

    return RequestValidator(token).validate(request.url, request.form, request.signature or "")
