"""`twiliocli login`: save credentials as a profile after checking them with one request."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from twiliocli import config, validate
from twiliocli.cli.framework import params as P
from twiliocli.errors import CliError, UsageError
from twiliocli.cli.framework.signature import examples

app = typer.Typer(add_completion=False)


@app.command()
def login(
    ctx: typer.Context,
    profile: Annotated[str, typer.Option("--profile", "-p", help="Name to save the credentials under.")] = "default",
    account_sid: Annotated[Optional[str], typer.Option("--account-sid", parser=P.sid_parser("AC"), metavar=P.sid_metavar("AC"), help="Account SID (prompted for when missing).", show_default=False)] = None,
    token_stdin: Annotated[bool, typer.Option("--token-stdin", help="Read the Auth Token (or API secret) from stdin.")] = False,
    api_key: Annotated[Optional[str], typer.Option("--api-key", parser=P.sid_parser("SK"), metavar=P.sid_metavar("SK"), help="Sign in with this API key; its secret comes from a prompt or stdin.", show_default=False)] = None,
    api_url: Annotated[Optional[str], typer.Option("--api-url", parser=P.url, metavar="URL", help="API base URL to check the credentials against and save with the profile (e.g. an emulator's); TWILIO_API_URL counts too.", show_default=False)] = None,
    use_keyring: Annotated[bool, typer.Option("--keyring", help="Keep the secret in the OS keyring instead of the config file.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace a profile of that name that holds other credentials or another URL.")] = False,
) -> None:
    """Save credentials as a profile, after checking them against the API."""
    from twiliocli.cli.framework.runtime import runtime

    if profile == config.EMULATOR:
        raise UsageError(f"Profile {profile!r} is built in; save these credentials under another name, e.g. --profile local")
    state = runtime(ctx)
    api_url = config.url_given(api_url or state.api_url, os.environ)
    interactive = sys.stdin.isatty()
    if not account_sid:
        if not interactive:
            raise UsageError("--account-sid is required without a terminal (the secret then comes from --token-stdin)")
        account_sid = validate.sid(typer.prompt("Account SID", err=True).strip(), "AC")
    what = "API key secret" if api_key else "Auth Token"
    if token_stdin or not interactive:
        secret = sys.stdin.readline().strip()
    else:
        secret = typer.prompt(what, hide_input=True, err=True).strip()
    if not secret:
        raise UsageError(f"No {what} given; pass it on stdin with --token-stdin or type it at the prompt")
    if not force:
        _refuse_to_clobber(profile, account_sid, api_key, secret, api_url)
    settings: dict[str, object] = {"account_sid": account_sid}
    if api_key:
        settings["api_key"] = api_key
    if api_url:
        settings["api_url"] = api_url
    _verify(settings, api_key or account_sid, secret, api_url, insecure=state.insecure)
    secret_key = "api_secret" if api_key else "auth_token"
    if use_keyring:
        _store_in_keyring(profile, secret_key, secret)
        settings["keyring"] = True
    else:
        settings[secret_key] = secret
    current = config.load()
    current.profiles[profile] = settings
    current.active = profile
    path = config.save(current)
    from twiliocli.output import messages

    where = f" at {api_url}" if api_url else ""
    messages.success(f"Logged in to {account_sid}{where} as profile '{profile}' (now active); saved in {path}")


login.__doc__ += examples(
    "twiliocli login",
    "printf '%s' \"$TOKEN\" | twiliocli login --account-sid AC0123456789abcdef0123456789abcdef --token-stdin",
    "twiliocli login --profile staging --api-key SK0123456789abcdef0123456789abcdef --account-sid AC0123456789abcdef0123456789abcdef",
    "twiliocli login --profile staging --force",
    "printf '%s\\n' emulator0demo0auth0token00000000 | twiliocli login --profile local --api-url http://127.0.0.1:8080 --account-sid AC0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e --token-stdin",
)


def _refuse_to_clobber(profile: str, account_sid: str, api_key: str | None, secret: str, api_url: str | None) -> None:
    """A profile of that name that holds other credentials or another URL is kept unless --force
    (logging in again with the same ones is fine). Checked before any request; no secret is named."""
    saved = config.load().profiles.get(profile)
    if saved is None:
        return
    differs = []
    if saved.get("account_sid") != account_sid:
        differs.append(f"account {saved.get('account_sid') or '(none)'}")
    if (saved.get("api_key") or None) != api_key:
        differs.append(f"API key {saved['api_key']}" if saved.get("api_key") else "an auth token, not an API key")
    if (saved.get("api_url") or None) != (api_url or None):
        differs.append(f"URL {saved.get('api_url') or config.DEFAULT_BASE_URL}")
    if not differs:
        key = "api_secret" if api_key else "auth_token"
        try:
            stored = config._keyring_secret(profile, key, "") if saved.get("keyring") else saved.get(key)
        except CliError:
            stored = None
        if stored != secret:
            differs.append("another secret")
    if differs:
        raise UsageError(f"Profile {profile!r} already exists with {', '.join(differs)}; pass --force to replace it, "
                         f"or choose another name with --profile")


def _verify(settings: dict[str, object], username: str, secret: str, api_url: str | None, *, insecure: bool) -> None:
    """One request with the new credentials: fetch the account they belong to."""
    from twiliocli.api.client import Auth, Client, check_base_url
    from twiliocli.api.resources import ACCOUNTS

    sid = str(settings["account_sid"])
    url = api_url or config.DEFAULT_BASE_URL
    client = Client(check_base_url(url, insecure=insecure), Auth(username, secret, sid), retries=1)
    try:
        client.get(ACCOUNTS.instance(sid))
    except CliError as exc:
        exc.message = f"Credentials not saved: {exc.message}"
        raise
    finally:
        client.session.close()


def _store_in_keyring(profile: str, key: str, secret: str) -> None:
    try:
        import keyring
    except ImportError:
        raise UsageError("--keyring needs the 'keyring' package: pip install 'twiliocli[keyring]'") from None
    keyring.set_password("twiliocli", f"{profile}:{key}", secret)
