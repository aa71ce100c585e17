"""Shared fixtures: an isolated home for every test, a live emulator, and the real CLI in-process.

Every end-to-end test talks to the emulator over real HTTP on 127.0.0.1; nothing mocks the
tool's own requests.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background

# Records created by tests that do not watch the lifecycle keep their first statuses for the
# whole test (a call rings, a message stays queued); lifecycle tests choose their own timings.
STILL = {"ring_seconds": 3600, "call_seconds": 3600, "delivery_seconds": 3600}

ISOLATED_PREFIXES = ("TWILIO", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test sees the developer's config, credentials or TWILIO* variables."""
    for name in list(os.environ):
        if name.upper().startswith(ISOLATED_PREFIXES):
            monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("TWILIOCLI_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("TWILIOCLI_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("COLUMNS", "200")
    return home


@pytest.fixture
def emulator() -> Iterator[RunningEmulator]:
    """A fresh emulator with its deterministic demo data, on an ephemeral loopback port."""
    server = start_background(EmulatorConfig(**STILL))
    yield server
    server.stop()


@pytest.fixture
def empty_emulator() -> Iterator[RunningEmulator]:
    server = start_background(EmulatorConfig(empty=True, **STILL))
    yield server
    server.stop()


@pytest.fixture
def use_emulator(emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> RunningEmulator:
    """Point the CLI at the emulator through the documented environment variables."""
    login_env(monkeypatch, emulator)
    return emulator


def login_env(monkeypatch: pytest.MonkeyPatch, server: RunningEmulator) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", server.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", server.auth_token)
    monkeypatch.setenv("TWILIO_API_URL", server.url)


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes

    @property
    def lines(self) -> list[str]:
        return self.stdout.splitlines()


def run_cli(*args: str, input: str | bytes = "") -> Result:
    """Run `twiliocli ARGS` in this process exactly as the console script does, capturing its streams."""
    from twiliocli.cli import entry

    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(raw_out, encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(raw_err, encoding="utf-8", write_through=True)
    data = input.encode() if isinstance(input, str) else input
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, out, err
    try:
        code = entry.run(list(args))
    finally:
        out.flush()
        err.flush()
        sys.stdin, sys.stdout, sys.stderr = saved
    return Result(int(code), raw_out.getvalue().decode("utf-8", "replace"), raw_err.getvalue().decode("utf-8", "replace"), raw_out.getvalue())


@pytest.fixture
def cli():
    return run_cli


def received(server: RunningEmulator) -> list[dict]:
    """What the emulator was sent, oldest first (its introspection endpoint)."""
    return requests.get(f"{server.url}/_emulator/requests", timeout=5).json()


def clear_received(server: RunningEmulator) -> None:
    requests.delete(f"{server.url}/_emulator/requests", timeout=5)


from tests.hostile import hostile  # noqa: E402,F401  (the fixture, for every test module)


def launcher(folder: Path) -> Path:
    """A `twiliocli` in `folder`/bin running this checkout, as the console script does, for real
    shell pipelines and terminals (put its folder on PATH)."""
    exe = folder / "bin" / "twiliocli"
    exe.parent.mkdir(parents=True, exist_ok=True)
    repo = Path(__file__).resolve().parent.parent
    exe.write_text(f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(repo)!r})\nfrom twiliocli.cli.entry import main\nmain()\n")
    exe.chmod(0o755)
    return exe
