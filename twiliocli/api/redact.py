"""Keep secrets out of everything the tool prints: records, error messages and debug logs."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from typing import Any

SECRET_KEYS = frozenset({"auth_token", "secret", "password", "sip_auth_password"})
# Patterns as text: `re` compiles each on its first use (an error or debug line), not at every
# start-up (~0.6 ms of a list's), and keeps it compiled.
_SECRET_FIELD = r'("(?:auth_token|secret|password)"\s*:\s*")[^"]*(")'
_SECRET_FORM = r"(?i)((?:AuthToken|Password|Secret)[^=&]*=)[^&\s']*"
# An Authorization header echoed back (by a proxy, a debugging server): whatever its credentials.
_AUTH_HEADER = r"(?i)\b((?:Basic|Bearer)\s+)[A-Za-z0-9+/_.~-]{20,}=*"


def mask(secret: str) -> str:
    """A stand-in that tells secrets apart without revealing them: the last four characters only."""
    return "********" + secret[-4:] if len(secret) >= 16 else "********"


def encodings(secret: str, username: str = "") -> set[str]:
    """The forms a secret travels in besides itself: the base64 of `username:secret` (HTTP Basic
    auth, standard and URL-safe alphabets, with and without padding) and of the secret alone."""
    forms = set()
    for raw in (f"{username}:{secret}".encode(), secret.encode()):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            text = encode(raw).decode()
            forms.update((text, text.rstrip("=")))
    return {form for form in forms if len(form) >= 8}  # a shorter one would blank out ordinary words


class Redactor:
    """Knows the run's secrets and scrubs them from text and decoded records."""

    def __init__(self, secrets: Iterable[str], logins: Iterable[tuple[str, str]] = ()) -> None:
        found = {s for s in secrets if s}
        for username, password in logins:
            if password:
                found |= {password, *encodings(password, username)}
        self.secrets = sorted(found, key=len, reverse=True)  # a longer form before its own prefix

    def text(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        text = re.sub(_AUTH_HEADER, r"\1[redacted]", text)
        text = re.sub(_SECRET_FIELD, r"\1[redacted]\2", text)
        return re.sub(_SECRET_FORM, r"\1[redacted]", text)

    @staticmethod
    def object_hook(obj: dict[str, Any]) -> dict[str, Any]:
        """For `json.loads`: mask secret-valued fields (an account's `auth_token`) of every object
        as it is decoded, at any depth. One set test per object is cheaper than scanning the
        answer's bytes for the keys first (2 µs a record on an export); asked of the object's keys,
        it looks up the four secret names (100 ns) instead of hashing all 26 fields of a call (275)."""
        if obj.keys().isdisjoint(SECRET_KEYS):
            return obj
        for key in SECRET_KEYS.intersection(obj):
            value = obj[key]
            if isinstance(value, str) and value:
                obj[key] = mask(value)
        return obj
