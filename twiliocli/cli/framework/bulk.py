"""SIDs from stdin (`GROUP get|update|delete|ACTION -`): one a line, all checked before any
request, each handled once, a summary on stderr, and a non-zero exit when any failed."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

from twiliocli import validate
from twiliocli.errors import CliError, UsageError

STDIN = "-"


def read_sids(prefixes: str | tuple[str, ...]) -> tuple[list[str], int]:
    """The SIDs on stdin, in order, and how many repeats were skipped; blank lines and `#`
    comments are ignored. A malformed line is refused (exit 2) before anything is done."""
    sids: list[str] = []
    repeats = 0
    for number, line in enumerate(sys.stdin, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        try:
            sid = validate.sid(text, prefixes)
        except ValueError as exc:
            raise UsageError(f"stdin line {number}: {exc}") from None
        if sid in sids:
            repeats += 1
        else:
            sids.append(sid)
    return sids, repeats


def preview(sids: list[str], skipped: int, *, verb: str, past: str = "") -> None:
    """What a run would do, one line a SID on stdout, and a summary; nothing is sent."""
    from twiliocli.output import messages

    for sid in sids:
        sys.stdout.write(f"{verb} {sid}\n")
    what = f"would be {past}" if past else f"to {verb.lower()}"
    messages.info(f"Dry run: {len(sids)} {what}, {skipped} skipped (repeated).")


class Batch:
    """`act(sid)` for each SID, iterated to yield what it returns (None: nothing to do, e.g.
    already gone). A Twilio error on one SID is reported and counted, and the others go on; a
    failure that is not about the record (network, credentials) stops the run. `finish()`, once
    the results are printed (a JSON list closed), gives the summary and the exit status."""

    def __init__(self, sids: list[str], skipped: int, act: Callable[[str], Any]) -> None:
        self.sids, self.skipped, self.act = sids, skipped, act
        self.done = self.failed = 0

    def __iter__(self) -> Iterator[Any]:
        from twiliocli.api.errors import ApiError
        from twiliocli.output import messages

        for sid in self.sids:
            try:
                result = self.act(sid)
            except ApiError as exc:
                if exc.http_status in (401, 403):
                    raise
                self.failed += 1
                messages.error(f"{sid}: {exc.message}")
                continue
            if result is None:
                self.skipped += 1
            else:
                self.done += 1
                yield result

    def finish(self) -> None:
        from twiliocli.output import messages

        messages.info(f"{self.done} done, {self.failed} failed, {self.skipped} skipped.")
        if self.failed:
            raise CliError(f"{self.failed} of {len(self.sids)} failed")


def run(sids: list[str], skipped: int, act: Callable[[str], Any], *, verb: str, dry_run: bool, past: str = "") -> None:
    """A batch whose results are not printed (deletions report each themselves)."""
    if dry_run:
        preview(sids, skipped, verb=verb, past=past)
        return
    batch = Batch(sids, skipped, act)
    for _ in batch:
        pass
    batch.finish()
