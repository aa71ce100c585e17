"""Queue members: calls waiting in a queue, fetched by call SID (or `Front`) and dequeued.

Dequeuing (POST a member with `Url`) takes the call out of the queue and redirects it to `Url`,
as Twilio does; the members behind it move up and the queue's size and average wait follow
(`queue_members`). A member's `wait_time` is how long it has waited on the emulator's clock.
"""

from __future__ import annotations

from .. import catalog, crud, errors, queue_members, validate
from ..context import Context
from ..records import render

QUEUES, MEMBERS = queue_members.QUEUES, queue_members.MEMBERS
MEMBER = MEMBERS.list_path + "/{CallSid}"
FRONT = "Front"


def find_member(ctx: Context, queue_sid: str, call_sid: str) -> dict:
    crud.find(ctx, QUEUES.kind, account_sid=ctx.account_sid, sid=queue_sid)
    if call_sid != FRONT:
        return crud.find(ctx, MEMBERS.kind, account_sid=ctx.account_sid, queue_sid=queue_sid, call_sid=call_sid)
    member = queue_members.front(ctx.store, queue_sid)  # the queue is the account's: checked above
    if member is None:
        raise errors.not_found(ctx.path)
    return member


def show(ctx: Context, member: dict) -> dict:
    return {**render(MEMBERS.kind, member, MEMBERS.view), "wait_time": max(0, ctx.now() - member["date_enqueued"])}


def fetch_member(ctx: Context, QueueSid: str, CallSid: str) -> dict:
    return show(ctx, find_member(ctx, QueueSid, CallSid))


def dequeue_member(ctx: Context, QueueSid: str, CallSid: str) -> dict:
    if not ctx.form.get("Url"):
        raise errors.missing("Url")
    url, method = validate.url(ctx.form, "Url"), validate.method(ctx.form, "Method", "POST")
    member = find_member(ctx, QueueSid, CallSid)
    body = show(ctx, member)
    call = ctx.store.get(catalog.CALLS, sid=member["call_sid"])
    if call is not None and call["status"] in ("queued", "ringing", "in-progress"):
        ctx.emulator.lifecycle.redirect(call, {"url": url, "method": method, "twiml": None}, ctx.emulator.clock.now())
    queue_members.leave(ctx.store, member, ctx.now())
    ctx.count("queue_members_dequeued")
    return body


ROUTES = (
    ("GET", MEMBER, fetch_member),
    ("POST", MEMBER, dequeue_member),
)
