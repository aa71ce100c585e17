"""Fixtures for the emulator's tests: a real server on a free port, and a small HTTP client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background


class Api:
    """requests against one emulator, with paths relative to the addressed account."""

    def __init__(self, emulator: RunningEmulator, sid: str | None = None, token: str | None = None,
                 account: str | None = None):
        self.emulator = emulator
        self.session = requests.Session()
        self.session.auth = (sid or emulator.account_sid, token or emulator.auth_token)
        self.account = account or sid or emulator.account_sid

    def url(self, path: str) -> str:
        if path.startswith("http"):
            return path
        if path.startswith("/2010-04-01") or path.startswith("/_emulator"):
            return self.emulator.url + path
        return f"{self.emulator.url}/2010-04-01/Accounts/{self.account}{path}"

    def get(self, path: str, **params) -> requests.Response:
        return self.session.get(self.url(path), params=params, timeout=10)

    def post(self, path: str, data=None) -> requests.Response:
        return self.session.post(self.url(path), data=data or {}, timeout=10)

    def delete(self, path: str) -> requests.Response:
        return self.session.delete(self.url(path), timeout=10)

    def records(self, path: str, key: str, **params) -> list[dict]:
        """Every record of a list, following next_page_uri."""
        out, page = [], self.get(path, **params).json()
        while True:
            out += page[key]
            if not page["next_page_uri"]:
                return out
            page = self.get(page["next_page_uri"]).json()


def running(config: EmulatorConfig | None = None) -> Iterator[RunningEmulator]:
    emulator = start_background(config or EmulatorConfig())
    try:
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture(scope="module")
def shared_emulator() -> Iterator[RunningEmulator]:
    """One demo emulator for tests that only read (or create records nobody else counts)."""
    yield from running()


@pytest.fixture
def emulator() -> Iterator[RunningEmulator]:
    """A fresh demo emulator for tests that change state."""
    yield from running()


@pytest.fixture
def api(emulator: RunningEmulator) -> Api:
    return Api(emulator)


@pytest.fixture(scope="module")
def shared_api(shared_emulator: RunningEmulator) -> Api:
    return Api(shared_emulator)


def assert_error(response: requests.Response, status: int, code: int) -> dict:
    """Twilio's error body: exactly code, message, more_info and status."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message", "more_info", "status"}
    assert (body["code"], body["status"]) == (code, status), body
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"
    return body
