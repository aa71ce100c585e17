"""Call Events (spec: ListCallEvent), oldest last like every other list; `call_events` keeps them."""

from __future__ import annotations

from .. import catalog, crud
from ..context import Context

KIND = catalog.CALL_EVENTS
PATH = KIND.api.path


def list_events(ctx: Context, CallSid: str) -> dict:
    return crud.list_response(ctx, KIND, {"account_sid": ctx.account_sid, "call_sid": CallSid})


ROUTES = (("GET", PATH, list_events),)
