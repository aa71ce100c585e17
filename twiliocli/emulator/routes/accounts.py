"""Accounts and subaccounts: a main account sees itself and its subaccounts; closing is final."""

from __future__ import annotations

from twiliocli.api import resources as api

from .. import auth, catalog, crud, errors, rows
from ..context import Context
from ..errors import ApiError
from ..records import render
from ..store import random_sid

KIND = catalog.ACCOUNTS


def list_accounts(ctx: Context) -> dict:
    me = ctx.principal["sid"]
    if auth.main_account(ctx.principal) == me:
        where = (['("sid" = ? OR "owner_account_sid" = ?)'], [me, me])
    else:
        where = (['"sid" = ?'], [me])
    return crud.list_response(ctx, KIND, {}, where=where)


def create_account(ctx: Context) -> tuple[dict, int]:
    parent = ctx.principal
    if auth.main_account(parent) != parent["sid"]:
        raise ApiError(403, 20403, "Subaccounts cannot create subaccounts")
    when = ctx.now()
    name = ctx.form.get("FriendlyName") or f"SubAccount Created at {when}"
    row = ctx.store.insert(KIND, rows.account(random_sid("AC"), random_sid("")[:32], name, parent["sid"], when))
    ctx.count("accounts_created")
    return render(KIND, row), 201


def fetch_account(ctx: Context) -> dict:
    return render(KIND, ctx.account)


def update_account(ctx: Context) -> dict:
    account = ctx.account
    status = ctx.form.get("Status")
    if status is not None and status not in api.ACCOUNT_STATUSES:
        raise errors.invalid("Status", status)
    if account["status"] == "closed":
        raise errors.inactive_account()
    if status and status != "active" and account["sid"] == auth.main_account(account):
        raise ApiError(400, 20001, "The main account cannot be suspended or closed through the API")
    changes = {}
    if "FriendlyName" in ctx.form:
        changes["friendly_name"] = ctx.form["FriendlyName"]
    if status:
        changes["status"] = status
    row = crud.update(ctx, KIND, account, changes)
    ctx.count("accounts_updated")
    return render(KIND, row)


fetch_account.account_instance = update_account.account_instance = True  # type: ignore[attr-defined]

ROUTES = (
    ("GET", KIND.api.path, list_accounts),
    ("POST", KIND.api.path, create_account),
    ("GET", "/Accounts/{AccountSid}", fetch_account),
    ("POST", "/Accounts/{AccountSid}", update_account),
)
