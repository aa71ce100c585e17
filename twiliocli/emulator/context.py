"""What a route handler gets: the request, the store, and the account it addresses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Request

from .clock import Clock
from .config import EmulatorConfig
from .store import Store

if TYPE_CHECKING:
    from .lifecycle import Lifecycle


class Application(Protocol):
    """What a request's handlers use of the application serving it (`app.Emulator`)."""

    config: EmulatorConfig
    store: Store
    clock: Clock
    lifecycle: Lifecycle

    def count(self, name: str, n: int = 1) -> None: ...


@dataclass
class Context:
    """One request, authenticated: `account` is the account named in the path (if any)."""

    emulator: Application
    request: Request
    path: str
    principal: dict | None = None
    account: dict | None = None
    values: dict = field(default_factory=dict)

    @property
    def store(self) -> Store:
        return self.emulator.store

    @property
    def config(self) -> EmulatorConfig:
        return self.emulator.config

    @property
    def form(self) -> MultiDict:
        return self.request.form

    @property
    def args(self) -> MultiDict:
        return self.request.args

    @property
    def host(self) -> str:
        """`http://host:port` as this request reached the server: LINK fields are made absolute on it."""
        return self.request.host_url.rstrip("/")

    @property
    def account_sid(self) -> str:
        assert self.account is not None
        return self.account["sid"]

    def now(self) -> int:
        """The emulator's clock in whole seconds, as records store instants."""
        return int(self.emulator.clock.now())

    def count(self, effect: str) -> None:
        """Record a state change (stats let fault tests see what a lost response did)."""
        self.emulator.count(effect)
