"""Recordings of a live call or conference: what stopping one makes of it.

A recording started through the API stops when asked (`Status=stopped`) or, as on Twilio, when
the call it records ends. Either way it is completed at once: its duration the time it ran on the
emulator's clock less its pauses, priced like any other recording. Kept apart from `routes` so
that `lifecycle`, which ends calls, can close their recordings.
"""

from __future__ import annotations

from . import catalog, rows
from .store import Store

RECORDINGS = catalog.RECORDINGS
LIVE = ("in-progress", "paused")


def completed(row: dict, now: int) -> dict:
    """The changes that complete the live recording `row` at `now`."""
    paused = now - row["paused_at"] if row["status"] == "paused" else 0
    seconds = max(0, now - row["start_time"] - row["paused_seconds"] - paused)
    return {"status": "completed", "duration": str(seconds), "price": rows.recording_price(seconds),
            "paused_at": None, "date_updated": now}


def close_call_recordings(store: Store, call_sid: str, now: int) -> None:
    """Complete every live recording of the call `call_sid`, which ended at `now`."""
    for row in store.query(f"SELECT * FROM {RECORDINGS.table} WHERE call_sid = ? AND status IN (?, ?)",
                           (call_sid, *LIVE)):
        store.update(RECORDINGS, row, completed(row, now))
