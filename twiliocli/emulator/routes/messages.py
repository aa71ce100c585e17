"""Messages (and the retired /SMS/Messages list): Twilio's send-time checks and magic numbers.

A sent message answers `queued`, as on Twilio, then lives on in `lifecycle` (sending, sent,
delivered, or undelivered/failed for the test numbers of `outcomes`); scheduled messages stay
scheduled and can be canceled, and a finished message's body can be redacted by posting an
empty Body, as on Twilio.
"""

from __future__ import annotations

from math import ceil

from twiliocli.timefmt import parse_iso

from .. import catalog, crud, envelope, message_media, rows, validate
from ..catalog import SMS_MESSAGE_FIELDS, View
from ..context import Context
from ..dates import DAY
from ..errors import ApiError
from ..records import render

KIND = catalog.MESSAGES
PATH = KIND.api.path
INSTANCE = PATH + "/{Sid}"
LEGACY_PATH = KIND.api.extra["legacy_path"]
LEGACY_VIEW = View(LEGACY_PATH, only=SMS_MESSAGE_FIELDS)
MAX_BODY = 1600
IN_FLIGHT = ("queued", "sending", "accepted", "scheduled")
WHATSAPP = "whatsapp:"
SCHEDULE_WINDOW = (15 * 60, 35 * DAY)


def list_messages(ctx: Context) -> dict:
    return crud.list_response(ctx, KIND, {"account_sid": ctx.account_sid})


def fetch_message(ctx: Context, Sid: str) -> dict:
    return render(KIND, crud.find(ctx, KIND, account_sid=ctx.account_sid, sid=Sid))


def check_from(ctx: Context, raw: str) -> str:
    """One of the account's numbers, an alphanumeric sender ID, or a short code (5 or 6 digits;
    the emulator has no short code inventory, so every short code counts as the account's). A
    WhatsApp sender is one of the account's numbers too, as `whatsapp:+1…` (every number of the
    emulator's counts as WhatsApp-enabled, as in Twilio's sandbox)."""
    if raw.isascii() and raw.isdigit() and len(raw) in (5, 6):
        return raw
    whatsapp = raw.startswith(WHATSAPP)
    number = validate.phone(raw[len(WHATSAPP):] if whatsapp else raw)
    if number is None and not whatsapp and raw.replace(" ", "").isalnum() and len(raw) <= 11 and not raw.isdigit():
        return raw  # an alphanumeric sender ID
    if number is None:
        raise ApiError(400, 21212, f"The 'From' number {raw} is not a valid phone number, shortcode, or "
                                   "alphanumeric sender ID.")
    validate.magic(validate.MESSAGE_FROM_MAGIC, number, frm=number)
    if not crud.owns_number(ctx, number):
        code, message = validate.MESSAGE_FROM_MAGIC["+15005550007"]  # Twilio's "not your number" error
        raise ApiError(400, code, message.format(frm=number))
    return WHATSAPP + number if whatsapp else number


def check_to(raw: str, frm: str) -> str:
    if raw.startswith(WHATSAPP):
        return raw
    number = validate.phone(raw)
    if number is None:
        raise ApiError(400, 21211, f"The 'To' number {raw} is not a valid phone number.")
    validate.magic(validate.MESSAGE_TO_MAGIC, number, to=number, frm=frm)
    return number


def create_message(ctx: Context) -> tuple[dict, int]:
    crud.require_active(ctx)
    form = ctx.form
    if not form.get("To"):
        raise ApiError(400, 21604, "A 'To' phone number is required.")
    service = validate.sid(form, "MessagingServiceSid", "MG")
    if not form.get("From") and not service:
        raise ApiError(400, 21603, "A 'From' phone number is required.")
    media = [m for m in form.getlist("MediaUrl") if m]
    body = form.get("Body", "")
    if not body and not media and not form.get("ContentSid"):
        raise ApiError(400, 21602, "Message body is required.")
    if len(body) > MAX_BODY:
        raise ApiError(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
    if any(not validate.is_url(m) for m in media):
        raise ApiError(400, 21620, "Invalid media URL(s).")
    validate.url(form, "StatusCallback", code=21609)
    frm = check_from(ctx, form["From"]) if form.get("From") else None
    to = check_to(form["To"], frm or "")
    # Twilio schedules only through a Messaging Service; without one it sends at once.
    scheduled = validate.choice(form, "ScheduleType", ("fixed",)) == "fixed" and service is not None
    created = ctx.emulator.clock.now()
    send_at = send_time(form.get("SendAt"), created) if scheduled else created
    with ctx.store.transaction():
        row = ctx.store.insert(KIND, rows.message(
            ctx.account_sid, to, frm, body, int(created),
            "scheduled" if scheduled else ("accepted" if service and not frm else "queued"),
            num_media=len(media), messaging_service_sid=service))
        attached = message_media.attach(ctx.store, row, media)
        ctx.emulator.lifecycle.start_message(row, form, send_at, list(zip(attached, media)))  # a scheduled one leaves `scheduled` then
    ctx.count("messages_created")
    return render(KIND, row), 201


def send_time(raw: str | None, now: float) -> float:
    """`SendAt`: an ISO 8601 instant 15 minutes to 35 days ahead (Twilio's error 35114 otherwise)."""
    try:
        when = parse_iso(raw or "")
    except ValueError:
        when = None
    if when is None or not now + SCHEDULE_WINDOW[0] <= when <= now + SCHEDULE_WINDOW[1]:
        raise ApiError(400, 35114, "Scheduling does not support this timestamp: SendAt must be 15 minutes to "
                                   "35 days ahead")
    return float(when)


def update_message(ctx: Context, Sid: str) -> dict:
    message = crud.find(ctx, KIND, account_sid=ctx.account_sid, sid=Sid)
    changes = {}
    if validate.choice(ctx.form, "Status", ("canceled",)):
        if message["status"] != "scheduled":
            raise ApiError(400, 30409, "Message cannot be canceled: only scheduled messages can be")
        changes["status"] = "canceled"
        ctx.emulator.lifecycle.cancel(message["sid"])
    if "Body" in ctx.form:
        if ctx.form["Body"] != "":
            raise ApiError(400, 20001, "Body can only be redacted: pass an empty Body")
        if message["status"] in IN_FLIGHT:
            raise ApiError(400, 20009, "Cannot redact the body of a message that is not yet complete")
        changes["body"] = ""
    row = crud.update(ctx, KIND, message, changes)
    ctx.count("messages_updated")
    return render(KIND, row)


def delete_message(ctx: Context, Sid: str):
    message = crud.find(ctx, KIND, account_sid=ctx.account_sid, sid=Sid)
    if message["status"] in IN_FLIGHT:
        raise ApiError(400, 20009, "Cannot delete this resource before it is complete")
    ctx.store.delete(KIND, message)
    ctx.count("messages_deleted")
    return crud.no_content()


def list_sms_messages(ctx: Context) -> dict:
    """The 2010 envelope of /SMS/Messages: page-numbered, with `total` and `num_pages`."""
    body = crud.list_response(ctx, KIND, {"account_sid": ctx.account_sid}, LEGACY_VIEW, "sms_messages")
    where, params = crud.filter_clauses(KIND, ctx)
    total = ctx.store.scalar(f"SELECT COUNT(*) FROM {KIND.table} WHERE account_sid = ?"
                             + "".join(f" AND {w}" for w in where), [ctx.account_sid, *params])
    pages = max(1, ceil(total / body["page_size"]))
    body.update(total=total, num_pages=pages,
                last_page_uri=envelope.link(ctx.path, ctx.args, body["page_size"], pages - 1))
    return body


def fetch_sms_message(ctx: Context, Sid: str) -> dict:
    return render(KIND, crud.find(ctx, KIND, account_sid=ctx.account_sid, sid=Sid), LEGACY_VIEW)


ROUTES = (
    ("GET", PATH, list_messages),
    ("POST", PATH, create_message),
    ("GET", INSTANCE, fetch_message),
    ("POST", INSTANCE, update_message),
    ("DELETE", INSTANCE, delete_message),
    ("GET", LEGACY_PATH, list_sms_messages),
    ("GET", LEGACY_PATH + "/{Sid}", fetch_sms_message),
)
