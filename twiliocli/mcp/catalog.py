"""Every tool the server offers, by name, and running one call of one of them.

`run` is the one door: it refuses a write tool the server was not started to allow (even one an
assistant names without it being listed), turns every failure into a refusal the assistant can
read (`CliError` text, secrets scrubbed, escaped), and hands back bounded JSON text.
"""

from __future__ import annotations

import functools
from typing import Any

from twiliocli.errors import CliError
from twiliocli.mcp import answers
from twiliocli.mcp.api_tools import read_tools, targets, usage_summary, write_tools
from twiliocli.mcp.local_tools import analysis_tools, doctor_tool, errors_tool, sql_tool
from twiliocli.mcp.tool import Call, Tool


@functools.cache
def tools(bounds: answers.Bounds = answers.Bounds()) -> dict[str, Tool]:
    """Reads first (API lists and gets, usage summary, SQL, analyses, errors, doctor), then writes."""
    found: list[Tool] = []
    writes: list[Tool] = []
    for target in targets():
        found += read_tools(target, bounds)
        writes += write_tools(target)
    found += [usage_summary(bounds), sql_tool(bounds), *analysis_tools(bounds), errors_tool(), doctor_tool(bounds)]
    by_name: dict[str, Tool] = {}
    for tool in [*found, *writes]:
        by_name.setdefault(tool.name, tool)  # a name made twice keeps its first (hand-written) maker
    return by_name


def offered(call: Call) -> list[Tool]:
    """The tools to list: the reads, and the writes only with --allow-writes."""
    return [t for t in tools(call.bounds).values() if call.policy.allow_writes or not t.writes]


def run(call: Call, name: str, args: dict[str, Any]) -> tuple[str, bool]:
    """One tool call: (JSON text, is_error)."""
    tool = tools(call.bounds).get(name)
    try:
        if tool is None:
            raise CliError(f"No tool named {name!r}")
        if tool.writes and not call.policy.allow_writes:
            call.policy.check(name, None, None, None)  # refuses, and logs the refusal
        answer = tool.run(call, dict(args or {}))
    except CliError as exc:
        return answers.text({"error": answers.clean(exc.message)}, call.runtime.redact), True
    except Exception as exc:  # noqa: BLE001 - the SDK would send str(exc) unscrubbed; this scrubs it
        return answers.text({"error": answers.clean(f"{type(exc).__name__}: {exc}")}, call.runtime.redact), True
    return answers.text(answer, call.runtime.redact), False
