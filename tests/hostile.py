"""A small hostile HTTP server for the tests: it answers exactly the bytes a test scripts.

The emulator behaves; this one does not. It speaks just enough HTTP/1.1 on a raw socket to send
what no well-behaved framework would: control bytes in the reason phrase and headers, bodies
trickled a byte at a time, bodies cut mid-way on a `Connection: close` answer without
Content-Length, absolute `next_page_uri`s to other hosts, pages that repeat forever.

    def test_something(hostile, monkeypatch):
        hostile.answer(lambda req: Reply.json({"calls": [], "next_page_uri": None}))
        hostile_env(monkeypatch, hostile)
        result = run_cli("calls", "list")
        assert hostile.requests[0].path.startswith("/2010-04-01/Accounts/")

`answer` takes a function of the request (a `Received`) returning a `Reply`; `script` queues
replies to send in order (the last one repeats). Every request is recorded in `requests`.
`skew` shifts the `Date` header every answer carries (seconds); `date = False` leaves it out.

For tests that only need JSON answers by path, `serving(lambda path, query: Answer(...))` is a
shorter way to the same server.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "hostile0secret0token0do0not0leak"
LIST_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls.json"


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query))


@dataclass
class Reply:
    """The bytes of one answer, and how to send them.

    `reason` and header values are bytes, sent as they are. `length` False leaves out
    Content-Length (the body then ends when the connection closes); `cut` sends only that many
    bytes of the body and closes; `trickle` waits that many seconds before each byte of the body
    (of the whole answer, head included, with `trickle_head`).
    """

    status: int = 200
    body: bytes = b""
    reason: bytes = b"OK"
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    length: bool = True
    cut: int | None = None
    trickle: float = 0.0
    trickle_head: bool = False
    delay: float = 0.0

    @classmethod
    def json(cls, document: Any, status: int = 200, **kwargs: Any) -> Reply:
        headers = [(b"Content-Type", b"application/json"), *kwargs.pop("headers", [])]
        return cls(status, json.dumps(document).encode(), headers=headers, **kwargs)

    @classmethod
    def error(cls, status: int, code: int | None, message: str, more_info: str | None = None, **kwargs: Any) -> Reply:
        """Twilio's error document, with whatever text the test wants in it."""
        document = {"code": code, "message": message, "more_info": more_info, "status": status}
        kwargs.setdefault("reason", b"Bad")
        return cls.json(document, status, **kwargs)


def call(sid_number: int, start: str = "Mon, 01 Jan 2024 00:00:00 +0000", status: str = "completed",
         end: str | None = None) -> dict[str, Any]:
    """A call record as Twilio lists it (the fields an export reads, and a few more)."""
    final = status in ("completed", "busy", "failed", "no-answer", "canceled")
    return {
        "sid": f"CA{sid_number:032x}", "account_sid": ACCOUNT_SID, "status": status, "start_time": start,
        "end_time": end if end is not None else (start if final else None),
        "date_created": start, "date_updated": start, "from": "+14155550100", "to": "+14155550101",
        "duration": "1", "direction": "outbound-api",
    }


def page(records: list[dict[str, Any]], key: str = "calls", *, next_page_uri: str | None = None,
         uri: str = LIST_PATH) -> dict[str, Any]:
    """A list envelope of the 2010-04-01 API around `records`."""
    return {"page": 0, "page_size": 1000, "uri": uri, "first_page_uri": uri, "next_page_uri": next_page_uri,
            "previous_page_uri": None, "start": 0, "end": max(len(records) - 1, 0), key: records}


class HostileServer:
    """A threaded raw-HTTP server on 127.0.0.1 whose answers the test decides."""

    def __init__(self, skew: float = 0.0) -> None:
        self.skew = skew
        self.date = True
        self.requests: list[Received] = []
        self._handler: Callable[[Received], Reply] = lambda _req: Reply.error(404, 20404, "not scripted", reason=b"Not Found")
        self._lock = threading.Lock()
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                while server._serve_one(self.rfile, self.connection):
                    pass

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    # -- what to answer ------------------------------------------------------------------------

    def answer(self, handler: Callable[[Received], Reply]) -> None:
        self._handler = handler

    def script(self, *replies: Reply) -> None:
        """Send these replies in order, one a request; the last one repeats."""
        queue = list(replies)

        def next_reply(_req: Received) -> Reply:
            return queue.pop(0) if len(queue) > 1 else queue[0]

        self._handler = next_reply

    def paths(self) -> list[str]:
        return [r.target for r in self.requests]

    # -- the protocol --------------------------------------------------------------------------

    def _serve_one(self, rfile: Any, sock: socket.socket) -> bool:
        request_line = rfile.readline(65537)
        if not request_line.strip():
            return False
        method, target, _version = request_line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while True:
            line = rfile.readline(65537)
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        body = rfile.read(int(headers.get("content-length", "0") or 0))
        received = Received(method, target, headers, body)
        with self._lock:
            self.requests.append(received)
            reply = self._handler(received)
        return self._send(reply, sock)

    def _send(self, reply: Reply, sock: socket.socket) -> bool:
        if reply.delay:
            time.sleep(reply.delay)
        keep_alive = reply.length and reply.cut is None
        date = formatdate(time.time() + self.skew, usegmt=True).encode()
        head = [b"HTTP/1.1 %d %s" % (reply.status, reply.reason), *([b"Date: " + date] if self.date else []),
                *(b"%s: %s" % h for h in reply.headers)]
        if reply.length:
            head.append(b"Content-Length: %d" % len(reply.body))
        head.append(b"Connection: keep-alive" if keep_alive else b"Connection: close")
        body = reply.body if reply.cut is None else reply.body[: reply.cut]
        head_bytes = b"\r\n".join(head) + b"\r\n\r\n"
        if reply.trickle_head:
            head_bytes, body = b"", head_bytes + body
        try:
            sock.sendall(head_bytes)
            if reply.trickle:
                for byte in body:
                    time.sleep(reply.trickle)
                    sock.sendall(bytes([byte]))
            else:
                sock.sendall(body)
        except OSError:  # the client gave up (a timeout under test): nothing more to say
            return False
        if not keep_alive:
            sock.shutdown(socket.SHUT_WR)
        return keep_alive

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class Answer:
    """A JSON answer for `serving`: a document, bytes as they are, or None for no body."""

    status: int = 200
    body: Any = None
    delay: float = 0.0


@contextmanager
def serving(answer: Callable[[str, dict[str, str]], Answer], *, skew: float = 0.0) -> Iterator[HostileServer]:
    """A hostile server whose answers are `answer(path, query)`: JSON by path, simply."""

    def reply(req: Received) -> Reply:
        given = answer(req.path, req.query)
        body = given.body if isinstance(given.body, bytes) else b"" if given.body is None else json.dumps(given.body).encode()
        return Reply(given.status, body, reason=b"Answer", headers=[(b"Content-Type", b"application/json")], delay=given.delay)

    server = HostileServer(skew)
    server.answer(reply)
    try:
        yield server
    finally:
        server.stop()


def hostile_env(monkeypatch: pytest.MonkeyPatch, server: HostileServer) -> None:
    """Point the CLI at the hostile server through the documented environment variables."""
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv("TWILIO_API_URL", server.url)


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    """A fresh hostile server (see the module docstring); the CLI is not pointed at it until
    the test calls `hostile_env`."""
    server = HostileServer()
    yield server
    server.stop()
