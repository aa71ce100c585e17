"""The root command: global options, and the resource groups, each imported only when used.

`twiliocli calls list` imports the calls module and nothing else of the command tree, which keeps
start-up (and so TAB completion and cron loops) fast.
"""

import dataclasses
import functools
import importlib
import inspect
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from twiliocli import __version__
from twiliocli.cli.framework import compat
from twiliocli.cli.framework.runtime import Runtime, set_current

# The tool's own groups: name on the command line -> module under twiliocli.cli (exposing a Typer `app`).
OWN_GROUPS: dict[str, str] = {
    "api": "groups.raw",
    "completion": "groups.completion",
    "config": "groups.settings",
    "conversation": "framework.offline",
    "emulator": "groups.emulator",
    "login": "groups.login",
    "profiles": "groups.profiles",
    "sql": "groups.sync",
    "sync": "groups.sync",
}


@functools.cache
def groups() -> dict[str, str]:
    """Every group -> its module: the tool's own, and one for each group the declarations in
    api/resources.py name, once its module (named after it) exists. Read on first use: `--version`
    needs none of it."""
    import pkgutil

    from twiliocli.api import resources
    from twiliocli.cli import groups as package

    modules = {m.name for m in pkgutil.iter_modules(package.__path__)}
    declared = {r.group: r.group.replace("-", "_") for r in resources.ALL}
    return {**{g: f"groups.{m}" for g, m in declared.items() if m in modules}, **OWN_GROUPS}


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


class LazyGroup(Suggesting):
    """Resolves a subcommand by importing its module on first use."""

    def list_commands(self, ctx: Any) -> list[str]:
        return sorted({*self.commands, *groups()})

    def get_command(self, ctx: Any, name: str) -> Any:
        if name not in self.commands and name in groups():
            module = importlib.import_module(f"twiliocli.cli.{groups()[name]}")
            sub = getattr(module, f"{name.replace('-', '_')}_app", None) or module.app
            command = _group_command(sub)
            command.name = name
            self.commands[name] = command
        command = self.commands.get(name)
        if command is not None:
            from twiliocli.cli.framework.inherit import adopt

            adopt(command, self)
        return command


class LazyCommands(Suggesting):
    """A group whose commands Typer converts to click commands only when one is looked up.

    Typer converts every command of a group up front (about 1 ms each: signatures, type hints,
    click parameters); `calls list` needs one of them, TAB completion often none.
    """

    pending: dict[str, Any]
    order: list[str]
    settings: dict[str, Any]

    def list_commands(self, ctx: Any) -> list[str]:
        return [*self.order, *(n for n in self.commands if n not in self.order)]

    def get_command(self, ctx: Any, name: str) -> Any:
        info = self.pending.pop(name, None)
        if info is not None:
            from twiliocli.cli.framework.inherit import adopt

            command = compat.get_command_from_info(info, **self.settings)
            if getattr(self, "inherits_globals", False):
                adopt(command, ctx.find_root().command)
            self.commands[name] = command
        return self.commands.get(name)


def _group_command(sub: typer.Typer) -> Any:
    """`typer.main.get_command(sub)`, with the group's own commands converted lazily (LazyCommands)."""
    import copy

    is_group = sub.registered_callback or sub.info.callback or sub.registered_groups or len(sub.registered_commands) > 1
    if not is_group:
        return typer.main.get_command(sub)
    shell = copy.copy(sub)
    shell.registered_commands = []
    shell.info = copy.copy(sub.info)
    shell.info.cls = LazyCommands
    group = typer.main.get_group(shell)
    infos = {c.name or typer.main.get_command_name(c.callback.__name__): c for c in sub.registered_commands}
    group.pending = dict(infos)
    group.order = list(infos)
    group.settings = {"pretty_exceptions_short": sub.pretty_exceptions_short, "rich_markup_mode": sub.rich_markup_mode}
    return group


def _version(ctx: typer.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        print(f"twiliocli {__version__}")
        raise typer.Exit()


app = typer.Typer(
    cls=LazyGroup,
    name="twiliocli",
    help="Administer a Twilio account from the shell: calls, messages, numbers, recordings and more.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def root(ctx: typer.Context, **options: Any) -> None:
    """Administer a Twilio account from the shell: calls, messages, numbers, recordings and more."""
    options.pop("version", None)  # answered by its callback
    ctx.obj = set_current(Runtime(**options))


def _root_parameters() -> list[inspect.Parameter]:
    """The root's options: every `global_option` field of `Runtime`, then --version."""

    def keyword(name: str, annotation: Any, default: Any) -> inspect.Parameter:
        return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)

    options = [
        keyword(f.name, Annotated[f.metadata["option"][0], f.metadata["option"][1]], f.default)
        for f in dataclasses.fields(Runtime)
        if "option" in f.metadata
    ]
    version = typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    return [keyword("ctx", typer.Context, inspect.Parameter.empty), *options, keyword("version", Annotated[bool, version], False)]


root.__signature__ = inspect.Signature(_root_parameters())  # type: ignore[attr-defined]
app.callback()(root)


def build() -> Any:
    """The click command behind the Typer app (the tests and the man-page writer use it too)."""
    return typer.main.get_command(app)
