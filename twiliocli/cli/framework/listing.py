"""A list in one account, without Typer (the Typer command and the quick path both run it): the
API's filters as a query, and the filters the API lacks (`Filter.local`) checked on each record."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from twiliocli.api.resources import Filter, Resource
from twiliocli.cli.framework.explain import explain_errors
from twiliocli.cli.framework.options import api_value, python_name

if TYPE_CHECKING:
    from twiliocli.api.client import Client
    from twiliocli.cli.framework.runtime import Runtime
    from twiliocli.output import Printer


def local_match(given: Mapping[Filter, Any]) -> Callable[[Mapping[str, Any]], bool] | None:
    """A test for the filters the API lacks (`Filter.local`): each compares a record field."""
    wanted = [(f.param, str(api_value(f, value))) for f, value in given.items() if f.local]
    if not wanted:
        return None
    return lambda record: all(str(record.get(name)) == value for name, value in wanted)


def split_filters(resource: Resource, kw: dict[str, Any]) -> tuple[dict[Filter, Any], dict[str, Any]]:
    """Take the resource's filters out of a list's keywords: those given, and the API query they make
    (the filters the API lacks are left to `local_match`)."""
    given = {}
    for f in resource.filters:
        value = kw.pop(python_name(f.option), None)
        if value is not None:
            given[f] = value
    return given, {f.param: api_value(f, value) for f, value in given.items() if not f.local}


def show_list(
    state: Runtime, resource: Resource, target: Callable[[Client], str], query: Mapping[str, Any], kw: dict[str, Any],
    *, keep: Callable[[Mapping[str, Any]], bool] | None = None,
) -> None:
    """A list in one account: the printer first (a bad --fields is refused before any request),
    then the client, then the records of `target(client)`, once or with --watch as they come."""
    from twiliocli.output import Printer

    printer = Printer.for_resource(resource, kw, pager=state.pager())
    client = state.client()
    path = target(client)
    if kw.pop("watch", False):
        from twiliocli.cli.framework.following import watch_list

        watch_list(client, printer, resource, path, query, kw, keep=keep)
        return
    emit_list(client, printer, resource, path, query, kw, keep=keep)


def emit_list(
    client: Client, printer: Printer, resource: Resource, path: str, query: Mapping[str, Any], opts: Mapping[str, Any],
    *, keep: Callable[[Mapping[str, Any]], bool] | None = None,
) -> None:
    """Stream a list to stdout in the chosen format, or print its count. `keep` filters records
    the API cannot: then every page is read and `--limit`/`--count` apply to what is kept."""
    from itertools import islice

    from twiliocli.api import pagination
    from twiliocli.config import setting

    if opts.get("count") and keep is None:
        printer.count(pagination.count(client, path, query, resource.list_keys))
        return
    limit = None if opts.get("all_") else opts.get("limit", 50)
    page_size = opts.get("page_size") or setting("page_size") or pagination.MAX_PAGE_SIZE  # capped at the limit
    cut: list[bool] = []
    records = pagination.iter_records(client, path, query, resource.list_keys, limit=None if keep else limit,
                                      page_size=page_size, cut=lambda: cut.append(True))
    if keep is not None:
        records = filter(keep, records)
        if opts.get("count"):
            printer.count(sum(1 for _ in records))
            return
        records = islice(records, limit) if limit else records
    count = printer.records(explain_errors(resource, printer, records))
    if cut and sys.stderr.isatty():  # a person may not know there is more; a script asked for --limit
        from twiliocli.output import messages

        messages.info(f"{count} shown; --all for every record, or --limit N.")

