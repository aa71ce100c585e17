"""`--all-accounts`: lists and counts across the parent and its subaccounts, over real HTTP.

Against the emulator: a new subaccount, a suspended one (skipped unless asked for), every output
format with `account_sid` first. Against the hostile server: a subaccount that refuses (401/20003),
one that keeps failing (500 after retries), one suspended mid-run (20005): each reported on stderr,
the others printed, a summary line, exit 1; and an API key that cannot list subaccounts.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import run_cli
from tests.hostile import ACCOUNT_SID, Answer, call, hostile_env, page, serving

SUMMARY = "Accounts: {} done, {} skipped, {} failed."


def _new_subaccount(name: str) -> str:
    result = run_cli("accounts", "create", "--friendly-name", name, "-o", "json", "--yes")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["sid"]


@pytest.fixture
def three(use_emulator):
    """The demo parent and subaccount, a new subaccount with one call, and a suspended one."""
    new = _new_subaccount("New customer")
    made = run_cli("--subaccount", new, "calls", "create", "--from", "+15005550006", "--to", "+14155550101",
                   "--url", "https://demo.example.com/voice", "--yes", "-o", "json")
    assert made.exit_code == 0, made.stderr
    suspended = _new_subaccount("Suspended customer")
    done = run_cli("accounts", "update", suspended, "--status", "suspended", "--yes")
    assert done.exit_code == 0, done.stderr
    listed = json.loads(run_cli("accounts", "list", "-o", "json", "--all").stdout)
    return {"parent": use_emulator.account_sid, "new": new, "suspended": suspended, "accounts": listed,
            "call": json.loads(made.stdout)["sid"]}


def _sids_by_account(records):
    seen = {}
    for r in records:
        seen.setdefault(r["account_sid"], []).append(r["sid"])
    return seen


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "jsonl", "table"])
def test_every_format_puts_account_sid_first(three, fmt):
    result = run_cli("calls", "list", "--all-accounts", "--all", "-o", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == SUMMARY.format(3, 1, 0)
    if fmt in ("json", "jsonl"):
        records = json.loads(result.stdout) if fmt == "json" else [json.loads(x) for x in result.lines]
        assert all(next(iter(r)) == "account_sid" for r in records)
    elif fmt == "table":
        assert result.lines[0].split()[0] == "account_sid"
        assert three["call"] in result.stdout
        return
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t" if fmt == "tsv" else ","))
        assert next(iter(rows[0])) == "account_sid"
        records = rows
    by = _sids_by_account(records)
    assert list(by)[0] == three["parent"]  # the parent first, then subaccounts in the API's order
    assert by[three["new"]] == [three["call"]]
    assert three["suspended"] not in by
    one = run_cli("calls", "list", "--all", "-o", "json")
    assert by[three["parent"]] == [c["sid"] for c in json.loads(one.stdout)]


def test_account_status_chooses_which_and_count_is_per_account(three):
    result = run_cli("calls", "list", "--all-accounts", "--account-status", "all", "--count", "-o", "json")
    assert result.exit_code == 0, result.stderr
    counts = {r["account_sid"]: r["count"] for r in json.loads(result.stdout)}
    assert counts[three["new"]] == 1 and counts[three["suspended"]] == 0
    assert len(counts) == 4
    assert result.stderr.strip().splitlines()[-1] == SUMMARY.format(4, 0, 0)
    only = run_cli("calls", "list", "--all-accounts", "--account-status", "suspended", "--count", "-o", "csv")
    assert only.lines == ["account_sid,count", f"{three['suspended']},0"]
    assert SUMMARY.format(1, 3, 0) in only.stderr


def test_fields_limit_per_account_and_sequential_is_the_same(three):
    args = ("sms", "list", "--all-accounts", "-n", "2", "--fields", "sid,status", "-o", "csv")
    parallel = run_cli(*args)
    sequential = run_cli(*args, "--account-parallel", "1")
    assert parallel.exit_code == sequential.exit_code == 0
    assert parallel.stdout == sequential.stdout
    assert parallel.lines[0] == "account_sid,sid,status"
    per = _sids_by_account(csv.DictReader(io.StringIO(parallel.stdout)))
    assert all(len(v) <= 2 for v in per.values()) and len(per[three["parent"]]) == 2


def test_spec_derived_groups_fan_out_too(three):
    result = run_cli("addresses", "list", "--all-accounts", "-o", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert all(json.loads(x)["account_sid"] == three["parent"] for x in result.lines)
    assert SUMMARY.format(3, 1, 0) in result.stderr


def test_refusals_before_any_request(use_emulator):
    both = run_cli("calls", "list", "--all-accounts", "--subaccount", "AC" + "1" * 32)
    assert both.exit_code == 2 and "exclude each other" in both.stderr
    accounts = run_cli("accounts", "list", "--all-accounts")
    assert accounts.exit_code == 2 and "not per account" in accounts.stderr
    watch = run_cli("calls", "list", "--all-accounts", "--watch")
    assert watch.exit_code == 2
    bad = run_cli("calls", "list", "--all-accounts", "--account-status", "gone")
    assert bad.exit_code == 2


# -- failures, against the hostile server --------------------------------------------------------

SUBS = {"refuses": "AC" + "a" * 32, "breaks": "AC" + "b" * 32, "fine": "AC" + "c" * 32,
        "suspended": "AC" + "d" * 32, "closed": "AC" + "e" * 32, "stops": "AC" + "f" * 32}
STATUS = {"suspended": "suspended", "closed": "closed"}


def _accounts_page():
    records = [{"sid": ACCOUNT_SID, "status": "active", "friendly_name": "parent", "owner_account_sid": ACCOUNT_SID}]
    records += [{"sid": sid, "status": STATUS.get(name, "active"), "friendly_name": name, "owner_account_sid": ACCOUNT_SID}
                for name, sid in SUBS.items()]
    return page(records, "accounts", uri="/2010-04-01/Accounts.json")


def _calls(account: str, n: int, base: int):
    return [{**call(base + i), "account_sid": account} for i in range(n)]


def _answer(path, query):
    if path == "/2010-04-01/Accounts.json":
        return Answer(body=_accounts_page())
    account = path.split("/")[3]
    if account == SUBS["refuses"]:
        return Answer(401, {"code": 20003, "message": "Authenticate", "status": 401})
    if account == SUBS["breaks"]:
        return Answer(500, {"code": 20500, "message": "Internal Server Error", "status": 500})
    if account == SUBS["closed"]:
        return Answer(401, {"code": 20005, "message": "Account not active", "status": 401})
    if account == SUBS["stops"]:  # suspended mid-run: the first page came, the second is refused
        if query.get("Page") == "1":
            return Answer(401, {"code": 20005, "message": "Account not active", "status": 401})
        uri = f"/2010-04-01/Accounts/{account}/Calls.json?PageSize=2&Page=1&PageToken=x"
        return Answer(body=page(_calls(account, 2, 500), next_page_uri=uri, uri=path))
    base = {ACCOUNT_SID: 100, SUBS["fine"]: 300, SUBS["suspended"]: 400}[account]
    return Answer(body=page(_calls(account, 3, base), uri=path))


def test_failing_subaccounts_are_reported_and_the_others_printed(monkeypatch):
    with serving(_answer) as server:
        hostile_env(monkeypatch, server)
        result = run_cli("calls", "list", "--all-accounts", "--account-status", "all", "--all", "-o", "csv",
                         "--page-size", "2", "--retries", "1", "--fields", "sid")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by = _sids_by_account(rows)
    assert list(by) == [ACCOUNT_SID, SUBS["fine"], SUBS["suspended"], SUBS["stops"]]  # accounts' order kept
    assert len(by[ACCOUNT_SID]) == 3 and len(by[SUBS["fine"]]) == 3 and len(by[SUBS["suspended"]]) == 3
    assert len(by[SUBS["stops"]]) == 2  # written before it failed, and kept
    err = result.stderr
    assert f"Error: account {SUBS['refuses']}: Twilio error 20003" in err
    assert f"Error: account {SUBS['breaks']}:" in err and "20500" in err
    assert f"Error: account {SUBS['stops']}: Twilio error 20005" in err
    assert f"Account {SUBS['closed']} is closed: skipped." in err
    assert err.strip().splitlines()[-1] == SUMMARY.format(3, 1, 3)
    assert "hostile0secret" not in err


def test_default_active_skips_suspended_and_closed(monkeypatch):
    with serving(_answer) as server:
        hostile_env(monkeypatch, server)
        result = run_cli("calls", "list", "--all-accounts", "--count", "--retries", "0", "-o", "tsv")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == SUMMARY.format(2, 2, 3)
    assert f"{SUBS['fine']}\t3" in result.lines


def test_a_key_that_cannot_list_subaccounts_is_told_what_is_needed(monkeypatch):
    def answer(path, query):
        if path == "/2010-04-01/Accounts.json":
            return Answer(401, {"code": 20003, "message": "Authenticate", "status": 401})
        return Answer(body=page([]))

    with serving(answer) as server:
        hostile_env(monkeypatch, server)
        monkeypatch.setenv("TWILIO_API_KEY", "SK" + "1" * 32)
        monkeypatch.setenv("TWILIO_API_SECRET", "keysecret0000000000000000000000x")
        result = run_cli("calls", "list", "--all-accounts", "-o", "csv")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "Main API key" in result.stderr and "Auth Token" in result.stderr
    assert [p for p in server.paths() if "Calls" in p] == []


def test_stats_and_usage_per_account(three):
    stats = run_cli("calls", "stats", "--all-accounts", "--by", "status", "--since", "400d", "-o", "json")
    assert stats.exit_code == 0, stats.stderr
    rows = json.loads(stats.stdout)
    assert all(next(iter(r)) == "account_sid" for r in rows)
    single = json.loads(run_cli("calls", "stats", "--by", "status", "--since", "400d", "-o", "json").stdout)
    assert [{k: v for k, v in r.items() if k != "account_sid"} for r in rows if r["account_sid"] == three["parent"]] == single
    demo = next(a["sid"] for a in three["accounts"] if a["friendly_name"] == "Demo subaccount")
    # The new account's one call started just now, at the window's end (the server's clock less --lag): whether
    # it falls inside depends on when its dialling thread ran, so it may or may not have rows of its own.
    assert {three["parent"], demo} <= {r["account_sid"] for r in rows} <= {three["parent"], demo, three["new"]}
    sms = run_cli("sms", "stats", "--all-accounts", "--since", "30d", "--parallel", "3", "-o", "csv")
    assert sms.exit_code == 0 and sms.lines[0].startswith("account_sid,day,count")
    summary = run_cli("usage", "summary", "--all-accounts", "-o", "tsv")
    assert summary.exit_code == 0, summary.stderr
    assert summary.lines[0].split("\t")[:2] == ["account_sid", "category"]
    assert sum(1 for x in summary.lines if x.endswith("usd") and "\ttotalprice\t" in x) == 3
    usage = run_cli("usage", "list", "--all-accounts", "--period", "this-month", "-n", "2", "-o", "csv")
    assert usage.exit_code == 0, usage.stderr
    assert {x.split(",")[0] for x in usage.lines[1:]} <= {three["parent"], three["new"], demo}
    assert {three["parent"], demo} <= {x.split(",")[0] for x in usage.lines[1:]}
    assert SUMMARY.format(3, 1, 0) in usage.stderr


def test_commands_without_fan_out_refuse_it(use_emulator):
    made = run_cli("calls", "create", "--from", "+15005550006", "--to", "+14155550101",
                   "--url", "https://demo.example.com/voice", "--yes", "--all-accounts")
    assert made.exit_code == 2 and "does not apply" in made.stderr
    got = run_cli("calls", "get", "CA" + "0" * 32, "--all-accounts")
    assert got.exit_code == 2


# -- the emulator's customers, and README's example ---------------------------------------------


@pytest.fixture
def customers(monkeypatch):
    from tests.conftest import STILL, login_env
    from twiliocli.emulator.config import EmulatorConfig
    from twiliocli.emulator.server import start_background

    server = start_background(EmulatorConfig(subaccounts=20, **STILL))
    login_env(monkeypatch, server)
    yield server
    server.stop()


def test_serve_subaccounts_seeds_customers_the_parent_reaches(customers):
    accounts = json.loads(run_cli("accounts", "list", "--all", "-o", "json").stdout)
    by_status = {}
    for a in accounts:
        by_status.setdefault(a["status"], []).append(a)
    assert len(by_status["active"]) == 22 and len(by_status["suspended"]) == 1 and len(by_status["closed"]) == 1
    counts = json.loads(run_cli("sms", "list", "--all-accounts", "--count", "-o", "json").stdout)
    names = {a["sid"]: a["friendly_name"] for a in accounts}
    assert all(c["count"] == 20 for c in counts if names[c["account_sid"]].startswith("Customer "))
    numbers = run_cli("numbers", "list", "--all-accounts", "--fields", "phone_number", "-o", "csv", "--no-header")
    customer_numbers = [line.split(",")[1] for line in numbers.lines if names[line.split(",")[0]].startswith("Customer ")]
    assert len(set(customer_numbers)) == 20
    again = start_again_sids()
    assert again == sorted(a["sid"] for a in accounts)  # deterministic


def start_again_sids():
    from tests.conftest import STILL
    from twiliocli.emulator.config import EmulatorConfig
    from twiliocli.emulator.server import start_background

    server = start_background(EmulatorConfig(subaccounts=20, **STILL))
    try:
        import requests

        page = requests.get(f"{server.url}/2010-04-01/Accounts.json?PageSize=1000",
                            auth=(server.account_sid, server.auth_token), timeout=10).json()
        return sorted(a["sid"] for a in page["accounts"])
    finally:
        server.stop()


def test_readme_across_all_subaccounts_runs_as_written(customers, tmp_path, monkeypatch):
    """README's block, line by line (a `\\` continues a line): the nightly export per customer, then
    the lists; the export a second time the same day exits 2 and changes nothing."""
    import re
    import shlex
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```sh\n(.*?)```", readme, flags=re.S) if "--subaccounts 20" in b)
    assert f"TWILIO_ACCOUNT_SID={customers.account_sid} TWILIO_AUTH_TOKEN={customers.auth_token}" in block
    joined = block.replace("\\\n", " ").splitlines()
    lines = [x for x in joined if x.startswith("twiliocli ") and "emulator serve" not in x]
    assert len(lines) == 4 and "export --all-accounts" in lines[0]
    monkeypatch.chdir(tmp_path)
    assert "mkdir -p exports" in joined
    (tmp_path / "exports").mkdir()
    for line in lines:
        args, _, target = line.partition(" > ")
        result = run_cli(*shlex.split(args)[1:])
        assert result.exit_code == 0, (line, result.stderr)
        assert result.stderr.strip().splitlines()[-1].startswith("Accounts: ")
        if " export " in line:
            assert result.stdout == ""
            continue
        assert result.lines[0].startswith("account_sid")
        if target:
            (tmp_path / target).write_text(result.stdout)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "undelivered.csv").read_text())))
    assert rows and {r["status"] for r in rows} == {"undelivered"} and len({r["account_sid"] for r in rows}) > 10
    files = sorted((tmp_path / "exports").glob("calls-AC*.csv"))
    assert len(files) == 22  # the parent, its demo subaccount and the 20 customers
    customer_rows = [len(f.read_text().splitlines()) - 1 for f in files]
    assert sum(1 for n in customer_rows if n > 0) >= 20
    before = {f.name: f.read_bytes() for f in (tmp_path / "exports").iterdir()}
    again = run_cli(*shlex.split(lines[0])[1:])
    assert again.exit_code == 2 and "already holds records" in again.stderr
    assert {f.name: f.read_bytes() for f in (tmp_path / "exports").iterdir()} == before
