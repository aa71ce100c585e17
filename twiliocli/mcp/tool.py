"""One tool: its name, what it returns, its arguments as JSON Schema, and how it runs.

Arguments arrive as JSON, not as a command line, but they are the commands' own options: a
declared `Filter` becomes a property here (`property_for`) and its value is checked by the very
parser its command-line option uses (`parsed`), then spelled as the API wants (`api_value`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from twiliocli.api import resources as R
from twiliocli.errors import UsageError
from twiliocli.mcp.answers import Bounds
from twiliocli.mcp.policy import Policy

if TYPE_CHECKING:
    from twiliocli.cli.framework.runtime import Runtime


@dataclass(frozen=True)
class Call:
    """What a tool call runs with: the run's credentials and client, the write policy, the bounds."""

    runtime: Runtime
    policy: Policy
    bounds: Bounds
    db: Path | None = None  # the mirror's file (None: the default, as `sync` and `sql` use)


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    schema: dict[str, Any]
    run: Callable[[Call, dict[str, Any]], dict[str, Any]]
    writes: bool = False


def obj(properties: Mapping[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    """An arguments schema: these properties, no others."""
    schema: dict[str, Any] = {"type": "object", "properties": dict(properties), "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return schema


def limit_property(bounds: Bounds) -> dict[str, Any]:
    return {"type": "integer", "minimum": 1, "maximum": bounds.max_limit,
            "description": f"Most records to return (default 20, at most {bounds.max_limit})."}


FIELDS_PROPERTY = {"type": "array", "items": {"type": "string"},
                   "description": "Only these fields of each record (default: every field)."}


def key(f: R.Filter) -> str:
    """A filter's argument name: its option's name in snake case (`--started-after` -> started_after)."""
    return f.option.split("/")[0].replace("-", "_")


def property_for(f: R.Filter) -> dict[str, Any]:
    """A declared filter or setting as a JSON Schema property."""
    described = {"description": f.help}
    if f.kind == R.BOOL:
        return {"type": "boolean", **described}
    if f.kind == R.INT:
        return {"type": "integer", **described}
    if f.kind == R.CHOICE:
        return {"type": "string", "enum": list(f.choices), **described}
    if f.kind == R.LIST:
        return {"type": "array", "items": {"type": "string"}, **described}
    return {"type": "string", **described}


def parsed(f: R.Filter, value: Any) -> Any:
    """`value` checked by the parser of the filter's command-line option (exit-2 errors become refusals)."""
    import typer

    from twiliocli.cli.framework.signature import filter_parameter

    if f.kind in (R.BOOL, R.INT, R.CHOICE) or (f.kind == R.LIST and isinstance(value, list)):
        return [str(v) for v in value] if isinstance(value, list) else value
    info = filter_parameter(f).annotation.__metadata__[0]
    try:
        return info.parser(str(value)) if getattr(info, "parser", None) else str(value)
    except typer.BadParameter as exc:
        raise UsageError(f"{key(f)}: {exc.message}") from None


def fields_of(args: Mapping[str, Any], known: tuple[str, ...]) -> list[str] | None:
    """The `fields` argument, each checked against the resource's fields when the spec lists them."""
    fields = args.get("fields")
    if not fields:
        return None
    unknown = [f for f in fields if known and f not in known]
    if unknown:
        raise UsageError(f"Unknown field(s) {', '.join(unknown)}; valid: {', '.join(known)}")
    return list(fields)
