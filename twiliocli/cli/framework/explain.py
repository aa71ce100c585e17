"""The columns that explain an error code (`Resource.explained`): a list, a watched list and
every account's list fill them the same way."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from twiliocli.api.resources import Resource

if TYPE_CHECKING:
    from twiliocli.output import Printer


def explain_errors(resource: Resource, printer: Printer, records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Fill the error columns a printer shows (`Resource.explained`): a code and its meaning."""
    shown = [(column, source) for column, source in resource.explained.items() if column in (printer.columns or ())]
    if not shown:
        return records
    from twiliocli.api.errorcodes import explain

    return ({**record, **{column: explain(record.get(source)) for column, source in shown}} for record in records)
