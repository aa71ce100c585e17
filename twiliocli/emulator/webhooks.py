"""Requests the emulator makes to its users' servers: status callbacks, TwiML and media fetches.

They are signed as Twilio signs them (`X-Twilio-Signature`: HMAC-SHA1 of the URL followed by
the POST parameters sorted by name, keyed with the account's auth token, base64), so the user's
validation code passes unchanged.

Delivery never happens on a request thread: jobs go to a few lanes, each one thread with a
bounded queue; a record's jobs always take the same lane, so its callbacks arrive in the order
its statuses changed. A full lane drops the job (counted in stats) rather than grow or block.
Every request made is recorded (`GET /_emulator/webhooks`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import queue
import threading
import traceback
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from .clock import Clock

LANES = 4
LANE_CAPACITY = 1000
LOG_SIZE = 10_000
TIMEOUT = (5, 15)  # connect, read: Twilio gives up on a webhook after 15 seconds
MAX_BODY = 1 << 20
MAX_MEDIA = 5 << 20  # Twilio refuses a message's media beyond 5 MB
USER_AGENT = "TwilioProxy/1.1"
Job = Callable[[], None]


def signature(auth_token: str, url: str, params: dict[str, str]) -> str:
    """Twilio's request signature for a request to `url` with POST `params` (empty for GET)."""
    text = url + "".join(name + params[name] for name in sorted(params))
    return base64.b64encode(hmac.new(auth_token.encode(), text.encode(), hashlib.sha1).digest()).decode()


@dataclass(frozen=True)
class Webhook:
    """One request to make: GET carries the parameters in the URL, POST in a form body."""

    purpose: str  # "status-callback", "twiml" or "media"
    sid: str
    url: str
    method: str
    params: dict[str, str]
    signature: str

    @classmethod
    def signed(cls, purpose: str, sid: str, url: str, method: str, params: dict[str, str],
               auth_token: str) -> Webhook:
        if method == "GET":
            url = url + ("&" if "?" in url else "?") + urlencode(params) if params else url
            return cls(purpose, sid, url, method, params, signature(auth_token, url, {}))
        return cls(purpose, sid, url, method, params, signature(auth_token, url, params))


@dataclass(frozen=True)
class Answer:
    """What a webhook got back: an HTTP status and body, or why there was none."""

    status: int | None
    body: str = ""
    content_type: str = ""
    error: str | None = None
    size: int = 0  # bytes in the body

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class Dispatcher:
    """The lanes and the log of webhook requests of one emulator."""

    def __init__(self, clock: Clock, count: Callable[[str], None]):
        self.clock = clock
        self.count = count
        self.log: deque[dict] = deque(maxlen=LOG_SIZE)
        self.lock = threading.Lock()
        self.lanes: list[queue.Queue] = [queue.Queue(maxsize=LANE_CAPACITY) for _ in range(LANES)]
        self.threads: list[threading.Thread | None] = [None] * LANES
        self.closed = False

    def submit(self, sid: str, job: Job) -> bool:
        """Queue `job` on `sid`'s lane; False (and counted) when that lane is full or closed."""
        n = zlib.crc32(sid.encode()) % LANES
        with self.lock:
            if self.closed:
                return False
            if self.threads[n] is None:
                thread = threading.Thread(target=self._work, args=(self.lanes[n],), name=f"webhooks-{n}",
                                          daemon=True)
                self.threads[n] = thread
                thread.start()
            try:
                self.lanes[n].put_nowait(job)
            except queue.Full:
                self.count("webhooks_dropped")
                return False
        return True

    def _work(self, lane: queue.Queue) -> None:
        while True:
            job = lane.get()
            if job is None:
                return
            try:
                job()
            except Exception:  # a bug in a job must not stop the lane
                traceback.print_exc()

    def send(self, hook: Webhook) -> Answer:
        """Make the request (on a lane's thread), record it, and return what came back."""
        import requests

        headers = {"X-Twilio-Signature": hook.signature, "User-Agent": USER_AGENT}
        data = hook.params if hook.method == "POST" else None
        try:
            with requests.Session() as session:
                session.trust_env = False  # the user's own server, never through a proxy from the environment
                with session.request(hook.method, hook.url, data=data, headers=headers, timeout=TIMEOUT,
                                     stream=True) as response:
                    raw = response.raw.read(MAX_MEDIA if hook.purpose == "media" else MAX_BODY, decode_content=True)
                    body = "" if hook.purpose == "media" else raw.decode(response.encoding or "utf-8", "replace")
                    answer = Answer(response.status_code, body, response.headers.get("Content-Type", ""),
                                    size=len(raw))
        except requests.RequestException as error:
            answer = Answer(None, error=type(error).__name__ + ": " + str(error))
        self.count("webhooks_sent" if answer.ok else "webhooks_failed")
        entry = {"purpose": hook.purpose, "sid": hook.sid, "method": hook.method, "url": hook.url,
                 "params": hook.params, "signature": hook.signature, "status": answer.status,
                 "error": answer.error, "at": self.clock.now()}
        with self.lock:
            self.log.append(entry)
        return answer

    def entries(self) -> list[dict]:
        with self.lock:
            return list(self.log)

    def clear(self) -> None:
        with self.lock:
            self.log.clear()

    def close(self) -> None:
        """Stop the lanes after the jobs already queued (waiting a little for each)."""
        with self.lock:
            self.closed = True
            started = [(lane, t) for lane, t in zip(self.lanes, self.threads) if t is not None]
        for lane, _ in started:
            try:
                lane.put_nowait(None)
            except queue.Full:
                pass
        for _, thread in started:
            thread.join(timeout=2)
