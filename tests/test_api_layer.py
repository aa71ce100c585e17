"""The API layer on its own, over real HTTP: older envelopes, regional hosts, lazy paging."""

from __future__ import annotations

import csv
import gc
import io
import re
import threading
import time

import pytest

from tests.conftest import received, run_cli
from twiliocli import output
from twiliocli.api import pagination
from twiliocli.api.client import Auth, Client, base_url_for
from twiliocli.api.deadline import Deadline
from twiliocli.api.resources import MESSAGES


def client_for(server) -> Client:
    return Client(server.url, Auth(server.account_sid, server.auth_token, server.account_sid))


def test_retired_sms_endpoint_parses_with_its_older_envelope(emulator):
    client = client_for(emulator)
    legacy = f"/2010-04-01/Accounts/{emulator.account_sid}/SMS/Messages.json"
    page = client.get(legacy, {"PageSize": 2})
    assert "sms_messages" in page and "total" in page and "num_pages" in page
    records = list(pagination.iter_records(client, legacy, {}, MESSAGES.list_keys, limit=None, page_size=2))
    assert len(records) == page["total"] > 2
    # --count takes `total` from the first page instead of paging through
    before = len(received(emulator))
    assert pagination.count(client, legacy, {}, MESSAGES.list_keys) == page["total"]
    assert len(received(emulator)) == before + 1
    # and the records print: nested values flattened, dates in ISO 8601
    buffer = io.StringIO()
    output.write_records(records, "csv", ["sid", "date_sent", "body", "subresource_uris"], stream=buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert len(rows) == len(records)
    assert all(r["date_sent"] == "" or r["date_sent"].endswith("Z") for r in rows)


def test_a_page_must_carry_its_list_key_or_a_known_older_one():
    older = {"page": 0, "uri": "/x", "next_page_uri": None, "sms_messages": [{"sid": "SM1"}]}
    assert pagination.page_records(older, ("messages", "sms_messages")) == [{"sid": "SM1"}]
    assert pagination.page_records({"page": 0, "messages": []}, ("messages",)) == []
    unknown = {"page": 0, "uri": "/x", "next_page_uri": None, "things": [{"sid": "X1"}]}
    assert pagination.page_records(unknown, ()) == [{"sid": "X1"}]  # a raw path: whatever array it holds
    for page, said in (
        (unknown, "an object with keys next_page_uri, page, things, uri"),
        ({}, "an empty answer"),
        ({"page": 0, "messages": None}, "`messages` is null"),
        ({"page": 0, "messages": {"sid": "SM1"}}, "`messages` is dict"),
    ):
        with pytest.raises(pagination.BadPageError, match=re.escape(said)) as caught:
            pagination.page_records(page, ("messages",))
        assert caught.value.status == 1 and "`messages` array" in caught.value.message
    with pytest.raises(pagination.BadPageError, match="list of records"):
        pagination.page_records({"page": 0, "uri": "/x"}, ())


def test_records_stream_one_page_at_a_time(emulator):
    client = client_for(emulator)
    path = MESSAGES.collection(AccountSid=emulator.account_sid)
    stream = pagination.iter_records(client, path, {}, MESSAGES.list_keys, limit=None, page_size=2)
    before = len(received(emulator))
    next(stream)
    assert len(received(emulator)) == before + 1  # one page fetched, not the whole list


def test_requests_leave_no_garbage_cycles_behind(emulator):
    """The CLI runs the cyclic collector rarely (`entry.main`), so what a request builds must be
    freed by reference counting alone, or a million-record export grows with every page."""
    client = client_for(emulator)
    path = MESSAGES.collection(AccountSid=emulator.account_sid)
    client.get(path, {"PageSize": 1})
    gc.collect()
    gc.disable()
    try:
        for _ in range(30):
            client.get(path, {"PageSize": 1})
        waited = time.monotonic() + 3  # a cancelled timer is alive until its thread has wound down
        while (left := sum(isinstance(o, (Deadline, threading.Timer)) for o in gc.get_objects())) > 1:
            if time.monotonic() > waited:
                raise AssertionError(f"{left} deadlines and timers left for the cycle collector after 30 requests")
            time.sleep(0.02)
    finally:
        gc.enable()


def test_regional_base_url():
    assert base_url_for(None, None) == "https://api.twilio.com"
    assert base_url_for("ie1", "dublin") == "https://api.dublin.ie1.twilio.com"
    assert base_url_for("au1", None) == "https://api.au1.twilio.com"
    assert base_url_for(None, "sydney") == "https://api.sydney.us1.twilio.com"


def test_region_and_edge_variables_pick_the_host(monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t" * 32)
    monkeypatch.setenv("TWILIO_REGION", "ie1")
    monkeypatch.setenv("TWILIO_EDGE", "dublin")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # fail fast, never leave the machine
    result = run_cli("--debug", "--retries", "0", "--timeout", "2", "calls", "list")
    assert "> GET https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/" in result.stderr
    assert result.exit_code == 5


def test_invalid_utf8_in_an_answer_is_rendered_inert(monkeypatch):
    """A record with bytes that are not UTF-8 still prints, the bad bytes as U+FFFD."""
    import http.server
    import json as jsonlib

    body = b'{"calls": [{"sid": "CA' + b"0" * 32 + b'", "caller_name": "bad \xff\xfe name", "to": "+1"}], "next_page_uri": null}'

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t" * 32)
        monkeypatch.setenv("TWILIO_API_URL", f"http://127.0.0.1:{server.server_port}")
        for fmt in ("tsv", "json", "table"):
            result = run_cli("calls", "list", "-o", fmt, "--fields", "sid,caller_name")
            assert result.exit_code == 0, result.stderr
            assert "bad \ufffd\ufffd name" in result.stdout
        assert jsonlib.loads(run_cli("calls", "list", "-o", "json").stdout)[0]["caller_name"] == "bad \ufffd\ufffd name"
    finally:
        server.shutdown()
