"""The state of one invocation: global options, the lazily built API client, the output settings.

A global option is declared once, in `GLOBAL_OPTIONS`: the root command takes
it (cli/app.py), every group and command accepts it too (cli/inherit.py), and help, completion and
the man page list it. Read it as `runtime(ctx).NAME`.

Nothing here touches the network or imports requests until a command actually needs the client.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Optional

from twiliocli.cli.framework.options import Opt, profile_names, sid_parser
from twiliocli.errors import UsageError

if TYPE_CHECKING:
    import typer

    from twiliocli.api.client import Client
    from twiliocli.config import Credentials


class GlobalOption(NamedTuple):
    """A `Runtime` attribute that is also a command-line option accepted anywhere on the line: its
    default and its declaration (`Opt`), which Typer reads (cli/app.py) and so does the quick path
    (cli/quick.py)."""

    default: Any
    opt: Opt


def global_option(kind: Any, default: Any, *decls: str, **options: Any) -> GlobalOption:
    """`kind` is the type Typer parses (e.g. `Optional[str]`); `decls` and `options` go to `typer.Option`."""
    return GlobalOption(default, Opt(kind, decls, options))


# The global options, in help order: name -> declaration. Read as `runtime(ctx).NAME`.
GLOBAL_OPTIONS: dict[str, GlobalOption] = {
    "profile": global_option(
        Optional[str], None, "--profile", "-p", show_default=False, autocompletion=profile_names,
        help="Use this saved profile ('emulator' is built in). Env: TWILIOCLI_PROFILE.",
    ),
    "api_url": global_option(
        Optional[str], None, "--api-url", show_default=False,
        help="API base URL (default https://api.twilio.com). Env: TWILIO_API_URL.",
    ),
    "subaccount": global_option(
        Optional[str], None, "--subaccount", parser=sid_parser("AC"), metavar="AC…", show_default=False,
        help="Act on this subaccount (AC…) with the parent's credentials.",
    ),
    "all_accounts": global_option(
        bool, False, "--all-accounts",
        help="Run on the account and every one of its subaccounts (\"accounts\", not \"subaccounts\": "
             "the parent is included), with the parent's credentials; rows gain an account_sid column, first.",
    ),
    "account_status": global_option(
        Literal["active", "suspended", "closed", "all"], "active", "--account-status", metavar="STATUS",
        help="With --all-accounts, the accounts to visit: active, suspended, closed or all.",
    ),
    "account_parallel": global_option(
        int, 4, "--account-parallel", min=1, max=32, metavar="N",
        help="With --all-accounts, ask N accounts at once (output keeps the accounts' order). Not `--parallel`: "
             "that option already means slices of a window on export, stats and sync.",
    ),
    "retries": global_option(
        int, 3, "--retries", min=0, max=20, help="Retries for failed requests that are safe to repeat."
    ),
    "timeout": global_option(
        float, 30.0, "--timeout", min=0.1,
        help="Seconds one request may take in all: connecting, waiting and reading the whole answer.",
    ),
    "max_wait": global_option(
        float, 60.0, "--max-wait", min=0, envvar="TWILIOCLI_MAX_WAIT", metavar="SECONDS",
        help="Longest wait for a server's Retry-After before a retry; a longer one stops the run at once (exit 5).",
    ),
    "insecure": global_option(
        bool, False, "--insecure", help="Allow a plain http:// API URL that is not on this machine."
    ),
    "debug": global_option(
        bool, False, "--debug", help="Show the HTTP exchange (credentials redacted) and tracebacks on stderr."
    ),
    "no_pager": global_option(
        bool, False, "--no-pager", help="Print straight to the terminal, not through a pager (TWILIOCLI_PAGER names one; empty: none).",
    ),
}


class Runtime:
    """The state of one invocation: a value for each of `GLOBAL_OPTIONS`, the client, the run's logins.

    A plain class, not a dataclass: importing `dataclasses` (and the `inspect` it imports) is ~5 ms
    of a list's start-up."""

    profile: str | None
    api_url: str | None
    subaccount: str | None
    all_accounts: bool
    account_status: str
    account_parallel: int
    retries: int
    timeout: float
    max_wait: float
    insecure: bool
    debug: bool
    no_pager: bool

    def __init__(self, **options: Any) -> None:
        unknown = options.keys() - GLOBAL_OPTIONS.keys()
        if unknown:
            raise TypeError(f"not a global option: {', '.join(sorted(unknown))}")
        for name, declared in GLOBAL_OPTIONS.items():
            setattr(self, name, options.get(name, declared.default))
        self.fanning_out = False  # set by cli/framework/fanout.py, which serves --all-accounts
        self._client: Client | None = None
        self._emulator: Any = None
        self._logins: list[tuple[str, str]] = []

    def pager(self) -> list[str] | None:
        """The pager long output goes through on a terminal, or None (see output/pager.py); the
        config file's `pager` is read only when there is a terminal to page."""
        from twiliocli.output import pager

        if self.no_pager or not pager.on_terminal(sys.stdout):
            return None
        from twiliocli.config import setting

        return pager.command(setting("pager"))

    def credentials(self) -> Credentials:
        """The credentials and base URL this run uses: config.resolve decides both (README.md,
        "Which credentials a command uses"); --api-url is the one flag that takes part."""
        from twiliocli import config

        creds = config.resolve(self.profile, api_url=self.api_url)
        self._logins.append((creds.username, creds.password))
        return creds

    def redact(self, text: str) -> str:
        """Scrub every secret this run has seen (and the TWILIO_* ones), in their base64 forms
        too, from text meant for stderr."""
        from twiliocli.api.redact import Redactor

        env = os.environ.get
        logins = [(env("TWILIO_ACCOUNT_SID", ""), env("TWILIO_AUTH_TOKEN", "")),
                  (env("TWILIO_API_KEY", ""), env("TWILIO_API_SECRET", ""))]
        return Redactor([], [*self._logins, *logins]).text(text)

    def client(self, *, pool_size: int = 10) -> Client:
        """The run's API client, built once; starts the embedded emulator for the `emulator` profile."""
        if self.all_accounts and not self.fanning_out:
            raise UsageError("--all-accounts does not apply to this command: it serves lists, --count, "
                             "calls/sms stats, exports and usage list/summary; use --subaccount AC… for one account")
        if self._client is None:
            from twiliocli.api.client import Auth, Client, check_base_url
            from twiliocli.config import EMBEDDED

            creds = self.credentials()
            url = self._start_embedded_emulator() if creds.base_url == EMBEDDED else creds.base_url
            self._client = Client(
                check_base_url(url, insecure=self.insecure),
                Auth(creds.username, creds.password, creds.account_sid, creds.source),
                subaccount=self.subaccount,
                retries=self.retries,
                timeout=self.timeout,
                connect_timeout=min(self.timeout, 10.0),
                verify=creds.ca_bundle or True,
                pool_size=pool_size,
                debug=_debug_line if self.debug else None,
                notice=_notice,
                max_wait=self.max_wait,
            )
        return self._client

    def _start_embedded_emulator(self) -> str:
        from twiliocli.config import data_dir
        from twiliocli.emulator.config import EMBEDDED_TIMINGS, EmulatorConfig
        from twiliocli.emulator.server import start_background

        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._emulator = start_background(EmulatorConfig(db=str(folder / "emulator.db"), **EMBEDDED_TIMINGS))
        return self._emulator.url

    def close(self) -> None:
        if self._client is not None:
            self._client.session.close()
        if self._emulator is not None:
            self._emulator.stop()


def runtime(ctx: typer.Context) -> Runtime:
    """The invocation's state: the root context's `obj` (cli/entry.py passes one in, and keeps it
    to close the client and scrub secrets from the error line; the root command fills in the options)."""
    root = ctx.find_root()
    if not isinstance(root.obj, Runtime):
        root.obj = Runtime()
    return root.obj


def _debug_line(line: str) -> None:
    from twiliocli.output.messages import debug

    debug(line)


def _notice(line: str) -> None:
    from twiliocli.output.messages import warn

    warn(line)


def confirm(question: str, yes: bool) -> None:
    """Ask before destroying or spending; without a terminal, insist on --yes instead of guessing."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(f"{question.rstrip('?')}: refusing without confirmation; pass --yes to proceed")
    import typer

    if not typer.confirm(question, default=False, err=True):
        raise typer.Exit(1)
