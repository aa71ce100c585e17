"""`twiliocli accounts`: the main account and its subaccounts (paths are /Accounts, not under one)."""

from __future__ import annotations

from twiliocli.api.resources import ACCOUNTS
from twiliocli.cli.commands import ResourceGroup
from twiliocli.cli.signature import examples

SID = "AC0123456789abcdef0123456789abcdef"

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
    ask=lambda v: f"Close account {v['sid']}? This cannot be undone" if v.get("Status") == "closed" else "",
)
group.action("suspend", "Suspend a subaccount: its requests fail until it is activated." + examples(f"twiliocli accounts suspend {SID}"), {"Status": "suspended"})
group.action("activate", "Reactivate a suspended subaccount." + examples(f"twiliocli accounts activate {SID}"), {"Status": "active"})
group.action(
    "close", "Close a subaccount for good: its numbers are released and it cannot be reopened (asks first)."
    + examples(f"twiliocli accounts close {SID} --yes"),
    {"Status": "closed"}, ask="Close account {sid}? This cannot be undone",
)
