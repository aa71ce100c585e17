"""Command groups that build what they hold only when it is asked for.

Typer converts every command and sub-app of a group up front (about 1 ms a command: signatures,
type hints, click parameters); `calls list` needs one command, TAB completion often none, and the
spec-derived groups (`calls recording`, `sip domains …`) need not even be declared until named.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from twiliocli.cli.framework import compat


class Suggesting(TyperGroup):
    """A group that, named alone, prints its help once and succeeds (as gh does), and whose
    "No such command" suggests the closest names, loaded or not (`calls lst`)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            from twiliocli.cli.framework import helpfmt

            helpfmt.install()
            text = ctx.get_help()  # rich prints it; plain help comes back as text
            if text:
                print(text)
            ctx.exit(0)
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return self._click_resolve_command(ctx, args)
        except compat.UsageError as exc:
            from difflib import get_close_matches

            matches = get_close_matches(args[0], self.list_commands(ctx)) if args else []
            if matches:
                exc.message = f"{exc.message.rstrip('.')}. Did you mean {' or '.join(repr(m) for m in matches)}?"
            raise



class LazyCommands(Suggesting):
    """A group whose commands Typer converts to click commands only when one is looked up.

    Typer converts every command of a group up front (about 1 ms each: signatures, type hints,
    click parameters); `calls list` needs one of them, TAB completion often none.
    """

    pending: dict[str, Any]
    order: list[str]
    settings: dict[str, Any]
    words: tuple[str, ...] = ()  # its place in the tree: `("calls",)`; the spec's groups under it join lazily

    def list_commands(self, ctx: Any) -> list[str]:
        spec_children = [n for n in spec_words_under(self.words) if n not in self.order and n not in self.commands]
        return [*self.order, *(n for n in self.commands if n not in self.order), *sorted(spec_children)]

    def get_command(self, ctx: Any, name: str) -> Any:
        info = self.pending.pop(name, None)
        if isinstance(info, _SubApp):
            command = group_command(info.sub, info.words)
            command.name = name
        elif info is not None:
            command = compat.get_command_from_info(info, **self.settings)
        elif name not in self.commands:
            command = spec_group(self.words + (name,))  # a spec resource under this group, if any
        else:
            return self.commands[name]
        if command is not None:
            if getattr(self, "inherits_globals", False):
                from twiliocli.cli.framework.inherit import adopt

                adopt(command, ctx.find_root().command)
            self.commands[name] = command
        return command


def group_command(sub: typer.Typer, words: tuple[str, ...]) -> Any:
    """The click command of the Typer app `sub` at `words` in the tree, its commands converted lazily
    (LazyCommands); its sub-apps and the spec's groups under it are looked up only when named."""
    import copy

    shell = copy.copy(sub)
    shell.registered_commands = []
    shell.registered_groups = []
    shell.info = copy.copy(sub.info)
    shell.info.cls = LazyCommands
    group = typer.main.get_group(shell)
    infos = {c.name or typer.main.get_command_name(c.callback.__name__): c for c in sub.registered_commands}
    group.pending = dict(infos)
    group.order = list(infos) + [g.name for g in sub.registered_groups]
    group.settings = {"pretty_exceptions_short": sub.pretty_exceptions_short, "rich_markup_mode": sub.rich_markup_mode}
    group.words = words
    for info in sub.registered_groups:  # hand-written sub-apps (`sms media`), converted when named
        group.pending[info.name] = _SubApp(info.typer_instance, words + (info.name,))
    return group


class _SubApp:
    """A pending sub-app of a group, made a LazyCommands group when named."""

    def __init__(self, sub: typer.Typer, words: tuple[str, ...]) -> None:
        self.sub, self.words = sub, words


def _spec_words() -> tuple[tuple[str, ...], ...]:
    from twiliocli.openapi.words import WORDS

    return WORDS


def spec_words_under(words: tuple[str, ...]) -> list[str]:
    """The names of the spec's groups directly under `words` (`()`: the root), from the generated
    words (openapi/words.py): listing them builds nothing."""
    return sorted({w[len(words)] for w in _spec_words() if len(w) > len(words) and w[: len(words)] == words})


def spec_group(words: tuple[str, ...]) -> Any:
    """The group at `words` that the spec declares (`sip`, `sip domains`, `calls recording` …), or None:
    a hand-written overlay module `cli/groups/WORDS.py` when there is one, else built from the spec."""
    if not any(w[: len(words)] == words for w in _spec_words()):
        return None  # decided from the generated words alone: nothing of the spec is imported
    from twiliocli.api import declared
    from twiliocli.cli.framework import generated

    node = declared.node(words)
    sub = generated.overlay_app(words) or generated.app_for(words, node)
    command = group_command(sub, words)
    command.name = words[-1]
    return command
