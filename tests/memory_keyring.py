"""An in-memory keyring backend, so `login --keyring` is tested without a desktop keyring daemon."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

_VAULT: dict[tuple[str, str], str] = {}


class MemoryKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return _VAULT.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        _VAULT[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if _VAULT.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
