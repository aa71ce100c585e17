"""Calls: Twilio's create-time validation (and magic numbers), redirects, hang-ups and deletion.

A created call answers `queued`, as on Twilio, then lives on in `lifecycle` (ringing, answered,
completed, or busy/no-answer/failed for the test numbers of `outcomes`).
"""

from __future__ import annotations

import re

from .. import call_events, catalog, crud, errors, rows, validate
from ..context import Context
from ..errors import ApiError
from ..outcomes import STATUS_CALLBACK_EVENTS
from ..records import render

KIND = catalog.CALLS
ACTIVE = ("queued", "ringing", "in-progress")
PATH = KIND.api.path
INSTANCE = PATH + "/{Sid}"
SIP_USER = re.compile(r"^[\w.+*#-]{1,64}$")


def list_calls(ctx: Context) -> dict:
    return crud.list_response(ctx, KIND, {"account_sid": ctx.account_sid})


def fetch_call(ctx: Context, Sid: str) -> dict:
    return render(KIND, crud.find(ctx, KIND, account_sid=ctx.account_sid, sid=Sid))


def check_to(ctx: Context, raw: str | None) -> str:
    if not raw:
        raise ApiError(400, 21201, "No 'To' number is specified")
    if validate.ENDPOINT.match(raw):
        return raw
    number = validate.phone(raw)
    if number is None:
        raise ApiError(400, 21211, f"Invalid 'To' Phone Number: {raw}")
    validate.magic(validate.CALL_TO_MAGIC, number, to=number)
    return number


def check_from(ctx: Context, raw: str | None, to: str) -> str:
    """A number the account owns or verified, a client:/sip: address, or any SIP user name when
    the call goes to a sip: address (Twilio passes it on as the caller)."""
    if not raw:
        raise ApiError(400, 21213, "No 'From' number is specified")
    if validate.ENDPOINT.match(raw) or (to.startswith("sip:") and SIP_USER.match(raw)):
        return raw
    number = validate.phone(raw)
    if number is None or number == validate.MAGIC_INVALID:
        raise ApiError(400, 21212, f"Invalid 'From' Phone Number: {raw}")
    if not crud.owns_number(ctx, number, caller_ids=True):
        raise ApiError(400, 21210, f"The source phone number provided, {number}, is not yet verified for your "
                                   "account. You may only make calls from phone numbers that you've verified or "
                                   "purchased from Twilio.")
    return number


def instructions(ctx: Context) -> dict:
    """Exactly one of Url, Twiml and ApplicationSid says what the call does."""
    given = [p for p in ("Url", "Twiml", "ApplicationSid") if ctx.form.get(p)]
    if not given:
        raise ApiError(400, 21205, "Url parameter is required: provide one of Url, Twiml or ApplicationSid")
    if len(given) > 1:
        raise ApiError(400, 20001, f"Only one of Url, Twiml or ApplicationSid may be given, not {', '.join(given)}")
    application = validate.sid(ctx.form, "ApplicationSid", "AP")
    if application and not ctx.store.get(catalog.APPLICATIONS, account_sid=ctx.account_sid, sid=application):
        raise ApiError(400, 21218, f"Invalid ApplicationSid: {application}")
    return {"url": validate.url(ctx.form, "Url"), "method": validate.method(ctx.form, "Method", "POST"),
            "twiml": ctx.form.get("Twiml")}


def check_options(ctx: Context) -> None:
    """The optional create parameters Twilio validates (their effects are not simulated)."""
    form = ctx.form
    for param in ("StatusCallback", "FallbackUrl", "RecordingStatusCallback", "AsyncAmdStatusCallback"):
        validate.url(form, param)
    for param in ("StatusCallbackMethod", "FallbackMethod", "RecordingStatusCallbackMethod"):
        validate.method(form, param)
    validate.integer(form, "Timeout", 1, 600)
    validate.integer(form, "TimeLimit", 1, 86_400)
    validate.integer(form, "MachineDetectionTimeout", 3, 59)
    for value in form.getlist("StatusCallbackEvent"):
        if any(event not in STATUS_CALLBACK_EVENTS for event in value.replace(",", " ").split()):
            raise ApiError(400, 21626, f"Invalid 'StatusCallbackEvent': {value}")
    validate.boolean(form, "Record")
    validate.choice(form, "MachineDetection", ("Enable", "DetectMessageEnd"))
    digits = form.get("SendDigits")
    if digits and any(c not in "0123456789#*wW" for c in digits):
        raise errors.invalid("SendDigits", digits)


def create_call(ctx: Context) -> tuple[dict, int]:
    crud.require_active(ctx)
    to = check_to(ctx, ctx.form.get("To"))
    from_ = check_from(ctx, ctx.form.get("From"), to)
    hidden = instructions(ctx)
    check_options(ctx)
    created = ctx.emulator.clock.now()
    with ctx.store.transaction():
        row = ctx.store.insert(KIND, rows.call(ctx.account_sid, to, from_, int(created), **hidden))
        ctx.emulator.lifecycle.start_call(row, ctx.form, created, ctx.host)
    ctx.count("calls_created")
    body = render(KIND, row)
    call_events.api_request(ctx.store, ctx.request, ctx.now(), row, 201, body)
    return body, 201


def update_call(ctx: Context, Sid: str) -> dict:
    call = crud.find(ctx, KIND, account_sid=ctx.account_sid, sid=Sid)
    status = validate.choice(ctx.form, "Status", ("canceled", "completed"))
    url, twiml = validate.url(ctx.form, "Url"), ctx.form.get("Twiml")
    method = validate.method(ctx.form, "Method")
    validate.url(ctx.form, "StatusCallback")
    validate.url(ctx.form, "FallbackUrl")
    if (status or url or twiml) and call["status"] not in ACTIVE:
        raise ApiError(400, 21220, "Call is not in-progress. Cannot redirect.")
    lifecycle, when = ctx.emulator.lifecycle, ctx.emulator.clock.now()
    if status:
        call = lifecycle.hang_up(call, status, when)
    elif url or twiml:
        call = lifecycle.redirect(call, {"url": url, "twiml": twiml, "method": method or "POST"}, when)
    else:
        return render(KIND, call)
    ctx.count("calls_updated")
    body = render(KIND, call)
    call_events.api_request(ctx.store, ctx.request, ctx.now(), call, 200, body)
    return body


def delete_call(ctx: Context, Sid: str):
    call = crud.find(ctx, KIND, account_sid=ctx.account_sid, sid=Sid)
    if call["status"] in ACTIVE:
        raise ApiError(400, 20009, "Cannot delete this resource before it is complete")
    ctx.store.delete(KIND, call)  # its recordings and notifications stay, as on Twilio
    ctx.count("calls_deleted")
    return crud.no_content()


ROUTES = (
    ("GET", PATH, list_calls),
    ("POST", PATH, create_call),
    ("GET", INSTANCE, fetch_call),
    ("POST", INSTANCE, update_call),
    ("DELETE", INSTANCE, delete_call),
)
