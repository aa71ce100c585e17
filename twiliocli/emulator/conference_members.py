"""Calls in a conference by name, as `<Dial><Conference>` puts them there: the first one in starts
it (a new conference, `in-progress`); each leaves when its call ends, and the last one out ends it
(`completed`, `last-participant-left`), as Twilio does."""

from __future__ import annotations

from twiliocli.api.resources import API_VERSION

from . import catalog
from .store import Store, random_sid

LIVE = ("init", "in-progress")


def join(store: Store, account_sid: str, name: str, call_sid: str, when: int, muted: bool = False) -> dict:
    """The call's participant row in the account's live conference `name` (started if none is)."""
    found = store.query(f"SELECT * FROM {catalog.CONFERENCES.table} WHERE account_sid = ? AND friendly_name = ? "
                        "AND status IN (?, ?) LIMIT 1", (account_sid, name, *LIVE))
    conference = found[0] if found else store.insert(catalog.CONFERENCES, {
        "account_sid": account_sid, "date_created": when, "date_updated": when, "api_version": API_VERSION,
        "friendly_name": name, "region": "us1", "sid": random_sid("CF"), "status": "in-progress",
        "reason_conference_ended": None, "call_sid_ending_conference": None})
    return store.insert(catalog.PARTICIPANTS, {
        "account_sid": account_sid, "call_sid": call_sid, "label": None, "call_sid_to_coach": None,
        "coaching": False, "conference_sid": conference["sid"], "date_created": when, "date_updated": when,
        "end_conference_on_exit": False, "muted": muted, "hold": False, "start_conference_on_enter": True,
        "status": "connected", "queue_time": "0"})


def leave(store: Store, call_sid: str, when: int) -> None:
    """The ended call leaves its conferences; one left empty is completed."""
    for participant in store.query(f"SELECT * FROM {catalog.PARTICIPANTS.table} WHERE call_sid = ?", (call_sid,)):
        store.delete(catalog.PARTICIPANTS, participant)
        sid = participant["conference_sid"]
        if not store.query(f"SELECT 1 FROM {catalog.PARTICIPANTS.table} WHERE conference_sid = ?", (sid,)):
            conference = store.get(catalog.CONFERENCES, sid=sid)
            if conference is not None and conference["status"] in LIVE:
                store.update(catalog.CONFERENCES, conference, {
                    "status": "completed", "reason_conference_ended": "last-participant-left",
                    "call_sid_ending_conference": call_sid, "date_updated": when})
