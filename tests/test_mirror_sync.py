"""`sync`, `sync status`, `sql` and `sms search` end to end: the real CLI, the emulator over 127.0.0.1,
and the mirror's SQLite file read back with the standard library.

The mirror is checked against the API itself: after each sync, every mirrored table holds exactly
the records the emulator lists (no loss, no duplicate), with their current values.
"""

from __future__ import annotations

import calendar
import fcntl
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from twiliocli.emulator import catalog, rows
from twiliocli.emulator.config import DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN, EmulatorConfig
from twiliocli.emulator.seed import SUBACCOUNT_TOKEN
from twiliocli.emulator.server import RunningEmulator
from twiliocli.mirror.schema import BY_NAME

from tests.conftest import login_env, run_cli
from tests.emulator_helpers import Api, db, running, sync  # noqa: F401 (db: a fixture)
from tests.hostile import ACCOUNT_SID, LIST_PATH, Answer, Reply, hostile_env, page, serving
from tests.hostile import call as hostile_call

ROOT = Path(__file__).resolve().parent.parent
LOGS = {"calls": "Calls", "messages": "Messages", "recordings": "Recordings", "notifications": "Notifications",
        "conferences": "Conferences", "transcriptions": "Transcriptions"}
CONFIG = {"numbers": ("IncomingPhoneNumbers", "incoming_phone_numbers"), "applications": ("Applications", "applications")}
DATES = ("date_created", "date_updated", "date_sent", "start_time", "end_time", "message_date")


def iso(value: str | None) -> str | None:
    return None if value is None else parsedate_to_datetime(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def table(db: Path, name: str, account: str = DEMO_ACCOUNT_SID) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {r["sid"]: dict(r) for r in conn.execute(f"SELECT * FROM {name} WHERE account_sid = ?", (account,))}
    finally:
        conn.close()


def api_records(api: Api, name: str) -> dict[str, dict]:
    """What the emulator lists for a table, dated records only for the logs (as Twilio's filters see them)."""
    if name in CONFIG:
        path, key = CONFIG[name]
        return {r["sid"]: r for r in api.records(f"/{path}.json", key)}
    key = name
    found = {r["sid"]: r for r in api.records(f"/{LOGS[name]}.json", key, PageSize=1000)}
    date_field = {"calls": "start_time", "messages": "date_sent", "notifications": "message_date"}.get(name, "date_created")
    lifecycle = BY_NAME[name].resource.lifecycle
    undated = lifecycle.undated if lifecycle else ()  # never dated, ever: mirrored all the same
    return {sid: r for sid, r in found.items() if r.get(date_field) or r["status"] in undated}


def assert_mirrors(db: Path, api: Api, names=(*LOGS, *CONFIG)) -> None:
    """Every table holds exactly the API's records, field for field (dates as ISO, numbers as numbers)."""
    for name in names:
        mirrored, listed = table(db, name, api.account), api_records(api, name)
        assert set(mirrored) == set(listed), name
        for sid, record in listed.items():
            row = mirrored[sid]
            for field in ("status", "duration", "price", "body", "to", "from", "end_time", "friendly_name", "sms_url"):
                if field in record and field in row:
                    want = record[field]
                    if field in DATES:
                        want = iso(want)
                    elif field in ("duration", "price") and want is not None:
                        want = type(row[field])(want) if row[field] is not None else want
                    assert row[field] == want, (name, sid, field)


# -- sync -------------------------------------------------------------------------------------


def test_backfill_then_changes_are_updated_in_place_none_lost_or_duplicated(use_emulator: RunningEmulator, db: Path) -> None:
    api = Api(use_emulator)
    sync(db)
    assert_mirrors(db, api)
    live = api.records("/Calls.json", "calls", Status="in-progress")[0]
    assert table(db, "calls")[live["sid"]]["price"] is None

    # Records change after they were first seen, and new ones arrive.
    ended = api.post(f"/Calls/{live['sid']}.json", {"Status": "completed"}).json()
    assert ended["status"] == "completed" and ended["price"]
    message = api.records("/Messages.json", "messages")[0]
    assert api.post(f"/Messages/{message['sid']}.json", {"Body": ""}).status_code == 200  # redacted
    store = use_emulator.app.store
    new = store.insert(catalog.MESSAGES, rows.message(use_emulator.account_sid, "+14155550111", "+14155550100",
                                                      "brand new arrival", int(time.time()) - 30, "delivered"))
    number = api.records("/IncomingPhoneNumbers.json", "incoming_phone_numbers")[1]
    api.post(f"/IncomingPhoneNumbers/{number['sid']}.json", {"SmsUrl": "https://changed.example.com/sms"})

    sync(db)
    assert_mirrors(db, api)
    calls = table(db, "calls")
    assert (calls[live["sid"]]["status"], calls[live["sid"]]["price"]) == ("completed", float(ended["price"]))
    assert table(db, "messages")[new["sid"]]["body"] == "brand new arrival"
    assert table(db, "numbers")[number["sid"]]["sms_url"] == "https://changed.example.com/sms"
    # The full-text index followed the redaction and the arrival.
    found = run_cli("sms", "search", "arrival", "--db", str(db), "-o", "json")
    assert [m["sid"] for m in json.loads(found.stdout)] == [new["sid"]]
    if message["body"].split():
        gone = run_cli("sms", "search", message["body"].split()[0], "--db", str(db), "-o", "jsonl")
        assert message["sid"] not in gone.stdout


def test_a_call_canceled_while_queued_is_mirrored_once(use_emulator: RunningEmulator, db: Path) -> None:
    """No `start_time`, ever: placed by when it was canceled, as `export` does; a second sync does
    not add it again."""
    api = Api(use_emulator)
    queued = use_emulator.app.store.insert(catalog.CALLS, rows.call(use_emulator.account_sid, "+14155550111",
                                                                    "+15005550006", int(time.time()) - 60))
    canceled = api.post(f"/Calls/{queued['sid']}.json", {"Status": "canceled"}).json()
    assert (canceled["status"], canceled["start_time"]) == ("canceled", None)
    clock(api, 2)  # a window ends at the server's present: canceled before it
    for _ in range(2):
        sync(db)
        found = sqlite3.connect(db).execute("SELECT status, start_time FROM calls WHERE sid = ?",
                                            (queued["sid"],)).fetchall()
        assert found == [("canceled", None)]
        assert_mirrors(db, api, ("calls",))


def test_a_released_number_leaves_the_mirror(use_emulator: RunningEmulator, db: Path) -> None:
    api = Api(use_emulator)
    sync(db, "--resources", "numbers")
    number = api.records("/IncomingPhoneNumbers.json", "incoming_phone_numbers")[0]
    assert api.delete(f"/IncomingPhoneNumbers/{number['sid']}.json").status_code == 204
    sync(db, "--resources", "numbers")
    assert number["sid"] not in table(db, "numbers")
    assert_mirrors(db, api, ("numbers",))


def test_subaccounts_are_mirrored_with_the_parents_credentials(use_emulator: RunningEmulator, db: Path) -> None:
    sync(db, "--subaccounts", "--parallel", "3")
    api = Api(use_emulator)
    subs = [a["sid"] for a in api.records("/2010-04-01/Accounts.json", "accounts") if a["sid"] != use_emulator.account_sid]
    assert subs
    for sub in subs:
        assert_mirrors(db, Api(use_emulator, sub, SUBACCOUNT_TOKEN), ("calls", "messages"))
    conn = sqlite3.connect(db)
    assert {r[0] for r in conn.execute("SELECT sid FROM accounts")} == {use_emulator.account_sid, *subs}
    columns = [r[1] for r in conn.execute("PRAGMA table_info(accounts)")]
    assert "auth_token" not in columns  # secrets are never stored


def test_parallel_sync_mirrors_the_same_records(use_emulator: RunningEmulator, tmp_path: Path) -> None:
    one, four = tmp_path / "one.db", tmp_path / "four.db"
    sync(one)
    sync(four, "--parallel", "4")
    for name in LOGS:
        assert table(one, name) == table(four, name), name


def test_since_limits_the_backfill_and_later_runs_catch_up(use_emulator: RunningEmulator, db: Path) -> None:
    api = Api(use_emulator)
    sync(db, "--since", "2d", "--resources", "messages")
    cut = time.time() - 2 * 86400
    listed = api_records(api, "messages")
    recent = {sid for sid, r in listed.items() if parsedate_to_datetime(r["date_sent"]).timestamp() >= cut}
    assert set(table(db, "messages")) == recent and recent != set(listed)
    sync(db, "--resources", "messages", "--since", "30d")  # a later --since widens the window back
    assert_mirrors(db, api, ("messages",))


def test_funnel_and_failures_read_covering_indexes_and_old_indexes_are_dropped(use_emulator: RunningEmulator, db: Path) -> None:
    from twiliocli.mirror.analyses import sent_since

    sync(db)
    conn = sqlite3.connect(db)
    conn.execute("CREATE INDEX messages_date_sent ON messages (date_sent)")  # as a file of an older version has
    conn.commit()
    sync(db)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages'")}
    assert "messages_date_sent" not in names
    for columns, where in (("status, date_created, date_updated", "direction LIKE 'outbound%'"),
                           ('error_code, error_message, "to", price, price_unit', "status IN ('failed', 'undelivered')")):
        plan = conn.execute(f"EXPLAIN QUERY PLAN {sent_since(columns, where)}",
                            {"since": "2020-01-01T00:00:00Z"}).fetchall()
        searches = [r[3] for r in plan if r[3].startswith(("SEARCH", "SCAN"))]
        assert searches and all("COVERING INDEX" in s for s in searches), plan
    conn.close()


def test_status_reports_each_table(use_emulator: RunningEmulator, db: Path) -> None:
    sync(db, "--resources", "calls,sms")
    result = run_cli("sync", "status", "--db", str(db), "-o", "json")
    assert result.exit_code == 0, result.stderr
    status = {r["table"]: r for r in json.loads(result.stdout)}
    assert set(status) == {"calls", "messages"}
    assert status["calls"]["rows"] == len(api_records(Api(use_emulator), "calls"))
    assert status["calls"]["until"] <= time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 1))
    assert 0 <= status["calls"]["age_seconds"] < 600


@pytest.mark.parametrize("args,message", [
    (("--resources", "calls,faxes"), "Unknown resource 'faxes'"),
    (("--since", "yesterday-ish"), "not a date"),
    (("--parallel", "0"), "--parallel"),
])
def test_bad_input_is_refused_before_any_request(use_emulator: RunningEmulator, db: Path, args, message) -> None:
    result = run_cli("sync", "--db", str(db), *args)
    assert result.exit_code == 2 and message in result.stderr
    assert not db.exists()


def test_a_file_of_another_account_is_refused(use_emulator: RunningEmulator, db: Path) -> None:
    sync(db, "--resources", "accounts")
    sub = [a["sid"] for a in Api(use_emulator).records("/2010-04-01/Accounts.json", "accounts")
           if a["sid"] != use_emulator.account_sid][0]
    result = run_cli("--subaccount", sub, "sync", "--db", str(db))
    assert result.exit_code == 2 and f"mirrors account {use_emulator.account_sid}" in result.stderr


def test_one_sync_at_a_time(use_emulator: RunningEmulator, db: Path) -> None:
    with open(f"{db}.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = run_cli("sync", "--db", str(db))
    assert result.exit_code == 1 and "Another sync" in result.stderr
    assert not db.exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("how", ["server dies", "sync killed", "sync terminated"])
def test_a_run_cut_off_leaves_the_last_committed_windows(tmp_path: Path, how: str) -> None:
    """Whatever stops a run half-way, each table is as a whole window left it: never half a window."""
    port = free_port()
    db = tmp_path / "m.db"
    env = {**os.environ, "TWILIO_ACCOUNT_SID": DEMO_ACCOUNT_SID, "TWILIO_AUTH_TOKEN": DEMO_AUTH_TOKEN,
           "TWILIO_API_URL": f"http://127.0.0.1:{port}", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "twiliocli", "emulator", "serve", "--port", str(port), "--messages", "6000",
         "--latency", "150"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert "listening" in (server.stdout.readline() if server.stdout else "")
        cli = [sys.executable, "-m", "twiliocli", "--retries", "0", "sync", "--db", str(db)]
        first = subprocess.run([*cli, "--resources", "messages", "--since", "1d"], env=env, cwd=ROOT,
                               capture_output=True, timeout=60)
        assert first.returncode == 0, first.stderr
        before = sqlite3.connect(db).execute("SELECT COUNT(*), MAX(date_sent) FROM messages").fetchone()
        run = subprocess.Popen([*cli, "--resources", "messages", "--since", "90d"], env=env, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(2.0)  # a few pages into 6,000 messages at 1,000 a page and 150 ms a request
        if how == "sync terminated":
            run.send_signal(signal.SIGTERM)  # cleans up on its way out, and says so with 143
        else:
            (server if how == "server dies" else run).send_signal(signal.SIGKILL)
        _, err = run.communicate(timeout=60)
        assert run.returncode == {"server dies": 5, "sync killed": -signal.SIGKILL, "sync terminated": 143}[how], err
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*), MAX(date_sent) FROM messages").fetchone() == before
        assert conn.execute("SELECT since FROM _sync WHERE table_name = 'messages'").fetchone()[0] is not None
    finally:
        server.kill()
        server.wait(timeout=10)


# -- sql ----------------------------------------------------------------------------------------


@pytest.fixture
def synced(use_emulator: RunningEmulator, db: Path) -> Path:
    sync(db)
    return db


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "jsonl", "table"])
def test_sql_prints_in_every_format(synced: Path, fmt: str) -> None:
    result = run_cli("sql", "SELECT status, COUNT(*) AS n FROM calls GROUP BY status ORDER BY status", "--db", str(synced), "-o", fmt)
    assert result.exit_code == 0, result.stderr
    expected = sqlite3.connect(synced).execute("SELECT status, COUNT(*) FROM calls GROUP BY status ORDER BY status").fetchall()
    if fmt == "json":
        assert [(r["status"], r["n"]) for r in json.loads(result.stdout)] == expected
    elif fmt == "jsonl":
        assert [(r["status"], r["n"]) for r in map(json.loads, result.stdout.splitlines())] == expected
    elif fmt == "tsv":
        assert result.lines == ["status\tn", *(f"{s}\t{n}" for s, n in expected)]
    elif fmt == "csv":
        assert result.stdout.splitlines() == ["status,n", *(f"{s},{n}" for s, n in expected)]
    else:
        assert all(s in result.stdout for s, _ in expected)


@pytest.mark.parametrize("statement", [
    "DELETE FROM calls",
    "UPDATE calls SET status = 'x'",
    "DROP TABLE calls",
    "CREATE TABLE evil (x)",
    "ATTACH DATABASE 'other.db' AS other",
    "PRAGMA journal_mode = DELETE",
    "INSERT INTO messages_fts (messages_fts) VALUES ('delete-all')",
])
def test_sql_only_reads(synced: Path, statement: str) -> None:
    before = synced.read_bytes()
    result = run_cli("sql", statement, "--db", str(synced))
    assert result.exit_code == 2, result.stdout
    assert result.stderr.startswith("Error: SQL:")
    assert synced.read_bytes() == before
    assert not (synced.parent / "other.db").exists()


def test_sql_errors_and_missing_mirror_are_usage_errors(synced: Path, tmp_path: Path) -> None:
    bad = run_cli("sql", "SELEKT 1", "--db", str(synced))
    assert bad.exit_code == 2 and "syntax error" in bad.stderr
    missing = run_cli("sql", "SELECT 1", "--db", str(tmp_path / "nope.db"))
    assert missing.exit_code == 2 and "run `twiliocli sync` first" in missing.stderr


def test_default_database_is_in_the_user_data_folder(use_emulator: RunningEmulator) -> None:
    assert run_cli("sync", "--resources", "numbers").exit_code == 0
    assert (Path(os.environ["TWILIOCLI_DATA_DIR"]) / f"mirror-{use_emulator.account_sid}.db").is_file()  # one per account
    result = run_cli("sql", "SELECT COUNT(*) AS n FROM numbers", "-o", "json")
    assert json.loads(result.stdout) == [{"n": 3}]


# -- search -------------------------------------------------------------------------------------


def test_search_finds_every_word_in_any_case_and_treats_syntax_literally(synced: Path, use_emulator: RunningEmulator) -> None:
    listed = api_records(Api(use_emulator), "messages").values()
    want = sorted(m["sid"] for m in listed if "moved" in m["body"].lower() and "agenda" in m["body"].lower())
    assert want
    result = run_cli("sms", "search", "AGENDA moved", "--db", str(synced), "-o", "json")
    assert sorted(m["sid"] for m in json.loads(result.stdout)) == want
    for hostile in ('"unbalanced', "NEAR(", "body:x OR", "*"):
        odd = run_cli("sms", "search", hostile, "--db", str(synced), "-o", "json")
        assert odd.exit_code == 0, odd.stderr


@pytest.mark.parametrize("walk_from", [0, 10**9], ids=["walking-the-date-index", "sorting-the-matches"])
def test_search_limit_gives_the_newest_matches_whichever_plan_runs(
        synced: Path, walk_from: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from twiliocli.mirror import analyses

    monkeypatch.setattr(analyses, "WALK_FROM", walk_from)
    everything = json.loads(run_cli("sms", "search", "and", "--all", "--db", str(synced), "-o", "json").stdout)
    assert len(everything) > 3
    by_sid = sorted(everything, key=lambda m: m["sid"])
    assert everything == sorted(by_sid, key=lambda m: m["date_sent"] or "", reverse=True)  # newest first, then sid
    newest = run_cli("sms", "search", "AND", "--limit", "3", "--db", str(synced), "-o", "json")
    assert json.loads(newest.stdout) == everything[:3]


# -- the living emulator: records that change after they were first seen -------------------------


def test_live_calls_and_messages_are_followed_to_their_final_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    for server in running(EmulatorConfig(empty=True, ring_seconds=10, call_seconds=30, delivery_seconds=30)):
        login_env(monkeypatch, server)
        api = Api(server)
        created = api.post("/Calls.json", {"To": "+14155550111", "From": "+15005550006",
                                           "Twiml": "<Response><Dial>+14155550112</Dial></Response>"}).json()
        sent = api.post("/Messages.json", {"To": "+14155550111", "From": "+15005550006", "Body": "on its way"}).json()
        clock(api, 21)  # answered, talking; the message sent (at 20 s) but not delivered yet (30 s)
        sync(db)
        first = table(db, "calls")[created["sid"]]
        assert (first["status"], first["price"], first["duration"]) == ("in-progress", None, None)
        assert table(db, "messages")[sent["sid"]]["status"] == "sent"
        clock(api, 60)  # the call completes, the message is delivered, prices are set
        sync(db)
        final = api.get(f"/Calls/{created['sid']}.json").json()
        row = table(db, "calls")[created["sid"]]
        assert (row["status"], row["duration"], row["price"]) == ("completed", 30, float(final["price"]))
        assert row["end_time"] == iso(final["end_time"]) and row["start_time"] == iso(final["start_time"])
        delivered = table(db, "messages")[sent["sid"]]
        assert delivered["status"] == "delivered" and delivered["price"] is not None
        assert_mirrors(db, api, ("calls", "messages"))
        # The mirror's windows end at the emulator's clock (moved 72 s ahead), not the local one.
        until = sqlite3.connect(db).execute("SELECT until FROM _sync WHERE table_name = 'calls'").fetchone()[0]
        assert until >= time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 70))


def clock(api: Api, seconds: float) -> None:
    assert api.post("/_emulator/clock", {"seconds": str(seconds)}).status_code == 200


# -- a hostile server -----------------------------------------------------------------------------


def test_a_bogus_page_commits_nothing_of_its_window(hostile, monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    behave = {"now": False}

    def answer(request):
        if request.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}.json":
            return Reply.json({"sid": ACCOUNT_SID, "status": "active"})
        if "Page" not in request.query:
            more = None if behave["now"] else f"{LIST_PATH}?Page=1&PageToken=PA1"
            return Reply.json(page([hostile_call(1), hostile_call(2)], next_page_uri=more))
        return Reply.json({"calls": None, "next_page_uri": None})  # a page without its list

    hostile.answer(answer)
    hostile_env(monkeypatch, hostile)
    args = ("--retries", "0", "sync", "--db", str(db), "--resources", "calls", "--since", "2023-12-30")
    failed = run_cli(*args)
    assert failed.exit_code == 1 and failed.stderr.startswith("Error:"), failed.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM calls").fetchone()[0] == 0  # the first page was not kept
    assert conn.execute("SELECT COUNT(*) FROM _sync").fetchone()[0] == 0
    behave["now"] = True
    assert run_cli(*args).exit_code == 0
    assert sorted(table(db, "calls", ACCOUNT_SID)) == [hostile_call(1)["sid"], hostile_call(2)["sid"]]


def test_windows_end_at_the_servers_clock(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    """A server whose clock is five hours behind ours: the window ends at its "now", so the records
    it dates in the next five hours of ours are still ahead of the mirror, not skipped."""

    def answer(path: str, query: dict) -> Answer:
        if path.endswith(f"/{ACCOUNT_SID}.json"):
            return Answer(body={"sid": ACCOUNT_SID, "status": "active"})
        return Answer(body=page([]))

    with serving(answer, skew=-5 * 3600) as server:
        hostile_env(monkeypatch, server)
        assert run_cli("sync", "--db", str(db), "--resources", "calls", "--since", "1d").exit_code == 0
    until = sqlite3.connect(db).execute("SELECT until FROM _sync").fetchone()[0]
    behind = time.time() - calendar.timegm(time.strptime(until, "%Y-%m-%dT%H:%M:%SZ"))
    assert 5 * 3600 - 60 < behind < 5 * 3600 + 60
