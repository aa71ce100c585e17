"""Message media: one record per `MediaUrl` of a sent message, and the picture it stands for.

Twilio fetches each MediaUrl and keeps a copy; the emulator fetches nothing (it works offline) and
serves a small picture of the type the URL's extension names (`images`). As on Twilio,
`…/Media/ME….json` is the record and `…/Media/ME…` (no extension) the picture itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from werkzeug.wrappers import Response

from .. import catalog, crud, errors, images
from ..context import Context
from ..records import render
from ..store import Store, random_sid, sid_for

KIND = catalog.MEDIA
PATH = KIND.api.path
INSTANCE = PATH + "/{Sid}"


def attach(store: Store, message: dict, urls: Sequence[str], sids: Sequence[str] = ()) -> None:
    """The media records of a message sent with `urls` (`sids`: given ones, for demo data)."""
    for n, url in enumerate(urls):
        when = message["date_created"]
        store.insert(KIND, {"account_sid": message["account_sid"], "content_type": images.content_type(url),
                            "date_created": when, "date_updated": when, "parent_sid": message["sid"],
                            "sid": sids[n] if sids else random_sid("ME"), "message_sid": message["sid"]})


def seed_demo(store: Store, account_sid: str) -> None:
    """Pictures for two demo messages (one sent, one received), so MMS tooling has something to show."""
    picked = store.query("SELECT * FROM messages WHERE _id IN (SELECT MIN(_id) FROM messages WHERE account_sid = ? "
                         "AND status IN ('delivered', 'received') GROUP BY status) ORDER BY status", (account_sid,))
    urls = (("https://demo.example.com/logo.png", "https://demo.example.com/photo.jpg"),
            ("https://demo.example.com/wave.gif",))
    for n, (message, sent) in enumerate(zip(picked, urls)):
        store.update(catalog.MESSAGES, message, {"num_media": str(len(sent))})
        attach(store, message, sent, [sid_for("ME", f"media{n}", i) for i in range(len(sent))])


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
