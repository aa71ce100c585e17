"""`sync --all-accounts`: each account into its own mirror file, failures per account, the summary.

Against the emulator's customers (`serve --subaccounts`), through the proxy of
tests/test_export_accounts.py that breaks one subaccount."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.hostile import serving
from tests.test_export_accounts import SUMMARY, Proxy, _api, customers  # noqa: F401  (a fixture)


def _count(sid: str, table: str) -> int:
    result = run_cli("--subaccount", sid, "sql", f"select count(*) as n from {table}", "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)[0]["n"]


def test_each_account_into_its_own_mirror_and_a_failure_named(customers, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    server = customers
    listed = _api(server, "GET", "Accounts.json?PageSize=1000")["accounts"]
    c1, c2, c3 = [a["sid"] for a in listed if a["friendly_name"].startswith("Customer ")]
    answer = Proxy(server)
    with serving(answer) as proxy:
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", server.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", server.auth_token)
        monkeypatch.setenv("TWILIO_API_URL", proxy.url)
        answer.broken = {c2}
        first = run_cli("sync", "--all-accounts", "--resources", "calls,messages", "--retries", "0")
        assert first.exit_code == 1
        assert f"Error: account {c2}:" in first.stderr
        assert first.stderr.strip().splitlines()[-1] == SUMMARY.format(4, 2, 1)
        assert _count(c1, "calls") == 20 and _count(c3, "messages") == 20
        assert _count(c2, "calls") == 0  # the failed account's window was not committed
        answer.broken = set()
        again = run_cli("sync", "--all-accounts", "--resources", "calls,messages", "--account-parallel", "1")
        assert again.exit_code == 0, again.stderr
        assert again.stderr.strip().splitlines()[-1] == SUMMARY.format(5, 2, 0)
    assert _count(c2, "calls") == 20 and _count(c1, "calls") == 20  # caught up; nothing twice
    assert _count(server.account_sid, "calls") == json.loads(
        run_cli("--api-url", server.url, "calls", "list", "--count", "-o", "json").stdout)["count"]


def test_db_needs_account_placeholder_and_subaccounts_is_refused(customers, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    from tests.conftest import login_env

    login_env(monkeypatch, customers)
    one = run_cli("sync", "--all-accounts", "--db", str(tmp_path / "one.db"))
    assert one.exit_code == 2 and "{account}" in one.stderr
    both = run_cli("sync", "--all-accounts", "--subaccounts")
    assert both.exit_code == 2 and "drop --subaccounts" in both.stderr
    each = run_cli("sync", "--all-accounts", "--resources", "calls", "--db", str(tmp_path / "m-{account}.db"))
    assert each.exit_code == 0, each.stderr
    assert len(list(tmp_path.glob("m-AC*.db"))) == 5


# -- the other commands that read the API, and those that read the mirror -------------------------


def test_usage_balance_is_a_row_per_account(customers, monkeypatch) -> None:  # noqa: F811
    from tests.conftest import login_env

    login_env(monkeypatch, customers)
    result = run_cli("usage", "balance", "--all-accounts", "-o", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.lines[0] == "account_sid,balance,currency"
    assert len(result.lines) == 1 + 5 and result.lines[1].startswith(customers.account_sid + ",")
    assert result.stderr.strip().splitlines()[-1] == SUMMARY.format(5, 2, 0)


def test_offline_analyses_refuse_all_accounts_rather_than_answer_for_one(customers, monkeypatch) -> None:  # noqa: F811
    from tests.conftest import login_env

    login_env(monkeypatch, customers)
    assert run_cli("sync", "--resources", "calls,messages,numbers").exit_code == 0
    for args in (("sms", "failures"), ("calls", "disposition"), ("numbers", "webhooks"), ("sql", "select 1"),
                 ("usage", "by-subaccount")):
        result = run_cli(*args, "--all-accounts")
        assert result.exit_code == 2 and "offline analyses" in result.stderr, args
        assert result.stdout == ""
