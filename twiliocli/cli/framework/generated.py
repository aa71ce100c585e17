"""Commands for a spec-declared resource (`twiliocli.api.declared`), with no module of its own.

Each verb the spec gives the resource becomes the command `ResourceGroup` builds for it, with
options typed from the spec's parameters; the overlay's actions replace `update` where it has them.
A resource that needs more (`keys create` shows its secret once, `keys rotate`) has a module
`cli/groups/WORDS.py` that starts from `standard(node)` and adds to it.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

import typer

from twiliocli.api import declared
from twiliocli.api import resources as R
from twiliocli.cli.framework import commands
from twiliocli.cli.framework.signature import examples

if TYPE_CHECKING:
    from twiliocli.api.declared import Node


def module_name(words: tuple[str, ...]) -> str:
    return "twiliocli.cli.groups." + "_".join(words).replace("-", "_")


def overlay_app(words: tuple[str, ...]) -> typer.Typer | None:
    """The Typer app of a hand-written overlay module for `words`, if there is one."""
    name = module_name(words)
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name).app


def app_for(words: tuple[str, ...], node: Node | None) -> typer.Typer:
    """A spec resource's group, or a plain group for words that only hold others (`sip`)."""
    if node is None:
        below = ", ".join(sorted(declared.children(words)))
        title = declared.GROUP_TITLES.get(words) or " ".join(words).capitalize()
        return typer.Typer(help=f"{title}.\n\nCommands: {below}.", no_args_is_help=True, add_completion=False)
    return standard(node).app


def commands_of(node: Node) -> list[str]:
    verbs = [v for v in node.operations if not (v == "update" and node.overlay.actions)]
    order = ["list", "get", "create", "update", "delete"]
    names = [node.command(v) for v in sorted(verbs, key=order.index)]
    return names[:-1] + [a.name for a in node.overlay.actions] + names[-1:] if "delete" in verbs else names + [
        a.name for a in node.overlay.actions]


def example(scope: declared.Scope) -> str:
    return _sample(scope.prefixes[0]) if scope.prefixes else "US"


def _sample(prefix: str) -> str:
    return f"{prefix}0123456789abcdef0123456789abcdef"


SAMPLES = {R.PHONE: "+14155550100", R.URL: "https://example.com/hook", R.INT: "1", R.DATE: "2026-01-31",
           R.DATETIME: "2026-01-31T12:00:00Z", R.LIST: "a,b", R.PAIRS: "customer=42"}


def _option(s: R.Filter) -> str:
    """`--option VALUE` with a value of the option's kind, for an example line."""
    flag = "--" + s.option.split("/")[0]
    if s.kind == R.BOOL:
        return flag
    value = s.choices[0] if s.choices else _sample(s.sid_prefix) if s.kind == R.SID else SAMPLES.get(s.kind, "text")
    return f"{flag} {value}"


def scopes(node: Node) -> list[commands.Scope]:
    return [commands.Scope(s.name, s.placeholder, s.prefixes or "", f"The {s.name.replace('_', ' ')} ({described(s)}).")
            for s in node.scope]


def described(scope: declared.Scope) -> str:
    return " or ".join(f"{p}…" for p in scope.prefixes) + " SID" if scope.prefixes else "its code or name"


def standard(node: Node) -> commands.ResourceGroup:
    """The group with a command for each verb the spec gives the resource."""
    r, ops, overlay = node.resource, node.operations, node.overlay
    group = commands.ResourceGroup(r, f"{r.title}: {', '.join(commands_of(node))}.", scope=scopes(node))
    parents = "".join(f" {example(s)}" for s in node.scope)

    def line(verb: str, rest: str = "") -> str:
        return f"twiliocli {' '.join(node.words)} {verb}{parents}{rest}"

    of = f" of a {node.scope[-1].name.replace('_', ' ')}" if node.scope else ""
    sid = f" {_sample(r.sid_prefix)}" if r.sid_prefix else " US" if r.sid_field == "country_code" else " NAME"
    if "list" in ops:
        group.list(f"List the {node.plural}{of}." + examples(line("list")))
    if "get" in ops:
        if node.singleton:
            group.show(f"Show the {node.noun}{of}." + examples(line("get")))
        else:
            group.get(f"Show one {node.noun}." + examples(line("get", sid)))
    for verb in ("create", "update"):
        op = ops.get(verb)
        if op is None or (verb == "update" and overlay.actions):
            continue
        name = node.command(verb)
        sent = {p.name for p in op.where("form")}
        settings = tuple(s for s in r.settings if s.param in sent or (s.kind == R.PAIRS and "Parameter1.Name" in sent))
        required = [s for s in settings if any(p.name == s.param and p.required for p in op.params)]
        build = group.create if verb == "create" else group.update
        given = required or settings[:1]
        sample = line(name, (sid if verb == "update" else "") + "".join(f" {_option(s)}" for s in given))
        help = (f"{name.capitalize()} a {node.noun}{of}." if verb == "create"
                else f"Change a {node.noun} (only the options given change).")
        build(name, help + examples(sample), settings=settings, required=[s.option.split("/")[0] for s in required],
              ask=overlay.ask.get(name), secrets=tuple(p for p in op.where("form") if p.name in overlay.secrets))
    for action in overlay.actions:
        group.action(action.name, action.help + examples(line(action.name, sid)), action.data, ask=action.ask or None)
    if "delete" in ops:
        group.delete(f"Delete a {node.noun}." + examples(line("delete", f"{sid} --yes")))
    return group
