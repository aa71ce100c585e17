"""Applications, outgoing caller IDs, notifications and the sandbox: plain CRUD over `catalog`."""

from __future__ import annotations

from twiliocli.api.resources import API_VERSION

from .. import caller_id_validation, catalog, crud, rows, validate
from ..catalog import View
from ..context import Context
from ..errors import ApiError
from ..records import render
from ..store import random_sid

APPS, CALLER_IDS, NOTIFICATIONS, SANDBOX = catalog.APPLICATIONS, catalog.CALLER_IDS, catalog.NOTIFICATIONS, catalog.SANDBOX
CALL_NOTIFICATIONS = View(NOTIFICATIONS.api.extra["call_path"])


def crud_routes(kind: catalog.Kind, deletable: bool = True, updatable: bool = True) -> tuple:
    """List, fetch, update and delete within the addressed account, for a kind with no special rules."""
    def listing(ctx: Context) -> dict:
        return crud.list_response(ctx, kind, {"account_sid": ctx.account_sid})

    def fetch(ctx: Context, Sid: str) -> dict:
        return render(kind, crud.find(ctx, kind, account_sid=ctx.account_sid, sid=Sid))

    def update(ctx: Context, Sid: str) -> dict:
        row = crud.find(ctx, kind, account_sid=ctx.account_sid, sid=Sid)
        row = crud.update(ctx, kind, row, crud.settings(ctx, kind, kind.updatable))
        ctx.count(f"{kind.table}_updated")
        return render(kind, row)

    def delete(ctx: Context, Sid: str):
        ctx.store.delete(kind, crud.find(ctx, kind, account_sid=ctx.account_sid, sid=Sid))
        ctx.count(f"{kind.table}_deleted")
        return crud.no_content()

    path, instance = kind.api.path, kind.api.path + "/{Sid}"
    routes = [("GET", path, listing), ("GET", instance, fetch)]
    routes += [("POST", instance, update)] if updatable else []
    routes += [("DELETE", instance, delete)] if deletable else []
    return tuple(routes)


def create_application(ctx: Context) -> tuple[dict, int]:
    when = ctx.now()
    values = {"voice_method": "POST", "voice_fallback_method": "POST", "sms_method": "POST",
              "sms_fallback_method": "POST", "status_callback_method": "POST", "voice_caller_id_lookup": False,
              "public_application_connect_enabled": True, "api_version": API_VERSION,
              **{k: v for k, v in crud.settings(ctx, APPS, APPS.updatable).items() if v is not None}}
    row = ctx.store.insert(APPS, {**values, "account_sid": ctx.account_sid, "sid": random_sid("AP"),
                                  "date_created": when, "date_updated": when})
    ctx.count("applications_created")
    return render(APPS, row), 201


def create_validation_request(ctx: Context) -> dict:
    """The code to type: the caller ID is listed once the validation call is answered and the code
    typed (`caller_id_validation`)."""
    raw = ctx.form.get("PhoneNumber")
    if not raw:
        raise ApiError(400, 21201, "No 'PhoneNumber' is specified")
    number = validate.phone(raw)
    if number is None:
        raise ApiError(400, 21211, f"Invalid 'PhoneNumber': {raw}")
    if ctx.store.get(CALLER_IDS, account_sid=ctx.account_sid, phone_number=number):
        raise ApiError(400, 21450, "Phone number already verified for your account")
    delay = validate.integer(ctx.form, "CallDelay", 0, 60, 0)
    validate.url(ctx.form, "StatusCallback")
    validate.method(ctx.form, "StatusCallbackMethod")
    created = ctx.emulator.clock.now()
    name = ctx.form.get("FriendlyName") or validate.formatted(number)
    with ctx.store.transaction():
        call = ctx.store.insert(catalog.CALLS, rows.call(ctx.account_sid, number, caller_id_validation.VALIDATION_CALLER,
                                                         int(created)))
        validation = caller_id_validation.plan(ctx.form, number, name, call["sid"])
        ctx.emulator.lifecycle.start_validation(call, validation, created + delay)
    ctx.count("validation_requests_created")
    return {"account_sid": ctx.account_sid, "call_sid": call["sid"], "friendly_name": name,
            "phone_number": number, "validation_code": validation["code"]}


def list_call_notifications(ctx: Context, CallSid: str) -> dict:
    return crud.list_response(ctx, NOTIFICATIONS, {"account_sid": ctx.account_sid, "call_sid": CallSid},
                              CALL_NOTIFICATIONS)


def fetch_call_notification(ctx: Context, CallSid: str, Sid: str) -> dict:
    row = crud.find(ctx, NOTIFICATIONS, account_sid=ctx.account_sid, call_sid=CallSid, sid=Sid)
    return render(NOTIFICATIONS, row, CALL_NOTIFICATIONS)


def sandbox_row(ctx: Context) -> dict:
    """Each account's sandbox exists from its first look (PINs are derived from the account SID)."""
    row = ctx.store.get(SANDBOX, account_sid=ctx.account_sid)
    if row is None:
        when = ctx.now()
        pin = f"{int(ctx.account_sid[2:10], 16) % 100_000_000:08d}"
        row = ctx.store.insert(SANDBOX, {"pin": pin, "account_sid": ctx.account_sid, "phone_number": "+14155992671",
                                         "voice_method": "POST", "sms_method": "POST", "date_created": when,
                                         "date_updated": when})
    return row


def fetch_sandbox(ctx: Context) -> dict:
    return render(SANDBOX, sandbox_row(ctx))


def update_sandbox(ctx: Context) -> dict:
    row = crud.update(ctx, SANDBOX, sandbox_row(ctx), crud.settings(ctx, SANDBOX, SANDBOX.updatable))
    ctx.count("sandboxes_updated")
    return render(SANDBOX, row)


ROUTES = (
    *crud_routes(APPS),
    ("POST", APPS.api.path, create_application),
    *crud_routes(CALLER_IDS),
    ("POST", CALLER_IDS.api.path, create_validation_request),
    *crud_routes(NOTIFICATIONS, updatable=False),
    ("GET", CALL_NOTIFICATIONS.path, list_call_notifications),
    ("GET", CALL_NOTIFICATIONS.path + "/{Sid}", fetch_call_notification),
    ("GET", SANDBOX.api.path, fetch_sandbox),
    ("POST", SANDBOX.api.path, update_sandbox),
)
