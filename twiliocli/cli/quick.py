"""A plain `GROUP list` without Typer: the command cron jobs and scripts run most, at the cost of
`import requests` alone (Typer and its click are a fifth of a list's start-up; bench/README.md).

The line is read against the same option declarations Typer reads (`framework/options.py`, the
global options, the resource's filters) and run by the same code (`listing.show_list`). Only a
line that is plainly right is taken: every word a known option, each value passing its check, no
`--help`, `--all-accounts`, `--` or option given twice. Anything else returns None, and Typer parses
the line as always, so its messages, help and completion stay the only ones. A test holds the two
readings equal for every option of every group listed in `command_index.py`.
"""

from __future__ import annotations

import os
import typing
from collections.abc import Mapping
from typing import Any, NamedTuple

from twiliocli.api.resources import Resource
from twiliocli.cli.framework.options import LIST_OPTIONS, WATCH_OPTIONS, Opt, filter_option, python_name


class Line(NamedTuple):
    """A list command read: the `Runtime` options, the resource, the command's keywords."""

    globals: dict[str, Any]
    resource: Resource
    kw: dict[str, Any]


class _Declined(Exception):
    """The line is not a plain list: Typer reads it."""


Options = Mapping[str, tuple[str, Opt, Any]]  # an option's name on the line -> (keyword, declaration, default)


def read(args: list[str]) -> Line | None:
    """The list command `args` names, read without Typer, or None for Typer to read."""
    try:
        return _read(args)
    except _Declined:
        return None


def _read(args: list[str]) -> Line:
    from twiliocli.cli.command_index import PLAIN

    roots = _global_options()
    given_globals: dict[str, Any] = {}
    rest = _options(args, roots, given_globals, stop_at_word=True)
    if len(rest) < 2 or rest[0] not in PLAIN or rest[1] != "list":
        raise _Declined
    resource = _resource(PLAIN[rest[0]])
    own: dict[str, tuple[str, Opt, Any]] = {}
    for f in resource.filters:
        own.update(_names(python_name(f.option), filter_option(f), None))
    for name, opt, default in (*LIST_OPTIONS, *(WATCH_OPTIONS if resource.watchable else ())):
        own.update(_names(name, opt, default))
    mine = {keyword for keyword, _, _ in own.values()}
    inherited = {name: spec for name, spec in roots.items() if not _taken(spec, roots, own, mine)}
    given: dict[str, Any] = {}
    if _options(rest[2:], {**own, **inherited}, given, stop_at_word=False):
        raise _Declined  # a word where a list takes none
    after = {keyword: value for keyword, value in given.items() if keyword not in mine}
    if after.keys() & given_globals.keys():
        raise _Declined  # a global option both before and after the command
    given_globals.update(after)
    kw = {keyword: _finish(opt, given.get(keyword, default), keyword in given) for keyword, opt, default in _unique(own)}
    state = {keyword: _finish(opt, given_globals.get(keyword, default), keyword in given_globals)
             for keyword, opt, default in _unique(roots)}
    if state.get("all_accounts"):
        raise _Declined  # every account at once: cli/framework/fanout.py, through Typer
    return Line(state, resource, kw)


def _taken(spec: tuple[str, Opt, Any], roots: Options, own: Options, mine: set[str]) -> bool:
    """A root option the command does not inherit: one of its names is the command's own (cli/framework/inherit.py)."""
    names = {name for name, other in roots.items() if other[0] == spec[0]}
    return spec[0] in mine or bool(names & own.keys())


def _global_options() -> dict[str, tuple[str, Opt, Any]]:
    """The root's options (`runtime.GLOBAL_OPTIONS`)."""
    from twiliocli.cli.framework.runtime import GLOBAL_OPTIONS

    found: dict[str, tuple[str, Opt, Any]] = {}
    for name, declared in GLOBAL_OPTIONS.items():
        found.update(_names(name, declared.opt, declared.default))
    return found


def _names(keyword: str, opt: Opt, default: Any) -> dict[str, tuple[str, Opt, Any]]:
    """Every name of an option on the line (`--muted/--unmuted` gives two), each to its keyword."""
    return {name: (keyword, opt, default) for decl in opt.decls for name in decl.split("/")}


def _unique(options: Options) -> list[tuple[str, Opt, Any]]:
    seen: dict[str, tuple[str, Opt, Any]] = {}
    for spec in options.values():
        seen.setdefault(spec[0], spec)
    return list(seen.values())


def _resource(name: str) -> Resource:
    from twiliocli.api.resources import ALL

    return next(r for r in ALL if r.name == name)


def _options(args: list[str], known: Options, given: dict[str, Any], *, stop_at_word: bool) -> list[str]:
    """Read options from the front of `args` into `given` (keyword -> value); returns the words
    from the first one that is not an option (all of them when `stop_at_word`)."""
    i = 0
    while i < len(args):
        word = args[i]
        if not word.startswith("-") or word == "-":
            if stop_at_word:
                return args[i:]
            raise _Declined
        name, eq, text = word.partition("=")
        if word == "--" or name not in known or (not name.startswith("--") and eq):
            raise _Declined
        keyword, opt, _ = known[name]
        if keyword in given:
            raise _Declined  # given twice: click keeps the last, or counts; Typer says which
        if _is_flag(opt):
            if eq:
                raise _Declined
            given[keyword] = not any(name == decl.split("/")[1] for decl in opt.decls if "/" in decl)
        else:
            if not eq:
                i += 1
                if i == len(args) or args[i].startswith("-"):
                    raise _Declined
                text = args[i]
            given[keyword] = _value(opt, text)
        i += 1
    return []


def _is_flag(opt: Opt) -> bool:
    return opt.kind is bool or opt.kind == typing.Optional[bool]


def _value(opt: Opt, text: str) -> Any:
    """The value Typer would pass for `text`, or _Declined where it would refuse it (its message then)."""
    kind = _base(opt.kind)
    options = opt.options
    try:
        if typing.get_origin(kind) is typing.Literal:
            if text not in typing.get_args(kind):
                raise _Declined  # click's own answer: a wrong choice, or another case to normalise
            return text
        if kind in (int, float):
            value = kind(text)
            low, high = options.get("min"), options.get("max")
            if (low is not None and value < low) or (high is not None and value > high) or value != value:
                raise _Declined
            return value
        if kind is str:
            parser = options.get("parser")
            return parser(text) if parser else text
    except _Declined:
        raise
    except Exception:  # a check refused it: Typer says why
        raise _Declined from None
    raise _Declined  # a kind this path does not read


def _base(kind: Any) -> Any:
    """`X` of `Optional[X]`."""
    if typing.get_origin(kind) is typing.Union:
        args = [a for a in typing.get_args(kind) if a is not type(None)]
        return args[0] if len(args) == 1 else kind
    return kind


def _finish(opt: Opt, value: Any, given: bool) -> Any:
    """An option's value after what click does with every option, given or not: its environment
    variable when not given, then its callback (`-o` and `--tz` read the configured default)."""
    envvar = opt.options.get("envvar")
    if not given and envvar and os.environ.get(envvar):
        value = _value(opt, os.environ[envvar])
    callback = opt.options.get("callback")
    return callback(value) if callback else value
