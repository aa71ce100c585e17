"""What people see when they get the command line wrong: help once, suggestions, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import clear_received, received, run_cli

REPO = Path(__file__).resolve().parent.parent


def program(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in a subprocess (help is printed by rich straight to the real stdout)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")} | {"COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "twiliocli", *args], capture_output=True, text=True, timeout=60, env=env, cwd=REPO)


@pytest.mark.parametrize("args", [[], ["calls"], ["sms"]], ids=["root", "calls", "sms"])
def test_no_command_prints_the_help_once_and_succeeds(args):
    done = program(*args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Usage: twiliocli") == 1 and done.stderr == ""
    assert "Commands" in done.stdout


@pytest.mark.parametrize(
    "args, suggestion",
    [(["calls", "lst"], "'list'"), (["clls", "list"], "'calls'"), (["sms", "snd"], "'send'"), (["profile", "list"], "'profiles'")],
)
def test_a_misspelt_command_gets_a_suggestion(args, suggestion):
    result = run_cli(*args)
    assert result.exit_code == 2
    assert f"Did you mean {suggestion}?" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["calls", "lst"],
        ["calls", "get", "CA1"],
        ["calls", "list", "--limit", "0"],
        ["calls", "list", "--nope"],
        ["calls", "list", "-o", "xml"],
        ["completion"],
        ["completion", "tcsh"],
        ["--retries"],
        ["nosuchgroup"],
    ],
)
def test_usage_errors_are_one_line_and_end_with_one_full_stop(args):
    result = run_cli(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert ".." not in result.stderr and "?." not in result.stderr
    assert result.stderr.rstrip().endswith("--help'")


def test_completion_without_a_shell_names_the_choices_on_one_line():
    result = run_cli("completion")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: Missing argument 'SHELL'. Choose from: bash, zsh, fish.")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--subaccount", "AC1", "calls", "list"], "'AC1' is not an AC SID"),
        (["sms", "get", "XX" + "0" * 32], "is not an SM or MM SID"),
        (["recordings", "get", "RE1"], "is not an RE SID"),
        (["calls", "get", "CA1"], "is not a CA SID"),
        (["numbers", "get", "PN1"], "is neither a PN SID nor a phone number"),
    ],
)
def test_sid_errors_use_the_right_article(use_emulator, args, needle):
    clear_received(use_emulator)
    result = run_cli(*args)
    assert result.exit_code == 2 and needle in result.stderr, result.stderr
    assert received(use_emulator) == []


def test_the_builtin_emulator_profile_cannot_be_removed():
    result = run_cli("profiles", "remove", "emulator", "--yes")
    assert result.exit_code == 2
    assert "built in" in result.stderr and "No saved profile" not in result.stderr
    assert "emulator" in run_cli("profiles", "list", "-o", "tsv").stdout


def test_a_profile_that_does_not_exist_is_still_named_as_missing():
    result = run_cli("profiles", "remove", "staging", "--yes")
    assert result.exit_code == 2 and "No saved profile named 'staging'" in result.stderr
