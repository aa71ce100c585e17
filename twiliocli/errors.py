"""Exit statuses and the one exception type every layer raises for a user-facing failure.

Each failure carries its exit status, so the CLI's top level only has to print one line and exit;
no layer below it decides how a process ends.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """The exit codes of ARCHITECTURE.md; scripts and cron wrappers branch on these."""

    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    NETWORK = 5
    INTERRUPTED = 130  # SIGINT
    TERMINATED = 143  # SIGTERM during an export (twiliocli.interrupt); 128 + the signal, as shells report it
    HUNG_UP = 129  # SIGHUP during an export


class CliError(Exception):
    """A failure the user can act on: `message` is printed as one line after `Error: `."""

    status: ExitStatus = ExitStatus.ERROR

    def __init__(self, message: str, status: ExitStatus | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class UsageError(CliError):
    """Bad input caught before any request is sent."""

    status = ExitStatus.USAGE


class PipeClosed(Exception):
    """The reader of stdout went away (`| head -1`): a normal end, exit 0 without a word.

    Not an `OSError`, so that no layer between the writer and the entry point (click catches
    `EPIPE` and exits 1) mistakes it for a failure.
    """


class Interrupted(BaseException):
    """A signal trapped by `twiliocli.interrupt`; `status` is the exit code a shell would report for
    it (128 + number). A BaseException, like KeyboardInterrupt, so `except Exception` lets it pass;
    not a KeyboardInterrupt, which Typer turns into a bare exit 130. Declared here, with the other
    exceptions, so that the CLI's top level catches it without importing the signal machinery."""

    def __init__(self, signum: int) -> None:
        import signal

        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.status = 128 + signum
