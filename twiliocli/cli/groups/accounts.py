"""`twiliocli accounts`: the main account and its subaccounts (paths are /Accounts, not under one)."""

from __future__ import annotations

from typing import Annotated, Any, Optional

import typer

from twiliocli.api.resources import ACCOUNTS
from twiliocli.cli.framework import profile_save
from twiliocli.cli.framework.commands import ResourceGroup, context_parameter, record_printer, settings_data, settings_parameters
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples, output_parameters, param
from twiliocli.errors import CliError, UsageError

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


def create(ctx: typer.Context, save_profile: str | None = None, force: bool = False, **kw: Any) -> None:
    """POST /Accounts; with --save-profile the new subaccount's SID and auth token become a profile
    (the token read from the answer, saved, never printed: every output shows it masked)."""
    from twiliocli.output import messages

    if save_profile is not None:
        profile_save.check_name(save_profile, force=force)
    elif force:
        raise UsageError("--force goes with --save-profile (it lets a profile of that name be replaced)")
    printer = record_printer(ACCOUNTS, kw)
    data = settings_data((NAME,), kw)
    state = runtime(ctx)
    client = state.client()
    record = profile_save.post_unmasked(client, ACCOUNTS.collection(AccountSid=client.account_sid), data, state)
    shown = profile_save.masked(record)
    if save_profile is None:
        printer.record(shown)
        return
    sid, token = record.get("sid"), record.get("auth_token")
    if not (isinstance(sid, str) and sid.startswith("AC") and isinstance(token, str) and token):
        printer.record(shown)
        raise CliError(f"Subaccount {sid or '?'} was created, but the answer carried no auth token: profile '{save_profile}' not saved")
    try:
        path = profile_save.save(save_profile, {"account_sid": sid, "auth_token": token, **profile_save.where_in_use(state)})
    except CliError as exc:
        printer.record(shown)
        raise CliError(f"Subaccount {sid} was created, but profile '{save_profile}' was not saved ({exc.message})") from None
    printer.record(shown)
    messages.success(f"Saved subaccount {sid} as profile '{save_profile}' in {path} (its auth token is not shown); "
                     f"use it with 'twiliocli -p {save_profile} …'")


group.command("create", create, [
    context_parameter(), *settings_parameters((NAME,)),
    param("save_profile", Annotated[Optional[str], typer.Option(
        "--save-profile", metavar="NAME", show_default=False,
        help="Save the new subaccount's SID and auth token (and the API URL in use) as profile NAME; the token is never printed.")], None),
    param("force", Annotated[bool, typer.Option("--force", help="With --save-profile: replace a profile of that name.")], False),
    *output_parameters(),
], "Create a subaccount of the account in use (--save-profile keeps its credentials as a profile)."
    + examples("twiliocli accounts create --friendly-name 'Customer 42'", "twiliocli accounts create -o json | jq -r .sid",
               "twiliocli accounts create --friendly-name 'Customer 42' --save-profile customer42"), changes=True)
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
