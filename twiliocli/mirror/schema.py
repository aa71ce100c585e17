"""What the mirror holds: one table per resource, its columns, indexes and which rows may still change.

Columns are the API's own field names, read from the single field table (`api/fields.py`), so a
field the spec adds appears here by itself. Values are stored as the API sends them, with three
conversions that make SQL work: dates become ISO 8601 UTC text (`2024-05-01T12:00:00Z`: sortable,
and SQLite's date functions read it), counts and prices get numeric affinity (so `SUM(price)` and
`duration > 60` need no CAST), and nested objects are JSON text (`json_extract` reads them).
Secrets (an account's `auth_token`, a key's `secret`) are never stored.

The configuration lists the spec declares (keys, SIP, queues, addresses, short codes, usage
triggers) take their declarations from `api/declared.py`; a list under each record of another
table (a SIP domain's credential list mappings) is a table of its own, fetched per parent row and
keyed by the parent's SID and its own (`Table.parent`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from twiliocli.api import declared as D
from twiliocli.api import resources as R
from twiliocli.timefmt import iso_date

DATES = frozenset({"date_created", "date_updated", "date_sent", "start_time", "end_time", "message_date", "date_fired"})
AFFINITY = {
    "duration": "INTEGER", "num_segments": "INTEGER", "num_media": "INTEGER", "error_code": "INTEGER",
    "queue_time": "INTEGER", "channels": "INTEGER", "price": "REAL", "count": "INTEGER", "usage": "REAL",
    "current_size": "INTEGER", "max_size": "INTEGER", "average_wait_time": "INTEGER",
    "trigger_value": "REAL", "current_value": "REAL",
}
SECRETS = frozenset({"auth_token", "secret", "password"})
FULL, WINDOW = "full", "window"
API = "/2010-04-01/Accounts/"


@dataclass(frozen=True)
class Derived:
    """A column that follows from the row's account and SID (`uri`, `subresource_uris`), so it is
    not stored: the table declares it as a generated column, and the value the API sent is kept
    in `_COLUMN` only when it differs from what the SID gives (the API's null: an empty blob).
    SQL, Datasette and `SELECT *` read the column as before; a message takes ~350 bytes less.

    `collection` is the path segment of the list (`Messages`); `links` the subresources in the
    API's order (`subresource_uris`); none: the record's own `uri`."""

    column: str
    collection: str
    links: tuple[tuple[str, str], ...] = ()

    @property
    def stored(self) -> str:
        return "_" + self.column

    def base(self, account_sid: Any, sid: Any) -> str | None:
        """The record's path, or None when its SID or account would need escaping in JSON."""
        ok = account_sid.__class__ is str and sid.__class__ is str and account_sid.isalnum() and sid.isalnum() \
            and account_sid.isascii() and sid.isascii()
        return f"{API}{account_sid}/{self.collection}/{sid}" if ok else None

    def override(self, record: Mapping[str, Any]) -> Any:
        """What `_COLUMN` holds for `record`: None when the column follows from its SID."""
        return self.kept(record.get(self.column), self.base(record.get("account_sid"), record.get("sid")))

    def kept(self, value: Any, base: str | None) -> Any:
        """`override` given the record's path (`base`)."""
        if base is not None:
            if not self.links:
                if value == base + ".json":
                    return None
            elif value.__class__ is dict and value == {k: base + s for k, s in self.links} and list(value) == self.keys:
                return None
        return b"" if value is None else _nested(value)

    @property
    def keys(self) -> list[str]:
        return [key for key, _ in self.links]

    def derivable(self, keys: str) -> str:
        """Python source, over the value `v` and the record's path `b` (not None), true when `kept`
        would return None; `keys` names `self.keys`. `row_maker` inlines it: ~0.65 µs a message."""
        if not self.links:
            return "v == b + '.json'"
        values = ", ".join(f"b + {suffix!r}" for _, suffix in self.links)
        return f"v.__class__ is dict and [*v.values()] == [{values}] and [*v] == {keys}"

    def sql(self) -> str:
        """The generated column's expression (the same text `_nested` writes for the same value)."""
        base = f"'{API}' || account_sid || '/{self.collection}/' || sid"
        if not self.links:
            derived = f"{base} || '.json'"
        else:
            parts = [f"'{',' if i else '{'}\"{key}\":\"' || {base} || '{suffix}\"'" for i, (key, suffix) in enumerate(self.links)]
            derived = " || ".join(parts) + " || '}'"
        stored = q(self.stored)
        return f"CASE WHEN {stored} IS NULL THEN {derived} WHEN typeof({stored}) = 'blob' THEN NULL ELSE {stored} END"


# Generated columns need SQLite 3.31 (2020); an older library writes the columns plainly.
GENERATED = sqlite3.sqlite_version_info >= (3, 31, 0)


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
    # A list under each row of another table (FULL only): `parent` names that table, `scope` the
    # path placeholder its SID fills; the row keeps it in the column `scope` names in snake case.
    parent: str = ""
    scope: str = ""
    derived: tuple[Derived, ...] = ()  # columns that follow from the SID (Derived)
    # Partial indexes: (columns, WHERE condition, a word for the name).
    partial: tuple[tuple[tuple[str, ...], str, str], ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        fields = tuple(f for f in self.resource.fields if f not in SECRETS)
        return fields + tuple(c for c in self.stamps if c not in fields)

    def stored(self, derived: bool) -> tuple[str, ...]:
        """The columns a row writes: all of them, or (`derived`) all but the generated ones, and
        their overrides last."""
        if not derived or not self.derived:
            return self.columns
        names = {d.column for d in self.derived}
        return tuple(c for c in self.columns if c not in names) + tuple(d.stored for d in self.derived)

    def index_defs(self) -> list[tuple[str, tuple[str, ...], str]]:
        """(name, columns, WHERE clause or "") of every declared index."""
        found = [(index_name(self, columns), columns, "") for columns in self.indexes]
        return found + [(f"{index_name(self, columns)}_{tag}", columns, where) for columns, where, tag in self.partial]

    @property
    def scope_column(self) -> str:
        """`DomainSid` -> `domain_sid`: the parent's SID in each row."""
        return D.kebab(self.scope).replace("-", "_") if self.scope else ""

    @property
    def stamps(self) -> tuple[str, ...]:
        """Columns the sync fills itself: the account (some lists, like keys, do not say it; every
        table is kept per account) and the parent's SID (some sub-lists do not say it either)."""
        return ("account_sid", *((self.scope_column,) if self.parent else ())) if self.name != "accounts" else ()

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

    def collection(self, account_sid: str, **ids: str) -> str:
        resource = self.resource.view(self.view) if self.view else self.resource
        return resource.collection(AccountSid=account_sid, **ids)

    @property
    def date_field(self) -> str:
        return self.resource.date_field


def _declared(*words: str) -> R.Resource:
    """The declaration `api/declared.py` derives from the spec for a command group's words."""
    node = D.node(words)
    assert node is not None, words
    return node.resource


TABLES: tuple[Table, ...] = (
    Table("accounts", R.ACCOUNTS, FULL, (("owner_account_sid",),)),
    Table("applications", R.APPLICATIONS, FULL),
    Table("numbers", R.NUMBERS, FULL, (("phone_number",),)),
    Table(
        "calls", R.CALLS, WINDOW,
        (("start_time",), ("from", "start_time"), ("to", "start_time"), ("parent_call_sid",), ("status", "start_time")),
        priced=("completed",),
        derived=(Derived("uri", "Calls"), Derived("subresource_uris", "Calls", tuple(
            (key, f"/{name}.json") for key, name in (
                ("notifications", "Notifications"), ("recordings", "Recordings"), ("payments", "Payments"),
                ("events", "Events"), ("siprec", "Siprec"), ("streams", "Streams"), ("transcriptions", "Transcriptions"),
                ("user_defined_message_subscriptions", "UserDefinedMessageSubscriptions"),
                ("user_defined_messages", "UserDefinedMessages"))))),
    ),
    Table(
        "messages", R.MESSAGES, WINDOW,
        # Covering indexes: `sms funnel` reads its window from the first and `sms failures` from the
        # last, neither touching the table (a million rows read from the table take seconds).
        (("date_sent", "date_created", "direction", "status", "date_updated"), ("from", "date_sent"), ("to", "date_sent")),
        priced=("delivered", "received"),
        derived=(Derived("uri", "Messages"),
                 Derived("subresource_uris", "Messages", (("media", "/Media.json"), ("feedback", "/Feedback.json")))),
        # Only the failures (a few in a hundred) are in `sms failures`' index: it was as big as the
        # funnel's, holding every message.
        partial=((("date_sent", "date_created", "error_code", "to", "price", "price_unit", "error_message", "status"),
                  "status IN ('failed', 'undelivered')", "failed"),),
    ),
    Table("recordings", R.RECORDINGS, WINDOW, (("call_sid",), ("conference_sid",)), priced=("completed",),
          derived=(Derived("uri", "Recordings"), Derived("subresource_uris", "Recordings", (
              ("add_on_results", "/AddOnResults.json"), ("transcriptions", "/Transcriptions.json"))))),
    Table("transcriptions", R.TRANSCRIPTIONS, WINDOW, (("recording_sid",),)),
    Table("notifications", R.NOTIFICATIONS, WINDOW, (("call_sid",), ("message_date",))),
    Table("conferences", R.CONFERENCES, WINDOW, (("date_created",),)),
    # Each account's own spend per category and month (a parent's records would include its
    # subaccounts' and count them twice); `usage by-subaccount` pivots it.
    Table("usage", R.USAGE_RECORDS, FULL, (("start_date", "category"),),
          key=("account_sid", "category", "start_date", "end_date"), view="monthly",
          params=(("IncludeSubaccounts", "false"),)),
    # The configuration lists of the spec, whole each run. Keys and signing keys are listed
    # without their secrets (and `secret` is never a column).
    Table("keys", _declared("keys"), FULL),
    Table("signing_keys", _declared("signing-keys"), FULL),
    Table("queues", _declared("queues"), FULL),
    Table("addresses", _declared("addresses"), FULL),
    Table("short_codes", _declared("short-codes"), FULL, (("short_code",),)),
    Table("usage_triggers", _declared("usage", "triggers"), FULL),
    Table("sip_domains", _declared("sip", "domains"), FULL, (("domain_name",),)),
    Table("sip_credential_lists", _declared("sip", "credential-lists"), FULL),
    Table("sip_ip_access_control_lists", _declared("sip", "ip-access-control-lists"), FULL),
    # Which lists each domain uses (the mapping's `sid` is the list's): the legacy mappings, and
    # the ones for calls and for registrations. Indexed by list: "which domains use CL…".
    *(Table(f"sip_domain_{name}", _declared("sip", "domains", *words), FULL, (("sid",),),
            key=("domain_sid", "sid"), parent="sip_domains", scope="DomainSid")
      for name, words in (
          ("credential_list_mappings", ("credential-list-mappings",)),
          ("ip_access_control_list_mappings", ("ip-access-control-list-mappings",)),
          ("auth_calls_credential_list_mappings", ("auth", "calls", "credential-list-mappings")),
          ("auth_calls_ip_access_control_list_mappings", ("auth", "calls", "ip-access-control-list-mappings")),
          ("auth_registrations_credential_list_mappings", ("auth", "registrations", "credential-list-mappings")),
      )),
)
BY_NAME = {t.name: t for t in TABLES}
ALIASES = {"sms": "messages", "phone-numbers": "numbers", "signing-keys": "signing_keys", "short-codes": "short_codes",
           "usage-triggers": "usage_triggers"}
# Names for several tables at once.
GROUPS = {"sip": tuple(t.name for t in TABLES if t.name.startswith("sip_"))}
# Synced when --resources does not say: all but the keys (a standard API key may not list keys;
# `--resources keys,signing-keys` asks for them).
DEFAULT = tuple(t.name for t in TABLES if t.name not in ("keys", "signing_keys"))


def resolve(names: list[str]) -> list[Table]:
    """The tables `--resources` names (table names, aliases or GROUPS), with the parents of any
    sub-list (a domain's mappings are fetched per mirrored domain), in mirroring order.
    KeyError: the first unknown name."""
    wanted: set[str] = set()
    for name in names:
        name = ALIASES.get(name, name)
        if name in GROUPS:
            wanted.update(GROUPS[name])
        elif name in BY_NAME:
            wanted.add(name)
        else:
            raise KeyError(name)
    wanted.update([BY_NAME[n].parent for n in wanted if BY_NAME[n].parent])
    return [t for t in TABLES if t.name in wanted]


def table_sql(table: Table) -> list[str]:
    """CREATE statements for a table and its indexes (idempotent). A new file gets the derived
    columns as generated ones (`Derived`); a file made before keeps its plain columns."""
    generated = {d.column: d for d in table.derived} if GENERATED else {}
    columns = ", ".join(
        f"{q(c)} GENERATED ALWAYS AS ({generated[c].sql()}) VIRTUAL" if c in generated else
        f"{q(c)} {AFFINITY.get(c, '')}".rstrip() for c in table.columns)
    columns += "".join(f", {q(d.stored)}" for d in generated.values())
    key = ", ".join(q(c) for c in table.key)
    statements = [f"CREATE TABLE IF NOT EXISTS {table.name} ({columns}, PRIMARY KEY ({key}))"]
    for name, columns_, where in table.index_defs():
        statements.append(f"CREATE INDEX IF NOT EXISTS {name} ON {table.name} ({', '.join(q(c) for c in columns_)})"
                          + (f" WHERE {where}" if where else ""))
    return statements


def index_name(table: Table, columns: tuple[str, ...]) -> str:
    return f"{table.name}_{'_'.join(columns)}"


def q(name: str) -> str:
    """A quoted identifier (`from` and `to` are SQL keywords)."""
    return '"' + name.replace('"', '""') + '"'


# -- values -------------------------------------------------------------------------------------


def _date(value: Any) -> Any:
    return _text(iso_date(value)) if isinstance(value, str) else value


def _nested(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        value = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return _text(value) if isinstance(value, str) else value


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: str) -> str:
    """Text SQLite can store: a lone surrogate (JSON's `"x\\ud800y"` decodes to one, and UTF-8 has
    no encoding for it) becomes U+FFFD, as invalid UTF-8 in an answer already does. (A pair
    decodes to one character, so any surrogate left is alone.)"""
    return value if value.isascii() else _LONE_SURROGATE.sub("\ufffd", value)


def row_maker(table: Table, derived: bool = False) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function turning an API record into the table's row tuple, in `table.stored(derived)` order.

    Written out as one function (one tuple expression, no call per plain value, nor per derived
    one that follows from the SID): a message's row took ~9 µs through a getter per column, ~3.9
    this way. Each value converts as `_date`, `_nested` or a `Derived` override would: text that
    is ASCII, numbers and null pass as they are."""
    overrides = {d.stored: d for d in table.derived}
    names: dict[str, Any] = {"_date": _date, "_nested": _nested, "_text": _text, "str": str, "int": int,
                             "float": float, "bool": bool}
    cells = []
    for i, column in enumerate(table.stored(derived)):
        if column in overrides:
            derived_ = overrides[column]
            names[f"_o{i}"], names[f"_k{i}"] = derived_.kept, derived_.keys
            cells.append(f"(None if (v := g({derived_.column!r})) is not None and b is not None and "
                         f"{derived_.derivable(f'_k{i}')} else _o{i}(v, b))")
        elif column in DATES:
            cells.append(f"_date(g({column!r}))")
        else:
            cells.append(f"(v if (v := g({column!r})) is None or ((k := v.__class__) is str and v.isascii()) "
                         f"or k is int or k is float or k is bool else _nested(v))")
    base = f"    b = _base(g('account_sid'), g('sid'))\n" if derived and table.derived else ""
    names["_base"] = table.derived[0].base if table.derived else None
    source = f"def make(r):\n    g = r.get\n{base}    return ({', '.join(cells)},)\n"
    exec(compile(source, f"<row_maker {table.name}>", "exec"), names)
    return names["make"]
