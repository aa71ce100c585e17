"""The root command: global options, and the resource groups, each imported only when used.

`twiliocli calls list` imports the calls module and nothing else of the command tree, which keeps
start-up (and so TAB completion and cron loops) fast.
"""

import functools
import importlib
import inspect
from typing import Annotated, Any, NamedTuple

import typer

from twiliocli import __version__
from twiliocli.cli.framework.lazy import Suggesting, group_command, spec_group, spec_words_under
from twiliocli.cli.framework.params import typed
from twiliocli.cli.framework.runtime import GLOBAL_OPTIONS, Runtime

# The tool's own groups: name on the command line -> module under twiliocli.cli (exposing a Typer `app`).
OWN_GROUPS: dict[str, str] = {
    "api": "groups.raw",
    "completion": "groups.completion",
    "config": "groups.settings",
    "conversation": "framework.offline",
    "doctor": "groups.doctor",
    "emulator": "groups.emulator",
    "errors": "groups.errors",
    "login": "groups.login",
    "mcp": "groups.mcp",
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


class LazyGroup(Suggesting):
    """Resolves a subcommand by importing its module on first use; the spec's groups that have no
    module (`keys`, `sip` …) are built from their declarations, also on first use."""

    def list_commands(self, ctx: Any) -> list[str]:
        return sorted({*self.commands, *groups(), *spec_words_under(())})

    listing = False  # while the root help is drawn: groups are read from the index, not built

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.listing = False

    def get_command(self, ctx: Any, name: str) -> Any:
        if self.listing and name not in self.commands:
            from twiliocli.cli.command_index import ROOT

            return Listed(name, *ROOT[name]) if name in ROOT else None
        if name not in self.commands and name in groups():
            module = importlib.import_module(f"twiliocli.cli.{groups()[name]}")
            sub = getattr(module, f"{name.replace('-', '_')}_app", None) or module.app
            command = _group_command(sub, name)
            command.name = name
            self.commands[name] = command
        elif name not in self.commands:
            command = spec_group((name,))
            if command is not None:
                self.commands[name] = command
        command = self.commands.get(name)
        if command is not None:
            from twiliocli.cli.framework.inherit import adopt

            adopt(command, self)
        return command


class Listed(NamedTuple):
    """A group as the root help lists it, from `command_index.ROOT` (written by scripts/gen_docs.py):
    the root help would otherwise import and build every group (~50 ms) to read a line of each."""

    name: str
    help: str
    rich_help_panel: str | None
    hidden: bool = False  # the index lists only the groups help shows
    deprecated: bool = False

    @property
    def short_help(self) -> None:
        return None  # Typer then shows the first paragraph of `help`, as for a built group


def _group_command(sub: typer.Typer, name: str) -> Any:
    """`typer.main.get_command(sub)`, with a group's own commands converted lazily (framework/lazy.py)."""
    is_group = sub.registered_callback or sub.info.callback or sub.registered_groups or len(sub.registered_commands) > 1
    return group_command(sub, (name,)) if is_group else typer.main.get_command(sub)


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
    if isinstance(ctx.obj, Runtime):  # cli/entry.py's: it keeps the object to clean up after the run
        for name, value in options.items():
            setattr(ctx.obj, name, value)
    else:
        ctx.obj = Runtime(**options)


def _root_parameters() -> list[inspect.Parameter]:
    """The root's options: every one of `GLOBAL_OPTIONS`, then --version."""

    def keyword(name: str, annotation: Any, default: Any) -> inspect.Parameter:
        return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)

    options = [keyword(name, typed(declared.opt), declared.default) for name, declared in GLOBAL_OPTIONS.items()]
    version = typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    return [keyword("ctx", typer.Context, inspect.Parameter.empty), *options, keyword("version", Annotated[bool, version], False)]


root.__signature__ = inspect.Signature(_root_parameters())  # type: ignore[attr-defined]
app.callback()(root)


def build() -> Any:
    """The click command behind the Typer app (the tests and the man-page writer use it too)."""
    return typer.main.get_command(app)
