"""`twiliocli profiles` and `twiliocli config`: saved credentials, without ever showing a secret."""

from __future__ import annotations

from typing import Annotated, Any, Optional

import typer

from twiliocli import config
from twiliocli.api.redact import mask
from twiliocli.cli.framework import params as P
from twiliocli.errors import UsageError
from twiliocli.cli.framework.signature import examples

app = typer.Typer(help="Saved credential profiles: list, switch, show, remove.", no_args_is_help=True, add_completion=False)

COLUMNS = ["name", "active", "account_sid", "auth", "api_url"]


def _describe(name: str, settings: dict[str, Any], active: str | None) -> dict[str, Any]:
    secret = settings.get("api_secret") or settings.get("auth_token") or ""
    return {
        "name": name,
        "active": name == active,
        "account_sid": settings.get("account_sid", ""),
        "auth": "api key " + settings["api_key"] if settings.get("api_key") else "auth token",
        "secret": "(keyring)" if settings.get("keyring") else mask(secret) if secret else "",
        "api_url": settings.get("api_url") or "",
    }


@app.command("list")
def list_(output: P.Output = None, no_header: P.NoHeader = False) -> None:
    """List saved profiles (secrets are never shown)."""
    current = config.load()
    names = [*current.profiles, *([config.EMULATOR] if config.EMULATOR not in current.profiles else [])]
    from twiliocli.output import Printer

    printer = Printer(COLUMNS, fmt=output, header=not no_header)
    printer.records(_describe(n, config.profile_settings(current, n), current.active) for n in names)


list_.__doc__ += examples("twiliocli profiles list", "twiliocli profiles list -o json")


@app.command()
def use(name: Annotated[str, typer.Argument(help="Profile to make active.", autocompletion=P.profile_names)]) -> None:
    """Make a profile the active one."""
    current = config.load()
    config.profile_settings(current, name)
    current.active = name
    config.save(current)
    from twiliocli.output import messages

    messages.success(f"Active profile is now '{name}'")


use.__doc__ += examples("twiliocli profiles use staging", "twiliocli profiles use emulator")


@app.command()
def show(
    name: Annotated[Optional[str], typer.Argument(help="Profile to show (default: the active one).", show_default=False, autocompletion=P.profile_names)] = None,
    output: P.Output = None,
    no_header: P.NoHeader = False,
) -> None:
    """Show one profile, its secret masked."""
    from twiliocli.output import Printer

    printer = Printer(COLUMNS, fmt=output, header=not no_header, whole_records=True)
    current = config.load()
    name = name or current.active
    if not name:
        raise UsageError("No active profile; name one, or run 'twiliocli login'")
    printer.record(_describe(name, config.profile_settings(current, name), current.active))


show.__doc__ += examples("twiliocli profiles show", "twiliocli profiles show staging -o json")


@app.command()
def remove(name: Annotated[str, typer.Argument(help="Profile to forget.", autocompletion=P.profile_names)], yes: P.Yes = False) -> None:
    """Forget a saved profile (and its keyring secret)."""
    from twiliocli.cli.framework.runtime import confirm

    current = config.load()
    if name == config.EMULATOR and name not in current.profiles:
        raise UsageError(f"Profile {name!r} is built in and cannot be removed; it keeps no credentials")
    if name not in current.profiles:
        raise UsageError(f"No saved profile named {name!r}; see 'twiliocli profiles list'")
    confirm(f"Remove profile '{name}'?", yes)
    settings = current.profiles.pop(name)
    if current.active == name:
        current.active = None
    config.save(current)
    if settings.get("keyring"):
        _forget_keyring(name)
    from twiliocli.output import messages

    messages.success(f"Removed profile '{name}'")


remove.__doc__ += examples("twiliocli profiles remove staging --yes")


def _forget_keyring(name: str) -> None:
    try:
        import keyring
        from keyring.errors import PasswordDeleteError
    except ImportError:
        return
    for key in ("auth_token", "api_secret"):
        try:
            keyring.delete_password("twiliocli", f"{name}:{key}")
        except PasswordDeleteError:
            pass
