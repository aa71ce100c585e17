"""`serve --subaccounts N`: N customer subaccounts, each with its own number, calls and messages,
plus one suspended and one closed subaccount, as an ISV's account looks.

Deterministic like the rest of the seed: the same SIDs, tokens, numbers and times on every machine.
The records are made inside SQLite from their index (one statement for every subaccount's calls,
one for messages, one for recordings), so 200 subaccounts of 500 calls take a second or two. The
parent's credentials reach each subaccount (`auth.can_reach`), as on Twilio.
"""

from __future__ import annotations

import zlib

from twiliocli.api.resources import API_VERSION

from . import catalog, rows
from .dates import DAY
from .store import Store, sid_for

SPAN_DAYS = 30


def customers(n: int) -> list[tuple[str, str, str, str]]:
    """(sid, auth token, friendly name, status) of the N customers, the suspended and the closed one."""
    out = [(sid_for("AC", "customer", i), f"emulator0customer0token{i:09d}", f"Customer {i}", "active")
           for i in range(1, n + 1)]
    out.append((sid_for("AC", "customer-suspended", 0), "emulator0suspended0token000000000"[:32], "Suspended customer", "suspended"))
    out.append((sid_for("AC", "customer-closed", 0), "emulator0closed0token00000000000"[:32], "Closed customer", "closed"))
    return out


def number_of(index: int) -> str:
    """The customer's own number, +1628 and its index in 7 digits (N+1, N+2: the suspended and closed ones)."""
    return f"+1628{index:07d}"


def seed_subaccounts(store: Store, main: str, n: int, per: int, anchor: int) -> None:
    """N active subaccounts (and a suspended and a closed one) of `main`, `per` calls and messages each."""
    accounts = customers(n)
    with store.transaction():
        for index, (sid, token, name, status) in enumerate(accounts, 1):
            created = anchor - (SPAN_DAYS + 10 + index % 50) * DAY
            store.insert(catalog.ACCOUNTS, {**rows.account(sid, token, name, main, created), "status": status})
            store.insert(catalog.NUMBERS, {
                **rows.number_settings(created), "account_sid": sid, "sid": sid_for("PN", "customer-number", index),
                "phone_number": number_of(index), "friendly_name": f"{name} line", "type": "local",
                "capabilities": {"voice": True, "sms": True, "mms": False, "fax": False},
            })
    if per <= 0:
        return
    step = max(1, SPAN_DAYS * DAY // per)
    table = [(sid, zlib.crc32(sid.encode()), number_of(index)) for index, (sid, *_) in enumerate(accounts, 1)]
    with store.bulk(catalog.CALLS, catalog.MESSAGES, catalog.RECORDINGS):
        conn = store.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _subs (sid TEXT, ns INTEGER, ours TEXT)")
        conn.execute("DELETE FROM _subs")
        conn.executemany("INSERT INTO _subs VALUES (?, ?, ?)", table)
        conn.execute(f"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :per - 1),
            g AS (SELECT s.sid AS account, s.ns, s.ours, i, :anchor - i * :step - (s.ns % 3600) AS t,
                         CASE i % 10 WHEN 0 THEN 'busy' WHEN 1 THEN 'failed' ELSE 'completed' END AS st,
                         (i * 7919 + s.ns) % 600 + 5 AS d,
                         printf('+1%03d%07d', 201 + (i * 31) % 700, (i * 7919 + s.ns) % 10000000) AS ext,
                         i % 3 = 0 AS inbound FROM n CROSS JOIN _subs s)
            INSERT INTO calls (sid, date_created, date_updated, account_sid, "to", "from", status, start_time, end_time,
                               duration, price, price_unit, direction, api_version, queue_time)
            SELECT printf('CA%08x%08x%016x', ns, (i * 2654435761) % 4294967296, i), t,
                   t + CASE st WHEN 'completed' THEN d ELSE 0 END, account,
                   CASE WHEN inbound THEN ours ELSE ext END, CASE WHEN inbound THEN ext ELSE ours END,
                   st, t, t + CASE st WHEN 'completed' THEN d ELSE 0 END,
                   CAST(CASE st WHEN 'completed' THEN d ELSE 0 END AS TEXT),
                   CASE st WHEN 'completed' THEN printf('-%.5f', 0.013 * ((d + 59) / 60)) END, 'USD',
                   CASE WHEN inbound THEN 'inbound' ELSE 'outbound-api' END, '{API_VERSION}', '0'
            FROM g""", {"per": per, "anchor": anchor, "step": step})
        rows.record_calls(conn, "account_sid IN (SELECT sid FROM _subs) AND status = 'completed' AND _id % 5 = 0")
        conn.execute(f"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :per - 1),
            g AS (SELECT s.sid AS account, s.ns, s.ours, i, :anchor - i * :step - (s.ns % 3600) - 1800 AS t,
                         i % 4 = 0 AS inbound, CASE i % 12 WHEN 1 THEN 'undelivered' ELSE 'delivered' END AS st,
                         printf('+1%03d%07d', 201 + (i * 37) % 700, (i * 104729 + s.ns) % 10000000) AS ext
                  FROM n CROSS JOIN _subs s)
            INSERT INTO messages (sid, body, num_segments, direction, "from", "to", date_updated, price, error_message,
                                  account_sid, num_media, status, date_sent, date_created, error_code, price_unit, api_version)
            SELECT printf('SM%08x%08x%016x', ns, (i * 2654435761) % 4294967296, i), 'Order update #' || i, '1',
                   CASE WHEN inbound THEN 'inbound' ELSE 'outbound-api' END,
                   CASE WHEN inbound THEN ext ELSE ours END, CASE WHEN inbound THEN ours ELSE ext END, t + 2, '-0.00790',
                   CASE WHEN st = 'delivered' OR inbound THEN NULL ELSE 'Unreachable destination handset' END,
                   account, '0', CASE WHEN inbound THEN 'received' ELSE st END, t + 1, t,
                   CASE WHEN st = 'delivered' OR inbound THEN NULL ELSE 30003 END, 'USD', '{API_VERSION}'
            FROM g""", {"per": per, "anchor": anchor, "step": step})
        conn.execute("DROP TABLE _subs")
