"""`twiliocli mcp`: the account's tools for an AI assistant, as a Model Context Protocol server on stdio.

Only options are parsed here; the tools are in `twiliocli.mcp`. The `mcp` SDK is an optional
extra, imported only when the server starts, so the CLI's start-up never pays for it.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from twiliocli.cli.framework.offline import Db
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples
from twiliocli.errors import CliError

app = typer.Typer(add_completion=False)

INSTALL = "pip install 'twiliocli[mcp]'"


@app.command("mcp")
def mcp(
    ctx: typer.Context,
    allow_writes: Annotated[bool, typer.Option(
        "--allow-writes", help="Also offer the tools that change the account (each is logged on stderr; what costs money, "
                               "destroys or ends something needs its target repeated as `confirm`).")] = False,
    allow_to: Annotated[Optional[list[str]], typer.Option(
        "--allow-to", metavar="PATTERN", show_default=False,
        help="With --allow-writes: send messages and place calls only to numbers matching PATTERN "
             "(shell-style, e.g. '+1415*'; repeatable).")] = None,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1024, max=1024 * 1024, metavar="N", help="Most bytes of JSON in one answer.")] = 64 * 1024,
    db: Db = None,
) -> None:
    """Serve the account to an AI assistant over the Model Context Protocol (stdio).

    Read-only by default: list and get for every resource (bounded, with the commands' filters),
    usage summary, error-code meanings, and SQL, full-text search and the analyses over the
    local mirror (`twiliocli sync`). Credentials come from the profile or environment as for
    every command, never from arguments, and never appear in an answer. Every answer is bounded
    (a record limit and --max-bytes) and escaped like a table cell. Needs the optional SDK:
    pip install 'twiliocli[mcp]'. Try it safely with --profile emulator.
    """
    import importlib.util

    if importlib.util.find_spec("mcp") is None:
        raise CliError(f"`twiliocli mcp` needs the Model Context Protocol SDK, an optional extra: {INSTALL}")
    from twiliocli.mcp.answers import Bounds
    from twiliocli.mcp.policy import Policy
    from twiliocli.mcp.server import serve
    from twiliocli.mcp.tool import Call
    from twiliocli.output.cells import escape_terminal

    run = runtime(ctx)
    run.client()  # no credentials, or a bad profile, fail now, before a client waits on us (embedded emulator starts)

    def log(line: str) -> None:
        sys.stderr.write(escape_terminal(run.redact(line)) + "\n")
        sys.stderr.flush()

    policy = Policy(allow_writes=allow_writes, allow_to=tuple(allow_to or ()), log=log)
    serve(Call(run, policy, Bounds(max_bytes=max_bytes), db))


mcp.__doc__ += examples(  # type: ignore[operator]
    "twiliocli mcp",
    "twiliocli mcp --profile emulator",
    "twiliocli --profile prod mcp --allow-writes --allow-to '+1415555*'",
)
