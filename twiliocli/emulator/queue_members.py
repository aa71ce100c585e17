"""Calls waiting in a queue: joining (`<Enqueue>`), leaving (`<Leave>`, a hang-up) and being taken
out (dequeued through the API, or by `<Dial><Queue>`). One place keeps what Twilio shows about a
queue true however a member came or went: members' positions without gaps, `current_size`, and
`average_wait_time` (the mean wait of the members there, as of the last change), so the API and
TwiML agree."""

from __future__ import annotations

from . import spec_kinds
from .store import Store, random_sid

QUEUES = spec_kinds.family(spec_kinds.ACCOUNT + "/Queues")
MEMBERS = spec_kinds.family(spec_kinds.ACCOUNT + "/Queues/{QueueSid}/Members")


def named(store: Store, account_sid: str, name: str, when: int) -> dict:
    """The account's queue called `name`; a new one (Twilio's defaults) if there is none yet."""
    found = store.get(QUEUES.kind, account_sid=account_sid, friendly_name=name)
    if found is not None:
        return found
    values = {"account_sid": account_sid, "friendly_name": name, "current_size": 0, "average_wait_time": 0}
    return store.insert(QUEUES.kind, spec_kinds.record(QUEUES, values, when, random_sid(QUEUES.kind.prefix)))


def join(store: Store, queue: dict, call_sid: str, when: int) -> dict | None:
    """The call's membership at the back of `queue`, or None when the queue is full."""
    if queue["current_size"] >= int(queue.get("max_size") or 1000):
        return None
    values = {"account_sid": queue["account_sid"], "queue_sid": queue["sid"], "call_sid": call_sid,
              "date_enqueued": when, "position": queue["current_size"] + 1}
    member = store.insert(MEMBERS.kind, spec_kinds.record(MEMBERS, values, when))
    refresh(store, queue["sid"], when)
    return member


def front(store: Store, queue_sid: str) -> dict | None:
    found = store.query(f"SELECT * FROM {MEMBERS.kind.table} WHERE queue_sid = ? ORDER BY position LIMIT 1",
                        (queue_sid,))
    return found[0] if found else None


def of_call(store: Store, call_sid: str) -> dict | None:
    return store.get(MEMBERS.kind, call_sid=call_sid)


def leave(store: Store, member: dict, when: int) -> int:
    """Take `member` out of its queue; the ones behind move up. Returns how long it waited."""
    with store.transaction():
        store.delete(MEMBERS.kind, member)
        store.conn.execute(f"UPDATE {MEMBERS.kind.table} SET position = position - 1 "
                           "WHERE queue_sid = ? AND position > ?", (member["queue_sid"], member["position"]))
        refresh(store, member["queue_sid"], when)
    return max(0, when - member["date_enqueued"])


def refresh(store: Store, queue_sid: str, when: int) -> dict:
    """The queue's size and average wait as its members now say."""
    waits = [when - row["date_enqueued"] for row in store.query(
        f"SELECT date_enqueued FROM {MEMBERS.kind.table} WHERE queue_sid = ?", (queue_sid,))]
    queue = store.get(QUEUES.kind, sid=queue_sid)
    return store.update(QUEUES.kind, queue, {"current_size": len(waits), "date_updated": when,
                                             "average_wait_time": round(sum(waits) / len(waits)) if waits else 0})
