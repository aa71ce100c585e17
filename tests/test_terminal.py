"""On a real terminal: the CLI runs as a subprocess on a pseudo-terminal (Python's `pty`) of a given
width, against the emulator, and what a person would see is checked — tables that fit without
cutting a SID, number, date or status, help that never cuts an option's name, the pager, colours.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from twiliocli.api.errorcodes import explain

from tests.conftest import run_cli
from tests.terminal import on_terminal
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
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "TWILIOCLI_PAGER", "PAGER", "LESS", "NO_COLOR"))}
    env.update(COLUMNS=str(columns), LINES="40", TERM="xterm-256color", TWILIOCLI_PAGER="")
    if server is not None:
        env.update(TWILIO_ACCOUNT_SID=server.account_sid, TWILIO_AUTH_TOKEN=server.auth_token, TWILIO_API_URL=server.url)
    env.update(extra)
    return env


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
            # A column explaining an error code is the code and its meaning (`errorcodes.explain`).
            value = explain(record.get(resource.explained[column])) if column in resource.explained else record[column]
            if column in resource.shorten and cell.endswith("…"):
                # a wide character that does not fit before the "…" leaves a blank cell behind
                assert escape_terminal(str(value)).startswith(cell[:-1].rstrip())
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


@pytest.mark.parametrize("columns", ["80"])  # the narrowest width the layout promises
def test_no_help_text_cuts_a_name_at_narrow_widths(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    from twiliocli.cli import docs

    monkeypatch.setenv("COLUMNS", columns)
    for node in docs.tree().walk():
        result = run_cli(*node.path, "--help")
        assert result.exit_code == 0, result.stderr
        assert not CUT.search(result.stdout), (node.path, result.stdout)


# -- the pager -----------------------------------------------------------------------------------


@pytest.fixture
def recorder(tmp_path: Path) -> tuple[str, Path]:
    """A pager that records what it was sent (and shows nothing)."""
    script, seen = tmp_path / "pager.sh", tmp_path / "seen.txt"
    script.write_text(f'#!/bin/sh\ncat > "{seen}"\n')
    script.chmod(0o755)
    return str(script), seen


def test_long_output_goes_through_the_pager_on_a_terminal(server: RunningEmulator, recorder: tuple[str, Path]) -> None:
    script, seen = recorder
    code, shown, _ = on_terminal(["calls", "list"], environment(server, 120, TWILIOCLI_PAGER=script), columns=120)
    assert code == 0, shown
    paged = ANSI.sub("", seen.read_text())
    assert paged.split()[0] == "sid" and len(SID.findall(paged)) > 5
    assert not SID.search(shown)  # the table went to the pager, not past it
    assert "\x1b[1m" in seen.read_text()  # a table's header stays bold through the pager (less -R)


@pytest.mark.parametrize("how", ["--no-pager", "env", "piped"])
def test_no_pager_when_asked_or_piped(server: RunningEmulator, recorder: tuple[str, Path], how: str) -> None:
    script, seen = recorder
    env = environment(server, 120, TWILIOCLI_PAGER="" if how == "env" else script, PAGER=script)
    args = ["calls", "list", *(["--no-pager"] if how == "--no-pager" else [])]
    code, shown, piped = on_terminal(args, env, columns=120, stdout_pipe=how == "piped")
    assert code == 0, shown
    assert not seen.exists()
    assert len(SID.findall(piped if how == "piped" else shown)) > 5


def test_pager_from_PAGER_and_none_for_an_error(server: RunningEmulator, recorder: tuple[str, Path]) -> None:
    script, seen = recorder
    env = environment(server, 120, PAGER=script)
    del env["TWILIOCLI_PAGER"]
    code, shown, _ = on_terminal(["calls", "get", "CA" + "0" * 32], env, columns=120)
    assert code == 4 and "Error:" in shown and not seen.exists()  # nothing to page: the error shows plainly
    code, shown, _ = on_terminal(["sms", "get", _first_sid(server, "sms")], env, columns=120)
    assert code == 0 and "body" in seen.read_text()


def _first_sid(server: RunningEmulator, group: str) -> str:
    _, _, piped = on_terminal([group, "list", "--limit", "1", "-o", "json"], environment(server, 80), columns=80, stdout_pipe=True)
    return json.loads(piped)[0]["sid"]


def test_a_list_cut_by_limit_says_so_on_the_terminal(server: RunningEmulator) -> None:
    env = environment(server, 120)
    code, shown, _ = on_terminal(["calls", "list", "--limit", "2"], env, columns=120)
    assert code == 0 and "2 shown; --all for every record" in shown
    code, shown, _ = on_terminal(["calls", "list", "--all"], env, columns=120)
    assert code == 0 and "shown; --all" not in shown
    code, shown, piped = on_terminal(["calls", "list", "--limit", "2", "-o", "tsv"], env, columns=120, stdout_pipe=True)
    assert len(piped.splitlines()) == 3 and "2 shown" in shown  # data on the pipe, the note on the terminal


# -- JSON for people -----------------------------------------------------------------------------


def test_json_is_pretty_and_coloured_on_a_terminal_and_compact_when_piped(server: RunningEmulator) -> None:
    sid = _first_sid(server, "calls")
    env = environment(server, 120)
    for args in (["calls", "get", sid, "-o", "json"], ["calls", "list", "--limit", "2", "-o", "json"],
                 ["api", "GET", f"Accounts/{{AccountSid}}/Calls/{sid}"]):
        code, shown, _ = on_terminal(args, env, columns=120)
        assert code == 0, shown
        assert "\x1b[" in shown  # coloured
        plain = ANSI.sub("", "\n".join(line for line in shown.splitlines() if not line.endswith("--all for every record, or --limit N.")))
        _, _, piped = on_terminal(args, env, columns=120, stdout_pipe=True)
        assert json.loads(plain) == json.loads(piped)  # the same values
        assert '\n  "' in plain and "\x1b" not in piped  # pretty on the terminal, plain in the pipe
        assert piped.count("\n") == (1 if args[1] != "list" else 4)  # compact: one object a line
        code, no_colour, _ = on_terminal(args, {**env, "NO_COLOR": "1"}, columns=120)
        assert "\x1b" not in no_colour.replace("\x1b[?", "")


def test_quitting_the_pager_early_is_a_quiet_success(tmp_path: Path) -> None:
    script = tmp_path / "quits.sh"
    script.write_text("#!/bin/sh\nhead -c 200 > /dev/null\n")
    script.chmod(0o755)
    many = start_background(EmulatorConfig(calls=600, messages=0))  # ~700 kB of JSON: far more than a pipe holds
    try:
        env = environment(many, 120, TWILIOCLI_PAGER=str(script))
        code, shown, _ = on_terminal(["calls", "list", "--all", "-o", "json"], env, columns=120)
    finally:
        many.stop()
    assert code == 0 and "Error" not in shown and "Exception" not in shown, shown


def test_the_configured_pager_comes_after_TWILIOCLI_PAGER(server: RunningEmulator, recorder: tuple[str, Path], tmp_path: Path) -> None:
    script, seen = recorder
    assert run_cli("config", "set", "pager", script).exit_code == 0
    env = environment(server, 120, PAGER="false")
    del env["TWILIOCLI_PAGER"]
    code, shown, _ = on_terminal(["calls", "list"], env, columns=120)
    assert code == 0 and len(SID.findall(seen.read_text())) > 5  # config's pager, not PAGER
    seen.unlink()
    code, shown, _ = on_terminal(["calls", "list"], {**env, "TWILIOCLI_PAGER": ""}, columns=120)
    assert code == 0 and not seen.exists() and len(SID.findall(shown)) > 5


# -- --watch on a terminal -------------------------------------------------------------------------


def test_watch_rows_keep_the_first_screens_columns_and_never_open_the_pager(recorder: tuple[str, Path]) -> None:
    """A row that arrives later is cut to the columns and widths of the first screen (its long
    `to` is shortened, not given a column of its own), and watching never opens the pager."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import subprocess
    import sys
    import termios
    import time

    import requests

    script, seen = recorder
    emulator = start_background(EmulatorConfig(ring_seconds=3600, call_seconds=3600, delivery_seconds=3600))
    try:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        process = subprocess.Popen([sys.executable, "-m", "twiliocli", "calls", "list", "--watch", "--interval", "0.2",
                                    "-n", "3"], stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
                                   env=environment(emulator, 100, TWILIOCLI_PAGER=script))
        os.close(slave)
        shown = bytearray()

        def until(found: re.Pattern[str] | str) -> None:
            deadline = time.monotonic() + 60
            while not re.search(found, ANSI.sub("", shown.decode("utf-8", "replace"))):
                assert time.monotonic() < deadline, f"waited 60 s for {found!r}: {bytes(shown)!r}"
                if select.select([master], [], [], 1)[0]:
                    shown.extend(os.read(master, 65536))

        until(r"(?s)(CA[0-9a-f]{32}.*){3}")
        made = requests.post(f"{emulator.url}/2010-04-01/Accounts/{emulator.account_sid}/Calls.json",
                             data={"To": "client:" + "a-very-long-agent-name" * 3, "From": "+15005550006",
                                   "Twiml": "<Response><Dial>+14155550112</Dial></Response>"},
                             auth=(emulator.account_sid, emulator.auth_token), timeout=10).json()["sid"]
        until(made)
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(timeout=60) == 0
        try:
            while select.select([master], [], [], 0.5)[0]:
                shown.extend(os.read(master, 65536))
        except OSError:
            pass
        os.close(master)
    finally:
        emulator.stop()
    lines = [line for line in ANSI.sub("", shown.decode("utf-8", "replace")).replace("\r\n", "\n").split("\n")
             if line.strip()]
    header = next(i for i, line in enumerate(lines) if line.split()[:1] == ["sid"])
    rows = cells([lines[header], *(line for line in lines[header + 1:] if SID.match(line.strip()))])
    assert len(rows) == 4 and rows[-1]["sid"] == made
    assert all(set(row) == set(rows[0]) for row in rows) and all(SID.fullmatch(row["sid"]) for row in rows)
    assert rows[-1]["status"] in ("queued", "ringing")  # the columns after the long `to` are where they were
    assert all(len(line) <= 100 for line in lines[header:])
    assert not Path(seen).exists()  # the pager was never opened
