"""Run the real CLI on a pseudo-terminal, as a person at a terminal sees it."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from collections.abc import Mapping


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


def run_on_terminal(*args: str, columns: int = 100, env: dict[str, str] | None = None) -> tuple[int, str]:
    """`on_terminal` in this process's environment plus `env`, colours allowed: the exit status and
    what the terminal showed (ANSI sequences included)."""
    environ = {**os.environ, **(env or {}), "COLUMNS": str(columns), "TERM": "xterm-256color"}
    environ.pop("NO_COLOR", None)
    code, shown, _ = on_terminal(list(args), environ, columns=columns)
    return code, shown
