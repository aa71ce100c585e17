"""Twilio's notifications (the debugger's errors, log level 0) for webhooks that failed: a URL that
did not answer (11200), a document that is not TwiML (12100), a verb Twilio does not know (12200).
A call's carry its SID; an incoming message's carry none, as on Twilio's account list."""

from __future__ import annotations

from urllib.parse import urlencode

from twiliocli.api.resources import API_VERSION

from . import catalog
from .store import Store, random_sid
from .webhooks import Answer, Webhook


def record(store: Store, account_sid: str, call_sid: str | None, code: int, text: str, hook: Webhook | None,
           answer: Answer, t: float) -> dict:
    when = int(t)
    message = {"Msg": text, "sourceComponent": "12000", "ErrorCode": str(code), "LogLevel": "ERROR"}
    if hook is not None:
        message["url"] = hook.url
    if answer.error:
        message["cause"] = answer.error
    return store.insert(catalog.NOTIFICATIONS, {
        "account_sid": account_sid, "api_version": API_VERSION, "call_sid": call_sid,
        "date_created": when, "date_updated": when, "error_code": str(code), "log": "0", "message_date": when,
        "message_text": urlencode(message), "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "request_method": hook.method if hook else None, "request_url": hook.url if hook else None,
        "request_variables": urlencode(hook.params) if hook else None, "response_body": answer.body[:10_000],
        "response_headers": urlencode({"Content-Type": answer.content_type}) if answer.content_type else None,
        "sid": random_sid("NO"),
    })
