"""Someone texts one of the account's numbers: what Twilio does, offline.

The emulator keeps the incoming Message (`received`, direction `inbound`), then asks the number's
SMS webhook (its messaging application's, if it has one) with Twilio's parameters, signed as
Twilio signs them; when that fails (no answer, an error status) it is notification 11200 and the
fallback URL is asked instead. The answer's TwiML is followed: each `<Message>` sends a reply (its
text or `<Body>`, its `<Media>`, `to`/`from` defaulting to the sender and the number, `action`
as the reply's status callback); `<Redirect>` asks another URL for more. A document that is not
TwiML is notification 12100; a verb messaging TwiML does not have, 12200 (and is skipped).

It happens on the request that asked for it (`POST /_emulator/inbound/sms`, `twiliocli emulator
inbound sms`), which answers with what happened: the requests made and their answers, the records.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin

from werkzeug.datastructures import MultiDict

from twiliocli.api.resources import API_VERSION

from . import catalog, message_media, notifications, rows, twiml
from .clock import Clock
from .errors import ApiError
from .lifecycle import Lifecycle
from .store import Store
from .webhooks import Answer, Dispatcher, Webhook

MAX_REDIRECTS = 10


class Exchanges(Protocol):
    """A report that keeps the requests made and their answers."""

    exchanges: list[dict]


@dataclass
class Report:
    """What an incoming message did: `exchanges` (each request and its answer) and the records made."""

    message: dict
    exchanges: list[dict] = field(default_factory=list)
    replies: list[dict] = field(default_factory=list)
    notifications: list[dict] = field(default_factory=list)

    def body(self) -> dict:
        return {"message_sid": self.message["sid"], "exchanges": self.exchanges,
                "replies": [r["sid"] for r in self.replies],
                "notifications": [{"sid": n["sid"], "error_code": n["error_code"]} for n in self.notifications]}


class Inbound:
    """Incoming traffic for one emulator's numbers."""

    def __init__(self, store: Store, clock: Clock, lifecycle: Lifecycle, dispatcher: Dispatcher):
        self.store, self.clock, self.lifecycle, self.dispatcher = store, clock, lifecycle, dispatcher

    def number(self, to: str) -> dict:
        found = self.store.get(catalog.NUMBERS, phone_number=to)
        if found is None:
            raise ApiError(404, 21606, f"{to} is not a phone number of any account of this emulator")
        return found

    def sms(self, to: str, from_: str, body: str) -> Report:
        number = self.number(to)
        now = self.clock.now()
        message = self.store.insert(catalog.MESSAGES, rows.message(
            number["account_sid"], to, from_, body, int(now), status="received", direction="inbound"))
        report = Report(message)
        params = {"MessageSid": message["sid"], "SmsSid": message["sid"], "SmsMessageSid": message["sid"],
                  "AccountSid": message["account_sid"], "From": from_, "To": to, "Body": body, "NumMedia": "0",
                  "NumSegments": message["num_segments"], "SmsStatus": "received", "ApiVersion": API_VERSION}
        sources = self.sources(number, "sms")
        token = self.lifecycle.auth_token(number)
        for url, method in sources:
            hook = Webhook.signed("sms", message["sid"], url, method, params, token)
            answer = self.ask(hook, report)
            if answer.ok:
                self.follow(answer.body, hook, params, token, report, number, message, 0)
                break
            self.notify(report, message, 11200, "HTTP retrieval failure", hook, answer)
        return report

    def owner(self, number: dict, kind: str) -> dict:
        """Who answers the number's `kind` ("sms" or "voice") traffic: its application, if it has one."""
        sid = number.get(f"{kind}_application_sid")
        return (self.store.get(catalog.APPLICATIONS, sid=sid) or number) if sid else number

    def sources(self, number: dict, kind: str) -> list[tuple[str, str]]:
        """The number's `kind` ("sms" or "voice") URL and fallback, or those of its application."""
        owner = self.owner(number, kind)
        found = [(owner.get(f"{kind}_url"), owner.get(f"{kind}_method")),
                 (owner.get(f"{kind}_fallback_url"), owner.get(f"{kind}_fallback_method"))]
        return [(url, (method or "POST").upper()) for url, method in found if url]

    def ask(self, hook: Webhook, report: Exchanges, send: Callable[[Webhook], Answer] | None = None) -> Answer:
        """Make the request now (with `send`, else the dispatcher's) and keep it and its answer in `report`."""
        answer = (send or self.dispatcher.send)(hook)
        report.exchanges.append({"request": {"method": hook.method, "url": hook.url, "parameters": hook.params},
                                 "response": {"status": answer.status, "content_type": answer.content_type,
                                              "body": answer.body, "error": answer.error}})
        return answer

    def notify(self, report: Report, message: dict, code: int, text: str, hook: Webhook | None,
               answer: Answer) -> None:
        report.notifications.append(notifications.record(self.store, message["account_sid"], None, code, text, hook,
                                                         answer, self.clock.now()))

    def follow(self, document: str, hook: Webhook, params: dict, token: str, report: Report, number: dict,
               message: dict, depth: int) -> None:
        """Do what the messaging TwiML `document` (the answer to `hook`) says."""
        try:
            root = twiml.parse(document) if document.strip() else ET.Element("Response")
        except twiml.TwimlError:
            self.notify(report, message, 12100, "Document parse failure", hook, Answer(200, document))
            return
        for verb in root:
            if verb.tag == "Message":
                report.replies.append(self.reply(verb, number, message))
            elif verb.tag == "Redirect" and depth < MAX_REDIRECTS:
                url = urljoin(hook.url, (verb.text or "").strip())
                redirect = Webhook.signed("sms", message["sid"], url, (verb.get("method") or "POST").upper(), params,
                                          token)
                answer = self.ask(redirect, report)
                if not answer.ok:
                    self.notify(report, message, 11200, "HTTP retrieval failure", redirect, answer)
                    return
                self.follow(answer.body, redirect, params, token, report, number, message, depth + 1)
                return
            else:
                self.notify(report, message, 12200, f"Schema validation warning: <{verb.tag}> is not messaging TwiML",
                            hook, Answer(200, document))

    def reply(self, verb: ET.Element, number: dict, message: dict) -> dict:
        """The message a `<Message>` sends, on its way through the lifecycle like any other."""
        body_element = verb.find("Body")
        text = (body_element.text if body_element is not None else verb.text) or ""
        media = [(m.text or "").strip() for m in verb.findall("Media") if (m.text or "").strip()]
        now = self.clock.now()
        reply = self.store.insert(catalog.MESSAGES, rows.message(
            message["account_sid"], verb.get("to") or message["from"], verb.get("from") or number["phone_number"],
            text.strip(), int(now), direction="outbound-reply", num_media=len(media)))
        attached = message_media.attach(self.store, reply, media)  # fetched when the reply is sent
        form = MultiDict({"StatusCallback": verb.get("action")} if verb.get("action") else {})
        if verb.get("method"):
            form["StatusCallbackMethod"] = verb.get("method")
        self.lifecycle.start_message(reply, form, now, list(zip(attached, media)))
        return reply
