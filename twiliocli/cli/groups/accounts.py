"""`twiliocli accounts`: the main account and its subaccounts (paths are /Accounts, not under one)."""

from __future__ import annotations

from twiliocli.api.resources import ACCOUNTS
from twiliocli.cli.framework.commands import ResourceGroup
from twiliocli.cli.framework.signature import examples

SID = "AC0123456789abcdef0123456789abcdef"
SUSPEND = "Suspend account {sid} (its requests fail until it is activated)?"
CLOSE = "Close account {sid} for good (this cannot be undone)?"

group = ResourceGroup(ACCOUNTS, "Accounts and subaccounts: list, inspect, create, rename, suspend, reactivate, close.")
app = group.app
NAME, STATUS = ACCOUNTS.settings

group.list(
    "List the account and its subaccounts."
    + examples("twiliocli accounts list", "twiliocli accounts list --status suspended -o csv")
)
group.get("Show one account (its auth token is masked)." + examples(f"twiliocli accounts get {SID}"))
group.create(
    "create", "Create a subaccount of the account in use."
    + examples("twiliocli accounts create --friendly-name 'Customer 42'", "twiliocli accounts create -o json | jq -r .sid"),
    settings=(NAME,),
)
group.update(
    "update", "Rename an account or change its status."
    + examples(f"twiliocli accounts update {SID} --friendly-name 'Customer 42 (EU)'", f"twiliocli accounts update {SID} --status active"),
    ask=lambda v: {"closed": CLOSE, "suspended": SUSPEND}.get(v.get("Status") or "", "").format(sid=v["sid"]),
)
group.action(
    "suspend", "Suspend a subaccount: its requests fail until it is activated (asks first)."
    + examples(f"twiliocli accounts suspend {SID} --yes"),
    {"Status": "suspended"}, ask=SUSPEND,
)
group.action("activate", "Reactivate a suspended subaccount." + examples(f"twiliocli accounts activate {SID}"), {"Status": "active"})
group.action(
    "close", "Close a subaccount for good: its numbers are released and it cannot be reopened (asks first)."
    + examples(f"twiliocli accounts close {SID} --yes"),
    {"Status": "closed"}, ask=CLOSE,
)
