"""--yes everywhere: every command that changes state takes it; those that end calls, suspend
accounts, destroy or cost money ask on a terminal and refuse without --yes otherwise."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import clear_received, launcher, received, run_cli
from twiliocli.cli import docs

ROOT = docs.tree()

# The verbs of commands that change something at Twilio (or a saved profile): each must take --yes.
CHANGING = {
    "create", "update", "delete", "add", "remove", "send", "buy", "release", "transfer", "hangup", "cancel",
    "redirect", "suspend", "activate", "close", "end", "mute", "unmute", "kick",
}
CHANGERS = [n for n in ROOT.walk() if not n.group and n.path[-1] in CHANGING]


def test_the_tree_has_the_commands_that_change_state():
    assert len(CHANGERS) >= 30
    assert {"calls hangup", "calls cancel", "accounts suspend", "sms media delete"} <= {" ".join(n.path) for n in CHANGERS}


@pytest.mark.parametrize("node", CHANGERS, ids=lambda n: n.name)
def test_every_command_that_changes_state_takes_yes(node):
    names = {n for p in node.options for n in p.opts}
    assert {"--yes", "-y"} <= names, f"{node.name} changes state but does not take --yes"


@pytest.fixture
def live_call(use_emulator) -> str:
    made = run_cli("calls", "create", "--to", "+14155550100", "--from", "+15005550006", "--url", "https://example.com/t", "--yes", "-o", "json")
    assert made.exit_code == 0, made.stderr
    return json.loads(made.stdout)["sid"]


@pytest.mark.parametrize(
    "args",
    [["calls", "hangup"], ["calls", "cancel"], ["accounts", "suspend"], ["conferences", "end"], ["calls", "delete"]],
    ids=lambda a: " ".join(a),
)
def test_without_a_terminal_they_refuse_unless_yes(use_emulator, args):
    sid = {"calls": "CA", "accounts": "AC", "conferences": "CF"}[args[0]] + "1" * 32
    clear_received(use_emulator)
    refused = run_cli(*args, sid)
    assert refused.exit_code == 2 and "pass --yes" in refused.stderr and refused.stderr.count("\n") == 1
    assert received(use_emulator) == []


def test_suspending_through_update_asks_too(use_emulator):
    sub = json.loads(run_cli("accounts", "create", "--friendly-name", "t", "-o", "json").stdout)["sid"]
    clear_received(use_emulator)
    refused = run_cli("accounts", "update", sub, "--status", "suspended")
    assert refused.exit_code == 2 and "Suspend account" in refused.stderr
    assert received(use_emulator) == []
    assert json.loads(run_cli("accounts", "update", sub, "--status", "suspended", "-y", "-o", "json").stdout)["status"] == "suspended"
    assert run_cli("accounts", "update", sub, "--friendly-name", "renamed").exit_code == 0  # a rename asks nothing


@pytest.mark.parametrize("flag", ["--yes", "-y"])
def test_hangup_and_cancel_take_yes(use_emulator, live_call, flag):
    clear_received(use_emulator)
    done = run_cli("calls", "hangup", live_call, flag, "-o", "json")
    assert done.exit_code == 0, done.stderr
    assert received(use_emulator)[0]["form"] == {"Status": "completed"}


def test_commands_that_do_not_ask_still_take_yes(use_emulator, live_call):
    """A script may pass --yes to any command that changes something; it changes nothing else."""
    conf = json.loads(run_cli("conferences", "list", "--status", "in-progress", "-o", "json").stdout)[0]["sid"]
    part = json.loads(run_cli("participants", "list", conf, "-o", "json").stdout)[0]["call_sid"]
    for args in (
        ["calls", "redirect", live_call, "--url", "https://example.com/hold"],
        ["participants", "mute", conf, part],
        ["participants", "unmute", conf, part],
        ["sandbox", "update", "--sms-url", "https://example.com/sms"],
    ):
        for yes in ([], ["--yes"]):
            result = run_cli(*args, *yes, "-o", "json")
            assert result.exit_code == 0, (args, yes, result.stderr)
    for number, yes in (("+14155550198", []), ("+14155550199", ["--yes"])):
        assert run_cli("caller-ids", "add", number, *yes, "-o", "json").exit_code == 0


def test_the_man_pages_xargs_hangup_works(use_emulator, tmp_path):
    """`... | xargs -n1 twiliocli calls hangup --yes`, in a real shell pipeline."""
    exe = launcher(tmp_path)
    sids = [
        json.loads(run_cli("calls", "create", "--to", "+1415555010" + str(n), "--from", "+15005550006", "--url", "https://example.com/t", "-y", "-o", "json").stdout)["sid"]
        for n in range(2)
    ]
    env = os.environ | {"PATH": f"{exe.parent}{os.pathsep}{os.environ['PATH']}"}
    clear_received(use_emulator)
    done = subprocess.run(
        ["bash", "-c", "set -o pipefail; printf '%s\\n' \"$@\" | xargs -n1 twiliocli calls hangup --yes -o tsv --fields sid,status --no-header", "_", *sids],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(line.split("\t")[0] for line in done.stdout.splitlines()) == sorted(sids)
    assert [r["form"] for r in received(use_emulator)] == [{"Status": "completed"}] * 2


def ask_on_a_terminal(exe: Path, args: list[str], answer: str) -> tuple[int, str]:
    """Run with stdin and stderr on a pseudo-terminal; answer the question; (exit code, what the terminal showed)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(exe), *args], stdin=slave, stdout=subprocess.PIPE, stderr=slave, env=os.environ.copy())
    os.close(slave)
    shown, answered, deadline = b"", False, time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        if not answered and b"[y/N]" in shown:
            os.write(master, answer.encode() + b"\n")
            answered = True
        if proc.poll() is not None and not ready:
            break
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, shown.decode(errors="replace")


def test_on_a_terminal_it_asks_and_no_means_no(use_emulator, live_call, tmp_path):
    exe = launcher(tmp_path)
    clear_received(use_emulator)
    code, shown = ask_on_a_terminal(exe, ["calls", "hangup", live_call], "n")
    assert f"Hang up call {live_call}? [y/N]" in shown
    assert code == 1 and received(use_emulator) == []
    code, shown = ask_on_a_terminal(exe, ["calls", "hangup", live_call, "-o", "json"], "y")
    assert code == 0, shown
    assert [r["form"] for r in received(use_emulator)] == [{"Status": "completed"}]
