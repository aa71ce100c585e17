"""SIDs from stdin (`GROUP delete -`): one a line, all checked before any request, each handled
once, a summary on stderr, and a non-zero exit when any failed."""

from __future__ import annotations

import sys
from collections.abc import Callable

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


def run(sids: list[str], skipped: int, act: Callable[[str], bool], *, verb: str, dry_run: bool) -> None:
    """`act(sid)` for each SID (True: done, False: nothing to do, e.g. already gone); a Twilio
    error on one SID is reported and counted, and the others go on. A failure that is not about
    the record (network, credentials) stops the run."""
    from twiliocli.api.errors import ApiError
    from twiliocli.output import messages

    if dry_run:
        for sid in sids:
            sys.stdout.write(f"{verb} {sid}\n")
        messages.info(f"Dry run: {len(sids)} would be {verb.lower()}d, {skipped} skipped (repeated).")
        return
    done = failed = 0
    for sid in sids:
        try:
            if act(sid):
                done += 1
            else:
                skipped += 1
        except ApiError as exc:
            if exc.http_status in (401, 403):
                raise
            failed += 1
            messages.error(f"{sid}: {exc.message}")
    messages.info(f"{done} done, {failed} failed, {skipped} skipped.")
    if failed:
        raise CliError(f"{failed} of {len(sids)} failed")
