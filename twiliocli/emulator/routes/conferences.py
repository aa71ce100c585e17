"""Conferences and their participants, with the relations between them and their calls.

Adding a participant dials a real (emulated) call; kicking one hangs its call up; ending a
conference disconnects everyone, and the last participant leaving ends the conference.
"""

from __future__ import annotations

from .. import catalog, crud, rows, validate
from ..context import Context
from ..errors import ApiError
from ..records import render
from . import recordings
from .calls import ACTIVE, check_from, check_to

CONFERENCES, PARTICIPANTS, CALLS = catalog.CONFERENCES, catalog.PARTICIPANTS, catalog.CALLS
PATH = CONFERENCES.api.path
INSTANCE = PATH + "/{Sid}"
PARTICIPANTS_PATH = PARTICIPANTS.api.path
PARTICIPANT = PARTICIPANTS_PATH + "/{CallSid}"


def list_conferences(ctx: Context) -> dict:
    return crud.list_response(ctx, CONFERENCES, {"account_sid": ctx.account_sid})


def find_conference(ctx: Context, sid: str) -> dict:
    return crud.find(ctx, CONFERENCES, account_sid=ctx.account_sid, sid=sid)


def fetch_conference(ctx: Context, Sid: str) -> dict:
    return render(CONFERENCES, find_conference(ctx, Sid))


def finish(ctx: Context, conference: dict, reason: str, ending_call: str | None = None) -> dict:
    """End the conference: hang up every participant's call and remove them."""
    for participant in ctx.store.query("SELECT * FROM participants WHERE conference_sid = ?", (conference["sid"],)):
        hang_up(ctx, participant)
    return crud.update(ctx, CONFERENCES, conference, {"status": "completed", "reason_conference_ended": reason,
                                                      "call_sid_ending_conference": ending_call})


def hang_up(ctx: Context, participant: dict) -> None:
    call = ctx.store.get(CALLS, sid=participant["call_sid"])
    if call and call["status"] in ACTIVE:
        ctx.emulator.lifecycle.hang_up(call, "completed", ctx.emulator.clock.now())
    ctx.store.delete(PARTICIPANTS, participant)


def update_conference(ctx: Context, Sid: str) -> dict:
    conference = find_conference(ctx, Sid)
    status = validate.choice(ctx.form, "Status", ("completed",))
    validate.url(ctx.form, "AnnounceUrl")
    validate.method(ctx.form, "AnnounceMethod")
    if status and conference["status"] != "completed":
        conference = finish(ctx, conference, "conference-ended-via-api")
        ctx.count("conferences_ended")
    return render(CONFERENCES, conference)


def live_conference(ctx: Context, sid: str) -> dict:
    conference = find_conference(ctx, sid)
    if conference["status"] == "completed":
        raise ApiError(400, 20001, f"Conference {sid} is completed: participants cannot be added or changed")
    return conference


def list_participants(ctx: Context, ConferenceSid: str) -> dict:
    find_conference(ctx, ConferenceSid)
    return crud.list_response(ctx, PARTICIPANTS, {"account_sid": ctx.account_sid, "conference_sid": ConferenceSid})


def find_participant(ctx: Context, conference_sid: str, call_sid: str) -> dict:
    """A participant by its call's SID or, as the spec allows, by its `Label`."""
    column = "call_sid" if validate.SID.match(call_sid) and call_sid.startswith("CA") else "label"
    return crud.find(ctx, PARTICIPANTS, account_sid=ctx.account_sid, conference_sid=conference_sid,
                     **{column: call_sid})


def fetch_participant(ctx: Context, ConferenceSid: str, CallSid: str) -> dict:
    return render(PARTICIPANTS, find_participant(ctx, ConferenceSid, CallSid))


def create_participant(ctx: Context, ConferenceSid: str) -> tuple[dict, int]:
    crud.require_active(ctx)
    conference = live_conference(ctx, ConferenceSid)
    to = check_to(ctx, ctx.form.get("To"))
    from_ = check_from(ctx, ctx.form.get("From"), to)
    form = ctx.form
    for param in ("StatusCallback", "WaitUrl", "ConferenceStatusCallback", "RecordingStatusCallback"):
        validate.url(form, param)
    validate.integer(form, "Timeout", 5, 600)
    when = ctx.now()
    call = ctx.store.insert(CALLS, rows.call(ctx.account_sid, to, from_, when, "in-progress"))
    ctx.count("calls_created")
    row = ctx.store.insert(PARTICIPANTS, {
        "account_sid": ctx.account_sid, "call_sid": call["sid"], "label": form.get("Label"),
        "call_sid_to_coach": validate.sid(form, "CallSidToCoach", "CA"),
        "coaching": validate.boolean(form, "Coaching", False), "conference_sid": ConferenceSid,
        "date_created": when, "date_updated": when,
        "end_conference_on_exit": validate.boolean(form, "EndConferenceOnExit", False),
        "muted": validate.boolean(form, "Muted", False), "hold": False,
        "start_conference_on_enter": validate.boolean(form, "StartConferenceOnEnter", True),
        "status": "connected", "queue_time": "0",
    })
    if conference["status"] == "init":
        crud.update(ctx, CONFERENCES, conference, {"status": "in-progress"})
    record = validate.choice(form, "ConferenceRecord", ("true", "false", "record-from-start", "do-not-record"))
    if record in ("true", "record-from-start") and not ctx.store.query(
            "SELECT 1 FROM recordings WHERE conference_sid = ? AND status IN ('in-progress', 'paused')", (ConferenceSid,)):
        recordings.start(ctx, "Conference", conference_sid=ConferenceSid)
    ctx.count("participants_created")
    return render(PARTICIPANTS, row), 201


def update_participant(ctx: Context, ConferenceSid: str, CallSid: str) -> dict:
    live_conference(ctx, ConferenceSid)
    participant = find_participant(ctx, ConferenceSid, CallSid)
    for param in ("HoldUrl", "AnnounceUrl", "WaitUrl"):
        validate.url(ctx.form, param)
    row = crud.update(ctx, PARTICIPANTS, participant, crud.settings(ctx, PARTICIPANTS, PARTICIPANTS.updatable))
    ctx.count("participants_updated")
    return render(PARTICIPANTS, row)


def delete_participant(ctx: Context, ConferenceSid: str, CallSid: str):
    conference = find_conference(ctx, ConferenceSid)
    participant = find_participant(ctx, ConferenceSid, CallSid)
    hang_up(ctx, participant)
    remaining = ctx.store.scalar("SELECT COUNT(*) FROM participants WHERE conference_sid = ?", (ConferenceSid,))
    if participant["end_conference_on_exit"]:
        finish(ctx, conference, "participant-with-end-conference-on-exit-kicked", participant["call_sid"])
    elif remaining == 0:
        finish(ctx, conference, "last-participant-kicked", participant["call_sid"])
    ctx.count("participants_deleted")
    return crud.no_content()


ROUTES = (
    ("GET", PATH, list_conferences),
    ("GET", INSTANCE, fetch_conference),
    ("POST", INSTANCE, update_conference),
    ("GET", PARTICIPANTS_PATH, list_participants),
    ("POST", PARTICIPANTS_PATH, create_participant),
    ("GET", PARTICIPANT, fetch_participant),
    ("POST", PARTICIPANT, update_participant),
    ("DELETE", PARTICIPANT, delete_participant),
)
