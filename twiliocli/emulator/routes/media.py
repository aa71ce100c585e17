"""Message media: one record per `MediaUrl` of a sent message, and the picture it stands for.

Twilio fetches each MediaUrl and keeps a copy; the emulator fetches it too (`message_media`: its
type and size are kept) but serves a small picture of that type (`images`). As on Twilio,
`…/Media/ME….json` is the record and `…/Media/ME…` (no extension) the picture itself.
"""

from __future__ import annotations

from werkzeug.wrappers import Response

from .. import catalog, crud, errors, images
from ..context import Context
from ..records import render

KIND = catalog.MEDIA
PATH = KIND.api.path
INSTANCE = PATH + "/{Sid}"


def list_media(ctx: Context, MessageSid: str) -> dict:
    return crud.list_response(ctx, KIND, {"account_sid": ctx.account_sid, "message_sid": MessageSid})


def fetch_media(ctx: Context, MessageSid: str, Sid: str):
    row = crud.find(ctx, KIND, account_sid=ctx.account_sid, message_sid=MessageSid, sid=Sid)
    if ctx.request.path.endswith(".json"):
        return render(KIND, row)
    encoder = images.ENCODERS.get(row["content_type"])
    if encoder is None:
        raise errors.not_found(ctx.path)
    return Response(encoder(row["sid"]), content_type=row["content_type"])


def delete_media(ctx: Context, MessageSid: str, Sid: str):
    ctx.store.delete(KIND, crud.find(ctx, KIND, account_sid=ctx.account_sid, message_sid=MessageSid, sid=Sid))
    ctx.count("media_deleted")
    return crud.no_content()


ROUTES = (
    ("GET", PATH, list_media),
    ("GET", INSTANCE, fetch_media),
    ("DELETE", INSTANCE, delete_media),
)
