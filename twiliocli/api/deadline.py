"""A limit on the whole time of one request, not just on each read of its socket.

requests' `timeout` bounds each wait for the socket: a server that trickles a byte a second
never trips it, and a request could last for hours. Here a timer shuts the request's socket down
when its time is up, which wakes the blocked read with an error the client reports as a timeout.

The socket is found through the connection pool: `watched_adapter()` builds a requests adapter
whose pools register each connection they hand out with the calling thread's current deadline.
"""

from __future__ import annotations

import socket
import threading
import weakref
from typing import Any

import urllib3.poolmanager
from requests.adapters import HTTPAdapter
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool

_current = threading.local()


class Deadline:
    """Armed for `seconds` as a context manager; `expired` says whether it cut the request off."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._conn: Any = None
        self._lock = threading.Lock()
        # The timer holds its deadline weakly: a bound `self._expire` would make a cycle (deadline ->
        # timer -> deadline) freed only by the cyclic collector, which the CLI runs rarely
        # (`entry.main`), and a long export piled up ~2.5 KB of threading objects a request.
        self._timer = threading.Timer(seconds, _expire, (weakref.ref(self),))
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.cancel()
        _current.deadline = None

    def attach(self, conn: Any) -> None:
        with self._lock:
            self._conn = conn
            if self.expired:
                _shut(conn)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            if self._conn is not None:
                _shut(self._conn)


def _expire(deadline: weakref.ref[Deadline]) -> None:
    alive = deadline()
    if alive is not None:
        alive._expire()


def _shut(conn: Any) -> None:
    sock = getattr(conn, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _watch(conn: Any) -> Any:
    deadline = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.attach(conn)
    return conn


class _HTTPPool(HTTPConnectionPool):
    def _get_conn(self, timeout: float | None = None) -> Any:
        return _watch(super()._get_conn(timeout))


class _HTTPSPool(HTTPSConnectionPool):
    def _get_conn(self, timeout: float | None = None) -> Any:
        return _watch(super()._get_conn(timeout))


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if manager.pool_classes_by_scheme is urllib3.poolmanager.pool_classes_by_scheme:  # not SOCKS
            manager.pool_classes_by_scheme = _POOLS
        return manager


def watched_adapter(pool_size: int) -> HTTPAdapter:
    """An adapter without retries of its own (the client decides those) whose sockets deadlines can cut."""
    return _WatchedAdapter(max_retries=0, pool_connections=1, pool_maxsize=pool_size)
