"""One mirror per account: a report run as one account never answers with another's records,
the old single `mirror.db` keeps working and moves to its account's file, and a report says how
old its mirror is when that matters. The real CLI against the emulator over real HTTP."""

from __future__ import annotations

import gc
import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.emulator_helpers import Api
from tests.terminal import run_on_terminal
from twiliocli import config, timefmt
from twiliocli.emulator.seed import SUBACCOUNT_TOKEN
from twiliocli.emulator.server import RunningEmulator

REPORTS = [("numbers", "idle"), ("calls", "disposition"), ("sms", "funnel"), ("sms", "search", "hello"),
           ("conversation", "+14155550100"), ("sql", "SELECT COUNT(*) AS n FROM calls")]


def data_dir() -> Path:
    return config.data_dir()


@pytest.fixture
def accounts(use_emulator: RunningEmulator) -> tuple[str, str]:
    """(A, B): the emulator's main account, whose credentials are in the environment, and its
    subaccount, saved as profile `other` with its own token."""
    main = use_emulator.account_sid
    sub = next(a["sid"] for a in Api(use_emulator).records("/2010-04-01/Accounts.json", "accounts") if a["sid"] != main)
    saved = config.load()
    saved.profiles["other"] = {"account_sid": sub, "auth_token": SUBACCOUNT_TOKEN, "api_url": use_emulator.url}
    config.save(saved)
    return main, sub


def synced(*args: str) -> None:
    result = run_cli(*args, "sync", "--quiet")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("report", [("numbers", "idle"), ("calls", "disposition")])
def test_after_a_sync_of_one_account_a_report_as_another_is_refused_naming_both(accounts, report) -> None:
    a, b = accounts
    synced()
    mine = run_cli(*report, "-o", "json")
    assert mine.exit_code == 0 and json.loads(mine.stdout), mine.stderr
    other = run_cli("-p", "other", *report, "-o", "json")
    assert other.exit_code == 2 and other.stdout == ""
    assert a in other.stderr and b in other.stderr and "profile 'other'" in other.stderr
    # Pointing it at A's file outright is refused the same way.
    given = run_cli("-p", "other", *report, "--db", str(data_dir() / f"mirror-{a}.db"))
    assert given.exit_code == 2 and given.stdout == "" and a in given.stderr and b in given.stderr


def test_every_offline_command_checks_the_account(accounts) -> None:
    a, b = accounts
    synced()
    for report in [*REPORTS, ("calls", "trace", "CA" + "0" * 32), ("sync", "status")]:
        result = run_cli("-p", "other", *report)
        assert result.exit_code == 2 and a in result.stderr and b in result.stderr, (report, result.stderr)


def test_each_account_reads_its_own_file(accounts) -> None:
    a, b = accounts
    synced()
    synced("-p", "other")
    assert sorted(p.name for p in data_dir().glob("mirror-*.db")) == sorted([f"mirror-{a}.db", f"mirror-{b}.db"])
    for who, sid in ((), a), (("-p", "other"), b):
        result = run_cli(*who, "sql", "SELECT DISTINCT account_sid FROM _sync", "-o", "json")
        assert result.exit_code == 0 and json.loads(result.stdout) == [{"account_sid": sid}], result.stderr
    # --subaccount names the account too, without the parent's file
    result = run_cli("--subaccount", b, "sql", "SELECT DISTINCT account_sid FROM _sync", "-o", "json")
    assert json.loads(result.stdout) == [{"account_sid": b}], result.stderr


def test_the_wrong_account_is_refused_on_a_terminal(accounts) -> None:
    a, b = accounts
    synced()
    code, screen = run_on_terminal("-p", "other", "numbers", "idle", env={"TWILIOCLI_PAGER": ""})
    assert code == 2
    assert a in screen and b in screen and "phone_number" not in screen


def test_the_old_single_mirror_keeps_working_then_moves_to_its_accounts_file(accounts) -> None:
    a, b = accounts
    legacy = data_dir() / "mirror.db"
    data_dir().mkdir(parents=True, exist_ok=True)
    assert run_cli("sync", "--db", str(legacy), "--quiet").exit_code == 0  # as an earlier version left it
    legacy.chmod(0o644)
    before = run_cli("sql", "SELECT sid FROM calls ORDER BY sid", "-o", "json")
    assert before.exit_code == 0 and json.loads(before.stdout)
    refused = run_cli("-p", "other", "numbers", "idle")
    assert refused.exit_code == 2 and a in refused.stderr and b in refused.stderr

    gc.collect()  # the readers above ran in this process: as separate runs, they have closed the file
    moved = run_cli("sync", "--resources", "calls,numbers")
    assert moved.exit_code == 0, moved.stderr
    target = data_dir() / f"mirror-{a}.db"
    assert not legacy.exists(), (moved.stderr, sorted(p.name for p in data_dir().iterdir()))
    assert target.is_file() and target.stat().st_mode & 0o777 == 0o600
    assert "Moved the mirror" in moved.stderr
    after = run_cli("sql", "SELECT sid FROM calls ORDER BY sid", "-o", "json")
    assert after.stdout == before.stdout
    assert run_cli("sync", "status", "-o", "json").exit_code == 0


def test_the_old_mirror_of_another_account_is_left_alone(accounts) -> None:
    a, b = accounts
    legacy = data_dir() / "mirror.db"
    data_dir().mkdir(parents=True, exist_ok=True)
    assert run_cli("-p", "other", "sync", "--db", str(legacy), "--quiet").exit_code == 0
    synced()  # A gets its own file; B's old one stays where B's reports still find it
    assert legacy.is_file() and (data_dir() / f"mirror-{a}.db").is_file()
    result = run_cli("-p", "other", "sql", "SELECT DISTINCT account_sid FROM _sync", "-o", "json")
    assert json.loads(result.stdout) == [{"account_sid": b}], result.stderr


def test_without_credentials_the_one_mirror_is_read_and_several_are_refused(accounts, monkeypatch) -> None:
    a, b = accounts
    synced()
    monkeypatch.delenv("TWILIO_ACCOUNT_SID")
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    alone = run_cli("sql", "SELECT DISTINCT account_sid FROM _sync", "-o", "json")
    assert alone.exit_code == 0 and json.loads(alone.stdout) == [{"account_sid": a}], alone.stderr
    synced("-p", "other")
    several = run_cli("numbers", "idle")
    assert several.exit_code == 2 and a in several.stderr and b in several.stderr and "-p PROFILE" in several.stderr
    missing = run_cli("-p", "nosuch", "numbers", "idle")
    assert missing.exit_code == 3 and "nosuch" in missing.stderr


def age_mirror(path: Path, seconds: int) -> None:
    """As if the last sync had ended `seconds` ago (this machine's clock, as sync records it)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE _sync SET synced_at = ?", (timefmt.iso(timefmt.now() - seconds),))
    conn.close()


NOTE = re.compile(r"mirror of (AC[0-9a-f]{32}) synced (\d+) (min|h|days) ago")


def test_a_report_says_how_old_its_mirror_is_when_that_is_over_an_hour_and_always_with_verbose(accounts) -> None:
    a, _ = accounts
    synced()
    fresh = run_cli("numbers", "idle", "-o", "json")
    assert fresh.exit_code == 0 and not NOTE.search(fresh.stderr)
    verbose = run_cli("numbers", "idle", "-o", "json", "-v")
    assert NOTE.search(verbose.stderr).groups() == (a, "0", "min") and verbose.stdout == fresh.stdout

    age_mirror(data_dir() / f"mirror-{a}.db", 75 * 60)
    for report in REPORTS:
        stale = run_cli(*report, "-o", "json")
        found = NOTE.search(stale.stderr)
        assert stale.exit_code == 0 and found and found.groups() == (a, "75", "min"), (report, stale.stderr)
        json.loads(stale.stdout)  # stdout is still only the data
    age_mirror(data_dir() / f"mirror-{a}.db", 3 * 86400)
    assert NOTE.search(run_cli("calls", "disposition").stderr).groups() == (a, "3", "days")
