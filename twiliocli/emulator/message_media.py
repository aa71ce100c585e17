"""A message's media records: one per `MediaUrl` it was sent with (served by `routes.media`; the
seed writes them too, so they live outside the routes).

As on Twilio, each URL is fetched when the message is sent (by `lifecycle`, on a webhook lane):
the media takes the `Content-Type` and size the URL answered with. A URL that cannot be fetched
fails the message with Twilio's error: 11200 (HTTP retrieval failure) for no answer or an error
status, 12300 (Invalid Content-Type) for a type MMS does not carry, 63019 (Media failed to
download) for an empty body. Until then a media's type is the one its URL's extension names.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import catalog, images
from .store import Store, random_sid, sid_for
from .webhooks import Answer

KIND = catalog.MEDIA
# What Twilio accepts in a message besides pictures, sound and video.
ACCEPTED_TYPES = ("text/vcard", "text/x-vcard", "text/csv", "text/rtf", "text/richtext", "text/calendar",
                  "text/directory", "application/pdf", "application/vcard", "application/vnd.apple.pkpass")
ACCEPTED_FAMILIES = ("image/", "audio/", "video/")
FAILURES = {11200: "HTTP retrieval failure", 12300: "Invalid Content-Type", 63019: "Media failed to download"}


def attach(store: Store, message: dict, urls: Sequence[str], sids: Sequence[str] = ()) -> list[dict]:
    """The media records of a message sent with `urls` (`sids`: given ones, for demo data)."""
    made = []
    for n, url in enumerate(urls):
        when = message["date_created"]
        made.append(store.insert(KIND, {"account_sid": message["account_sid"], "content_type": images.content_type(url),
                                        "date_created": when, "date_updated": when, "parent_sid": message["sid"],
                                        "sid": sids[n] if sids else random_sid("ME"), "message_sid": message["sid"]}))
    return made


def media_type(answer: Answer) -> str:
    return answer.content_type.split(";", 1)[0].strip().lower()


def failure(answer: Answer) -> int | None:
    """Twilio's error code for media fetched with `answer`, or None when it can be sent."""
    if not answer.ok:
        return 11200
    kind = media_type(answer)
    if not (kind.startswith(ACCEPTED_FAMILIES) or kind in ACCEPTED_TYPES):
        return 12300
    return 63019 if answer.size == 0 else None


def fetched(store: Store, media_sid: str, answer: Answer, when: int) -> int | None:
    """Keep what fetching the media answered; Twilio's error code if the message cannot carry it."""
    code = failure(answer)
    row = store.get(KIND, sid=media_sid)
    if code is None and row is not None:
        store.update(KIND, row, {"content_type": media_type(answer), "size": answer.size, "date_updated": when})
    return code


def seed_demo(store: Store, account_sid: str) -> None:
    """Pictures for two demo messages (one sent, one received), so MMS tooling has something to show."""
    picked = store.query("SELECT * FROM messages WHERE _id IN (SELECT MIN(_id) FROM messages WHERE account_sid = ? "
                         "AND status IN ('delivered', 'received') GROUP BY status) ORDER BY status", (account_sid,))
    urls = (("https://demo.example.com/logo.png", "https://demo.example.com/photo.jpg"),
            ("https://demo.example.com/wave.gif",))
    for n, (message, sent) in enumerate(zip(picked, urls)):
        store.update(catalog.MESSAGES, message, {"num_media": str(len(sent))})
        attach(store, message, sent, [sid_for("ME", f"media{n}", i) for i in range(len(sent))])
