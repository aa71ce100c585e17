"""The offline analyses, each checked against an answer computed here, independently, from what the
emulator's API lists (never from the mirror), and printed alike in every output format."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import phonenumbers
import pytest

from twiliocli.emulator import catalog, rows
from twiliocli.emulator.seed import MAIN_NUMBER
from twiliocli.emulator.server import RunningEmulator

from tests.conftest import login_env, run_cli
from tests.emulator_helpers import Api, running
from tests.terminal import run_on_terminal

NOW = int(time.time())
DAY = 86_400
WEEK_AGO = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(NOW - 7 * DAY))
TWO_WEEKS_AGO = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(NOW - 14 * DAY))
STOPPER, QUITTER = "+14155557000", "+447700900001"


def when(record: dict, *fields: str) -> float | None:
    for field in fields:
        if record.get(field):
            return parsedate_to_datetime(record[field]).timestamp()
    return None


def add(server: RunningEmulator, to: str, frm: str, body: str, at: int, status: str, **extra) -> str:
    direction = "inbound" if status == "received" else "outbound-api"
    row = rows.message(server.account_sid, to, frm, body, at, status, direction, **extra)
    return server.app.store.insert(catalog.MESSAGES, row)["sid"]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningEmulator, Path]]:
    """The demo account plus opt-outs and failures abroad, mirrored once (read only afterwards)."""
    for server in running():
        add(server, MAIN_NUMBER, STOPPER, "Stop", NOW - 5 * DAY, "received")
        add(server, STOPPER, MAIN_NUMBER, "Sale today!", NOW - 4 * DAY, "delivered")  # after STOP: a violation
        add(server, MAIN_NUMBER, STOPPER, "start", NOW - 3 * DAY, "received")
        add(server, STOPPER, MAIN_NUMBER, "Welcome back", NOW - 2 * DAY, "delivered")  # after START: fine
        add(server, MAIN_NUMBER, QUITTER, "  UNSUBSCRIBE ", NOW - DAY, "received")
        add(server, QUITTER, MAIN_NUMBER, "We miss you", NOW - 3600, "delivered")
        for n in range(3):
            add(server, f"+4477009001{n:02d}", MAIN_NUMBER, "Hello UK", NOW - (n + 1) * 3600, "undelivered",
                error_code=30007, error_message="Message filtered")
        add(server, "+33612345678", MAIN_NUMBER, "Bonjour", NOW - 7200, "failed", error_code=30008, error_message=None)
        db = tmp_path_factory.mktemp("mirror") / "m.db"
        with pytest.MonkeyPatch.context() as patch:
            login_env(patch, server)
            result = run_cli("sync", "--db", str(db))
        assert result.exit_code == 0, result.stderr
        yield server, db


@pytest.fixture(scope="module")
def api(world) -> Api:
    return Api(world[0])


@pytest.fixture(scope="module")
def listed(api: Api) -> dict[str, list[dict]]:
    return {
        "messages": api.records("/Messages.json", "messages", PageSize=1000),
        "calls": api.records("/Calls.json", "calls", PageSize=1000),
        "numbers": api.records("/IncomingPhoneNumbers.json", "incoming_phone_numbers"),
        "applications": api.records("/Applications.json", "applications"),
    }


def run_json(db: Path, *args: str) -> list[dict]:
    result = run_cli(*args, "--db", str(db), "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def cost(records: list[dict]) -> float:
    return round(-sum(float(r["price"]) for r in records if r.get("price")), 5)


def test_sms_failures_by_code_and_country(world, listed) -> None:
    _, db = world
    failed = [m for m in listed["messages"] if m["status"] in ("failed", "undelivered")
              and when(m, "date_sent", "date_created") >= NOW - 7 * DAY]
    groups = defaultdict(list)
    for m in failed:
        region = phonenumbers.region_code_for_country_code(phonenumbers.parse(m["to"]).country_code)
        groups[(m["error_code"], region)].append(m)
    want = {(code, region): (len(ms), cost(ms)) for (code, region), ms in groups.items()}
    got = run_json(db, "sms", "failures", "--since", WEEK_AGO)
    assert {(r["error_code"], r["country"]): (r["messages"], r["cost"]) for r in got} == want
    assert ("30007", "GB") in {(str(c), r) for c, r in want} and any(r["country"] == "FR" for r in got)
    meanings = {r["error_code"]: r["meaning"] for r in got}
    assert meanings[30007] == "Message filtered" and meanings[30008] == "Unknown error"  # the record's, else Twilio's
    assert [r["messages"] for r in got] == sorted((r["messages"] for r in got), reverse=True)


def test_sms_funnel(world, listed) -> None:
    _, db = world
    sent = [m for m in listed["messages"] if m["direction"].startswith("outbound")
            and when(m, "date_sent", "date_created") >= NOW - 7 * DAY]
    counts = Counter(m["status"] for m in sent)
    got = run_json(db, "sms", "funnel", "--since", WEEK_AGO)
    assert {r["status"]: r["messages"] for r in got} == dict(counts)
    assert {r["status"]: r["share"] for r in got} == {s: round(n / len(sent), 4) for s, n in counts.items()}
    delivered = sorted(when(m, "date_updated") - when(m, "date_created") for m in sent if m["status"] == "delivered")
    assert next(r for r in got if r["status"] == "delivered")["median_seconds"] == delivered[(len(delivered) - 1) // 2]


def test_on_a_terminal_the_funnel_is_a_table_and_a_chart(world, listed) -> None:
    _, db = world
    got = run_json(db, "sms", "funnel", "--since", WEEK_AGO)
    code, screen = run_on_terminal("sms", "funnel", "--since", WEEK_AGO, "--db", str(db), env={"TWILIOCLI_PAGER": ""})
    assert code == 0, screen
    bars = [line for line in screen.splitlines() if "█" in line or "▏" in line]
    assert [line.split()[0] for line in bars] == [r["status"] for r in got]
    assert [line.split()[-2] for line in bars] == [f"{r['messages']:,}" for r in got]


def test_calls_disposition(world, listed) -> None:
    _, db = world
    calls = [c for c in listed["calls"] if c["start_time"] and when(c, "start_time") >= NOW - 7 * DAY]
    groups = defaultdict(list)
    for c in calls:
        groups[(c["status"], c["answered_by"])].append(c)
    want = {k: (len(cs), round(sum(int(c["duration"] or 0) for c in cs) / 60, 1), cost(cs)) for k, cs in groups.items()}
    got = run_json(db, "calls", "disposition", "--since", WEEK_AGO)
    assert {(r["status"], r["answered_by"]): (r["calls"], r["minutes"], r["cost"]) for r in got} == want


def test_numbers_idle(world, listed) -> None:
    _, db = world
    since = NOW - 14 * DAY
    busy = {m[f] for m in listed["messages"] if m["date_sent"] and when(m, "date_sent") >= since for f in ("to", "from")}
    busy |= {c[f] for c in listed["calls"] if c["start_time"] and when(c, "start_time") >= since for f in ("to", "from")}
    want = sorted(n["phone_number"] for n in listed["numbers"] if n["phone_number"] not in busy)
    got = run_json(db, "numbers", "idle", "--since", TWO_WEEKS_AGO)
    assert [r["phone_number"] for r in got] == want and want
    by_type = {n["phone_number"]: n["type"] for n in listed["numbers"]}
    assert all(r["monthly_cost"] == {"local": 1.15, "toll-free": 2.15}[by_type[r["phone_number"]]] for r in got)


def test_sms_opt_outs(world, listed) -> None:
    _, db = world
    got = {r["number"]: r for r in run_json(db, "sms", "opt-outs", "--since", WEEK_AGO)}
    assert set(got) == {STOPPER, QUITTER}
    # Independently: the messages sent to each after its latest STOP-like text and before any START-like one.
    for number, row in got.items():
        inbound = sorted((when(m, "date_sent"), m["body"].strip().upper()) for m in listed["messages"]
                         if m["from"] == number and m["direction"] == "inbound")
        stopped = max(t for t, body in inbound if body in ("STOP", "UNSUBSCRIBE"))
        resumed = min((t for t, body in inbound if body in ("START",) and t > stopped), default=None)
        after = [m for m in listed["messages"] if m["to"] == number and m["direction"].startswith("outbound")
                 and when(m, "date_sent") > stopped and (resumed is None or when(m, "date_sent") < resumed)]
        assert row["sent_after"] == len(after), number
        assert row["keyword"] in ("STOP", "UNSUBSCRIBE")
    assert got[STOPPER]["sent_after"] == 1 and got[STOPPER]["opted_in_at"] is not None
    assert got[QUITTER]["sent_after"] == 1 and got[QUITTER]["opted_in_at"] is None


def test_conversation_is_one_timeline(world, api) -> None:
    _, db = world
    want = set()
    for path, key in (("/Messages.json", "messages"), ("/Calls.json", "calls")):
        for side in ("To", "From"):
            want |= {r["sid"] for r in api.records(path, key, **{side: STOPPER})}
    got = run_json(db, "conversation", STOPPER)
    assert {r["sid"] for r in got} == want and len(got) == len(want) == 4
    assert [r["time"] for r in got] == sorted(r["time"] for r in got)
    assert [r["detail"] for r in got] == ["Stop", "Sale today!", "start", "Welcome back"]


def test_calls_trace(world, api, listed) -> None:
    _, db = world
    noted = api.records("/Notifications.json", "notifications")[0]["call_sid"]
    recordings = api.records(f"/Calls/{noted}/Recordings.json", "recordings")
    want = {noted, *(r["sid"] for r in recordings)}
    want |= {n["sid"] for n in api.records(f"/Calls/{noted}/Notifications.json", "notifications")}
    for recording in recordings:
        want |= {t["sid"] for t in api.records(f"/Recordings/{recording['sid']}/Transcriptions.json", "transcriptions")}
    want |= {c["sid"] for c in api.records("/Calls.json", "calls", ParentCallSid=noted)}
    got = run_json(db, "calls", "trace", noted)
    assert {i["sid"] for i in got} == want and len(got) == len(want)
    assert {i["kind"] for i in got} >= {"call", "recording", "notification"}
    assert next(i for i in got if i["kind"] == "call")["record"]["sid"] == noted  # JSON keeps whole records

    child = next(c for c in listed["calls"] if c["parent_call_sid"])
    parent = run_json(db, "calls", "trace", child["parent_call_sid"])
    assert ("leg", child["sid"]) in {(i["kind"], i["sid"]) for i in parent}
    missing = run_cli("calls", "trace", "CA" + "0" * 32, "--db", str(db))
    assert missing.exit_code == 4 and "not in the mirror" in missing.stderr


def test_numbers_webhooks(world, listed) -> None:
    _, db = world
    want = Counter()
    for table, fields in (("numbers", ("voice_url", "voice_fallback_url", "sms_url", "sms_fallback_url", "status_callback")),
                          ("applications", ("voice_url", "voice_fallback_url", "sms_url", "sms_fallback_url",
                                            "status_callback", "sms_status_callback", "message_status_callback"))):
        for record in listed[table]:
            for field in fields:
                if record.get(field):
                    want[record[field]] += 1
    got = run_json(db, "numbers", "webhooks")
    assert {r["url"]: r["uses"] for r in got} == dict(want)


ANALYSES = [
    ("sms", "failures", "--since", WEEK_AGO),
    ("sms", "funnel", "--since", WEEK_AGO),
    ("sms", "opt-outs", "--since", WEEK_AGO),
    ("sms", "search", "hello"),
    ("calls", "disposition", "--since", WEEK_AGO),
    ("numbers", "idle", "--since", TWO_WEEKS_AGO),
    ("numbers", "webhooks"),
    ("conversation", STOPPER),
    ("usage", "by-subaccount", "--period", "this-month"),
]


@pytest.mark.parametrize("args", ANALYSES, ids=lambda a: " ".join(a[:2]))
def test_every_format_prints_the_same_rows(world, args) -> None:
    _, db = world
    as_json = run_json(db, *args)
    assert as_json
    text = lambda v: "" if v is None else ("true" if v is True else "false" if v is False else str(v))  # noqa: E731
    want = [{k: text(v) for k, v in r.items()} for r in as_json]
    jsonl = run_cli(*args, "--db", str(db), "-o", "jsonl").stdout
    assert [json.loads(line) for line in jsonl.splitlines()] == as_json
    csv_rows = list(csv.DictReader(io.StringIO(run_cli(*args, "--db", str(db), "-o", "csv").stdout, newline="")))
    assert [{k: v for k, v in r.items()} for r in csv_rows] == want
    tsv = run_cli(*args, "--db", str(db), "-o", "tsv").stdout.splitlines()
    assert len(tsv) == len(as_json) + 1 and tsv[0].split("\t") == list(as_json[0])
    table = run_cli(*args, "--db", str(db), "-o", "table")
    assert table.exit_code == 0 and table.stdout


def test_bad_since_is_refused(world) -> None:
    _, db = world
    result = run_cli("sms", "failures", "--since", "last tuesday", "--db", str(db))
    assert result.exit_code == 2 and "--since" in result.stderr


class Recorder(BaseHTTPRequestHandler):
    seen: list[dict] = []

    def do_HEAD(self) -> None:  # noqa: N802
        Recorder.seen.append(dict(self.headers))
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_probe_checks_each_url_once_without_credentials(emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    login_env(monkeypatch, emulator)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    base = f"http://127.0.0.1:{server.server_address[1]}"
    api = Api(emulator)
    numbers = api.records("/IncomingPhoneNumbers.json", "incoming_phone_numbers")
    api.post(f"/IncomingPhoneNumbers/{numbers[0]['sid']}.json", {"VoiceUrl": f"{base}/ok", "SmsUrl": f"{base}/ok"})
    api.post(f"/IncomingPhoneNumbers/{numbers[1]['sid']}.json", {"VoiceUrl": f"{base}/missing"})
    api.post(f"/IncomingPhoneNumbers/{numbers[2]['sid']}.json", {"VoiceUrl": f"http://127.0.0.1:{closed}/dead"})
    db = tmp_path / "m.db"
    assert run_cli("sync", "--db", str(db), "--resources", "numbers,applications").exit_code == 0
    Recorder.seen = []
    try:
        got = {r["url"]: r for r in run_json(db, "numbers", "webhooks", "--probe", "--probe-timeout", "2")}
    finally:
        server.shutdown()
    assert (got[f"{base}/ok"]["uses"], got[f"{base}/ok"]["reachable"], got[f"{base}/ok"]["probe"]) == (2, True, "HTTP 200")
    assert (got[f"{base}/missing"]["reachable"], got[f"{base}/missing"]["probe"]) == (True, "HTTP 404")
    dead = got[f"http://127.0.0.1:{closed}/dead"]
    assert (dead["reachable"], dead["probe"]) == (False, "connection failed")
    assert len(Recorder.seen) == 2  # once per URL, though /ok is used twice
    assert not any("Authorization" in headers for headers in Recorder.seen)


def frozen_mid_month(emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> int:
    """Both clocks at noon UTC on the 15th of next month, far from any month's edge, whatever the date
    the suite runs: the emulator's moved forward to it, the CLI's (`timefmt.now`) held there."""
    from datetime import datetime, timezone

    today = datetime.now(timezone.utc)
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    frozen = int(datetime(year, month, 15, 12, tzinfo=timezone.utc).timestamp())
    assert Api(emulator).post("/_emulator/clock", {"seconds": str(frozen - time.time())}).status_code == 200
    monkeypatch.setattr("twiliocli.timefmt.now", lambda: frozen)
    return frozen


@pytest.mark.parametrize("period,window", [("this-month", "ThisMonth"), ("last-month", "LastMonth")])
def test_usage_by_subaccount_pivots_each_accounts_own_spend(use_emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            period: str, window: str) -> None:
    now = frozen_mid_month(use_emulator, monkeypatch)
    db = tmp_path / "m.db"
    api = Api(use_emulator)
    sub = next(a["sid"] for a in api.records("/2010-04-01/Accounts.json", "accounts") if a["sid"] != use_emulator.account_sid)
    # Spend in the subaccount this month and last (a month that it existed for), besides the demo data.
    store = use_emulator.app.store
    store.update(catalog.ACCOUNTS, store.get(catalog.ACCOUNTS, sid=sub), {"date_created": now - 400 * DAY})
    for at in (now - 60, now - 31 * DAY):
        store.insert(catalog.MESSAGES, rows.message(sub, "+14155550188", MAIN_NUMBER, "sub spend", at, "delivered"))
    assert run_cli("sync", "--db", str(db), "--subaccounts").exit_code == 0
    got = {r["account_sid"]: r for r in run_json(db, "usage", "by-subaccount", "--period", period)}
    for account in (use_emulator.account_sid, sub):
        records = Api(use_emulator, account=account).records(f"/Usage/Records/{window}.json", "usage_records",
                                                               IncludeSubaccounts="false")
        prices = {r["category"]: abs(float(r["price"])) for r in records if r["price"] and float(r["price"])}
        if not prices:
            assert account not in got
            continue
        row = got[account]
        assert row["total"] == prices["totalprice"]
        categories = [k for k in row if k not in ("account_sid", "friendly_name", "total", "price_unit")]
        assert all(row[c] == prices.get(c, 0.0) for c in categories)
        assert round(sum(row[c] for c in categories), 5) == row["total"]  # outermost categories add up
    assert sub in got
    csv_text = run_cli("usage", "by-subaccount", "--period", period, "--db", str(db), "-o", "csv").stdout
    assert csv_text.splitlines()[0].split(",")[-2:] == ["total", "price_unit"]
    bad = run_cli("usage", "by-subaccount", "--period", "last-quarter", "--db", str(db))
    assert bad.exit_code == 2 and "--period" in bad.stderr


@pytest.mark.parametrize("today,this,last", [("2027-01-01T00:00:00Z", "2027-01", "2026-12"),
                                             ("2026-03-31T23:59:59Z", "2026-03", "2026-02")])
def test_report_months_follow_the_one_clock_across_year_and_month_edges(monkeypatch: pytest.MonkeyPatch, today: str,
                                                                         this: str, last: str) -> None:
    from twiliocli import timefmt
    from twiliocli.cli.framework.offline import month_of

    monkeypatch.setattr("twiliocli.timefmt.now", lambda: timefmt.parse_iso(today))
    assert (month_of("this-month"), month_of("last-month"), month_of("2025-07")) == (this, last, "2025-07")
