"""The mirror's writer on its own: the full-text index follows every way a row arrives or changes,
and a first backfill builds the indexes once at the end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from twiliocli.mirror import store
from twiliocli.mirror.schema import BY_NAME, index_name

ACCOUNT = "AC" + "0" * 32
MESSAGES = BY_NAME["messages"]


def message(n: int, body: str) -> dict:
    return {"sid": f"SM{n:032x}", "account_sid": ACCOUNT, "body": body, "status": "delivered",
            "direction": "inbound", "from": "+14155550100", "to": "+14155550111",
            "date_sent": "Mon, 07 Dec 2026 18:00:01 +0000", "date_created": "Mon, 07 Dec 2026 18:00:00 +0000"}


def search(conn: sqlite3.Connection, word: str) -> list[str]:
    return sorted(r[0] for r in conn.execute(
        "SELECT m.sid FROM messages_fts JOIN messages AS m ON m.rowid = messages_fts.rowid WHERE messages_fts MATCH ?",
        (word,)))


def test_the_full_text_index_follows_inserts_duplicates_and_changed_bodies(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    writer = store.open_for_sync(db, ACCOUNT)
    with writer.window(MESSAGES, ACCOUNT, None, "2027-01-01T00:00:00Z") as window:  # bulk: the table is empty
        window.put([message(1, "alpha one"), message(2, "beta two"), message(1, "alpha again")])
        window.put([message(3, "gamma"), message(2, "beta changed")])  # seen in an earlier batch
    with writer.window(MESSAGES, ACCOUNT, None, "2027-01-02T00:00:00Z") as window:  # not bulk
        window.put([message(4, "delta"), message(3, "gamma redacted"), message(4, "delta twice"), message(5, "")])
    conn = writer.conn
    conn.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")  # against the table too
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 5
    assert search(conn, "alpha") == [f"SM{1:032x}"] and search(conn, "one") == []
    assert search(conn, "beta") == [f"SM{2:032x}"] and search(conn, "two") == []
    assert search(conn, "gamma") == [f"SM{3:032x}"] and search(conn, "redacted") == [f"SM{3:032x}"]
    assert search(conn, "twice") == [f"SM{4:032x}"]
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages'")}
    assert {index_name(MESSAGES, c) for c in MESSAGES.indexes} <= indexes
    writer.close()


def test_a_failed_first_backfill_leaves_the_indexes_in_place(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    writer = store.open_for_sync(db, ACCOUNT)
    try:
        with writer.window(MESSAGES, ACCOUNT, None, "2027-01-01T00:00:00Z") as window:
            window.put([message(1, "alpha")])
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    conn = writer.conn
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages'")}
    assert {index_name(MESSAGES, c) for c in MESSAGES.indexes} <= indexes
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
    writer.close()
