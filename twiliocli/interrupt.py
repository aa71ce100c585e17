"""SIGINT, SIGTERM and SIGHUP as an exception, so an unattended job cleans up on its way out.

By default SIGTERM (`timeout`, systemd, `kill`) and SIGHUP (a closed terminal) end the process on
the spot: no `finally`, no `with` exit, so temporary files stay behind. Inside `trapped()` each of
the three raises `Interrupted` in the main thread instead; the usual unwinding then removes
temporary files and leaves output and state as they were, and the CLI exits 128 + the signal
number (130, 143, 129). `stopping` is set at the same moment, for worker threads to notice.

Only the first signal raises: a second one (an impatient Ctrl-C) must not cut the cleanup short,
and cleanup never waits for the network, so it takes well under a second. Inside `deferred()`
(a commit: rename the output, then write the state) a signal waits for the block to end, so a
run is interrupted wholly before its commit or not at all.

    with interrupt.trapped() as stopping:
        ...  # workers poll stopping.is_set()
        with interrupt.deferred():  # or hold() ... release() where a block does not fit
            ...  # the few milliseconds that must not be cut in two
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from twiliocli.errors import Interrupted

_held: list[int] = []  # signals that arrived inside deferred(), raised when it ends
_deferring = threading.Event()
SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def trapped() -> Iterator[threading.Event]:
    """Within the block, the signals raise `Interrupted` (once); outside, their handlers are as before.
    A no-op outside the main thread, where Python cannot install handlers."""
    stopping = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stopping
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if stopping.is_set():
            return  # already on the way out
        stopping.set()
        if _deferring.is_set():
            _held.append(signum)
            return
        raise Interrupted(signum)

    _held.clear()
    with handled(SIGNALS, handler):
        yield stopping


@contextmanager
def handled(signums: tuple[int, ...], handler: Callable[[int, FrameType | None], Any]) -> Iterator[None]:
    """Within the block `signums` go to `handler`; afterwards their handlers are as before."""
    previous = {signum: signal.signal(signum, handler) for signum in signums}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def hold() -> None:
    """From now until `release()`, a trapped signal waits instead of raising."""
    _deferring.set()


def release() -> None:
    """End `hold()`; raise `Interrupted` for a signal that arrived meanwhile."""
    _deferring.clear()
    if _held:
        raise Interrupted(_held.pop())


@contextmanager
def deferred() -> Iterator[None]:
    """A signal arriving inside the block is raised as `Interrupted` only once the block is done."""
    hold()
    try:
        yield
    finally:
        _deferring.clear()
    release()
