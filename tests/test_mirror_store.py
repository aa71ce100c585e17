"""The mirror's writer on its own: the full-text index follows every way a row arrives or changes,
and a first backfill builds the indexes once at the end."""

from __future__ import annotations

import json
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


def triggers(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


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
    assert set(store.FTS_TRIGGERS) <= triggers(conn)  # a first backfill drops them until its end
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
    assert set(store.FTS_TRIGGERS) <= triggers(conn)  # a first backfill drops them until its end
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
    writer.close()


def linked(n: int, **changes: object) -> dict:
    record = message(n, "hello")
    base = f"/2010-04-01/Accounts/{ACCOUNT}/Messages/{record['sid']}"
    record.update(uri=base + ".json", subresource_uris={"media": base + "/Media.json", "feedback": base + "/Feedback.json"})
    record.update(changes)
    return record


def test_uris_that_follow_from_the_sid_are_derived_and_any_other_value_is_kept(tmp_path: Path) -> None:
    odd = {"feedback": "/elsewhere/Feedback.json", "media": "/elsewhere/Media.json"}
    records = [linked(1), linked(2, uri=None, subresource_uris=None), linked(3, uri="/other.json", subresource_uris=odd),
               linked(4, subresource_uris={"media": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/SM{4:032x}/Media.json"}),
               linked(5, sid="SM-not-alnum", uri=f"/2010-04-01/Accounts/{ACCOUNT}/Messages/SM-not-alnum.json")]
    writer = store.open_for_sync(tmp_path / "m.db", ACCOUNT)
    with writer.window(MESSAGES, ACCOUNT, None, "2027-01-01T00:00:00Z") as window:
        window.put(records)
    conn = writer.conn
    got = {r[0]: r[1:] for r in conn.execute("SELECT sid, uri, subresource_uris, _uri, _subresource_uris FROM messages")}
    for record in records:
        nested = record["subresource_uris"]
        want = (record["uri"], None if nested is None else json.dumps(nested, separators=(",", ":")))
        assert got[record["sid"]][:2] == want, record["sid"]
    assert got[f"SM{1:032x}"][2:] == (None, None)  # derived: nothing stored
    writer.close()


def test_a_file_made_before_derived_columns_keeps_its_plain_ones(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    conn = sqlite3.connect(db)
    columns = ", ".join(f'"{c}"' for c in MESSAGES.columns)
    conn.execute(f'CREATE TABLE messages ({columns}, PRIMARY KEY ("sid"))')
    conn.close()
    writer = store.open_for_sync(db, ACCOUNT)
    with writer.window(MESSAGES, ACCOUNT, None, "2027-01-01T00:00:00Z") as window:
        window.put([linked(1)])
    uri = writer.conn.execute("SELECT uri FROM messages").fetchone()[0]
    assert uri == linked(1)["uri"]
    writer.close()


def test_a_row_converts_each_value_as_the_column_rules_say() -> None:
    from twiliocli.mirror.schema import DATES, _date, _nested, row_maker

    record = {**linked(1), "body": "caf\u00e9 x\ud800y", "num_segments": "2", "price": -0.0079, "error_code": 30003,
              "num_media": True, "error_message": ["a", {"b": "\u00e9"}], "status": {"nested": 1},
              "direction": 1.5, "date_updated": "not a date", "date_sent": None}
    for derived in (False, True):
        columns = MESSAGES.stored(derived)
        row = row_maker(MESSAGES, derived)(record)
        overrides = {d.stored: d for d in MESSAGES.derived}
        want = tuple(overrides[c].override(record) if c in overrides else
                     _date(record.get(c)) if c in DATES else _nested(record.get(c)) for c in columns)
        assert row == want and "\ud800" not in row[columns.index("body")]
