"""The quick path (cli/quick.py) reads a plain `GROUP list` exactly as Typer does, or leaves it to Typer.

Typer's reading is taken from the real command tree: the list command's keywords and the run's
`Runtime`, caught where the command hands them to `listing.split_filters` (before any request).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from twiliocli.api import resources as R
from twiliocli.cli import quick
from twiliocli.cli.app import build
from twiliocli.cli.framework import commands
from twiliocli.cli.framework.runtime import Runtime, runtime
from twiliocli.cli.command_index import PLAIN

REPO = Path(__file__).resolve().parent.parent
HEX = "0123456789abcdef0123456789abcdef"


class _Caught(Exception):
    pass


def typer_reading(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], Any, dict[str, Any]] | None:
    """(Runtime options, resource, keywords) as Typer reads `args`, or None where it refuses them."""
    from typer import Abort, Exit

    from twiliocli.cli.framework.compat import ClickException, get_current_context

    caught: list[Any] = []

    def catch(resource: Any, kw: dict[str, Any]) -> Any:
        caught.append((resource, dict(kw), runtime(get_current_context())))
        raise _Caught

    monkeypatch.setattr(commands, "split_filters", catch)
    try:
        build().main(list(args), prog_name="twiliocli", standalone_mode=False, obj=Runtime())
    except _Caught:
        resource, kw, state = caught[0]
        return {name: getattr(state, name) for name in quick.read(["calls", "list"]).globals}, resource, kw
    except (ClickException, Exit, Abort):
        return None
    finally:
        monkeypatch.undo()
    return None


def test_the_quick_groups_are_the_plain_lists() -> None:
    assert {"calls", "sms", "recordings", "accounts"} <= set(PLAIN)
    assert all(any(r.name == name for r in R.ALL) for name in PLAIN.values())


@pytest.mark.parametrize("args", [
    ["calls", "list", "--limit", "20", "-o", "json"],
    ["-p", "emulator", "sms", "list", "--status", "delivered", "--since", "today", "-o", "csv", "--fields", "sid,status"],
    ["calls", "list", "--to", "+14155550100", "--all", "--no-header", "-o", "tsv", "--timeout", "5"],
    ["recordings", "list", "--call", f"CA{HEX}", "--page-size", "1000", "--count"],
    ["--retries", "0", "accounts", "list", "--status", "active", "--tz", "Europe/Paris"],
    ["sms", "list", "--output=jsonl", "--limit=5", "--debug", "--max-wait", "0"],
])
def test_everyday_lists_take_the_quick_path_and_read_as_typer_does(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    line = quick.read(args)
    assert line is not None
    assert typer_reading(args, monkeypatch) == (line.globals, line.resource, line.kw)


@pytest.mark.parametrize("args", [
    ["calls", "list", "--help"],
    ["calls", "list", "--limit", "0"],
    ["calls", "list", "--status", "COMPLETED"],
    ["calls", "list", "--since", "yesterday-ish"],
    ["calls", "list", "extra"],
    ["calls", "list", "--", "-o"],
    ["calls", "list", "-ojson"],
    ["calls", "list", "--limit", "5", "--limit", "6"],
    ["-p", "a", "calls", "list", "-p", "b"],
    ["calls", "list", "--all-accounts"],
    ["calls", "--debug", "list"],
    ["calls", "get", f"CA{HEX}"],
    ["numbers", "list"],
    ["calls", "list", "--version"],
])
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert quick.read(args) is None


def test_a_plain_list_never_imports_typer(emulator: Any) -> None:
    """The point of the quick path: `calls list` runs without importing Typer, rich or dataclasses (start-up: bench/README.md)."""
    code = ("import sys; from twiliocli.cli import entry; status = entry.run(['calls', 'list', '--limit', '2', '-o', 'json']);"
            "print(int(status), sorted(m for m in ('typer', 'click', 'rich', 'dataclasses') if m in sys.modules))")
    env = {**os.environ, "TWILIO_ACCOUNT_SID": emulator.account_sid, "TWILIO_AUTH_TOKEN": emulator.auth_token,
           "TWILIO_API_URL": emulator.url, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    *records, last = done.stdout.strip().splitlines()
    assert last == "0 []"
    assert '"sid": "CA' in "".join(records)


# -- every option of every quick group, against Typer ------------------------------------------

_VALUES = {
    R.PHONE: ["+14155550100", "555"], R.VOICE: ["+14155550100", "client:alice", "x y"],
    R.CALLER: ["+14155550100", "?"], R.ADDRESS: ["+14155550100", "whatsapp:+14155550100", ""],
    R.SENDER: ["+14155550100", "Acme"], R.DATE: ["2024-01-01", "today", "2024-13-01"],  # no "24h": read twice, a second apart, it differs
    R.DATETIME: ["2024-01-01T10:00:00Z", "yesterday", "never"], R.URL: ["https://example.com/a", "ftp://x"],
    R.INT: ["3", "-1", "x"], R.LIST: ["a,b", ""], R.LATLONG: ["37.7,-122.4", "north"], R.TEXT: ["abc", " "],
}
_OPTIONS = [
    ["-o", "json"], ["-o", "JSON"], ["-o", "xml"], ["--output=csv"], ["--fields", "sid,status"], ["--no-header"],
    ["--excel-safe"], ["--tz", "UTC"], ["--tz", "local"], ["--tz", "Mars/Base"], ["--limit", "1"], ["--limit", "0"],
    ["-n", "x"], ["--all"], ["--page-size", "1000"], ["--page-size", "1001"], ["--count"], ["--watch"],
    ["--interval", "0.1"], ["--interval", "2"], ["--profile", "emulator"], ["--api-url", "http://127.0.0.1:9"],
    ["--subaccount", f"AC{HEX}"], ["--subaccount", "ACnope"], ["--retries", "21"], ["--retries", "2"],
    ["--timeout", "0.01"], ["--timeout", "3.5"], ["--max-wait", "0"], ["--insecure"], ["--debug"], ["--no-pager"],
    ["--account-status", "all"], ["--account-parallel", "0"], ["--account-parallel", "8"], ["--nope"], ["word"],
]


def _filter_words(resource: R.Resource) -> list[list[str]]:
    words = []
    for f in resource.filters:
        names = [f"--{n}" for n in f.option.split("/")] + [f"--{a}" for a in f.aliases]
        if f.kind == R.BOOL:
            words += [[n] for n in names]
        elif f.kind == R.CHOICE:
            words += [[names[0], f.choices[0]], [names[0], f.choices[-1].upper()], [names[-1], "nope"]]
        elif f.kind == R.SID:
            prefix = f.sid_prefix if isinstance(f.sid_prefix, str) else f.sid_prefix[0]
            words += [[names[0], f"{prefix}{HEX}"], [names[-1], "XX1"]]
        else:
            words += [[n, v] for n in names for v in _VALUES.get(f.kind, ["x"])]
    return words


@st.composite
def lines(draw: st.DrawFn) -> list[str]:
    group = draw(st.sampled_from(sorted(PLAIN)))
    resource = next(r for r in R.ALL if r.name == PLAIN[group])
    before = draw(st.lists(st.sampled_from(_OPTIONS[20:]), max_size=2))
    after = draw(st.lists(st.sampled_from([*_OPTIONS, *_filter_words(resource)]), max_size=6))
    return [*(w for o in before for w in o), group, "list", *(w for o in after for w in o)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=lines())
def test_whatever_the_quick_path_takes_typer_reads_the_same(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    line = quick.read(args)
    if line is not None:
        assert typer_reading(args, monkeypatch) == (line.globals, line.resource, line.kw), args
