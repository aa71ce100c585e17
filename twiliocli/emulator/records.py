"""Stored rows -> the JSON objects Twilio sends.

Field order, types and nulls follow the resource's schema in Twilio's OpenAPI document; `uri` and
`subresource_uris` are computed from the resource's path, so they never drift from the routes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from twiliocli.api.resources import API_VERSION

from .catalog import BOOL, DATE, DERIVED, JSON, Kind, View
from .dates import rfc2822
from .validate import formatted

PLACEHOLDER = re.compile(r"{(\w+)}")


def snake(name: str) -> str:
    """`ConferenceSid` -> `conference_sid`: the column a path placeholder is filled from."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def fill(template: str, row: dict) -> str:
    """`/Accounts/{AccountSid}/Calls` with the row's own ids -> `/2010-04-01/Accounts/AC…/Calls`."""
    return f"/{API_VERSION}" + PLACEHOLDER.sub(lambda m: str(row[snake(m.group(1))]), template)


def decode(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == DATE:
        return rfc2822(value)
    if kind == BOOL:
        return bool(value)
    if kind == JSON:
        return json.loads(value)
    return value


def render(kind: Kind, row: dict, view: View | None = None, listing: bool = False) -> dict:
    """One record as Twilio shows it, at `view`'s path and with `view`'s field subset."""
    path = (view.path if view and view.path else None) or kind.api.path
    key = row[kind.key]
    out: dict[str, Any] = {}
    for f in kind.fields:
        if view and view.only:
            if f.name not in view.only:
                continue
        elif f.hidden or (view and f.name in view.omit) or (listing and f.name in kind.list_omit):
            continue
        if f.name == "uri":
            base = fill(path, row)
            out["uri"] = f"{base}.json" if kind.key == "account_sid" else f"{base}/{key}.json"
        elif f.name == "subresource_uris":
            base = fill(path, row)
            out[f.name] = {name: f"{base}/{key}/{sub}.json" for name, sub in kind.subresources.items()}
        elif f.kind == DERIVED:  # `to_formatted` is `to` in national format
            out[f.name] = formatted(row[f.name.removesuffix("_formatted")])
        else:
            out[f.name] = decode(f.kind, row.get(f.name))
    return out
