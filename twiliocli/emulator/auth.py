"""Who is calling, and which accounts they may address.

Twilio's 2010 API takes HTTP Basic credentials: an Account SID with its Auth Token, or an API key
(SK…) with its secret. Keys are the records of the API's own Keys resource, so one created through
`POST …/Keys` signs requests at once and one deleted stops at once, as on Twilio. A main account
reaches its own resources and every subaccount's (`/Accounts/{sub}/…`); a subaccount reaches only
its own.
"""

from __future__ import annotations

import hmac

from werkzeug.wrappers import Request

from . import catalog, errors, spec_kinds
from .store import Store

KEYS = spec_kinds.ACCOUNT + "/Keys"


def authenticate(store: Store, request: Request) -> dict:
    """The account the request's credentials belong to, or Twilio's 401 (code 20003)."""
    auth = request.authorization
    if auth is None or auth.type != "basic" or not auth.username or auth.password is None:
        raise errors.authenticate()
    username, password = auth.username, auth.password
    if username.startswith("SK"):
        key = store.get(spec_kinds.kind(KEYS), sid=username)
        if key is None or not hmac.compare_digest(key["secret"] or "", password):
            raise errors.authenticate()
        account = store.get(catalog.ACCOUNTS, sid=key["account_sid"])
    else:
        account = store.get(catalog.ACCOUNTS, sid=username)
        if account is None or not hmac.compare_digest(account["auth_token"] or "", password):
            raise errors.authenticate()
    if account is None:
        raise errors.authenticate()
    if account["status"] == "closed":
        raise errors.inactive_account()
    return account


def can_reach(principal: dict, target: dict) -> bool:
    """A main account reaches itself and its subaccounts; a subaccount only itself."""
    if target["sid"] == principal["sid"]:
        return True
    return principal["owner_account_sid"] == principal["sid"] and target["owner_account_sid"] == principal["sid"]


def main_account(account: dict) -> str:
    return account["owner_account_sid"] or account["sid"]
