"""Live tail: `GROUP list --watch` and `calls watch SID`, in every output format.

Ctrl-C (or SIGTERM) ends following as a normal end, exit 0: the handler only sets a flag the
polling loop checks between requests, so the output is closed properly (a JSON array gets its
`]`, a CSV its last line) and nothing is half-written.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from twiliocli.api.client import Client
    from twiliocli.api.resources import Resource
    from twiliocli.output import Printer


@contextmanager
def until_interrupted() -> Iterator[Any]:
    """A stop flag that Ctrl-C and SIGTERM set (instead of raising), for the block's duration."""
    from twiliocli.api.watch import Stop
    from twiliocli.interrupt import handled

    stop = Stop()
    with handled((signal.SIGINT, signal.SIGTERM), lambda *_: stop.set()):
        yield stop


def flush() -> None:
    sys.stdout.flush()


def watch_list(
    client: Client, printer: Printer, resource: Resource, path: str, query: Mapping[str, Any], opts: Mapping[str, Any],
    *, keep: Callable[[Mapping[str, Any]], bool] | None = None,
) -> None:
    """Print the newest records (up to --limit), then each new one as it appears."""
    from twiliocli.api.watch import new_records
    from twiliocli.cli.framework.explain import explain_errors

    # Following never pages: a pager would wait for the end of an endless list, and each poll's
    # rows would open it again. Later rows keep the first screen's columns (printer.layout).
    printer.screen.pager = None
    with until_interrupted() as stop:
        batches: Iterable[list[dict[str, Any]]] = new_records(
            client, path, query, resource.list_keys, interval=opts["interval"], stop=stop,
            backlog=opts.get("limit", 50), flush=flush)
        if keep is not None:
            batches = ([r for r in batch if keep(r)] for batch in batches)
        if printer.format == "json":  # one array, closed when following ends
            printer.records(explain_errors(resource, printer, chain.from_iterable(batches)))
            return
        for batch in batches:  # each poll's records written and flushed at once; one header in all
            if batch:
                printer.records(explain_errors(resource, printer, batch))
                printer.header = False


def watch_record(client: Client, printer: Printer, path: str, interval: float) -> None:
    """Print a record each time its status changes, until the status is final (or Ctrl-C)."""
    from twiliocli.api.watch import changes

    with until_interrupted() as stop:
        printer.records(changes(lambda: client.get(path), interval=interval, stop=stop, flush=flush))
