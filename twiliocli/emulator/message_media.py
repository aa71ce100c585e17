"""A message's media records: one per `MediaUrl` it was sent with (served by `routes.media`; the
seed writes them too, so they live outside the routes)."""

from __future__ import annotations

from collections.abc import Sequence

from . import catalog, images
from .store import Store, random_sid, sid_for

KIND = catalog.MEDIA


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
