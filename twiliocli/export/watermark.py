"""Which records an incremental run may write now, and where the next run must start again.

A record is written once, when it is final (`Resource.lifecycle`): a call still `in-progress`
would otherwise be archived half-finished and never looked at again. So a run over `[lo, hi)`:

- writes every final record it has not written before;
- holds back a record that is not final yet, and sets the *watermark* to the oldest such date:
  the next run starts there instead of at `hi`, so it sees that record again;
- remembers the SIDs it wrote at or after the watermark (`seen`), which the next run skips:
  that is what makes starting before `hi` exactly-once rather than at-least-once;
- writes a record at the *hold*'s bound whatever its status once it is older than `hold_from`
  (now - hold), and lists it in `forced`: one stuck record must not stall the export forever
  (and keep `seen` growing). A status in `settles` (an SMS `sent` no carrier ever confirms)
  counts as final once it is that old.

`seen` holds only what was written within the hold (plus what is newer than the oldest held-back
record), so it stays small however long the export runs. Thread-safe: parallel slices share one.
`twiliocli sync` can reuse it as it is: it needs only a record's SID, status and instant.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping
from typing import Any

from twiliocli.api.resources import Lifecycle

FORCED_SHOWN = 5  # SIDs named on stderr for records written at the hold's bound


class Watermark:
    def __init__(self, lifecycle: Lifecycle | None, *, until: int, hold_from: int, seen: Collection[str] = ()) -> None:
        self.lifecycle = lifecycle
        self.until = until
        self.hold_from = hold_from
        self.seen = frozenset(seen)
        self.pending_from = until  # the watermark: the oldest held-back record's instant, or `until`
        self.held = 0
        self.forced: list[tuple[str, str]] = []  # (sid, status) written at the hold's bound
        self._recent: list[tuple[int, str]] = []  # (instant, sid) written or skipped within the hold
        self._lock = threading.Lock()

    def final(self, record: Mapping[str, Any]) -> bool:
        """Final for good, whatever its age (the fast check, before any date is read)."""
        return self.lifecycle is None or record.get("status") in self.lifecycle.final

    def admit(self, record: Mapping[str, Any], moment: int) -> bool:
        """Write `record` (dated `moment`, inside the window) now?"""
        sid = str(record.get("sid"))
        if sid in self.seen:
            if moment >= self.hold_from:
                self._recent.append((moment, sid))
            return False
        lifecycle = self.lifecycle
        status = record.get("status")
        final = lifecycle is None or status in lifecycle.final
        if moment < self.hold_from:
            if not final and not (lifecycle and status in lifecycle.settles):
                with self._lock:
                    self.forced.append((sid, str(status)))
            return True
        if not final:
            with self._lock:
                self.held += 1
                self.pending_from = min(self.pending_from, moment)
            return False
        self._recent.append((moment, sid))  # list.append is atomic under the GIL
        return True

    def next_seen(self) -> list[str]:
        """SIDs the next run (starting at `pending_from`) must skip, sorted."""
        start = self.pending_from
        return sorted({sid for moment, sid in self._recent if moment >= start})

    def forced_summary(self, noun: str, hold: str) -> str | None:
        """One line for stderr naming what was written at the hold's bound, or None."""
        if not self.forced:
            return None
        shown = ", ".join(f"{sid} ({status})" for sid, status in self.forced[:FORCED_SHOWN])
        more = f" and {len(self.forced) - FORCED_SHOWN:,} more" if len(self.forced) > FORCED_SHOWN else ""
        return (f"Wrote {len(self.forced):,} {noun} that are still not final after the {hold} hold, "
                f"as they are now: {shown}{more}. Raise --hold to wait longer")
