"""completions/ and man/ are generated from the app: they must match what it generates now.

When one of these fails after a command or option changed, run `python scripts/gen_docs.py`
and commit the result.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from twiliocli.cli.groups import completion
from twiliocli.cli import docs

REPO = Path(__file__).resolve().parent.parent
ROOT = docs.tree()
FIX = "stale: run `python scripts/gen_docs.py` and commit completions/ and man/"


@pytest.mark.parametrize("shell", completion.SHELLS)
def test_completion_scripts_are_current(shell: str) -> None:
    committed = REPO / completion.FILES[shell]
    assert committed.exists(), FIX
    assert committed.read_text(encoding="utf-8") == completion.script(shell, ROOT), FIX


def test_man_page_is_current() -> None:
    committed = REPO / "man" / "twiliocli.1"
    assert committed.exists(), FIX
    assert committed.read_text(encoding="utf-8") == docs.manpage(ROOT), FIX


def test_generator_check_mode_agrees() -> None:
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_docs.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_man_page_covers_every_command_and_section() -> None:
    page = (REPO / "man" / "twiliocli.1").read_text(encoding="utf-8").replace("\\-", "-")
    for section in ("NAME", "SYNOPSIS", "GLOBAL OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"):
        assert f".SH {section}" in page
    for node in ROOT.walk():
        if not node.group:
            assert node.usage() in page, node.name
            for option in node.options:
                assert option.opts[0] in page
    for code, _ in docs.EXIT_CODES:
        assert f"\\fB{code}\\fR" in page


def test_exit_codes_documented_match_the_enum() -> None:
    from twiliocli.errors import ExitStatus

    assert {code for code, _ in docs.EXIT_CODES} == {int(s) for s in ExitStatus}


def test_roff_escaping() -> None:
    assert docs.roff(".starts with a dot") == "\\&.starts with a dot"
    assert docs.roff("a\\b --x") == "a\\eb \\-\\-x"
    assert docs.roff("AC\u2026 \u2713") == "AC... \\[u2713]"


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")
def test_man_page_renders_without_warnings() -> None:
    done = subprocess.run(
        ["groff", "-ww", "-man", "-Tutf8", str(REPO / "man" / "twiliocli.1")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stderr == ""
    assert "twiliocli calls list" in done.stdout
