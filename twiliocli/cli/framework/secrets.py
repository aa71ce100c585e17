"""Secrets a command sends (a SIP credential's password) come from a prompt or stdin, never a flag:
a flag would show in `ps` and in shell history. As `login` reads its token."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from twiliocli.api.declared import option_name
from twiliocli.cli.framework.signature import param
from twiliocli.errors import UsageError

if TYPE_CHECKING:
    from twiliocli.api.spec import Param


def secret_parameters(secrets: Sequence[Param]) -> list[inspect.Parameter]:
    """`--NAME-stdin` for each secret: read it from stdin instead of the prompt."""
    return [param(f"{_key(p)}_stdin", Annotated[bool, typer.Option(
        f"--{option_name(p.name)}-stdin", help=f"Read the {_what(p)} from stdin (else it is prompted for, hidden).")], False)
        for p in secrets]


def read_secrets(secrets: Sequence[Param], kw: dict[str, Any], *, required: bool) -> dict[str, str]:
    """The secrets' form fields: each from stdin (its `--…-stdin` given, popped from `kw`), else
    from a hidden prompt on a terminal. Without a terminal a required one must come on stdin."""
    out = {}
    for p in secrets:
        if kw.pop(f"{_key(p)}_stdin", False):
            value = sys.stdin.readline().rstrip("\r\n")
        elif sys.stdin.isatty() and (required or p.required):
            value = typer.prompt(_what(p).capitalize(), hide_input=True, confirmation_prompt=True, err=True)
        else:
            value = ""
        if value:
            out[p.name] = value
        elif required and p.required:
            raise UsageError(f"No {_what(p)} given: type it at the prompt, or pass it on stdin with --{option_name(p.name)}-stdin")
    return out


def _key(p: Param) -> str:
    return option_name(p.name).replace("-", "_")


def _what(p: Param) -> str:
    return option_name(p.name).replace("-", " ")
