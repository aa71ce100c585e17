"""`GROUP export --all-accounts`: one state file, a watermark per account, exactly once per account.

Three runs against the emulator's customers (`serve --subaccounts`), seen through a proxy of the
tests' own (tests/hostile.py) that breaks one subaccount in the middle run. Between runs, new
calls everywhere, a new subaccount, and a subaccount closed: every account's records are written
exactly once (what a one-account export with its own state would write), the failed account is
caught up by the next run, the closed one is not asked again; summary lines and exit statuses.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections import Counter
from pathlib import Path

import pytest
import requests

from tests.conftest import STILL, run_cli
from tests.hostile import Answer, serving
from twiliocli.emulator import catalog, rows
from twiliocli.emulator.config import EmulatorConfig
from twiliocli.emulator.server import RunningEmulator, start_background

SUMMARY = "Accounts: {} done, {} skipped, {} failed."
BROKEN = {"code": 20500, "message": "Internal Server Error", "status": 500}


@pytest.fixture
def customers():
    server = start_background(EmulatorConfig(subaccounts=3, **STILL))
    yield server
    server.stop()


def _api(server: RunningEmulator, method: str, path: str, **data: str) -> dict:
    answer = requests.request(method, f"{server.url}/2010-04-01/{path}", data=data or None,
                              auth=(server.account_sid, server.auth_token), timeout=10)
    assert answer.status_code < 300, answer.text
    return answer.json()


def _add_calls(server: RunningEmulator, account: str, n: int) -> None:
    when = int(time.time())
    for i in range(n):
        server.app.store.insert(catalog.CALLS, rows.call(account, f"+1415555{3000 + i:04d}", "+14155550100", when,
                                                         "completed", 30))


class Proxy:
    """Passes every request on to the emulator, except a broken account's (500, every time)."""

    def __init__(self, server: RunningEmulator) -> None:
        self.server = server
        self.broken: set[str] = set()

    def __call__(self, path: str, query: dict[str, str]) -> Answer:
        parts = path.split("/")
        if len(parts) > 4 and parts[3] in self.broken:
            return Answer(500, BROKEN)
        answer = requests.get(self.server.url + path, params=query, auth=(self.server.account_sid, self.server.auth_token),
                              timeout=10)
        return Answer(answer.status_code, answer.content)


def _records(text: str, fmt: str) -> list[dict]:
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return list(csv.DictReader(io.StringIO(text, newline="")))


MODES = ("append-per-account", "one-append-file", "one-out-file-per-run", "stdout")


@pytest.mark.parametrize("mode", MODES)
def test_exactly_once_per_account_across_three_runs(customers, tmp_path: Path, monkeypatch, mode: str) -> None:
    server = customers
    listed = _api(server, "GET", "Accounts.json?PageSize=1000")["accounts"]
    c1, c2, c3 = [a["sid"] for a in listed if a["friendly_name"].startswith("Customer ")]
    demo = next(a["sid"] for a in listed if a["friendly_name"] == "Demo subaccount")
    state = tmp_path / "calls.state"
    since = "2000-01-01"
    base = ["calls", "export", "--all-accounts", "--state", str(state), "--since", since, "--lag", "0", "--retries", "0"]
    got: dict[str, list[str]] = {}

    def export(run: int) -> object:
        if mode == "append-per-account":
            result = run_cli(*base, "--append", str(tmp_path / "calls-{account}.csv"))
        elif mode == "one-append-file":
            result = run_cli(*base, "--append", str(tmp_path / "calls.csv"))
        elif mode == "one-out-file-per-run":
            result = run_cli(*base, "--out", str(tmp_path / f"run{run}.csv"))
            if result.exit_code in (0, 1):
                for r in _records((tmp_path / f"run{run}.csv").read_text(), "csv"):
                    got.setdefault(r["account_sid"], []).append(r["sid"])
        else:
            result = run_cli(*base, "-f", "jsonl", "--account-parallel", "2")
            for r in _records(result.stdout, "jsonl"):
                assert next(iter(r)) == "account_sid"
                got.setdefault(r["account_sid"], []).append(r["sid"])
        return result

    answer = Proxy(server)
    with serving(answer) as proxy:
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", server.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", server.auth_token)
        monkeypatch.setenv("TWILIO_API_URL", proxy.url)

        first = export(1)
        assert first.exit_code == 0, first.stderr
        assert first.stderr.strip().splitlines()[-1] == SUMMARY.format(5, 2, 0)  # the suspended and closed skipped

        for sid in (server.account_sid, c1, c2, c3):
            _add_calls(server, sid, 2)
        new = _api(server, "POST", "Accounts.json", FriendlyName="New customer")["sid"]
        _add_calls(server, new, 3)
        answer.broken = {c2}
        time.sleep(1.1)  # the new calls are in this run's window, not at its exclusive end
        second = export(2)
        assert second.exit_code == 1
        assert f"Error: account {c2}:" in second.stderr and "20500" in second.stderr
        assert second.stderr.strip().splitlines()[-1] == SUMMARY.format(5, 2, 1)
        saved = json.loads(state.read_text())
        assert set(saved["accounts"]) == {server.account_sid, demo, c1, c2, c3, new}

        # The oracle: what a one-account export with a state of its own writes, for each account
        # (the closed one's now, the others' at the end).
        time.sleep(1.1)  # past the second of the last calls added
        closed = _single(server, c3, since, tmp_path)
        _add_calls(server, c1, 1)
        _add_calls(server, new, 1)
        _api(server, "POST", f"Accounts/{c3}.json", Status="closed")
        answer.broken = set()
        asked = len(proxy.requests)
        third = export(3)
        assert third.exit_code == 0, third.stderr
        assert third.stderr.strip().splitlines()[-1] == SUMMARY.format(5, 3, 0)
        assert not [r for r in proxy.requests[asked:] if f"/Accounts/{c3}/" in r.path]  # not asked again

        time.sleep(1.1)  # what the third run left at its window's exclusive end, the next one writes
        again = export(4)
        assert again.exit_code == 0 and again.stderr.strip().splitlines()[-1] == SUMMARY.format(5, 3, 0)

    expect = {sid: _single(server, sid, since, tmp_path) for sid in (server.account_sid, demo, c1, c2, new)}
    expect[c3] = closed
    if mode == "append-per-account":
        for sid in expect:
            got[sid] = [r["sid"] for r in _records((tmp_path / f"calls-{sid}.csv").read_text(), "csv")]
            assert _records((tmp_path / f"calls-{sid}.csv").read_text(), "csv")[0]["account_sid"] == sid
    elif mode == "one-append-file":
        text = (tmp_path / "calls.csv").read_text()
        assert text.startswith("account_sid,sid,") and text.count("account_sid,") == 1  # one header
        for r in _records(text, "csv"):
            got.setdefault(r["account_sid"], []).append(r["sid"])
    for sid, sids in expect.items():
        assert len(sids) == len(set(sids))
        assert Counter(got.get(sid, [])) == Counter(sids), sid  # every record, exactly once
    assert len(got[new]) == 4 and len(got[c1]) >= 3
    assert set(got) <= set(expect)


def _single(server: RunningEmulator, sid: str, since: str, folder: Path) -> list[str]:
    result = run_cli("--api-url", server.url, "--subaccount", sid, "calls", "export", "--since", since, "--lag", "0", "-f", "jsonl",
                     "--state", str(folder / f"oracle-{sid}.state"))
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["sid"] for line in result.stdout.splitlines()]


# -- refusals and file names ---------------------------------------------------------------------


def test_state_files_of_one_account_and_of_all_are_not_mixed(customers, tmp_path: Path, monkeypatch) -> None:
    from tests.conftest import login_env

    login_env(monkeypatch, customers)
    one, every = tmp_path / "one.state", tmp_path / "every.state"
    assert run_cli("calls", "export", "--since", "7d", "--state", str(one), "--out", str(tmp_path / "a.csv")).exit_code == 0
    assert run_cli("calls", "export", "--all-accounts", "--since", "7d", "--state", str(every),
                   "--out", str(tmp_path / "b.csv")).exit_code == 0
    mixed = run_cli("calls", "export", "--all-accounts", "--state", str(one), "--out", str(tmp_path / "c.csv"))
    assert mixed.exit_code == 2 and "export of one account" in mixed.stderr
    other = run_cli("calls", "export", "--state", str(every), "--out", str(tmp_path / "d.csv"))
    assert other.exit_code == 2 and "--all-accounts export" in other.stderr
    assert not (tmp_path / "c.csv").exists() and not (tmp_path / "d.csv").exists()


def test_account_placeholder_needs_all_accounts_and_names_a_file_per_account(customers, tmp_path: Path, monkeypatch) -> None:
    from tests.conftest import login_env

    login_env(monkeypatch, customers)
    alone = run_cli("sms", "export", "--out", str(tmp_path / "sms-{account}.csv"))
    assert alone.exit_code == 2 and "only with --all-accounts" in alone.stderr
    result = run_cli("sms", "export", "--all-accounts", "--since", "60d", "--out", str(tmp_path / "sms-{account}-{until:%F}.csv"),
                     "--fields", "sid,status")
    assert result.exit_code == 0, result.stderr
    made = sorted(p.name for p in tmp_path.iterdir())
    assert len(made) == 5 and all(name.startswith("sms-AC") for name in made)
    per = {p.name.split("-")[1]: p.read_text().splitlines() for p in tmp_path.iterdir()}
    assert all(lines[0] == "sid,status" for lines in per.values())  # a file per account: the account's own shape
    assert sum(len(lines) - 1 for lines in per.values()) == len(
        run_cli("sms", "export", "--all-accounts", "--since", "60d", "-f", "jsonl").lines)


@pytest.mark.parametrize("group", ["calls", "sms", "recordings"])
def test_each_exportable_group_exports_every_account_with_account_sid_first(customers, monkeypatch, group: str) -> None:
    from tests.conftest import login_env

    login_env(monkeypatch, customers)
    every = run_cli(group, "export", "--all-accounts", "--since", "60d", "-f", "jsonl", "--account-parallel", "3")
    assert every.exit_code == 0, every.stderr
    assert every.stderr.strip().splitlines()[-1] == SUMMARY.format(5, 2, 0)
    records = [json.loads(line) for line in every.lines]
    assert all(next(iter(r)) == "account_sid" for r in records)
    by: dict[str, list[str]] = {}
    for r in records:
        by.setdefault(r["account_sid"], []).append(r["sid"])
    assert len(by) >= (1 if group == "recordings" else 4)  # the customers' own besides the parent's (no recordings seeded)
    for sid, sids in by.items():  # each account's records as a one-account export of it writes them
        one = run_cli("--subaccount", sid, group, "export", "--since", "60d", "-f", "jsonl")
        assert [json.loads(line)["sid"] for line in one.lines] == sids


# -- a signal in the middle of the accounts, with a real process ----------------------------------


def test_sigterm_between_accounts_keeps_what_was_committed_and_the_next_run_catches_up(tmp_path: Path) -> None:
    """Accounts commit one after another into one --append file: SIGTERM while the last one is
    fetched ends the run (143) with the file and the state agreeing on what the others added; no
    lock or temporary file; the next run adds the rest, every record once."""
    import os
    import signal
    import subprocess
    import sys

    from tests import hostile
    from twiliocli import timefmt

    parent, subs = hostile.ACCOUNT_SID, ["AC" + "1" * 32, "AC" + "2" * 32]
    now = timefmt.now()
    calls = {sid: [{**hostile.call(100 * i + 1, timefmt.rfc2822(now - 7200)), "account_sid": sid}]
             for i, sid in enumerate([parent, *subs])}
    slow = {"sid": None}

    def answer(path: str, query: dict[str, str]) -> hostile.Answer:
        if path == "/2010-04-01/Accounts.json":
            records = [{"sid": s, "status": "active", "owner_account_sid": parent} for s in (parent, *subs)]
            return hostile.Answer(body=hostile.page(records, "accounts", uri=path))
        account = path.split("/")[3]
        if account.endswith(".json"):  # the account itself (asked for the server's clock)
            return hostile.Answer(body={"sid": account[:-5], "status": "active"})
        return hostile.Answer(body=hostile.page(calls[account], uri=path), delay=30.0 if account == slow["sid"] else 0.0)

    root = Path(__file__).resolve().parent.parent
    archive, state = tmp_path / "calls.csv", tmp_path / "calls.state"
    args = ["calls", "export", "--all-accounts", "--account-parallel", "1", "--state", str(state), "--append", str(archive),
            "--since", "1d", "--lag", "0", "--fields", "sid"]
    with hostile.serving(answer) as server:
        env = {**os.environ, "PYTHONPATH": str(root), "TWILIO_ACCOUNT_SID": parent, "TWILIO_AUTH_TOKEN": hostile.AUTH_TOKEN,
               "TWILIO_API_URL": server.url}
        first = subprocess.run([sys.executable, "-m", "twiliocli", *args], env=env, cwd=root, capture_output=True, timeout=60)
        assert first.returncode == 0, first.stderr
        time.sleep(1.1)
        for i, sid in enumerate([parent, *subs]):
            calls[sid].insert(0, {**hostile.call(100 * i + 2, timefmt.rfc2822(timefmt.now() - 1)), "account_sid": sid})
        slow["sid"] = subs[1]
        seen = len(server.requests)
        process = subprocess.Popen([sys.executable, "-m", "twiliocli", *args], env=env, cwd=root,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not any(f"/Accounts/{subs[1]}/Calls" in r.path for r in server.requests[seen:]):
                time.sleep(0.02)
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=15)
        finally:
            process.kill()
        assert process.returncode == 143, err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["calls.csv", "calls.state"]  # no lock, no temporary file
        saved = json.loads(state.read_text())
        assert saved["append"]["size"] == archive.stat().st_size
        lines = archive.read_text().splitlines()
        assert len(lines) == 1 + 3 + 2  # the header, the first run's three, the parent's and subs[0]'s new ones
        slow["sid"] = None
        time.sleep(1.1)
        last = subprocess.run([sys.executable, "-m", "twiliocli", *args], env=env, cwd=root, capture_output=True, timeout=60)
        assert last.returncode == 0, last.stderr
    rows = archive.read_text().splitlines()
    assert rows[0] == "account_sid,sid"
    assert Counter(rows[1:]) == Counter(f"{sid},{c['sid']}" for sid, cs in calls.items() for c in cs)
