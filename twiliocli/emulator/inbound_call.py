"""Someone calls one of the account's numbers: what Twilio does, offline, played out at once.

The emulator keeps the incoming Call (direction `inbound`), asks the number's voice webhook (its
voice application's, if it has one) with Twilio's parameters (`CallStatus=ringing`), signed; when
that fails (no answer, an error status, a document that is not TwiML: 11200, 12100) the fallback
URL is asked instead. The answer's TwiML then runs as the caller would hear it, on the emulator's
clock from now: `<Say>`, `<Play>` and `<Pause>` take the time `twiml` gives them; `<Gather>` hears
the digits or speech given with the call (each once: the first `<Gather>` that listens for them),
else waits its `timeout`; `<Record>` hears the caller speak for `SPOKEN_SECONDS` (once; at a second
`<Record>` they hang up) and makes a Recording; `<Dial>` rings a number or a client (a child leg),
joins a conference, or takes the front caller out of a queue, and they talk for the emulator's
call length; `<Enqueue>` puts the call in a queue, plays its `waitUrl` once and waits there (until
the API or another call's `<Dial><Queue>` takes it out, or the `waitUrl` says `<Leave>`);
`<Redirect>` and the verbs' `action` URLs fetch the next document (`MAX_DOCUMENTS` at most);
`<Reject>`, `<Hangup>` and the end of the document end the call. A verb voice TwiML lacks is 12200.

Everything is asked for on the request that asked for the call (`POST /_emulator/inbound/call`,
`twiliocli emulator inbound call`), which answers with what happened. The call itself stays
in-progress until its TwiML's time has passed on the clock; then it completes (its status callback
is told) as any other call, through `lifecycle`. Records made along the way carry the instants at
which they happen in that played-out call.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import urljoin

from . import call_recording, catalog, conference_members, notifications, outcomes, queue_members, rows, twiml
from .config import EmulatorConfig
from .inbound import Inbound
from .lifecycle import call_params
from .webhooks import Answer, Webhook

SPOKEN_SECONDS = 5  # what the caller says when a <Record> listens
GATHER_TIMEOUT = 5  # Twilio's default <Gather timeout>
DIAL_TIMEOUT = 30  # Twilio's default <Dial timeout>
MAX_DOCUMENTS = 20  # redirects and actions followed before the emulator gives up on a call
CONFIDENCE = "0.9"  # what the emulator's speech recognition claims


@dataclass
class Caller:
    """What the person calling does when asked: keys to press, words to say, one thing to record."""

    digits: str = ""
    speech: str = ""
    recorded: bool = False

    def press(self, verb: ET.Element) -> str | None:
        """The keys a `<Gather>` hears (up to `finishOnKey`, at most `numDigits`); the rest stay."""
        if not self.digits:
            return None
        typed, finish, rest = self.digits, verb.get("finishOnKey", "#"), ""
        if finish and finish in typed:
            typed, _, rest = typed.partition(finish)
        limit = verb.get("numDigits")
        if limit and limit.isdigit() and int(limit) < len(typed):
            typed, rest = typed[:int(limit)], typed[int(limit):] + rest
        self.digits = rest
        return typed or None

    def say(self) -> str | None:
        words, self.speech = self.speech, ""
        return words or None


@dataclass
class Run:
    """One incoming call as its TwiML plays out: `t` is where it has got to on the clock."""

    call: dict
    token: str
    host: str
    caller: Caller
    t: float
    url: str = ""  # the current document's, for the verbs whose action defaults to it
    documents: int = 0
    ending: str | None = None  # the call's final status once known
    waiting: bool = False  # in a queue
    exchanges: list[dict] = field(default_factory=list)
    legs: list[dict] = field(default_factory=list)
    recordings: list[dict] = field(default_factory=list)
    queue: dict | None = None
    conference_sid: str | None = None
    dequeued: str | None = None
    notifications: list[dict] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.ending is not None or self.waiting

    def body(self, call: dict, now: float) -> dict:
        ends = None if self.waiting else max(0.0, round(self.t - now, 1))
        return {"call_sid": call["sid"], "status": call["status"], "ends_in_seconds": ends,
                "exchanges": self.exchanges, "calls": [leg["sid"] for leg in self.legs],
                "recordings": [{"sid": r["sid"], "duration": r["duration"]} for r in self.recordings],
                "queue": self.queue, "conference_sid": self.conference_sid, "dequeued_call_sid": self.dequeued,
                "notifications": [{"sid": n["sid"], "error_code": n["error_code"]} for n in self.notifications]}


class InboundCalls:
    """Incoming calls to one emulator's numbers."""

    def __init__(self, inbound: Inbound, config: EmulatorConfig):
        self.inbound, self.config = inbound, config
        self.store, self.clock, self.lifecycle = inbound.store, inbound.clock, inbound.lifecycle
        self.verbs = {"Say": self._timed, "Play": self._timed, "Pause": self._timed, "Hangup": self._hangup,
                      "Reject": self._hangup, "Gather": self._gather, "Redirect": self._redirect,
                      "Record": self._record, "Enqueue": self._enqueue, "Leave": self._leave, "Dial": self._dial}

    def call(self, to: str, from_: str, digits: str, speech: str, host: str) -> dict:
        """Ring `to` from `from_`; the report of what happened (`Run.body`)."""
        number = self.inbound.number(to)
        now = self.clock.now()
        call = self.store.insert(catalog.CALLS, rows.call(number["account_sid"], to, from_, int(now), "ringing",
                                                          direction="inbound", phone_number_sid=number["sid"]))
        run = Run(call, self.lifecycle.auth_token(number), host, Caller(digits, speech), now)
        for url, method in self.inbound.sources(number, "voice"):
            hook, answer = self._fetch(run, url, method, {})
            if answer.ok and self._perform(run, answer.body, hook):
                break
            if not answer.ok:
                self._notify(run, 11200, "HTTP retrieval failure", hook, answer)
        if not run.done:  # nothing (more) to do: Twilio hangs up
            run.ending = "completed"
        owner = self.inbound.owner(number, "voice")
        callback = ({"url": owner["status_callback"], "method": (owner.get("status_callback_method") or "POST").upper(),
                     "events": ["completed"]} if owner.get("status_callback") else None)
        self.lifecycle.hold(run.call, callback, None if run.waiting else run.t, run.ending or "completed")
        self.lifecycle.advance()
        return run.body(self.store.get(catalog.CALLS, sid=call["sid"]) or run.call, now)

    # Documents --------------------------------------------------------------------------------

    def _fetch(self, run: Run, url: str, method: str, extra: dict[str, str],
               call: dict | None = None) -> tuple[Webhook, Answer]:
        """Ask `url` (relative to the current document's) about `call` (the run's), with `extra`."""
        target = urljoin(run.url, url) if run.url else url
        params = {**call_params(call or run.call), **extra}
        hook = Webhook.signed("twiml", (call or run.call)["sid"], target, method.upper(), params, run.token)
        return hook, self.inbound.ask(hook, run, self.lifecycle.send)

    def _twiml(self, run: Run, document: str, hook: Webhook) -> ET.Element | None:
        """`document` parsed as TwiML, or None after the 12100 notification Twilio records."""
        try:
            return twiml.parse(document)
        except twiml.TwimlError:
            self._notify(run, 12100, "Document parse failure", hook, Answer(200, document))
            return None

    def _perform(self, run: Run, document: str, hook: Webhook) -> bool:
        """Run the TwiML `document` (the answer to `hook`); False (and 12100) when it is not TwiML."""
        root = self._twiml(run, document, hook)
        if root is None:
            return False
        run.url = hook.url.split("?")[0] if hook.method == "GET" else hook.url
        run.documents += 1
        self._run_verbs(run, list(root), hook)
        return True

    def _go(self, run: Run, url: str | None, method: str | None, extra: dict[str, str], hook: Webhook) -> bool:
        """The call goes on with the document at `url` (default: the current one); True, for the verbs."""
        if run.documents >= MAX_DOCUMENTS:
            run.ending = "completed"
            return True
        next_hook, answer = self._fetch(run, url or run.url, method or "POST", extra)
        if not answer.ok:
            self._notify(run, 11200, "HTTP retrieval failure", next_hook, answer)
        if not (answer.ok and self._perform(run, answer.body, next_hook)) and not run.done:
            run.ending = "completed"  # Twilio says an application error occurred and hangs up
        return True

    def _run_verbs(self, run: Run, verbs: list[ET.Element], hook: Webhook) -> None:
        for verb in verbs:
            if run.done:
                return
            if verb.tag == "Reject" and run.call["status"] == "ringing":
                run.ending = "busy" if verb.get("reason") == "busy" else "no-answer"
                return
            self._answer(run)
            perform = self.verbs.get(verb.tag)
            if perform is None:
                self._notify(run, 12200, f"Schema validation warning: <{verb.tag}> is not voice TwiML", hook,
                             Answer(200, ""))
                continue
            try:
                if perform(run, verb, hook):
                    return
            except twiml.TwimlError as error:
                self._notify(run, 12200, f"Schema validation warning: {error}", hook, Answer(200, ""))
        if not run.done:
            run.ending = "completed"

    def _answer(self, run: Run) -> None:
        if run.call["status"] == "ringing":
            run.call = self.store.update(catalog.CALLS, run.call, {"status": "in-progress", "start_time": int(run.t),
                                                                  "date_updated": int(run.t)})

    def _notify(self, run: Run, code: int, text: str, hook: Webhook | None, answer: Answer) -> None:
        run.notifications.append(notifications.record(self.store, run.call["account_sid"], run.call["sid"], code,
                                                      text, hook, answer, run.t))

    # Verbs: each returns True when the call went on elsewhere (or ended), False to go on ------

    def _timed(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        run.t += twiml.TIMED[verb.tag](verb)
        return False

    def _hangup(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        run.ending = "completed"
        return True

    def _redirect(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        return self._go(run, (verb.text or "").strip(), verb.get("method"), {}, hook)

    def _leave(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        return False  # only a queue's wait music means something by it (`_enqueue`)

    def _gather(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        for prompt in verb:
            if prompt.tag in twiml.TIMED:
                run.t += twiml.TIMED[prompt.tag](prompt)
        listens = (verb.get("input") or "dtmf").split()
        digits = run.caller.press(verb) if "dtmf" in listens else None
        words = run.caller.say() if digits is None and "speech" in listens else None
        if digits is not None:
            run.t += len(digits) * twiml.DIGIT_SECONDS
            heard = {"Digits": digits}
        elif words is not None:
            run.t += max(1.0, len(words.split()) / twiml.WORDS_PER_SECOND)
            heard = {"SpeechResult": words, "Confidence": CONFIDENCE}
        else:
            run.t += int(verb.get("timeout") or GATHER_TIMEOUT)
            if verb.get("actionOnEmptyResult") != "true":
                return False  # no input: on to the next verb
            heard = {}
        return self._go(run, verb.get("action"), verb.get("method"), heard, hook)

    def _record(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        if run.caller.recorded:  # nothing more to say: the caller hangs up
            run.ending = "completed"
            return True
        run.caller.recorded = True
        seconds = min(int(verb.get("maxLength") or 3600), SPOKEN_SECONDS)
        recording = self.store.insert(catalog.RECORDINGS, rows.recording(
            run.call["account_sid"], run.call["sid"], int(run.t), seconds, source="RecordVerb"))
        recording = self.store.update(catalog.RECORDINGS, recording, {"track": "inbound"})
        run.recordings.append(recording)
        run.t += seconds
        if verb.get("recordingStatusCallback"):
            events = (verb.get("recordingStatusCallbackEvent") or "completed").replace(",", " ").split()
            plan = {"source": "RecordVerb", "host": run.host, "channels": 1, "track": "inbound"}
            callback = {"url": urljoin(run.url, verb.get("recordingStatusCallback", "")), "events": events,
                        "method": (verb.get("recordingStatusCallbackMethod") or "POST").upper()}
            for status in ("in-progress", "completed"):
                if status in events:
                    self.lifecycle.post(run.call, callback, call_recording.callback_params(
                        run.call, plan, recording, status))
        heard = {"RecordingUrl": run.host + recording["media_url"], "RecordingSid": recording["sid"],
                 "RecordingDuration": str(seconds)}
        return self._go(run, verb.get("action"), verb.get("method"), heard, hook)

    def _enqueue(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        name = (verb.text or "").strip()
        queue = queue_members.named(self.store, run.call["account_sid"], name, int(run.t))
        member = queue_members.join(self.store, queue, run.call["sid"], int(run.t))
        if member is None:
            return self._queue_result(run, verb, hook, "queue-full", queue, 0)
        queue = self.store.get(queue_members.QUEUES.kind, sid=queue["sid"]) or queue
        run.queue = {"sid": queue["sid"], "name": name, "position": member["position"]}
        if verb.get("waitUrl"):
            about = {"QueueSid": queue["sid"], "QueuePosition": str(member["position"]), "QueueTime": "0",
                     "AvgQueueTime": str(queue["average_wait_time"]), "CurrentQueueSize": str(queue["current_size"]),
                     "MaxQueueSize": str(queue["max_size"])}
            wait_hook, answer = self._fetch(run, verb.get("waitUrl", ""), verb.get("waitUrlMethod") or "POST", about)
            if not answer.ok:
                self._notify(run, 11200, "HTTP retrieval failure", wait_hook, answer)
            elif self._plays_until_leave(run, answer.body, wait_hook):
                waited = queue_members.leave(self.store, member, int(run.t))
                run.queue = None
                return self._queue_result(run, verb, hook, "leave", queue, waited)
            if run.ending is not None:  # hung up while waiting
                return True
        run.waiting = True
        return True

    def _plays_until_leave(self, run: Run, document: str, hook: Webhook) -> bool:
        """Play a queue's wait music (`waitUrl`'s TwiML) once: whether it says `<Leave>`."""
        root = self._twiml(run, document, hook)
        if root is None:
            return False
        for verb in root:
            if verb.tag in twiml.TIMED:
                run.t += twiml.TIMED[verb.tag](verb)
            elif verb.tag == "Leave":
                return True
            elif verb.tag == "Hangup":
                run.ending = "completed"
                return False
        return False

    def _queue_result(self, run: Run, verb: ET.Element, hook: Webhook, result: str, queue: dict, waited: int) -> bool:
        """The caller is out of the queue: `<Enqueue action>` hears why; without one, the next verb."""
        if not verb.get("action"):
            return False
        about = {"QueueResult": result, "QueueSid": queue["sid"], "QueueTime": str(waited)}
        return self._go(run, verb.get("action"), verb.get("method"), about, hook)

    def _dial(self, run: Run, verb: ET.Element, hook: Webhook) -> bool:
        nouns = [n for n in verb if n.tag in ("Number", "Client", "Conference", "Queue")]
        noun = nouns[0] if nouns else None
        target = ((noun.text if noun is not None else verb.text) or "").strip()
        talk = self.config.call_seconds
        if noun is not None and noun.tag == "Conference":
            participant = conference_members.join(self.store, run.call["account_sid"], target, run.call["sid"],
                                                  int(run.t), muted=noun.get("muted") == "true")
            run.conference_sid = participant["conference_sid"]
            run.t += talk
            result = {"DialCallStatus": "completed"}
        elif noun is not None and noun.tag == "Queue":
            result = self._bridge(run, target, noun, verb)
        else:
            to = f"client:{target}" if noun is not None and noun.tag == "Client" else target
            result = self._ring(run, to, verb)
        if not verb.get("action"):
            return False
        return self._go(run, verb.get("action"), verb.get("method"), result, hook)

    def _ring(self, run: Run, to: str, verb: ET.Element) -> dict[str, str]:
        """A child leg to `to`: answered, it talks for the call length; else Twilio's status for it."""
        outcome = outcomes.call_outcome(to)
        answered = outcome == outcomes.ANSWERED
        leg = self.store.insert(catalog.CALLS, rows.call(
            run.call["account_sid"], to, verb.get("callerId") or run.call["from"], int(run.t),
            "in-progress" if answered else outcome, direction="outbound-dial", parent_call_sid=run.call["sid"]))
        run.legs.append(leg)
        if not answered:
            run.t += int(verb.get("timeout") or DIAL_TIMEOUT) if outcome == "no-answer" else 0
            return {"DialCallStatus": outcome, "DialCallSid": leg["sid"], "DialCallDuration": "0"}
        talk = self.config.call_seconds
        self.lifecycle.hold(leg, None, run.t + talk)
        run.t += talk
        return {"DialCallStatus": "completed", "DialCallSid": leg["sid"], "DialCallDuration": str(int(talk))}

    def _bridge(self, run: Run, name: str, noun: ET.Element, verb: ET.Element) -> dict[str, str]:
        """`<Dial><Queue>`: the front caller of the queue `name` leaves it and talks with this one."""
        queue = self.store.get(queue_members.QUEUES.kind, account_sid=run.call["account_sid"], friendly_name=name)
        member = queue_members.front(self.store, queue["sid"]) if queue else None
        waiting = self.store.get(catalog.CALLS, sid=member["call_sid"]) if member else None
        if member is None or waiting is None:
            run.t += int(verb.get("timeout") or DIAL_TIMEOUT)
            return {"DialCallStatus": "no-answer"}
        queue_members.leave(self.store, member, int(run.t))
        run.dequeued = waiting["sid"]
        if noun.get("url"):  # what the dequeued caller hears first
            self._fetch(run, noun.get("url", ""), noun.get("method") or "POST", {"QueueSid": queue["sid"]}, waiting)
        talk = self.config.call_seconds
        self.lifecycle.hold(waiting, None, run.t + talk)
        run.t += talk
        return {"DialCallStatus": "completed", "DialCallSid": waiting["sid"], "DialCallDuration": str(int(talk)),
                "QueueSid": queue["sid"]}
