"""What every list shows beyond the API's own filters: the filters the API lacks (`Filter.local`),
checked on each record, and the columns that explain an error code (`Resource.explained`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from twiliocli.api.resources import Filter, Resource
from twiliocli.cli.framework.signature import api_value

if TYPE_CHECKING:
    from twiliocli.output import Printer


def local_match(given: Mapping[Filter, Any]) -> Callable[[Mapping[str, Any]], bool] | None:
    """A test for the filters the API lacks (`Filter.local`): each compares a record field."""
    wanted = [(f.param, str(api_value(f, value))) for f, value in given.items() if f.local]
    if not wanted:
        return None
    return lambda record: all(str(record.get(name)) == value for name, value in wanted)


def explain_errors(resource: Resource, printer: Printer, records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Fill the error columns a printer shows (`Resource.explained`): a code and its meaning."""
    shown = [(column, source) for column, source in resource.explained.items() if column in (printer.columns or ())]
    if not shown:
        return records
    from twiliocli.api.errorcodes import explain

    return ({**record, **{column: explain(record.get(source)) for column, source in shown}} for record in records)
