"""What the mirror holds: one table per resource, its columns, indexes and which rows may still change.

Columns are the API's own field names, read from the single field table (`api/fields.py`), so a
field the spec adds appears here by itself. Values are stored as the API sends them, with three
conversions that make SQL work: dates become ISO 8601 UTC text (`2024-05-01T12:00:00Z`: sortable,
and SQLite's date functions read it), counts and prices get numeric affinity (so `SUM(price)` and
`duration > 60` need no CAST), and nested objects are JSON text (`json_extract` reads them).
Secrets (an account's `auth_token`) are never stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from twiliocli.api import resources as R
from twiliocli.timefmt import iso_date

DATES = frozenset({"date_created", "date_updated", "date_sent", "start_time", "end_time", "message_date"})
AFFINITY = {
    "duration": "INTEGER", "num_segments": "INTEGER", "num_media": "INTEGER", "error_code": "INTEGER",
    "queue_time": "INTEGER", "channels": "INTEGER", "price": "REAL", "count": "INTEGER", "usage": "REAL",
}
SECRETS = frozenset({"auth_token"})
FULL, WINDOW = "full", "window"


@dataclass(frozen=True)
class Table:
    """One mirrored resource.

    `how` is WINDOW for the logs (fetched by their date field, incrementally, like `export`) or
    FULL for the small configuration lists (fetched whole each run; rows gone from the account
    go from the mirror). For rows that may still change (`changing`: a call in progress, a price
    not yet set), the next run fetches again from the oldest such row.
    """

    name: str
    resource: R.Resource
    how: str
    indexes: tuple[tuple[str, ...], ...] = ()
    priced: tuple[str, ...] = ()  # final statuses whose price Twilio may set later
    key: tuple[str, ...] = ("sid",)
    view: str = ""  # another list of the resource to fetch (one of `resource.extra`)
    params: tuple[tuple[str, str], ...] = ()  # list filters every fetch sends

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f for f in self.resource.fields if f not in SECRETS)

    @property
    def changing(self) -> str:
        """SQL for rows that may still change: not final per the resource's lifecycle
        (`api/resources.py`), or final but not yet priced. Empty: rows are final when listed."""
        lifecycle = self.resource.lifecycle
        if lifecycle is None:
            return ""
        final = ", ".join(f"'{s}'" for s in sorted(lifecycle.final))
        priced = ", ".join(f"'{s}'" for s in self.priced)
        return f"status NOT IN ({final})" + (f" OR (status IN ({priced}) AND price IS NULL)" if priced else "")

    def collection(self, account_sid: str) -> str:
        resource = self.resource.view(self.view) if self.view else self.resource
        return resource.collection(AccountSid=account_sid)

    @property
    def date_field(self) -> str:
        return self.resource.date_field


TABLES: tuple[Table, ...] = (
    Table("accounts", R.ACCOUNTS, FULL, (("owner_account_sid",),)),
    Table("applications", R.APPLICATIONS, FULL),
    Table("numbers", R.NUMBERS, FULL, (("phone_number",),)),
    Table(
        "calls", R.CALLS, WINDOW,
        (("start_time",), ("from", "start_time"), ("to", "start_time"), ("parent_call_sid",), ("status", "start_time")),
        priced=("completed",),
    ),
    Table(
        "messages", R.MESSAGES, WINDOW,
        # Covering indexes: `sms funnel` reads its window from the first and `sms failures` from the
        # last, neither touching the table (a million rows read from the table take seconds).
        (("date_sent", "date_created", "direction", "status", "date_updated"), ("from", "date_sent"), ("to", "date_sent"),
         ("status", "date_sent", "date_created", "error_code", "to", "price", "price_unit", "error_message")),
        priced=("delivered", "received"),
    ),
    Table("recordings", R.RECORDINGS, WINDOW, (("call_sid",), ("conference_sid",)), priced=("completed",)),
    Table("transcriptions", R.TRANSCRIPTIONS, WINDOW, (("recording_sid",),)),
    Table("notifications", R.NOTIFICATIONS, WINDOW, (("call_sid",), ("message_date",))),
    Table("conferences", R.CONFERENCES, WINDOW, (("date_created",),)),
    # Each account's own spend per category and month (a parent's records would include its
    # subaccounts' and count them twice); `usage by-subaccount` pivots it.
    Table("usage", R.USAGE_RECORDS, FULL, (("start_date", "category"),),
          key=("account_sid", "category", "start_date", "end_date"), view="monthly",
          params=(("IncludeSubaccounts", "false"),)),
)
BY_NAME = {t.name: t for t in TABLES}
ALIASES = {"sms": "messages", "phone-numbers": "numbers"}


def table_sql(table: Table) -> list[str]:
    """CREATE statements for a table and its indexes (idempotent)."""
    columns = ", ".join(f"{q(c)} {AFFINITY.get(c, '')}".rstrip() for c in table.columns)
    key = ", ".join(q(c) for c in table.key)
    statements = [f"CREATE TABLE IF NOT EXISTS {table.name} ({columns}, PRIMARY KEY ({key}))"]
    for columns_ in table.indexes:
        statements.append(f"CREATE INDEX IF NOT EXISTS {index_name(table, columns_)} "
                          f"ON {table.name} ({', '.join(q(c) for c in columns_)})")
    return statements


def index_name(table: Table, columns: tuple[str, ...]) -> str:
    return f"{table.name}_{'_'.join(columns)}"


def q(name: str) -> str:
    """A quoted identifier (`from` and `to` are SQL keywords)."""
    return '"' + name.replace('"', '""') + '"'


# -- values -------------------------------------------------------------------------------------


def _date(value: Any) -> Any:
    return iso_date(value) if isinstance(value, str) else value


def _nested(value: Any) -> Any:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False) if isinstance(value, (dict, list)) else value


def row_maker(table: Table) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function turning an API record into the table's row tuple, in `table.columns` order."""
    getters: list[Callable[[Mapping[str, Any]], Any]] = []
    for column in table.columns:
        if column in DATES:
            getters.append(lambda r, c=column: _date(r.get(c)))
        else:
            getters.append(lambda r, c=column: _nested(r.get(c)))
    return lambda record: tuple(get(record) for get in getters)
