"""The time window of an export and how it is cut into slices.

A window is half-open, `[since, until)`, in epoch seconds, on the record's own date field (a
call's `start_time`, a message's `date_sent`, …). `since` None means "from the oldest record".

Twilio's list filters are only trusted to the day (`StartTime>=2024-05-01` means "on or after
that UTC day", `StartTime<=2024-05-03` "on or before", both whole days), so each slice asks the
server for the whole UTC days it touches and the exact bounds are applied to every record on the
client (`engine`). Slices are runs of whole days, newest first, cut from the window alone — never
from `--parallel` — so a sequential run and a parallel one fetch the same slices and, written in
the same order, give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from twiliocli.timefmt import DAY, day_floor, day_text

MAX_SLICES = 32  # enough to keep 8-16 workers busy; each slice costs at most one partial page
MAX_LOOKBACK_DAYS = 1 << 16  # ~180 years: the probe for the oldest record stops there


@dataclass(frozen=True)
class Slice:
    """Records dated in `[lo, hi)` (`lo` None: no lower bound)."""

    lo: int | None
    hi: int

    def server_filters(self, param: str) -> dict[str, str]:
        """The day-granular filters covering this slice: `Param>` its first day, `Param<` its last
        (both inclusive, as Twilio reads them)."""
        filters = {f"{param}<": day_text(self.hi - 1)}
        if self.lo is not None:
            filters[f"{param}>"] = day_text(self.lo)
        return filters


def plan(since: int | None, until: int, *, max_slices: int = MAX_SLICES) -> list[Slice]:
    """Cut `[since, until)` into at most `max_slices` runs of whole UTC days, newest first.

    An empty window gives no slice; an unbounded one (`since` None) gives one slice."""
    if since is None:
        return [Slice(None, until)]
    if since >= until:
        return []
    first, last = day_floor(since), day_floor(until - 1)
    days = (last - first) // DAY + 1
    count = max(1, min(days, max_slices))
    cuts = [first + (days * i // count) * DAY for i in range(count + 1)]
    slices = [Slice(max(since, cuts[i]), min(until, cuts[i + 1])) for i in range(count)]
    return slices[::-1]


def oldest_day(
    exists_before: Callable[[int], bool],
    until: int,
    probe: Callable[[Callable[[int], bool], Sequence[int]], list[bool]] | None = None,
    *,
    width: int = 1,
) -> int | None:
    """The start of the UTC day of the oldest record before `until`, or None if there is none.

    `exists_before(day)` says whether any record is dated before midnight `day`. The search is
    exponential (1, 2, 4 … days back) then a bisection, `width` probes at a time through `probe`
    (which may run them concurrently); the answer depends only on the data, not on `width`.
    """
    run = probe or (lambda f, days: [f(d) for d in days])
    top = day_floor(until - 1) + DAY  # midnight after the last day of the window
    if not run(exists_before, [top])[0]:
        return None
    # Exponential phase: find `spans[k]` days back with nothing before it.
    spans = [1 << k for k in range(17) if 1 << k <= MAX_LOOKBACK_DAYS]
    newer, older = 0, None  # records exist before top - newer days; none before top - older days
    for start in range(0, len(spans), width):
        newer, older = _first_empty(run, exists_before, top, spans[start:start + width], newer)
        if older is not None:
            break
    if older is None:
        return top - MAX_LOOKBACK_DAYS * DAY
    # Bisection: the oldest day is top - d days for the largest d in (newer, older] with nothing before it.
    while older - newer > 1:
        step = max(1, (older - newer) // (width + 1))
        newer, found = _first_empty(run, exists_before, top, list(range(newer + step, older, step))[:width], newer)
        older = found if found is not None else older
    return top - older * DAY


def _first_empty(
    run: Callable[[Callable[[int], bool], Sequence[int]], list[bool]],
    exists_before: Callable[[int], bool],
    top: int,
    spans: Sequence[int],
    newer: int,
) -> tuple[int, int | None]:
    """Probe `top - span` days for each span (ascending): the last span with records before it
    (or `newer`), and the first without (or None)."""
    answers = run(exists_before, [top - span * DAY for span in spans])
    for span, found in zip(spans, answers):
        if not found:
            return newer, span
        newer = span
    return newer, None
