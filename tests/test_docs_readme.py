"""README.md stays true: every twiliocli command line in its shell blocks names real commands and options."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from twiliocli.cli import docs

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
ROOT = docs.tree()


def command_lines() -> list[str]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        text = block.replace("\\\n", " ")
        for line in text.splitlines():
            line = re.sub(r"(^|\s)#.*$", "", line)  # comments
            for segment in re.split(r"\|(?!\|)|&&|;\s", line):
                if re.search(r"(^|\s|\()twiliocli\s", segment + " "):
                    lines.append(segment.strip())
    return lines


LINES = command_lines()


def test_readme_has_the_setup_commands_first() -> None:
    setup = README.split("## Credentials")[0]
    assert "pip install . && twiliocli --profile emulator calls list" in setup
    assert "pip install '.[test]' && python -m pytest -q -n 2" in setup
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "\n    pip install '.[test]' && python -m pytest -q -n 2\n" in ci  # CI runs README's command


@pytest.mark.parametrize("line", LINES)
def test_readme_command_lines_are_real(line: str) -> None:
    node, unknown = docs.parse_example(ROOT, line)
    assert node is not None, line
    assert not unknown, f"{line!r}: {node.name} has no {unknown}"
    assert not node.group or node.runs or node is ROOT and "--version" in line, f"{line!r} names a group, not a command"


def test_readme_sections() -> None:
    for heading in ("Set up", "Credentials", "A tour of common tasks", "Output for scripts", "The emulator",
                    "Exit codes", "Environment variables", "Shell completion", "Man page"):
        assert f"## {heading}\n" in README
    for code, _ in docs.EXIT_CODES:
        assert f"| {code} |" in README
    for name, _ in docs.ENVIRONMENT:
        assert name in README
