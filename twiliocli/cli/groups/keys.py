"""`twiliocli keys`: API keys. The spec's commands, with a `create` that shows the secret once
(or saves it as a profile without showing it) and `rotate`, which replaces a profile's key.

A key's secret is in the answer to its creation only; every other answer (and every other field
of every answer) stays masked, and the secret is scrubbed from errors and --debug output.
"""

from __future__ import annotations

import os
from typing import Annotated, Any, Optional

import typer

from twiliocli import config
from twiliocli.api import declared
from twiliocli.cli.framework import generated, params as P, profile_save
from twiliocli.cli.framework.commands import record_printer
from twiliocli.cli.framework.runtime import confirm, runtime
from twiliocli.cli.framework.signature import examples, output_parameters, param
from twiliocli.errors import CliError, UsageError

SID = "SK0123456789abcdef0123456789abcdef"

group = generated.standard(declared.node(("keys",)))
app = group.app
KEYS = group.resource

SaveProfile = Annotated[Optional[str], typer.Option(
    "--save-profile", metavar="NAME", show_default=False,
    help="Save the new key (with its secret, the account SID and the API URL in use) as profile NAME; "
         "the secret is then not printed.")]
Force = Annotated[bool, typer.Option("--force", help="With --save-profile: replace a profile of that name.")]
FriendlyName = Annotated[Optional[str], typer.Option("--friendly-name", metavar="TEXT", show_default=False,
                                                     help="A name for the key, to tell keys apart.")]
RotateProfile = Annotated[Optional[str], typer.Option(
    "--profile", "-p", metavar="NAME", show_default=False, autocompletion=P.profile_names,
    help="The API-key profile whose key to replace (required; `twiliocli -p NAME keys rotate` names it too). "
         "Its own key makes the new one.")]


def _replace(name: str, func: Any, parameters: list[Any], help: str, *, changes: bool = True) -> None:
    """Register command `name` in place of the standard one of that name (keeping its place in help)."""
    commands = app.registered_commands
    index = next((i for i, c in enumerate(commands) if c.name == name), len(commands))
    app.registered_commands = [c for c in commands if c.name != name]
    group.command(name, func, parameters, help, changes=changes)
    app.registered_commands.insert(index, app.registered_commands.pop())


# -- create ---------------------------------------------------------------------------------------


def create(ctx: typer.Context, friendly_name: str | None = None, save_profile: str | None = None,
           force: bool = False, **kw: Any) -> None:
    from twiliocli.output import messages

    if save_profile is not None:
        profile_save.check_name(save_profile, force=force)
    elif force:
        raise UsageError("--force goes with --save-profile (it lets a profile of that name be replaced)")
    printer = record_printer(KEYS, kw)
    state = runtime(ctx)
    client = state.client()
    data = {"FriendlyName": friendly_name} if friendly_name is not None else {}
    record = profile_save.post_unmasked(client, KEYS.collection(AccountSid=client.account_sid), data, state)
    secret = record.get("secret")
    if not isinstance(secret, str) or not secret:
        printer.record(profile_save.masked(record))
        raise CliError(f"The answer creating {record.get('sid', 'the key')} carried no secret; delete the key and try again")
    if save_profile is None:
        printer.record(record)  # the one answer whose secret is shown, once
        messages.warn(f"This is the only time the secret of {record.get('sid')} is shown: store it now, it cannot be shown again.")
        return
    settings = {"account_sid": client.account_sid, "api_key": record["sid"], "api_secret": secret,
                **profile_save.where_in_use(state)}
    try:
        path = profile_save.save(save_profile, settings)
    except CliError as exc:
        printer.record(profile_save.masked(record))
        raise CliError(f"Key {record['sid']} was created but not saved ({exc.message}); its secret is lost: "
                       f"delete it with 'twiliocli keys delete {record['sid']} --yes' and create another") from None
    printer.record(profile_save.masked(record))
    messages.success(f"Saved key {record['sid']} as profile '{save_profile}' in {path} (the secret is not shown); "
                     f"use it with 'twiliocli -p {save_profile} …'")


_replace("create", create, [
    param("ctx", typer.Context), param("friendly_name", FriendlyName, None), param("save_profile", SaveProfile, None),
    param("force", Force, False), *output_parameters(),
], "Create an API key: its secret is shown this once (or saved as a profile with --save-profile, not shown)."
    + examples("twiliocli keys create --friendly-name deploy",
               "twiliocli keys create --friendly-name ci --save-profile ci",
               "twiliocli keys create --save-profile ci --force"))


# -- rotate ---------------------------------------------------------------------------------------


def rotate(ctx: typer.Context, profile: str | None = None, yes: bool = False, dry_run: bool = False, **kw: Any) -> None:
    from twiliocli.api.errors import ApiError
    from twiliocli.api.resources import ACCOUNTS
    from twiliocli.output import messages
    import time

    from twiliocli.timefmt import now

    state = runtime(ctx)
    name = profile or state.profile or os.environ.get("TWILIOCLI_PROFILE")
    if not name:
        raise UsageError("Name the API-key profile to rotate: twiliocli keys rotate --profile NAME")
    if name == config.EMULATOR:
        raise UsageError(f"Profile {name!r} is built in and signs in with an auth token, not an API key")
    settings = config.profile_settings(config.load(), name)
    old = settings.get("api_key")
    if not old:
        raise UsageError(f"Profile {name!r} signs in with an auth token, not an API key; only API-key profiles rotate "
                         "(make one with 'twiliocli keys create --save-profile NAME')")
    if settings.get("keyring"):
        raise UsageError(f"Profile {name!r} keeps its secret in the OS keyring; rotating such a profile is not supported yet")
    printer = record_printer(KEYS, kw)
    delete_old = f"twiliocli -p {name} keys delete {old} --yes"
    if dry_run:
        messages.info(f"Would rotate profile '{name}': 1) create a new key with {old}, 2) check it with one request, "
                      f"3) save it in profile '{name}' in place of {old}, 4) delete {old} with the new key. Nothing changed.")
        return
    confirm(f"Replace key {old} of profile '{name}' with a new key, then delete {old}?", yes)
    state.profile = name  # every request below uses this profile's key (the new one from step 2)
    client = state.client()
    account = client.account_sid

    def failed(step: str, exc: CliError, state_of_things: str) -> CliError:
        return CliError(f"Rotation of profile '{name}' failed at step {step}: {exc.message}. {state_of_things}", exc.status)

    # 1) a new key, made with the old one
    try:
        try:
            label = client.get(KEYS.instance(old, AccountSid=account)).get("friendly_name") or old
        except ApiError as exc:
            if exc.http_status != 404:
                raise
            label = old
        fresh = profile_save.post_unmasked(client, KEYS.collection(AccountSid=account),
                                           {"FriendlyName": f"{label} (rotated {time.strftime('%Y-%m-%d', time.localtime(now()))})"[:64]}, state)
    except CliError as exc:
        raise failed("1 (create a new key)", exc, f"Nothing changed: profile '{name}' still uses {old}.") from None
    new, secret = str(fresh.get("sid", "")), fresh.get("secret")
    delete_new = f"twiliocli -p {name} keys delete {new} --yes"
    if not new.startswith("SK") or not isinstance(secret, str) or not secret:
        raise CliError(f"Rotation of profile '{name}' failed at step 1: the answer creating key {new or '?'} carried no "
                       f"secret. Profile '{name}' still uses {old}; delete the unusable key with '{delete_new}'.")

    # 2) the new key works: one request signed with it
    checker = _client_like(client, new, secret)
    try:
        checker.get(ACCOUNTS.instance(account))
    except CliError as exc:
        checker.session.close()
        try:
            client.delete(KEYS.instance(new, AccountSid=account))
            cleanup = f"The new key {new} was deleted."
        except CliError as again:
            cleanup = f"Deleting the new key {new} failed too ({again.message}): delete it with '{delete_new}'."
        raise failed("2 (check the new key)", exc, f"{cleanup} Profile '{name}' is unchanged and still uses {old}, which works.") from None

    # 3) the profile holds the new key (one atomic write)
    try:
        path = profile_save.update(name, {"api_key": new, "api_secret": secret})
    except CliError as exc:
        checker.session.close()
        raise failed("3 (save the profile)", exc, f"Profile '{name}' still holds the old key {old}, which still works. "
                     f"The new key {new} exists but is saved nowhere: delete it with '{delete_new}'.") from None

    # 4) the old key is gone, deleted with the new one
    try:
        gone = checker.delete(KEYS.instance(old, AccountSid=account))
    except ApiError as exc:
        if exc.http_status != 404:
            raise failed("4 (delete the old key)", exc, f"Profile '{name}' now holds the new key {new}, which works. "
                         f"The old key {old} still exists: delete it with '{delete_old}'.") from None
        gone = True
    except CliError as exc:
        raise failed("4 (delete the old key)", exc, f"Profile '{name}' now holds the new key {new}, which works. "
                     f"The old key {old} may still exist: delete it with '{delete_old}'.") from None
    finally:
        checker.session.close()
    printer.record(profile_save.masked(fresh))
    note = " (it was already gone)" if gone else ""
    messages.success(f"Rotated profile '{name}' (saved in {path}): new key {new} checked and saved; old key {old} deleted{note}.")


def _client_like(client: Any, username: str, password: str) -> Any:
    """A client for the same API as `client`, with the same limits and logging, signed as `username`."""
    from twiliocli.api.client import Auth, Client

    return Client(client.base_url, Auth(username, password, client.account_sid), retries=client.retries,
                  timeout=client.total_timeout, connect_timeout=client.timeout[0], verify=client.verify,
                  debug=client._debug, notice=client._notice, max_wait=client.max_wait)


group.command("rotate", rotate, [
    param("ctx", typer.Context), param("profile", RotateProfile, None), param("dry_run", P.DryRun, False),
    *output_parameters(),
], "Replace an API-key profile's key with a new one, checked before the old key is deleted (asks first).\n\n"
   "Four steps: create a new key with the profile's key; check it with one request; save it in the profile "
   "(one atomic write); delete the old key with the new one. The profile is named by the command's own "
   "--profile (or `twiliocli -p NAME keys rotate`). A failed step leaves the profile with working credentials, "
   "exits non-zero and says which key, if any, is left to delete."
   + examples("twiliocli keys rotate --profile ci --yes", "twiliocli keys rotate --profile ci --dry-run"), changes=True)
