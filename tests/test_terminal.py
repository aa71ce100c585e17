"""On a real terminal: the CLI runs as a subprocess on a pseudo-terminal (Python's `pty`) of a given
width, against the emulator, and what a person would see is checked — tables that fit without
cutting a SID, number, date or status, help that never cuts an option's name, the pager, colours.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.conftest import run_cli
from twiliocli.api.resources import CALLS, MESSAGES
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background
from twiliocli.output.cells import escape_terminal, is_date_field

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SID = re.compile(r"\b[A-Z]{2}[0-9a-f]{32}\b")
CUT = re.compile(r"-[\w-]*…|…[\w-]")  # an option name (or any word) cut by the layout
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(scope="module")
def server() -> Iterator[RunningEmulator]:
    emulator = start_background(EmulatorConfig())
    yield emulator
    emulator.stop()


def environment(server: RunningEmulator | None, columns: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO", "PAGER", "LESS", "NO_COLOR"))}
    env.update(COLUMNS=str(columns), LINES="40", TERM="xterm-256color", TWILIOCLI_PAGER="")
    if server is not None:
        env.update(TWILIO_ACCOUNT_SID=server.account_sid, TWILIO_AUTH_TOKEN=server.auth_token, TWILIO_API_URL=server.url)
    env.update(extra)
    return env


def on_terminal(args: list[str], env: Mapping[str, str], *, columns: int, stdout_pipe: bool = False) -> tuple[int, str, str]:
    """Run `twiliocli ARGS` with stdin, stderr (and stdout unless `stdout_pipe`) on a pty of `columns`.
    Returns (exit code, what the terminal showed with \\r\\n as \\n, stdout if piped)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "twiliocli", *args], stdin=slave, stderr=slave,
        stdout=subprocess.PIPE if stdout_pipe else slave, env=dict(env), start_new_session=True,
    )
    os.close(slave)
    shown = bytearray()
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            process.kill()
            raise AssertionError(f"no output for 60 s; so far: {bytes(shown)!r}")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every holder of the terminal has closed it
            break
        if not chunk:
            break
        shown += chunk
    piped = process.stdout.read().decode() if process.stdout else ""
    code = process.wait(timeout=30)
    os.close(master)
    return code, shown.decode("utf-8", "replace").replace("\r\n", "\n"), piped


def cells(lines: list[str]) -> list[dict[str, str]]:
    """A box-less table's rows as {column: cell}, cut at the header's column starts."""
    header = lines[0]
    starts = [m.start() for m in re.finditer(r"\S+", header)]
    names = header.split()
    rows = []
    for line in lines[1:]:
        bounds = zip(starts, [*starts[1:], None])
        rows.append({name: line[a:b].strip() for name, (a, b) in zip(names, bounds)})
    return rows


# -- tables that fit -----------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [80, 100, 120])
@pytest.mark.parametrize("resource", [CALLS, MESSAGES], ids=["calls", "sms"])
def test_a_table_fits_and_shows_every_value_whole_or_not_at_all(server: RunningEmulator, columns: int, resource) -> None:
    env = environment(server, columns)
    code, shown, _ = on_terminal([resource.name, "list"], env, columns=columns)
    assert code == 0, shown
    lines = [ANSI.sub("", line) for line in shown.splitlines() if line.strip() and not line.startswith("Left out")]
    assert lines, shown
    assert all(len(line) <= columns for line in lines)
    rows = cells(lines)
    shown_columns = lines[0].split()
    assert shown_columns[0] == "sid" and "status" in shown_columns  # never the first to leave
    assert shown_columns == [c for c in resource.columns if c in shown_columns]  # declared order kept
    code, _, data = on_terminal([resource.name, "list", "-o", "json"], env, columns=columns, stdout_pipe=True)
    records = json.loads(data)
    assert len(rows) == len(records) > 0
    for row, record in zip(rows, records):
        for column, cell in row.items():
            value = record[column]
            if column in resource.shorten and cell.endswith("…"):
                assert escape_terminal(str(value)).startswith(cell[:-1])
            elif is_date_field(column):
                assert value is None or ISO.match(cell), (column, cell)
            else:
                assert cell == escape_terminal("" if value is None else str(value)), (column, cell, value)
    if len(shown_columns) < len(resource.columns):
        left = [c for c in resource.columns if c not in shown_columns]
        assert f"Left out to fit the terminal: {', '.join(left)}" in shown
    if columns == 80:
        assert len(shown_columns) < len(resource.columns)  # something had to give at 80


def test_help_never_cuts_an_option_name_and_examples_paste_whole() -> None:
    code, shown, _ = on_terminal(["applications", "create", "-h"], environment(None, 80), columns=80)
    assert code == 0
    text = ANSI.sub("", shown)
    assert not CUT.search(text)
    assert all(len(line) <= 80 for line in text.splitlines())
    for name in ("--voice-fallback-url", "--voice-fallback-method", "--status-callback-method",
                 "--voice-caller-id-lookup", "--no-voice-caller-id-lookup", "--message-status-callback"):
        assert name in text
    examples = [line.strip(" │") for line in text.splitlines() if "$ twiliocli" in line]
    assert examples
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "$ twiliocli" in line and line.rstrip(" │").endswith("\\"):
            assert lines[i + 1].strip(" │").startswith("--")  # continued with the next option, not mid-value


@pytest.mark.parametrize("columns", ["80", "100"])
def test_no_help_text_cuts_a_name_at_narrow_widths(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    from twiliocli.cli import docs

    monkeypatch.setenv("COLUMNS", columns)
    for node in docs.tree().walk():
        result = run_cli(*node.path, "--help")
        assert result.exit_code == 0, result.stderr
        assert not CUT.search(result.stdout), (node.path, result.stdout)
