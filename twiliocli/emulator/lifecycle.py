"""Calls and messages created through the API, moving through their statuses over time.

A live record has one row in the `timeline` table: its next step and when that step is due
(`due`, seconds on the emulator's `Clock`), and its plan (how it ends, the timings it was created
with, its status callback). Steps are applied in due order by `advance`, which runs before every
API request (so what a client reads is exactly what the clock says, however busy the server is)
and on a background thread (so callbacks go out on time when nobody asks). Each step's instants
are its due time, not the time it was applied: a record's history is the same however late it
was looked at. Seeded records are historical and final; they never enter the timeline.

Calls: queued → (dialled at once) ringing → in-progress after `ring_seconds` (or no-answer at
`Timeout`, busy/failed at once, for the numbers of `outcomes`) → completed when their TwiML
ends (`twiml`), fetched from `Url` (then `FallbackUrl`) on a webhook lane when answered.
Messages: queued → sending (a third of `delivery_seconds`) → sent (two thirds, `date_sent`) →
delivered, undelivered or failed (`delivery_seconds`, with Twilio's error code).
"""

from __future__ import annotations

import json
import math
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from werkzeug.datastructures import MultiDict

from twiliocli.api.resources import API_VERSION

from . import (call_events, call_recording, caller_id_validation, catalog, conference_members, live_recordings,
               message_media, notifications, outcomes, queue_members, rows, twiml)
from .clock import Clock
from .config import EmulatorConfig
from .dates import rfc2822
from .store import Store
from .webhooks import Answer, Dispatcher, Webhook

CALLS, MESSAGES = catalog.CALLS, catalog.MESSAGES
SIP_CODES = {"completed": "200", "busy": "486", "no-answer": "487", "failed": "500", "canceled": "487"}
IDLE = 1.0  # the background thread looks again at least this often
BATCH = 200


@dataclass
class Entry:
    """A live record's row in the timeline (`plan` decoded)."""

    sid: str
    kind: str
    step: str
    due: float | None
    plan: dict

    @property
    def table(self) -> catalog.Kind:
        return CALLS if self.kind == "call" else MESSAGES


def status_callback(form: MultiDict, default_events: tuple[str, ...], application: dict | None = None) -> dict | None:
    """`StatusCallback` with its method and events (space- or comma-separated, or repeated). A
    call handled by an `application` reports to the application's own callback instead: Twilio
    ignores `StatusCallback` when `ApplicationSid` is given."""
    if application is not None:
        url, method = application.get("status_callback"), application.get("status_callback_method")
    else:
        url, method = form.get("StatusCallback"), form.get("StatusCallbackMethod")
    if not url:
        return None
    events = [e for value in form.getlist("StatusCallbackEvent") for e in value.replace(",", " ").split()]
    return {"url": url, "method": (method or "POST").upper(), "events": events or list(default_events)}


def call_params(call: dict) -> dict[str, str]:
    """The parameters Twilio sends about `call` with every voice webhook."""
    params = {"AccountSid": call["account_sid"], "ApiVersion": API_VERSION, "CallSid": call["sid"],
              "CallStatus": call["status"], "Called": call["to"], "Caller": call["from"],
              "Direction": call["direction"], "From": call["from"], "To": call["to"],
              "ParentCallSid": call["parent_call_sid"], "ForwardedFrom": call["forwarded_from"],
              "CallerName": call["caller_name"]}
    return {k: v for k, v in params.items() if v is not None}


class Lifecycle:
    """The timeline of one emulator: scheduling, stepping, and what the API does to live calls."""

    def __init__(self, store: Store, clock: Clock, config: EmulatorConfig, dispatcher: Dispatcher,
                 count: Callable[[str], None]):
        self.store, self.clock, self.config, self.dispatcher, self.count = store, clock, config, dispatcher, count
        with store.lock:
            store.conn.execute("CREATE TABLE IF NOT EXISTS timeline (sid TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                               "step TEXT NOT NULL, due REAL, plan TEXT NOT NULL)")
            store.conn.execute("CREATE INDEX IF NOT EXISTS timeline_due ON timeline (due)")
            # A TwiML fetch in flight when a file-backed emulator stopped is asked for again.
            store.conn.execute("UPDATE timeline SET step = 'instruct', due = ? WHERE step = 'fetching'",
                               (clock.now(),))
            store.conn.execute("UPDATE timeline SET step = 'send', due = ? WHERE step = 'fetching-media'",
                               (clock.now(),))
        self.lock = threading.RLock()
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None
        self.watchers: list[Callable[[float], None]] = []  # told when steps moved records on (usage triggers)
        self.steps: dict[tuple[str, str], Callable[[Entry, dict, float], None]] = {
            ("call", "dial"): self._dial, ("call", "unanswered"): self._unanswered,
            ("call", "answer"): self._answer, ("call", "hangup"): self._hangup,
            ("call", "instruct"): self._instructions, ("call", "validated"): self._validation_answered,
            ("call", "end"): self._end,
            ("message", "send"): self._sending, ("message", "sent"): self._sent,
            ("message", "final"): self._final,
        }

    # Scheduling ---------------------------------------------------------------------------------

    def start_call(self, call: dict, form: MultiDict, created: float, host: str) -> None:
        """Dial `call` (created with `form`, through the API at `host`) on the timeline."""
        application = (self.store.get(catalog.APPLICATIONS, sid=form["ApplicationSid"]) or {}
                       if form.get("ApplicationSid") else None)
        plan = {"created": created, "outcome": outcomes.call_outcome(call["to"]),
                "ring": self.config.ring_seconds, "talk": self.config.call_seconds,
                "timeout": int(form.get("Timeout") or 60),
                "callback": status_callback(form, ("completed",), application),
                "fallback": ({"url": form["FallbackUrl"], "method": (form.get("FallbackMethod") or "POST").upper()}
                             if form.get("FallbackUrl") else None),
                "application_sid": form.get("ApplicationSid"), "generation": 0, "sequence": 0,
                "record": call_recording.plan(form, host)}
        self._save(Entry(call["sid"], "call", "dial", created, plan), new=True)

    def start_validation(self, call: dict, validation: dict, dial_at: float) -> None:
        """Twilio's call to a number being verified as a caller ID (`caller_id_validation`)."""
        plan = {"created": dial_at, "outcome": outcomes.call_outcome(call["to"]), "ring": self.config.ring_seconds,
                "talk": 0, "timeout": self.config.ring_seconds + 60, "callback": None, "fallback": None, "application_sid": None,
                "generation": 0, "sequence": 0, "validation": validation}
        self._save(Entry(call["sid"], "call", "dial", dial_at, plan), new=True)

    def start_message(self, message: dict, form: MultiDict, created: float, media: list[tuple[dict, str]]) -> None:
        """Send `message` (created with `form`), fetching the URL of each of its `media` first."""
        plan = {"created": created, "outcome": list(outcomes.message_outcome(message["to"])),
                "delivery": self.config.delivery_seconds, "callback": status_callback(form, ()),
                "media": [[row["sid"], url] for row, url in media]}
        self._save(Entry(message["sid"], "message", "send", created + plan["delivery"] / 3, plan), new=True)

    def hold(self, call: dict, callback: dict | None, until: float | None, ending: str = "completed") -> None:
        """A call whose TwiML already ran (an incoming one, a `<Dial>`'s leg): it ends with `ending`
        at `until`, or waits (None) until the API or another call moves it (a queue's member)."""
        entry = self._entry(call["sid"])
        plan = entry.plan if entry is not None else {
            "created": self.clock.now(), "outcome": outcomes.ANSWERED, "ring": 0, "talk": self.config.call_seconds,
            "timeout": 60, "callback": callback, "fallback": None, "application_sid": None, "generation": 0,
            "sequence": 0}
        plan["ending"] = ending
        self._save(Entry(call["sid"], "call", "end", until, plan), new=entry is None)

    def cancel(self, sid: str) -> None:
        """A scheduled message canceled: it never leaves."""
        self._drop(sid)

    def _save(self, entry: Entry, new: bool = False) -> None:
        values = (entry.kind, entry.step, entry.due, json.dumps(entry.plan), entry.sid)
        sql = ("INSERT INTO timeline (kind, step, due, plan, sid) VALUES (?, ?, ?, ?, ?)" if new else
               "UPDATE timeline SET kind = ?, step = ?, due = ?, plan = ? WHERE sid = ?")
        with self.store.lock:
            self.store.conn.execute(sql, values)
        self.wake.set()

    def _entry(self, sid: str) -> Entry | None:
        found = self.store.query("SELECT * FROM timeline WHERE sid = ?", (sid,))
        if not found:
            return None
        row = found[0]
        return Entry(row["sid"], row["kind"], row["step"], row["due"], json.loads(row["plan"]))

    def _drop(self, sid: str) -> None:
        with self.store.lock:
            self.store.conn.execute("DELETE FROM timeline WHERE sid = ?", (sid,))

    # Stepping -----------------------------------------------------------------------------------

    def advance(self) -> None:
        """Apply every step due by now, oldest first (a record may take several at once)."""
        with self.lock:
            moved = False
            while True:
                due = self.store.query("SELECT * FROM timeline WHERE due <= ? ORDER BY due, sid LIMIT ?",
                                       (self.clock.now(), BATCH))
                if not due:
                    break
                moved = True
                for row in due:
                    entry = Entry(row["sid"], row["kind"], row["step"], row["due"], json.loads(row["plan"]))
                    with self.store.transaction():
                        record = self.store.get(entry.table, sid=entry.sid)
                        if record is None:  # deleted meanwhile
                            self._drop(entry.sid)
                            continue
                        self.steps[(entry.kind, entry.step)](entry, record, entry.due)
            if moved:
                for watch in self.watchers:
                    watch(self.clock.now())

    def _next(self, entry: Entry, step: str, due: float | None) -> None:
        entry.step, entry.due = step, due
        self._save(entry)

    def _change(self, kind: catalog.Kind, record: dict, t: float, **changes) -> dict:
        return self.store.update(kind, record, {**changes, "date_updated": int(t)})

    def _dial(self, entry: Entry, call: dict, t: float) -> None:
        plan = entry.plan
        self._event(call, plan, "initiated", t)
        if plan["outcome"] in ("busy", "failed"):
            self._finish(entry, self._change(CALLS, call, t, start_time=int(t)), plan["outcome"], t)
            return
        call = self._change(CALLS, call, t, status="ringing", start_time=int(t))
        self._event(call, plan, "ringing", t)
        if plan["outcome"] == outcomes.ANSWERED and plan["ring"] < plan["timeout"]:
            self._next(entry, "answer", t + plan["ring"])
        else:
            self._next(entry, "unanswered", t + min(plan["ring"], plan["timeout"]))

    def _unanswered(self, entry: Entry, call: dict, t: float) -> None:
        self._finish(entry, call, "no-answer", t)

    def _answer(self, entry: Entry, call: dict, t: float) -> None:
        call = self._change(CALLS, call, t, status="in-progress", start_time=int(t))
        self._event(call, entry.plan, "answered", t)
        record = entry.plan.get("record")
        if record:
            self._recording_event(call, record, call_recording.begin(self.store, call, record, t), "in-progress")
        if entry.plan.get("validation"):  # the owner types the code now, or when a test says
            self._next(entry, "validated", t if self.config.answer_validations else None)
            return
        self._instructions(entry, call, t)

    def _validation_answered(self, entry: Entry, call: dict, t: float) -> None:
        self._validate(entry, call, entry.plan["validation"]["code"], t)

    def _validate(self, entry: Entry, call: dict, digits: str, t: float) -> dict | None:
        """The code typed on the validation call: the caller ID it earns, if any; the call ends."""
        validation = entry.plan["validation"]
        caller_id = caller_id_validation.verify(self.store, call["account_sid"], validation, digits, int(t))
        call = self._finish(entry, call, "completed", t)
        if validation["callback"]:
            self.post(call, validation["callback"], caller_id_validation.callback_params(call, caller_id))
        return caller_id

    def type_validation_code(self, account_sid: str | None, number: str, digits: str) -> tuple[bool, dict | None]:
        """A test answers the validation call to `number` (made for `account_sid`, if given; if it
        still rings) and types `digits`: whether such a call was waiting, and the caller ID verified."""
        self.advance()
        with self.lock, self.store.transaction():
            for row in self.store.query("SELECT * FROM timeline WHERE kind = 'call' "
                                        "AND step IN ('dial', 'answer', 'validated')"):
                entry = Entry(row["sid"], row["kind"], row["step"], row["due"], json.loads(row["plan"]))
                call = self.store.get(CALLS, sid=entry.sid)
                validation = entry.plan.get("validation")
                if call is None or not validation or validation["number"] != number:
                    continue
                if account_sid and call["account_sid"] != account_sid:
                    continue
                t = self.clock.now()
                if call["status"] != "in-progress":
                    call = self._change(CALLS, call, t, status="in-progress", start_time=int(t))
                return True, self._validate(entry, call, digits, t)
        return False, None

    def _hangup(self, entry: Entry, call: dict, t: float) -> None:
        self._finish(entry, call, "completed", t)

    def _end(self, entry: Entry, call: dict, t: float) -> None:
        self._finish(entry, call, entry.plan.get("ending", "completed"), t)

    def _finish(self, entry: Entry | None, call: dict, status: str, t: float) -> dict:
        """End the call with `status` at `t`; it leaves the timeline, its callback hears `completed`,
        its recordings in progress are completed."""
        when = int(t)
        duration = max(0, when - (call["start_time"] or when)) if status == "completed" else 0
        call = self._change(CALLS, call, t, status=status, end_time=when, duration=str(duration),
                            price=rows.call_price(duration) if status == "completed" else None)
        live_recordings.close_call_recordings(self.store, call["sid"], when)
        member = queue_members.of_call(self.store, call["sid"])
        if member is not None:  # a caller who hangs up leaves the queue
            queue_members.leave(self.store, member, when)
        conference_members.leave(self.store, call["sid"], when)  # and its conferences
        if entry is not None:
            self._drop(entry.sid)
            self._event(call, entry.plan, "completed", t)
            record = entry.plan.get("record")
            if record:
                recording = call_recording.end(self.store, record)
                self._recording_event(call, record, recording, "completed" if recording else "absent")
        return call

    def _sending(self, entry: Entry, message: dict, t: float) -> None:
        message = self._change(MESSAGES, message, t, status="sending")
        if not entry.plan.get("media"):
            self._next(entry, "sent", entry.plan["created"] + entry.plan["delivery"] * 2 / 3)
            return
        token = self.auth_token(message)
        hooks = [(sid, Webhook.signed("media", message["sid"], url, "GET", {}, token)) for sid, url in entry.plan["media"]]
        entry.plan["since"] = t
        self._next(entry, "fetching-media", None)
        if not self.dispatcher.submit(message["sid"], lambda: self._fetch_media(message["sid"], hooks)):
            self._fail(entry, message, 11200, t)

    def _fetch_media(self, sid: str, hooks: list[tuple[str, Webhook]]) -> None:
        """On the message's lane: fetch each media as Twilio does when it sends the message."""
        answers = [(media_sid, self.dispatcher.send(hook)) for media_sid, hook in hooks]
        if self.stopping.is_set():
            return
        with self.lock, self.store.transaction():
            entry, message = self._entry(sid), self.store.get(MESSAGES, sid=sid)
            if entry is None or entry.step != "fetching-media" or message is None:
                return
            t = entry.plan["since"]
            for media_sid, answer in answers:
                code = message_media.fetched(self.store, media_sid, answer, int(t))
                if code is not None:
                    self._fail(entry, message, code, t)
                    return
            self._next(entry, "sent", max(t, entry.plan["created"] + entry.plan["delivery"] * 2 / 3))

    def _fail(self, entry: Entry, message: dict, code: int, t: float) -> None:
        """The message never leaves: failed with Twilio's error `code`, not charged."""
        message = self._change(MESSAGES, message, t, status="failed", error_code=code,
                               error_message=message_media.FAILURES[code])
        self._drop(entry.sid)
        self._message_event(message, entry.plan)

    def _sent(self, entry: Entry, message: dict, t: float) -> None:
        status, code, text = entry.plan["outcome"]
        if status == "failed":  # never left Twilio: not charged
            message = self._change(MESSAGES, message, t, status="failed", date_sent=int(t), error_code=code,
                                   error_message=text)
            self._drop(entry.sid)
        else:
            message = self._change(MESSAGES, message, t, status="sent", date_sent=int(t),
                                   price=rows.message_price(message["body"]))
            self._next(entry, "final", entry.plan["created"] + entry.plan["delivery"])
        self._message_event(message, entry.plan)

    def _final(self, entry: Entry, message: dict, t: float) -> None:
        status, code, text = entry.plan["outcome"]
        message = self._change(MESSAGES, message, t, status=status, error_code=code, error_message=text)
        self._drop(entry.sid)
        self._message_event(message, entry.plan)

    # What the API does to live calls ------------------------------------------------------------

    def hang_up(self, call: dict, requested: str, t: float) -> dict:
        """`Status=completed` ends any live call; `Status=canceled` only one not yet answered."""
        with self.lock, self.store.transaction():
            if requested == "canceled" and call["status"] == "in-progress":
                return call
            status = "completed" if call["status"] == "in-progress" else "canceled"
            return self._finish(self._entry(call["sid"]), call, status, t)

    def redirect(self, call: dict, changes: dict, t: float) -> dict:
        """New instructions: an answered call follows them from now, a ringing one when answered."""
        with self.lock, self.store.transaction():
            call = self._change(CALLS, call, t, **changes)
            entry = self._entry(call["sid"])
            if entry is not None and call["status"] == "in-progress":
                entry.plan["generation"] += 1
                self._instructions(entry, call, t)
            return call

    # TwiML ------------------------------------------------------------------------------------------

    def _instructions(self, entry: Entry, call: dict, t: float) -> None:  # also the `instruct` step
        """Follow the call's TwiML: its own `Twiml` at once, else fetch its URL on its lane."""
        if call["twiml"]:
            self._follow_document(entry, call, call["twiml"], t, None)
            return
        sources = self._sources(entry, call)
        if not sources:  # nothing to do: Twilio hangs up
            self._finish(entry, call, "completed", t)
            return
        token = self.auth_token(call)
        params = call_params(call)
        hooks = [Webhook.signed("twiml", call["sid"], url, method, params, token) for url, method in sources]
        generation = entry.plan["generation"]
        entry.plan["since"] = t  # the document starts here, however long fetching it takes
        self._next(entry, "fetching", None)
        if not self.dispatcher.submit(call["sid"], lambda: self._fetch(call["sid"], generation, hooks)):
            self._finish(entry, call, "failed", t)

    def _sources(self, entry: Entry, call: dict) -> list[tuple[str, str]]:
        url, method, fallback = call["url"], call["method"] or "POST", entry.plan["fallback"]
        if not url and entry.plan["application_sid"]:
            app = self.store.get(catalog.APPLICATIONS, sid=entry.plan["application_sid"]) or {}
            url, method = app.get("voice_url"), app.get("voice_method") or "POST"
            if app.get("voice_fallback_url"):
                fallback = {"url": app["voice_fallback_url"], "method": app.get("voice_fallback_method") or "POST"}
        sources = [(url, method.upper())] if url else []
        return sources + ([(fallback["url"], fallback["method"])] if fallback and sources else [])

    def _fetch(self, sid: str, generation: int, hooks: list[Webhook]) -> None:
        """On the call's lane: ask each URL in turn; a failure is a notification, as on Twilio.
        The call's times count from when it asked (`since`), so they do not depend on the network."""
        for hook in hooks:
            answer = self.send(hook)
            if self.stopping.is_set():
                return
            with self.lock, self.store.transaction():
                entry, call = self._current(sid, generation)
                if entry is None or call is None:
                    return
                t = entry.plan["since"]
                if answer.ok and self._follow_document(entry, call, answer.body, t, hook):
                    return
                if not answer.ok:
                    self._notify(call, 11200, "HTTP retrieval failure", hook, answer, t)
        if self.stopping.is_set():
            return
        with self.lock, self.store.transaction():
            entry, call = self._current(sid, generation)
            if entry is not None and call is not None:
                self._finish(entry, call, "completed", entry.plan["since"])

    def _current(self, sid: str, generation: int) -> tuple[Entry | None, dict | None]:
        """The call's entry if it still waits for the TwiML of `generation` (no redirect or hang-up since)."""
        entry = self._entry(sid)
        if entry is None or entry.step != "fetching" or entry.plan["generation"] != generation:
            return None, None
        return entry, self.store.get(CALLS, sid=sid)

    def _follow_document(self, entry: Entry, call: dict, document: str, t: float, hook: Webhook | None) -> bool:
        """Schedule the call's end as `document` says; False (and 12100 recorded) if it is not TwiML."""
        try:
            ending = twiml.ending(document, entry.plan["talk"])
        except twiml.TwimlError:
            self._notify(call, 12100, "Document parse failure", hook, Answer(200, document), t)
            if hook is None:  # no other document to try
                self._finish(entry, call, "completed", t)
            return False
        if ending.status != "completed":
            self._finish(entry, call, ending.status, t)
        elif ending.seconds <= 0:
            self._finish(entry, call, "completed", t)
        else:
            self._next(entry, "hangup", t + ending.seconds)
        return True

    def _notify(self, call: dict, code: int, text: str, hook: Webhook | None, answer: Answer, t: float) -> None:
        notifications.record(self.store, call["account_sid"], call["sid"], code, text, hook, answer, t)
        self.count("notifications_created")

    # Status callbacks -------------------------------------------------------------------------

    def auth_token(self, record: dict) -> str:
        """The Auth Token of the account a record belongs to: what its webhooks are signed with."""
        account = self.store.get(catalog.ACCOUNTS, sid=record["account_sid"])
        return account["auth_token"] if account else ""

    def _event(self, call: dict, plan: dict, event: str, t: float) -> None:
        callback = plan["callback"]
        if not callback or event not in callback["events"]:
            return
        params = {**call_params(call), "CallbackSource": "call-progress-events",
                  "SequenceNumber": str(plan["sequence"]), "Timestamp": rfc2822(int(t)) or ""}
        if event == "initiated":
            params["CallStatus"] = "initiated"
        if event == "completed":
            params["SipResponseCode"] = SIP_CODES.get(call["status"], "200")
            if call["status"] == "completed":
                seconds = int(call["duration"] or 0)
                params.update(CallDuration=str(seconds), Duration=str(math.ceil(seconds / 60)))
        plan["sequence"] += 1
        self.post(call, callback, params)

    def _recording_event(self, call: dict, record: dict, recording: dict | None, status: str) -> None:
        callback = record["callback"]
        if callback and status in callback["events"]:
            self.post(call, callback, call_recording.callback_params(call, record, recording, status))

    def _message_event(self, message: dict, plan: dict) -> None:
        callback = plan["callback"]
        if not callback:
            return
        params = {"AccountSid": message["account_sid"], "ApiVersion": API_VERSION, "From": message["from"],
                  "To": message["to"], "MessageSid": message["sid"], "SmsSid": message["sid"],
                  "MessageStatus": message["status"], "SmsStatus": message["status"],
                  "MessagingServiceSid": message["messaging_service_sid"],
                  "ErrorCode": None if message["error_code"] is None else str(message["error_code"])}
        self.post(message, callback, {k: v for k, v in params.items() if v is not None})

    def post(self, record: dict, callback: dict, params: dict[str, str]) -> None:
        hook = Webhook.signed("status-callback", record["sid"], callback["url"], callback["method"], params,
                              self.auth_token(record))
        self.dispatcher.submit(record["sid"], lambda: self.send(hook))

    def send(self, hook: Webhook) -> Answer:
        """Make the request on its lane; a call's answered webhooks also join its Events."""
        answer = self.dispatcher.send(hook)
        if answer.status is not None and hook.sid.startswith(CALLS.prefix) and not self.stopping.is_set():
            call = self.store.get(CALLS, sid=hook.sid)
            if call is not None:
                call_events.webhook(self.store, call, hook.method, hook.url, hook.params, answer.status,
                               answer.content_type, answer.body, int(self.clock.now()))
        return answer

    # The background thread ----------------------------------------------------------------------

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="emulator-lifecycle", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopping.is_set():
            self.wake.clear()
            try:
                self.advance()
                pause = self._pause()
            except Exception:  # a bug must not stop time; say why on stderr
                traceback.print_exc()
                pause = IDLE
            self.wake.wait(pause)

    def _pause(self) -> float:
        due = self.store.scalar("SELECT MIN(due) FROM timeline")
        return IDLE if due is None else min(IDLE, max(0.005, due - self.clock.now()))

    def poke(self) -> None:
        """Look at the timeline now (the clock moved)."""
        self.wake.set()

    def close(self) -> None:
        self.stopping.set()
        self.wake.set()
        if self.thread is not None:
            self.thread.join(timeout=5)
