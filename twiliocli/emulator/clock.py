"""The emulator's own clock: real time plus an offset that tests may move forward.

Every instant the emulator writes (records' dates, the `Date` header, when a call rings or a
message is delivered) is read from one `Clock`, so advancing it (`POST /_emulator/clock`) makes
calls finish and messages deliver at once, without a test waiting for them.
"""

from __future__ import annotations

import math
import threading
import time


class Clock:
    """Seconds since the epoch, as a float; `advance` moves it forward, never back."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self._offset

    @property
    def offset(self) -> float:
        return self._offset

    def advance(self, seconds: float) -> None:
        if not 0 <= seconds < math.inf:
            raise ValueError("the clock only moves forward, by a finite number of seconds")
        with self._lock:
            self._offset += seconds
