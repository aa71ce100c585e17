"""SQLite persistence shared by every request thread.

One connection guarded by one lock: the emulator serves a handful of clients on loopback, so a
serialised store is simpler than a pool and keeps ":memory:" databases (one per connection) working.
Each `Kind` the store is opened with (`catalog`'s, and those `spec_kinds` derives) gets a table whose columns are its fields plus `_id`, an increasing
row number that breaks ties between records created in the same second (stable newest-first order
and keyset pagination need a total order).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from twiliocli.errors import CliError

from . import catalog
from .catalog import BOOL, DATE, INT, JSON, Kind

SQL_TYPES = {INT: "INTEGER", BOOL: "INTEGER", DATE: "INTEGER", JSON: "TEXT"}


def q(name: str) -> str:
    """Quote a column name (`from`, `to` are SQL keywords)."""
    return f'"{name}"'


def sid_for(prefix: str, namespace: str, index: int) -> str:
    """A deterministic SID: same namespace and index, same SID, on every machine."""
    digest = hashlib.blake2b(f"{namespace}:{index}".encode(), digest_size=16).hexdigest()
    return prefix + digest


def random_sid(prefix: str) -> str:
    return prefix + os.urandom(16).hex()


class StoreError(CliError):
    """The database could not be opened or created (the CLI prints the message as it is)."""


class Store:
    """The emulator's records: typed helpers over one SQLite connection."""

    @classmethod
    def opened(cls, path: str, fill: Callable[[Store], None], kinds: Sequence[Kind] = catalog.ALL) -> Store:
        """The store at `path`, created and `fill`ed first if there is none.

        A new file is built beside `path` and moved into place once filled, so a failure halfway
        (a full disk, Ctrl-C) leaves nothing that a later run would take for a whole database."""
        if path == ":memory:":
            store = cls(path, kinds)
            fill(store)
            return store
        try:
            if not os.path.exists(path) or os.path.getsize(path) == 0:
                partial = f"{path}.{os.getpid()}.new"
                try:
                    store = cls(partial, kinds)
                    fill(store)
                    store.close()  # the only connection: its write-ahead log goes into the file
                    os.replace(partial, path)
                except BaseException:
                    for leftover in (partial, f"{partial}-wal", f"{partial}-shm", f"{partial}-journal"):
                        with suppress(OSError):
                            os.remove(leftover)
                    raise
            return cls(path, kinds)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"The emulator's database {path} could not be opened or created: {exc}") from exc

    def __init__(self, path: str, kinds: Sequence[Kind] = catalog.ALL):
        self.path = path
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.lock = threading.RLock()
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=OFF")
        for kind in kinds:
            self._create(kind)

    def _create(self, kind: Kind) -> None:
        columns = ", ".join(f"{q(f.name)} {SQL_TYPES.get(f.kind, 'TEXT')}" for f in kind.fields
                            if f.name in kind.columns)
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {kind.table} (_id INTEGER PRIMARY KEY, {columns})")
        scope = ("account_sid",) if "account_sid" in kind.columns and kind.key != "account_sid" else ()
        self._index(kind, "key", kind.unique_columns, unique=True)
        self._index(kind, "order", (*scope, kind.order))
        for n, columns in enumerate(kind.indexes):
            self._index(kind, f"i{n}", columns)

    def _index(self, kind: Kind, name: str, columns: Sequence[str], unique: bool = False) -> None:
        self.conn.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS {kind.table}_{name} "
                          f"ON {kind.table} ({', '.join(q(c) for c in columns)})")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    @contextmanager
    def bulk(self, *kinds: Kind) -> Iterator[None]:
        """One transaction for a mass insert, with the kinds' indexes rebuilt once at the end."""
        with self.transaction():
            names = [r[0] for kind in kinds for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (kind.table,))]
            for name in names:
                self.conn.execute(f"DROP INDEX {name}")
            yield
            for kind in kinds:
                self._create(kind)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        with self.lock:
            return [dict(row) for row in self.conn.execute(sql, params)]

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Like `query`, as plain tuples: no dict per row, for the list pages' thousand rows."""
        with self.lock:
            cursor = self.conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self.lock:
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def get(self, kind: Kind, **where: Any) -> dict | None:
        clause = " AND ".join(f"{q(k)} = ?" for k in where)
        rows = self.query(f"SELECT * FROM {kind.table} WHERE {clause} LIMIT 1", list(where.values()))
        return rows[0] if rows else None

    def insert(self, kind: Kind, values: dict[str, Any]) -> dict:
        row = {c: encode(kind, c, values.get(c)) for c in kind.columns}
        names = ", ".join(q(c) for c in row)
        marks = ", ".join("?" for _ in row)
        with self.lock:
            cursor = self.conn.execute(f"INSERT INTO {kind.table} ({names}) VALUES ({marks})", list(row.values()))
            return self.query(f"SELECT * FROM {kind.table} WHERE _id = ?", (cursor.lastrowid,))[0]

    def insert_many(self, kind: Kind, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        names = ", ".join(q(c) for c in columns)
        marks = ", ".join("?" for _ in columns)
        with self.lock:
            self.conn.executemany(f"INSERT INTO {kind.table} ({names}) VALUES ({marks})", rows)

    def update(self, kind: Kind, row: dict, changes: dict[str, Any]) -> dict:
        if changes:
            sets = ", ".join(f"{q(c)} = ?" for c in changes)
            values = [encode(kind, c, v) for c, v in changes.items()]
            with self.lock:
                self.conn.execute(f"UPDATE {kind.table} SET {sets} WHERE _id = ?", [*values, row["_id"]])
        return {**row, **{c: encode(kind, c, v) for c, v in changes.items()}}

    def delete(self, kind: Kind, row: dict) -> None:
        with self.lock:
            self.conn.execute(f"DELETE FROM {kind.table} WHERE _id = ?", (row["_id"],))

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def encode(kind: Kind, column: str, value: Any) -> Any:
    """Python value -> SQLite value (JSON objects as text, booleans as 0/1)."""
    if value is None:
        return None
    field_kind = kind.field(column).kind
    if field_kind == JSON:
        return value if isinstance(value, str) else json.dumps(value)
    if field_kind == BOOL:
        return int(bool(value))
    return value
