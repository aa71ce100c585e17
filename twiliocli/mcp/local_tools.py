"""Tools that answer without the API: SQL and the analyses over the local mirror, error meanings.

The analyses are the commands `twiliocli sync` feeds (`sms failures`, `calls trace` …): their
names, help and options are read from `cli/framework/offline.py`'s declarations, their SQL is
`mirror/analyses.py`'s, and the mirror is opened read-only exactly as `twiliocli sql` opens it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from twiliocli.errors import CliError, ExitStatus, UsageError
from twiliocli.mcp import answers
from twiliocli.mcp.tool import Call, Tool, limit_property, obj

Rows = tuple[list[str], Iterator[dict[str, Any]]]
MIRROR_NOTE = "Reads the local mirror that `twiliocli sync` keeps (run it first; dates are ISO 8601 UTC)."


def _reader(call: Call) -> Any:
    from twiliocli.cli.framework.offline import reader

    return reader(call.db)


def sql_tool(bounds: answers.Bounds) -> Tool:
    from twiliocli.cli.groups.sync import sql

    about = inspect.cleandoc(sql.__doc__ or "").split("Examples:")[0].strip()

    def run(call: Call, args: dict[str, Any]) -> dict[str, Any]:
        import sqlite3

        from twiliocli.mirror import store

        limit = call.bounds.limit(args.get("limit"))
        try:
            columns, rows = store.query(_reader(call), str(args["query"]))
            return answers.listing(rows, limit, call.bounds, extra={"columns": columns})
        except sqlite3.Error as exc:
            reason = "only reading is allowed" if "authoriz" in str(exc) else str(exc)
            raise UsageError(f"SQL: {reason}") from None

    return Tool("sql", " ".join(about.split()) + " Returns JSON {columns, records, shown, more, note}: at most "
                f"`limit` rows and {bounds.max_bytes} bytes.",
                obj({"query": {"type": "string", "description": "One SELECT statement (read only)."},
                     "limit": limit_property(bounds)}, ("query",)), run)


def _analysis_runs() -> dict[str, Callable[[Any, dict[str, Any], int], Rows]]:
    """Each offline command's function name -> its analysis, given the parsed arguments."""
    from twiliocli.cli.framework.offline import month_of, since_text
    from twiliocli.mirror import analyses as A

    def words(args: Mapping[str, Any]) -> list[str]:
        found = str(args["text"]).split()
        if not found:
            raise UsageError("Give at least one word to search for")
        return found

    def trace(conn: Any, args: dict[str, Any], limit: int) -> Rows:
        items = A.call_trace(conn, args["sid"])
        if items is None:
            raise CliError(f"Call {args['sid']} is not in the mirror; run `twiliocli sync` (or check the SID)", ExitStatus.NOT_FOUND)
        return A.TRACE_COLUMNS, iter(items)

    return {
        "search": lambda conn, a, limit: A.sms_search(conn, words(a), limit + 1),
        "failures": lambda conn, a, limit: A.sms_failures(conn, since_text(a["since"])),
        "funnel": lambda conn, a, limit: A.sms_funnel(conn, since_text(a["since"])),
        "opt_outs": lambda conn, a, limit: A.sms_opt_outs(conn, since_text(a["since"])),
        "idle": lambda conn, a, limit: A.idle_numbers(conn, since_text(a["since"])),
        "webhooks": lambda conn, a, limit: (["url", "uses", "used_by"], iter(A.webhooks(conn))),
        "disposition": lambda conn, a, limit: A.calls_disposition(conn, since_text(a["since"])),
        "trace": trace,
        "by_subaccount": lambda conn, a, limit: A.usage_by_account(conn, month_of(a["period"])),
        "conversation": lambda conn, a, limit: A.conversation(conn, a["number"]),
    }


# Offline options an assistant does not get: `--all` (answers are bounded) and `--probe`, which
# would send requests to every webhook URL the account names.
LEFT_OUT = frozenset({"all_", "probe", "probe_timeout"})


def analysis_tools(bounds: answers.Bounds) -> list[Tool]:
    from twiliocli.cli.framework.offline import NUMBER, OFFLINE, Offline, conversation

    runs = _analysis_runs()
    declared = [(group, o) for group, offline in OFFLINE.items() for o in offline]
    declared.append(("", Offline("conversation", conversation, (NUMBER,), "")))
    return [_analysis((f"{group}_{o.name}" if group else o.name).replace("-", "_"), o, runs[o.func.__name__], bounds)
            for group, o in declared if o.func.__name__ in runs]


def _analysis(name: str, o: Any, analysis: Callable[[Any, dict[str, Any], int], Rows], bounds: answers.Bounds) -> Tool:
    params = [p for p in o.params if p.name not in LEFT_OUT]
    properties: dict[str, Any] = {}
    required = []
    for p in params:
        info = p.annotation.__metadata__[0]
        kind = "integer" if getattr(p.annotation, "__origin__", None) is int else "string"
        properties[p.name] = {"type": kind, "description": info.help or ""}
        if p.default is inspect.Parameter.empty:
            required.append(p.name)
        elif p.name != "limit":
            properties[p.name]["description"] += f" Default {p.default}."
    properties["limit"] = limit_property(bounds)
    about = " ".join(inspect.cleandoc(o.func.__doc__ or "").split())

    def run(call: Call, args: dict[str, Any]) -> dict[str, Any]:
        values = {p.name: _checked(p, args.get(p.name, p.default)) for p in params if p.name != "limit"}
        limit = call.bounds.limit(args.get("limit"))
        columns, rows = analysis(_reader(call), values, limit)
        return answers.listing(rows, limit, call.bounds, extra={"columns": columns})

    return Tool(name, f"{about} {MIRROR_NOTE} Returns JSON {{columns, records, shown, more, note}}: at most `limit` "
                      f"rows and {bounds.max_bytes} bytes.", obj(properties, tuple(required)), run)


def _checked(p: inspect.Parameter, value: Any) -> Any:
    """A value through its command-line parser (a CA… SID, an E.164 number), as the command checks it."""
    import typer

    parser = getattr(p.annotation.__metadata__[0], "parser", None)
    try:
        return parser(str(value)) if parser else value
    except typer.BadParameter as exc:
        raise UsageError(f"{p.name}: {exc.message}") from None


def doctor_tool(bounds: answers.Bounds) -> Tool:
    def run(call: Call, args: dict[str, Any]) -> dict[str, Any]:
        from dataclasses import asdict

        from twiliocli.cli.groups.doctor import diagnose

        checks = [asdict(check) for check in diagnose(call.runtime).checks]
        return answers.listing(iter(checks), len(checks), call.bounds, extra={"ok": all(c["ok"] for c in checks)})

    return Tool("doctor",
                "Checks this setup as `twiliocli doctor` does: the version, the config file's permissions, which "
                "credentials are used and why (SIDs only), one request proving they work, the API's clock against "
                "this machine's, the proxy and CA bundle, the mirror's account and age. Returns JSON {ok, records: "
                "[{name, ok, what, fix}], shown, more, note}.", obj({}), run)


def errors_tool() -> Tool:
    def run(call: Call, args: dict[str, Any]) -> dict[str, Any]:
        from twiliocli.api.errorcodes import MEANINGS, explain, link

        code = str(args["code"]).strip()
        if not code.isdigit():
            raise UsageError(f"code: {code!r} is not a Twilio error code (digits, e.g. 30003)")
        return answers.record({"code": int(code), "meaning": MEANINGS.get(int(code)), "summary": explain(code),
                               "link": link(code)}, call.bounds)

    return Tool("errors_explain",
                "What a Twilio error code means (e.g. 30003, from a message's or call's error_code). Returns JSON "
                "{record: {code, meaning, summary, link}}: meaning is null for a code not in the built-in table; "
                "link is the code's page on Twilio's docs.",
                obj({"code": {"type": ["integer", "string"], "description": "The error code, e.g. 30003."}}, ("code",)), run)
