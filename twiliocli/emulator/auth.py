"""Who is calling, and which accounts they may address.

Twilio's 2010 API takes HTTP Basic credentials: an Account SID with its Auth Token, or an API key
(SK…) with its secret. A main account reaches its own resources and every subaccount's
(`/Accounts/{sub}/…`); a subaccount reaches only its own.
"""

from __future__ import annotations

import hmac

from werkzeug.wrappers import Request

from . import catalog, errors
from .store import Store


def authenticate(store: Store, request: Request) -> dict:
    """The account the request's credentials belong to, or Twilio's 401 (code 20003)."""
    auth = request.authorization
    if auth is None or auth.type != "basic" or not auth.username or auth.password is None:
        raise errors.authenticate()
    username, password = auth.username, auth.password
    if username.startswith("SK"):
        key = store.query("SELECT secret, account_sid FROM api_keys WHERE sid = ?", (username,))
        if not key or not hmac.compare_digest(key[0]["secret"], password):
            raise errors.authenticate()
        account = store.get(catalog.ACCOUNTS, sid=key[0]["account_sid"])
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
