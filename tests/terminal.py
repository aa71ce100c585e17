"""Run the real CLI with its stdout on a pseudo-terminal, as a person at a terminal sees it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys


def run_on_terminal(*args: str, columns: int = 100, env: dict[str, str] | None = None, timeout: float = 60) -> tuple[int, str]:
    """`python -m twiliocli ARGS` with stdout and stderr on a pty (stdin empty); its exit status and
    what the terminal received (ANSI sequences included)."""
    master, slave = pty.openpty()
    environ = {**os.environ, **(env or {}), "COLUMNS": str(columns), "TERM": "xterm-256color"}
    environ.pop("NO_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "twiliocli", *args], stdin=subprocess.DEVNULL, stdout=slave,
                               stderr=slave, env=environ)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal's other end closed: the process is done writing
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return process.wait(timeout=timeout), b"".join(chunks).decode("utf-8", "replace")
