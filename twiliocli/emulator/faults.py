"""Injected faults, so clients' retry and timeout handling can be tested against a real socket.

Each API request draws, from one seeded random sequence (deterministic with `fault_seed`):
- with probability `fail_rate`, an error status from `fail_codes` instead of any processing —
  nothing happens, so a client may safely retry (429 carries `Retry-After: 1` and code 20429);
- with probability `drop_rate`, a dropped connection: the status line, the headers and part of
  the body are sent, then the socket is closed. Half of the drops happen BEFORE the request is
  processed and half AFTER it, i.e. after its effect (a created call, a sent message) is stored.
  That second case is what a real network does to a client that times out reading a response: the
  POST happened, the client cannot know. It is why clients must not blindly retry POSTs; tests
  can see the truth in `/_emulator/stats` (`calls_created`, `messages_created`, ...).
"""

from __future__ import annotations

import random
import socket
import threading
from dataclasses import dataclass

from .config import EmulatorConfig


@dataclass(frozen=True)
class Fault:
    fail_status: int = 0
    drop: bool = False
    after_effect: bool = False


NO_FAULT = Fault()


class FaultPlan:
    """The sequence of faults for successive API requests (thread-safe, reproducible)."""

    def __init__(self, config: EmulatorConfig):
        self.fail_rate = config.fail_rate
        self.drop_rate = config.drop_rate
        self.codes = tuple(config.fail_codes) or (500,)
        self.random = random.Random(config.fault_seed)
        self.lock = threading.Lock()

    def next(self) -> Fault:
        if not self.fail_rate and not self.drop_rate:
            return NO_FAULT
        with self.lock:
            draw, pick, when = self.random.random(), self.random.randrange(len(self.codes)), self.random.random()
        if draw < self.fail_rate:
            return Fault(fail_status=self.codes[pick])
        if draw < self.fail_rate + self.drop_rate:
            return Fault(drop=True, after_effect=when < 0.5)
        return NO_FAULT


def drop_connection(environ: dict, start_response, body: bytes) -> list[bytes]:
    """Send a response that promises more bytes than it delivers, then close the socket."""
    sock: socket.socket | None = environ.get("werkzeug.socket")
    promised = max(len(body), 64) * 2
    head = (f"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
            f"Content-Length: {promised}\r\nConnection: close\r\n\r\n").encode()
    if sock is not None:
        try:
            sock.sendall(head + body[: len(body) // 2])
            sock.shutdown(socket.SHUT_RDWR)  # the server closes it; its later writes fail quietly
        except OSError:
            pass
        return []
    # Not under werkzeug's server (e.g. a test client): the closest is a truncated body.
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(promised))])
    return [body[: len(body) // 2]]
