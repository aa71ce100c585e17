"""Save new credentials (a key `keys create` made, a subaccount's token) as a profile.

The config file is written as `login` writes it (config.save: 0600, atomic); the secret is never
printed. A profile that exists is replaced only when asked (`--force`), and the check comes before
any request, so a refused name costs nothing on the account. The active profile does not change.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from twiliocli import config
from twiliocli.errors import CliError, UsageError


def check_name(name: str, *, force: bool) -> None:
    """Refuse a profile name before anything is created: the built-in one, or one that exists without `force`."""
    if not name or not name.strip():
        raise UsageError("--save-profile needs a profile name")
    if name == config.EMULATOR:
        raise UsageError(f"Profile {name!r} is built in; save under another name")
    if name in config.load().profiles and not force:
        raise UsageError(f"Profile {name!r} exists; pass --force to replace it, or choose another name")


def where_in_use(state: Any) -> dict[str, Any]:
    """The address settings of the credentials this run uses (api_url, region, edge, ca_bundle),
    as config.resolve chooses them for the client (config.address)."""
    return config.address(state.credentials(), os.environ, state.api_url)


def save(name: str, settings: dict[str, Any]) -> Path:
    """Write profile `name` (replacing it), atomically; a failure raises CliError and leaves the file as it was."""
    try:
        current = config.load()
        current.profiles[name] = settings
        return config.save(current)
    except CliError as exc:
        raise CliError(f"could not write the config file: {exc.message}") from None
    except OSError as exc:
        raise CliError(f"could not write {config.config_path()}: {exc.strerror or exc}") from None


def update(name: str, fields: dict[str, Any]) -> Path:
    """Replace some settings of profile `name` as the file holds it now (others' edits to its other
    settings are kept), atomically; CliError on failure, the file then as it was."""
    try:
        current = config.load()
        current.profiles[name] = {**current.profiles.get(name, {}), **fields}
        return config.save(current)
    except CliError as exc:
        raise CliError(f"could not write the config file: {exc.message}") from None
    except OSError as exc:
        raise CliError(f"could not write {config.config_path()}: {exc.strerror or exc}") from None


def post_unmasked(client: Any, path: str, data: dict[str, str], state: Any = None) -> dict[str, Any]:
    """POST and return the answer as sent, its secret fields NOT masked (the client's decoding masks
    them). The caller must mask them before printing; every secret found is added to the run's
    redaction (`state`), so errors, --debug and tracebacks never show it."""
    import json

    from twiliocli.api.errors import ApiError
    from twiliocli.api.redact import SECRET_KEYS

    response = client.send("POST", path, data=list(data.items()))
    try:
        document = json.loads(response.content.decode("utf-8"))
    except ValueError:
        raise ApiError(response.status_code, None, "the answer was not JSON") from None
    if not isinstance(document, dict):
        raise ApiError(response.status_code, None, "the answer was not a JSON object")
    if state is not None:
        for key in SECRET_KEYS.intersection(document):
            if isinstance(document[key], str) and document[key]:
                state._logins.append((str(document.get("sid", "")), document[key]))
    return document


def masked(record: dict[str, Any]) -> dict[str, Any]:
    """`record` with its secret fields masked as every other answer's are."""
    from twiliocli.api.redact import Redactor

    return Redactor.object_hook(dict(record))
