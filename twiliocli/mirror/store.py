"""The mirror's SQLite file: opening it, writing windows of records, and reading it safely.

- `open_for_sync(path, account_sid)` creates or upgrades the file (tables, indexes, the full-text
  index) and checks it belongs to this account: two accounts in one file would mix their answers.
- `Writer.window(…)` is one transaction: the records of one window upserted by SID (a record
  seen again — its status, duration or price set since — is updated in place, never duplicated)
  and the window recorded in `_sync`. Any failure rolls the whole window back; a killed process
  leaves SQLite's journal, which the next open rolls back the same way.
- `open_read_only(path)` is what `sql`, `sync status` and the analyses use: the file opened with
  `mode=ro` and an authorizer that allows reading only, so no query can change or attach anything.

`messages_fts` is an FTS5 index over message bodies (external content), named as sqlite-utils
names its own, so Datasette offers a search box on `messages`. New rows are indexed by one
statement per batch (`Window.put`), or by one at the end of a first backfill; a body that changes
(a redaction) or a row deleted is followed by triggers. (FTS5 writes out what it holds at every statement that touches it: a trigger per
inserted row made a segment per row, ~60 µs a message; one statement per batch costs ~3.)
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from twiliocli.errors import CliError, UsageError
from twiliocli.timefmt import iso, now

from .schema import TABLES, Table, q, row_maker, table_sql

SCHEMA_VERSION = 1
FTS_TABLES = frozenset({"messages"})  # tables with a full-text index `NAME_fts` over `body`
# The writer's page cache (SQLite's default is 2 MiB). A window is one transaction, whose pages
# stay in the cache until the commit; with 2 MiB, a first sync of 100,000 messages made 707,000
# reads and writes (pages spilled to the WAL and read back, statement journals in a temporary
# file), 9 µs of system time a record; with 32 MiB 83,000. At 1M messages: 47 -> 35 µs of CPU a record
# in all (bench/mirror.py). A ceiling, not an allocation: a small window uses what it needs.
WRITER_CACHE_KIB = 32 * 1024

META = (
    "CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS _sync (table_name TEXT, account_sid TEXT, since TEXT, until TEXT, "
    "rows INTEGER, fetched INTEGER, synced_at TEXT, PRIMARY KEY (table_name, account_sid))",
)
FTS_TRIGGERS = ("messages_ad", "messages_au")  # created by FTS; a first backfill goes without them
FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(body, content='messages', content_rowid='rowid')",
    "DROP TRIGGER IF EXISTS messages_ai",  # earlier versions indexed each row as inserted (Window.put now)
    "CREATE TRIGGER IF NOT EXISTS messages_ad AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body); END",
    "CREATE TRIGGER IF NOT EXISTS messages_au AFTER UPDATE OF body ON messages WHEN old.body IS NOT new.body BEGIN "
    "INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body); "
    "INSERT INTO messages_fts (rowid, body) VALUES (new.rowid, new.body); END",
)


def default_path(account_sid: str) -> Path:
    """The account's own mirror: `mirror-AC….db` in the user data folder (`$TWILIOCLI_DATA_DIR`
    overrides it). One file per account, so a run as one account never reads another's records."""
    from twiliocli.config import data_dir

    return data_dir() / f"mirror-{account_sid}.db"


def legacy_path() -> Path:
    """The one default file of versions before mirrors were per account (`sync` moves it, see `adopt`)."""
    from twiliocli.config import data_dir

    return data_dir() / "mirror.db"


def default_mirrors() -> list[Path]:
    """The mirrors in the user data folder: each account's, and a not yet moved `mirror.db`."""
    from twiliocli.config import data_dir

    found = sorted(data_dir().glob("mirror-AC*.db"))
    return [*found, legacy_path()] if legacy_path().is_file() else found


def owner(path: str | os.PathLike[str]) -> str | None:
    """The account a mirror file belongs to (None: not a mirror, or not readable)."""
    try:
        conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM _meta WHERE key = 'account_sid'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else row[0]


def adopt(legacy: Path, target: Path, account_sid: str) -> bool:
    """Move the old default `mirror.db` to `target` (the account's own file) when it mirrors
    `account_sid` and `target` does not exist yet; made 0600 on the way. The caller holds the
    locks of both files, so no sync writes either. A file some reader still has open (its -wal
    stays after we close it) is left for a later run. True if moved."""
    if target.exists() or not legacy.is_file() or owner(legacy) != account_sid:
        return False
    try:
        conn = sqlite3.connect(str(legacy), isolation_level=None, timeout=1.0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection: SQLite removes -wal and -shm
    except sqlite3.Error:
        return False
    if any(Path(f"{legacy}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        return False
    os.chmod(legacy, 0o600)
    os.rename(legacy, target)
    return True


# -- writing ------------------------------------------------------------------------------------


@dataclass
class Saved:
    """A table's last committed window for one account (ISO 8601 bounds)."""

    since: str | None
    until: str | None


class Writer:
    """The read-write connection `sync` holds; every change goes through `window`."""

    def __init__(self, conn: sqlite3.Connection, path: str | os.PathLike[str] = "the mirror") -> None:
        self.conn = conn
        self.path = path

    def saved(self, table: Table, account_sid: str) -> Saved | None:
        row = self.conn.execute(
            "SELECT since, until FROM _sync WHERE table_name = ? AND account_sid = ?", (table.name, account_sid)
        ).fetchone()
        return None if row is None else Saved(row[0], row[1])

    def oldest_changing(self, table: Table, account_sid: str) -> str | None:
        """The date of the oldest row of this account that may still change (ISO), or None."""
        if not table.changing:
            return None
        return self.conn.execute(
            f"SELECT MIN({q(table.date_field)}) FROM {table.name} WHERE account_sid = ? AND ({table.changing})",
            (account_sid,),
        ).fetchone()[0]

    @contextmanager
    def window(self, table: Table, account_sid: str, since: str | None, until: str, *, replace: bool = False) -> Iterator[Window]:
        """One transaction holding one window: commit on success, roll back on anything else.

        `replace` (FULL tables) first removes the account's rows, so what the API no longer
        lists leaves the mirror in the same transaction that brings the new list."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise CliError(f"{self.path}: {_reason(exc)}") from None
        try:
            if replace:
                scope = "" if table.name == "accounts" else " WHERE account_sid = ?"
                self.conn.execute(f"DELETE FROM {table.name}{scope}", () if not scope else (account_sid,))
            # Into an empty table (a first backfill), the indexes are built once at the end, from
            # sorted keys, instead of taking each row at a random place: at 100,000 messages ~16 µs
            # a record less, the indexes ~10% smaller, and the cost per record no longer grows
            # with the file. The full-text index too, and its triggers wait for it (`Window.bulk`).
            # Readers see none of it before the commit.
            bulk = not replace and bool(table.index_defs()) and self.conn.execute(
                f"SELECT 1 FROM {table.name} LIMIT 1").fetchone() is None
            if bulk:
                for name, _, _ in table.index_defs():
                    self.conn.execute(f"DROP INDEX IF EXISTS {name}")
                for name in FTS_TRIGGERS if table.name in FTS_TABLES else ():
                    self.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            batch = Window(self.conn, table, bulk=bulk)
            yield batch
            if bulk:
                batch.index_all()
                for statement in table_sql(table)[1:] + (list(FTS) if table.name in FTS_TABLES else []):
                    self.conn.execute(statement)
            saved = self.saved(table, account_sid)
            if saved is not None:  # `since` stays the oldest bound ever mirrored (None: from the start)
                since = None if since is None or saved.since is None else min(since, saved.since)
            self.conn.execute(
                "INSERT OR REPLACE INTO _sync VALUES (?, ?, ?, ?, ?, ?, ?)",
                (table.name, account_sid, since, until, self.count(table, account_sid), batch.fetched, iso(now())),
            )
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            hint = "; free some space and run sync again" if _full(exc) else ""
            raise CliError(f"{self.path}: {_reason(exc)}; nothing of this {table.name} window was kept "
                           f"(the mirror is as the last complete window left it){hint}") from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        """Roll back the window, if SQLite has not already (it does on a full disk, and a second
        ROLLBACK would hide why with "cannot rollback - no transaction is active")."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the connection is closed next; SQLite rolls the journal back on the next open

    def count(self, table: Table, account_sid: str) -> int:
        if table.name == "accounts":
            return self.conn.execute("SELECT COUNT(*) FROM accounts").fetchone()[0]
        return self.conn.execute(f"SELECT COUNT(*) FROM {table.name} WHERE account_sid = ?", (account_sid,)).fetchone()[0]

    def close(self) -> None:
        """Close, after letting SQLite refresh its statistics where they went stale (cheap; the
        analyses' query plans depend on them)."""
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass  # stale statistics are not worth failing a sync for (or hiding why it failed)
        finally:
            self.conn.close()


class Window:
    """Upserts into one table inside an open transaction.

    `bulk`: the table was empty (a first backfill) and has no full-text triggers for now; its
    rows are added to the full-text index at the end, in one statement (`index_all`), which
    spares each row's upsert a statement journal (SQLite keeps one for an upsert that may fire
    a trigger) and the index's savepoint calls: ~0.9 µs a message."""

    def __init__(self, conn: sqlite3.Connection, table: Table, *, bulk: bool = False) -> None:
        self.conn = conn
        self.bulk = bulk
        # A file made before derived columns existed keeps writing them plainly.
        derived = bool(table.derived) and any(
            r[1] == table.derived[0].stored for r in conn.execute(f"PRAGMA table_info({table.name})"))
        self.make = row_maker(table, derived)
        columns = table.stored(derived)
        updates = ", ".join(f"{q(c)} = excluded.{q(c)}" for c in columns if c not in table.key)
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(q(c) for c in columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT ({', '.join(q(c) for c in table.key)}) DO UPDATE SET {updates}"
        )
        self.fetched = 0
        self.last = f"SELECT MAX(rowid) FROM {table.name}"
        self.fts = f"INSERT INTO {table.name}_fts (rowid, body) SELECT rowid, body FROM {table.name} WHERE rowid > ?" \
            if table.name in FTS_TABLES else ""
        self.key = [columns.index(c) for c in table.key]

    def put(self, records: Iterable[Mapping[str, Any]]) -> None:
        rows = [self.make(r) for r in records]
        self.fetched += len(rows)
        if not self.fts or self.bulk:
            self.conn.executemany(self.sql, rows)
            return
        # The rows this batch adds are those past the largest rowid before it (SQLite gives a new
        # row the largest plus one); they are indexed in one statement. A record listed twice in
        # one batch is written once, its last copy, so the update trigger never sees a row the
        # index does not hold yet.
        if len(self.key) == 1:
            k = self.key[0]
            unique = {row[k]: row for row in rows}
        else:
            unique = {tuple(row[i] for i in self.key): row for row in rows}
        if len(unique) < len(rows):
            rows = list(unique.values())
        last = self.conn.execute(self.last).fetchone()[0] or 0
        self.conn.executemany(self.sql, rows)
        self.conn.execute(self.fts, (last,))

    def index_all(self) -> None:
        """A bulk window's rows into the full-text index, as they are at its end."""
        if self.fts:
            self.conn.execute(self.fts, (0,))


def _drop_superseded_indexes(conn: sqlite3.Connection, table: Table) -> None:
    """Indexes an older version declared and this one replaced (a file synced before keeps working,
    and gets no slower to write)."""
    declared = {name for name, _, _ in table.index_defs()}
    found = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                         (table.name,))
    for (name,) in found.fetchall():
        if name not in declared:
            conn.execute(f"DROP INDEX {q(name)}")


def open_for_sync(path: str | os.PathLike[str], account_sid: str) -> Writer:
    """The mirror at `path`, created if new, refused if it holds another account's records."""
    path = Path(path)
    create_private(path)
    _bind_null_directly()
    conn = _connect(str(path))
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # readers (`sql`, Datasette) go on while a sync writes
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
        conn.execute("BEGIN IMMEDIATE")
        for statement in META:
            conn.execute(statement)
        for table in TABLES:
            for statement in table_sql(table):
                conn.execute(statement)
            _drop_superseded_indexes(conn, table)
        for statement in FTS:
            conn.execute(statement)
        owner = conn.execute("SELECT value FROM _meta WHERE key = 'account_sid'").fetchone()
        if owner is not None and owner[0] != account_sid:
            conn.execute("ROLLBACK")
            raise UsageError(
                f"{path} mirrors account {owner[0]}, not {account_sid}; give another --db FILE for this account"
            )
        conn.execute("INSERT OR REPLACE INTO _meta VALUES ('account_sid', ?), ('schema_version', ?)",
                     (account_sid, str(SCHEMA_VERSION)))
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CliError(f"{path}: {_reason(exc)}") from None
    except BaseException:
        conn.close()
        raise
    return Writer(conn, path)


def _null(value: None) -> None:
    return value


def _bind_null_directly() -> None:
    """Have `sqlite3` bind None without looking for an adapter first (the result is the same NULL).

    The module binds str, int and float at once but asks its adapter registry and protocols about
    anything else, None included, each time; the failed attribute lookups format an exception
    message. A message row holds ~5 nulls: 1.0 µs of its ~3.9 µs of binding and inserting. The
    registry is the process's, so every connection gets this, to the same effect."""
    sqlite3.register_adapter(type(None), _null)


def writable_path(path: str | os.PathLike[str], *, default: bool = False) -> Path:
    """`path` checked for writing a mirror (exit 2 naming the fix); the `default` folder is created."""
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"--db {path} is a folder; give a file name")
    if not path.parent.is_dir():
        if not default:
            raise UsageError(f"--db {path}: folder {path.parent} does not exist")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def create_private(path: Path) -> None:
    """Create the file 0600 if it does not exist, whatever the umask: it holds message bodies and
    customers' numbers. SQLite gives its -wal and -shm files the database's own permissions."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise CliError(f"Cannot create {path}: {exc.strerror or exc}") from None
    os.close(fd)


def _connect(path: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=0.0, check_same_thread=False)
    except sqlite3.Error as exc:
        raise CliError(f"Cannot open {path}: {exc}") from None
    return conn


SQLITE_FULL = 13  # SQLite's result code; sqlite3 names it (and sets sqlite_errorcode) only from Python 3.11


def _full(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_FULL: the disk, or the file's own size limit (max_page_count), has no room left."""
    return getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(exc)


def _reason(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if _full(exc):
        return "the disk is full (SQLite: database or disk is full)"
    if "locked" in text or "busy" in text:
        return "another process is writing to it (a sync still running?); try again when it is done"
    if "not a database" in text:
        return "this file is not an SQLite database; give another --db FILE"
    return text


# -- reading ------------------------------------------------------------------------------------

_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}


def _read_only(action: int, arg1: str | None, arg2: str | None, db: str | None, trigger: str | None) -> int:
    """The authorizer of read-only connections: reading, functions and pragmas that only ask.

    (SQLite itself reports an UPDATE of `sqlite_master` when FTS5 loads its schema; the file is
    opened read-only, so that is all such an "update" can be.)"""
    if action in _READ_ACTIONS or (action == sqlite3.SQLITE_PRAGMA and arg2 is None):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def open_read_only(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """The mirror for reading only (`mode=ro` plus an authorizer); exit 2 if there is none yet."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"No mirror at {path}; run `twiliocli sync` first (or give --db FILE)")
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
        conn.execute("SELECT 1 FROM _meta LIMIT 1")
    except sqlite3.DatabaseError as exc:
        raise UsageError(f"{path} is not a twiliocli mirror ({_reason(exc)}); give another --db FILE") from None
    conn.set_authorizer(_read_only)
    return conn


def owner_of(conn: sqlite3.Connection) -> str | None:
    """The account an open mirror belongs to (`open_for_sync` records it)."""
    row = conn.execute("SELECT value FROM _meta WHERE key = 'account_sid'").fetchone()
    return None if row is None else row[0]


def last_synced(conn: sqlite3.Connection, account_sid: str | None) -> str | None:
    """When a window of the account was last committed (ISO 8601 UTC, this machine's clock), or None."""
    row = conn.execute("SELECT MAX(synced_at) FROM _sync WHERE account_sid = ?", (account_sid,)).fetchone()
    return row[0] if row else None


def query(conn: sqlite3.Connection, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """Run a SELECT: its column names and its rows as dicts, streamed (one row in memory at a time)."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description or ()]

    def rows() -> Iterator[dict[str, Any]]:
        for row in cursor:
            yield dict(zip(names, row))

    return names, rows()
