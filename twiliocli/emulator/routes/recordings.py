"""Recordings (account, call and conference views), their audio, and transcriptions.

Deleting a call keeps its recordings (Twilio bills and keeps them separately); a recording lists
its own transcriptions, which survive the recording's deletion as on Twilio's account list.

Recording controls: POST to a call's Recordings starts one on a call in progress; POST
`Status=paused|in-progress|stopped` to a call's or conference's recording (`Twilio.CURRENT`: the
live one) pauses, resumes or stops it. A stopped recording is completed as `live_recordings`
says (so is one whose call ends), and downloadable like any other.
"""

from __future__ import annotations

from werkzeug.wrappers import Response

from .. import audio, catalog, crud, errors, rows, validate
from ..catalog import CALL_RECORDING_VIEW, CONFERENCE_RECORDING_VIEW, View
from ..context import Context
from ..errors import ApiError
from ..live_recordings import LIVE, completed
from ..records import render

RECORDINGS, TRANSCRIPTIONS = catalog.RECORDINGS, catalog.TRANSCRIPTIONS
PATH = RECORDINGS.api.path
RECORDING_TRANSCRIPTIONS = View(TRANSCRIPTIONS.api.extra["recording_path"])
MEDIA = {"wav": ("audio/x-wav", audio.wav), "mp3": ("audio/mpeg", audio.mp3)}
CURRENT = "Twilio.CURRENT"


def show(ctx: Context, row: dict, view: View | None = None) -> dict:
    """A recording, its `media_url` absolute on this server so clients can follow it."""
    return render(RECORDINGS, row, view, host=ctx.host)


def list_recordings(ctx: Context) -> dict:
    return crud.list_response(ctx, RECORDINGS, {"account_sid": ctx.account_sid})


def fetch_recording(ctx: Context, Sid: str):
    """`RE….json` is the record; `RE….wav`, `RE….mp3` and the bare SID are the audio."""
    sid, _, extension = Sid.partition(".")
    row = crud.find(ctx, RECORDINGS, account_sid=ctx.account_sid, sid=sid)
    if ctx.request.path.endswith(".json") and not extension:
        return show(ctx, row)
    content_type, make = MEDIA.get(extension or "wav", (None, None))
    if make is None:
        raise crud.errors.not_found(ctx.path)
    return Response(make(row["sid"], row["duration"]), content_type=content_type)


def delete_recording(ctx: Context, Sid: str):
    ctx.store.delete(RECORDINGS, crud.find(ctx, RECORDINGS, account_sid=ctx.account_sid, sid=Sid))
    ctx.count("recordings_deleted")
    return crud.no_content()


def scoped_recordings(view: View, column: str, placeholder: str) -> tuple:
    """Routes for recordings seen under a call or a conference."""
    def listing(ctx: Context, **ids: str) -> dict:
        return crud.list_response(ctx, RECORDINGS, {"account_sid": ctx.account_sid, column: ids[placeholder]}, view)

    def fetch(ctx: Context, Sid: str, **ids: str) -> dict:
        row = crud.find(ctx, RECORDINGS, account_sid=ctx.account_sid, sid=Sid, **{column: ids[placeholder]})
        return show(ctx, row, view)

    def delete(ctx: Context, Sid: str, **ids: str):
        row = crud.find(ctx, RECORDINGS, account_sid=ctx.account_sid, sid=Sid, **{column: ids[placeholder]})
        ctx.store.delete(RECORDINGS, row)
        ctx.count("recordings_deleted")
        return crud.no_content()

    return (("GET", view.path, listing), ("GET", view.path + "/{Sid}", fetch), ("DELETE", view.path + "/{Sid}", delete))


def start(ctx: Context, source: str, call_sid: str | None = None, conference_sid: str | None = None,
          **settings: object) -> dict:
    """A recording of a live call or conference, in progress from now (no duration, no price yet)."""
    when = ctx.now()
    row = rows.recording(ctx.account_sid, call_sid, when, 0, conference_sid=conference_sid, source=source)
    ctx.count("recordings_created")
    return ctx.store.insert(RECORDINGS, {**row, **settings, "status": "in-progress", "duration": "-1",
                                         "price": None, "date_updated": when, "paused_seconds": 0})


def create_call_recording(ctx: Context, CallSid: str):
    call = crud.find(ctx, catalog.CALLS, account_sid=ctx.account_sid, sid=CallSid)
    form = ctx.form
    validate.url(form, "RecordingStatusCallback")
    validate.method(form, "RecordingStatusCallbackMethod")
    validate.choice(form, "Trim", ("trim-silence", "do-not-trim"))
    channels = validate.choice(form, "RecordingChannels", ("mono", "dual"), "mono")
    track = validate.choice(form, "RecordingTrack", ("inbound", "outbound", "both"), "both")
    if call["status"] != "in-progress":
        raise ApiError(400, 21220, f"Invalid call state: call {CallSid} is {call['status']}, only a call in "
                                   "progress can be recorded")
    row = start(ctx, "StartCallRecordingAPI", call_sid=CallSid, channels=2 if channels == "dual" else 1, track=track)
    return show(ctx, row, CALL_RECORDING_VIEW)


def live_recording(ctx: Context, sid: str, column: str, owner: str) -> dict:
    """The recording `sid` of the call or conference, or its live one for `Twilio.CURRENT`."""
    if sid != CURRENT:
        return crud.find(ctx, RECORDINGS, account_sid=ctx.account_sid, sid=sid, **{column: owner})
    found = ctx.store.query(f"SELECT * FROM {RECORDINGS.table} WHERE account_sid = ? AND {column} = ? "
                            "AND status IN ('in-progress', 'paused') ORDER BY _id DESC LIMIT 1",
                            (ctx.account_sid, owner))
    if not found:
        raise errors.not_found(ctx.path)
    return found[0]


def control(ctx: Context, row: dict) -> tuple[dict, str]:
    """Pause, resume or stop a live recording; the row after, and the status to answer with."""
    requested = validate.choice(ctx.form, "Status", ("paused", "in-progress", "stopped"))
    if requested is None:
        raise errors.missing("Status")
    validate.choice(ctx.form, "PauseBehavior", ("skip", "silence"))
    if row["status"] not in LIVE:
        raise ApiError(400, 21220, f"Recording {row['sid']} is {row['status']}: only a recording in progress "
                                   "or paused can be changed")
    now = ctx.now()
    paused = now - row["paused_at"] if row["status"] == "paused" else 0
    if requested == "paused":
        changes = {"status": "paused", "paused_at": row["paused_at"] if paused else now}
    elif requested == "in-progress":
        changes = {"status": "in-progress", "paused_at": None, "paused_seconds": row["paused_seconds"] + paused}
    else:
        changes = completed(row, now)
        ctx.count("recordings_completed")
    return crud.update(ctx, RECORDINGS, row, changes), requested


def recording_control(view: View, column: str, placeholder: str):
    def update(ctx: Context, Sid: str, **ids: str) -> dict:
        row, shown = control(ctx, live_recording(ctx, Sid, column, ids[placeholder]))
        return {**show(ctx, row, view), "status": shown}
    return "POST", view.path + "/{Sid}", update


def list_transcriptions(ctx: Context) -> dict:
    return crud.list_response(ctx, TRANSCRIPTIONS, {"account_sid": ctx.account_sid})


def list_recording_transcriptions(ctx: Context, RecordingSid: str) -> dict:
    return crud.list_response(ctx, TRANSCRIPTIONS, {"account_sid": ctx.account_sid, "recording_sid": RecordingSid},
                              RECORDING_TRANSCRIPTIONS)


def transcription_routes(view: View | None) -> tuple:
    path = view.path if view else TRANSCRIPTIONS.api.path

    def fetch(ctx: Context, Sid: str, RecordingSid: str | None = None) -> dict:
        where = {"recording_sid": RecordingSid} if RecordingSid else {}
        return render(TRANSCRIPTIONS, crud.find(ctx, TRANSCRIPTIONS, account_sid=ctx.account_sid, sid=Sid, **where), view)

    def delete(ctx: Context, Sid: str, RecordingSid: str | None = None):
        where = {"recording_sid": RecordingSid} if RecordingSid else {}
        ctx.store.delete(TRANSCRIPTIONS, crud.find(ctx, TRANSCRIPTIONS, account_sid=ctx.account_sid, sid=Sid, **where))
        ctx.count("transcriptions_deleted")
        return crud.no_content()

    return (("GET", path + "/{Sid}", fetch), ("DELETE", path + "/{Sid}", delete))


ROUTES = (
    ("GET", PATH, list_recordings),
    ("GET", PATH + "/{Sid}", fetch_recording),
    ("DELETE", PATH + "/{Sid}", delete_recording),
    *scoped_recordings(CALL_RECORDING_VIEW, "call_sid", "CallSid"),
    *scoped_recordings(CONFERENCE_RECORDING_VIEW, "conference_sid", "ConferenceSid"),
    ("POST", CALL_RECORDING_VIEW.path, create_call_recording),
    recording_control(CALL_RECORDING_VIEW, "call_sid", "CallSid"),
    recording_control(CONFERENCE_RECORDING_VIEW, "conference_sid", "ConferenceSid"),
    ("GET", TRANSCRIPTIONS.api.path, list_transcriptions),
    ("GET", RECORDING_TRANSCRIPTIONS.path, list_recording_transcriptions),
    *transcription_routes(None),
    *transcription_routes(RECORDING_TRANSCRIPTIONS),
)
