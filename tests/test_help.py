"""Every command's help: a one-line summary and at least one example that really parses.

The tree is walked from the app itself, so commands added later are checked too.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli
from twiliocli.cli import docs

ROOT = docs.tree()
NODES = ROOT.walk()
COMMANDS = [n for n in NODES if not n.group]


def test_the_tree_has_every_group() -> None:
    from twiliocli.api import declared
    from twiliocli.cli.app import groups

    assert {c.path[0] for c in ROOT.children} == set(groups()) | set(declared.children(()))


def test_every_command_has_a_summary_and_an_example() -> None:
    problems = docs.help_problems(ROOT)
    assert not problems, "help problems:\n" + "\n".join(problems)


@pytest.mark.parametrize("node", NODES, ids=[n.name for n in NODES])
def test_help_shows_summary_and_examples(node: docs.Node) -> None:
    result = run_cli(*node.path, "--help")
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert " ".join(node.summary.split()[:4]) in text
    for example in node.examples:
        assert "$ " + " ".join(example.split()[:3]) in text


@pytest.mark.parametrize("node", COMMANDS, ids=[n.name for n in COMMANDS])
def test_examples_use_real_commands_and_options(node: docs.Node) -> None:
    for example in node.examples:
        target, unknown = docs.parse_example(ROOT, example)
        assert target is not None, f"example does not run '{docs.PROG}': {example}"
        assert not unknown, f"{example!r} uses options that {target.name} does not have: {unknown}"
        assert not target.group, f"{example!r} names a group, not a command"


def test_lazy_groups_match_typers_own_conversion() -> None:
    """framework.lazy.LazyCommands converts a group's commands on first use; the result must be what Typer builds."""
    import importlib

    import typer

    from twiliocli.cli.app import build, groups
    from twiliocli.cli.framework.lazy import LazyCommands
    from twiliocli.cli.framework.compat import Context

    root = build()
    ctx = Context(root, info_name=docs.PROG)
    for name, module in groups().items():
        lazy = root.get_command(ctx, name)
        mod = importlib.import_module(f"twiliocli.cli.{module}")
        eager = typer.main.get_command(getattr(mod, f"{name.replace('-', '_')}_app", None) or mod.app)
        assert type(lazy) is LazyCommands or not hasattr(eager, "commands"), name
        if not hasattr(eager, "commands"):
            continue
        sub = Context(lazy, info_name=name, parent=ctx)
        from twiliocli.api import declared

        spec_children = declared.children((name,))  # the spec's groups under it join lazily, Typer knows none
        assert [c for c in lazy.list_commands(sub) if c not in spec_children] == eager.list_commands(sub), name
        for command in eager.list_commands(sub):
            mine, theirs = lazy.get_command(sub, command), eager.get_command(sub, command)
            assert (mine.help, own(mine)) == (theirs.help, [p.name for p in theirs.params])
        assert own(lazy) == [p.name for p in eager.params]


def own(command) -> list[str]:
    """A command's parameter names, less the global options it inherits (cli/framework/inherit.py)."""
    return [p.name for p in command.params if not getattr(p, "inherited", False)]


def test_a_group_that_runs_alone_still_runs_when_built_lazily(use_emulator) -> None:
    """`sync` with no subcommand syncs (invoke_without_command); the lazy conversion must keep that."""
    result = run_cli("sync", "--resources", "numbers", "--quiet")
    assert result.exit_code == 0 and "Usage:" not in result.stdout + result.stderr
    listed = run_cli("sync", "status", "-o", "json")
    assert any(row["table"] == "numbers" and row["rows"] > 0 for row in json.loads(listed.stdout))


def test_root_help_lists_every_group_without_building_one() -> None:
    """The root help reads each group's line from command_index.ROOT (start-up: bench/README.md);
    gen_docs --check (test_docs_sync) keeps that index equal to the built groups."""
    import os
    import subprocess
    import sys

    code = ("import sys; from twiliocli.cli import entry; entry.run(['--help']);"
            "print(sorted(m for m in sys.modules if m.startswith('twiliocli.cli.groups.')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "COLUMNS": "120"})
    assert done.stderr.strip() == "[]"
    listed = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("│ ") and len(line.split()) > 2}
    assert {"calls", "sms", "sip", "keys", "usage", "api", "sync"} <= listed
