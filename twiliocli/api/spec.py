"""The operations of Twilio's 2010-04-01 document, read from the generated table.

`twiliocli/openapi/operations.py` holds plain tuples (cheap to import, written by
scripts/vendor_spec.py); this module names their parts. Imported only by what builds commands
from the spec, never on the way to a hand-written command.
"""

from __future__ import annotations

import functools
from typing import NamedTuple


class Param(NamedTuple):
    """One parameter of an operation, as the document types it."""

    name: str
    where: str  # path, query or form
    type: str  # string, integer, number, boolean, array (of strings), any
    format: str  # phone-number, uri, date, date-time, http-method, …; "" when none
    enum: tuple[str, ...]
    required: bool
    sid_prefix: str  # "CA" when its pattern is a CA SID, else ""


class Operation(NamedTuple):
    """One operation: `path` is relative to /2010-04-01 and has no `.json`."""

    id: str
    method: str
    path: str
    path_type: str  # list or instance
    schema: str  # its records' schema in the document
    list_key: str  # the envelope key of a list answer; "" otherwise
    columns: tuple[str, ...]  # Twilio's defaultOutputProperties
    params: tuple[Param, ...]

    def where(self, where: str) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.where == where)


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation by id, in the document's order."""
    from twiliocli.openapi.operations import OPERATIONS

    return {entry[0]: Operation(*entry[:7], tuple(Param(*p) for p in entry[7])) for entry in OPERATIONS}
