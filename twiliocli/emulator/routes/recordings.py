"""Recordings (account, call and conference views), their audio, and transcriptions.

Deleting a call keeps its recordings (Twilio bills and keeps them separately); a recording lists
its own transcriptions, which survive the recording's deletion as on Twilio's account list.
"""

from __future__ import annotations

from werkzeug.wrappers import Response

from .. import audio, catalog, crud
from ..catalog import CALL_RECORDING_VIEW, CONFERENCE_RECORDING_VIEW, View
from ..context import Context
from ..records import render

RECORDINGS, TRANSCRIPTIONS = catalog.RECORDINGS, catalog.TRANSCRIPTIONS
PATH = RECORDINGS.api.path
RECORDING_TRANSCRIPTIONS = View(TRANSCRIPTIONS.api.extra["recording_path"])
MEDIA = {"wav": ("audio/x-wav", audio.wav), "mp3": ("audio/mpeg", audio.mp3)}


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
    ("GET", TRANSCRIPTIONS.api.path, list_transcriptions),
    ("GET", RECORDING_TRANSCRIPTIONS.path, list_recording_transcriptions),
    *transcription_routes(None),
    *transcription_routes(RECORDING_TRANSCRIPTIONS),
)
