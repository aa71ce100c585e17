"""calls and sms end to end: the real CLI against the emulator over HTTP on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import clear_received, login_env, received, run_cli

TO, FROM = "+14155550100", "+15005550006"


@pytest.fixture
def fresh(empty_emulator, monkeypatch):
    login_env(monkeypatch, empty_emulator)
    return empty_emulator


def place_call(**extra: str) -> dict:
    args = ["calls", "create", "--to", TO, "--from", FROM, "--url", "https://example.com/twiml", "--yes", "-o", "json"]
    for key, value in extra.items():
        args += [f"--{key.replace('_', '-')}", value]
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def send_sms(body: str, to: str = TO) -> dict:
    result = run_cli("sms", "send", "--to", to, "--from", FROM, "--body", body, "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_create_call_sends_twilio_form_fields(fresh):
    clear_received(fresh)
    call = place_call(method="GET", timeout="20", status_callback="https://example.com/cb", send_digits="1234#")
    assert call["sid"].startswith("CA") and call["to"] == TO and call["from"] == FROM
    [request] = received(fresh)
    assert request["method"] == "POST" and request["path"].endswith("/Calls.json")
    assert request["form"]["To"] == TO and request["form"]["Url"] == "https://example.com/twiml"
    assert request["form"]["Method"] == "GET" and request["form"]["Timeout"] == "20"
    assert request["form"]["SendDigits"] == "1234#"


def test_call_lifecycle_get_redirect_hangup_delete(fresh):
    sid = place_call()["sid"]
    got = json.loads(run_cli("calls", "get", sid, "-o", "json").stdout)
    assert got["sid"] == sid
    redirected = run_cli("calls", "redirect", sid, "--url", "https://example.com/next", "-o", "json")
    assert redirected.exit_code == 0, redirected.stderr
    hung = run_cli("calls", "hangup", sid, "--yes", "-o", "json")
    assert hung.exit_code == 0, hung.stderr
    assert json.loads(hung.stdout)["status"] in ("completed", "canceled")
    clear_received(fresh)
    deleted = run_cli("calls", "delete", sid, "--yes")
    assert deleted.exit_code == 0 and sid in deleted.stderr
    assert received(fresh)[0]["method"] == "DELETE"
    assert run_cli("calls", "get", sid).exit_code == 4


def test_cancel_sends_status_canceled(fresh):
    sid = place_call()["sid"]
    clear_received(fresh)
    result = run_cli("calls", "cancel", sid, "-y", "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert received(fresh)[0]["form"] == {"Status": "canceled"}


def test_list_filters_become_twilio_parameters(fresh):
    clear_received(fresh)
    result = run_cli(
        "calls", "list", "--to", TO, "--from", FROM, "--status", "completed",
        "--started-after", "2024-01-01", "--started-before", "2024-02-01T10:00:00Z",
        "--parent-call-sid", "CA" + "a" * 32, "-o", "json",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []
    query = received(fresh)[0]["query"]
    assert query["To"] == TO and query["From"] == FROM and query["Status"] == "completed"
    assert query["StartTime>"] == "2024-01-01"
    assert query["StartTime<"] == "2024-02-01T10:00:00Z"
    assert query["ParentCallSid"] == "CA" + "a" * 32


def test_list_pages_lazily_honours_limit_page_size_and_all(fresh):
    sids = [send_sms(f"m{i}")["sid"] for i in range(7)]
    clear_received(fresh)
    limited = run_cli("sms", "list", "--limit", "5", "--page-size", "2", "-o", "json")
    got = [m["sid"] for m in json.loads(limited.stdout)]
    assert got == sids[::-1][:5]  # newest first
    assert len(received(fresh)) == 3  # 2 + 2 + 1 (the last page asks for no more than needed)
    everything = run_cli("sms", "list", "--all", "--page-size", "3", "-o", "jsonl")
    assert len(everything.lines) == 7
    assert run_cli("sms", "list", "--count").stdout.strip() == "7"
    assert json.loads(run_cli("sms", "list", "--count", "-o", "json").stdout) == {"count": 7}


def test_empty_list_is_success(fresh):
    result = run_cli("calls", "list")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [] or result.stdout.splitlines()[0].startswith("sid")


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "jsonl"])
def test_every_output_format(fresh, fmt):
    message = send_sms("hello world")
    result = run_cli("sms", "list", "-o", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "json":
        assert json.loads(out)[0] == json.loads(run_cli("sms", "get", message["sid"], "-o", "json").stdout)
    elif fmt == "jsonl":
        assert json.loads(out.splitlines()[0])["sid"] == message["sid"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["sid"] == message["sid"] and rows[0]["body"] == "hello world"
        assert rows[0]["date_sent"].endswith("Z") or rows[0]["date_sent"] == ""
    elif fmt == "tsv":
        header, row = out.splitlines()[:2]
        assert header.split("\t")[0] == "sid" and row.split("\t")[0] == message["sid"]
    else:
        assert message["sid"][:10] in out


def test_fields_and_no_header(fresh):
    message = send_sms("pick me")
    result = run_cli("sms", "list", "--fields", "sid,body", "--no-header", "-o", "tsv")
    assert result.stdout == f"{message['sid']}\tpick me\n"
    as_json = json.loads(run_cli("sms", "list", "--fields", "sid,status", "-o", "json").stdout)
    assert as_json == [{"sid": message["sid"], "status": message["status"]}]


def test_send_sms_validation_errors_come_from_twilio(fresh):
    result = run_cli("sms", "send", "--to", "+15005550001", "--from", FROM, "--body", "x", "--yes")
    assert result.exit_code == 1
    assert "Twilio error 21211" in result.stderr and "https://www.twilio.com/docs/errors/21211" in result.stderr
    result = run_cli("sms", "send", "--to", TO, "--from", "+15005550001", "--body", "x", "--yes")
    assert "Twilio error 21212" in result.stderr


def test_send_needs_body_or_media(fresh):
    clear_received(fresh)
    result = run_cli("sms", "send", "--to", TO, "--from", FROM, "--yes")
    assert result.exit_code == 2 and "--body or --media-url" in result.stderr
    assert received(fresh) == []


def test_send_body_from_stdin_and_media(fresh):
    clear_received(fresh)
    result = run_cli(
        "sms", "send", "--to", TO, "--from", FROM, "--body", "-", "--media-url", "https://example.com/a.png",
        "--media-url", "https://example.com/b.png", "--yes", "-o", "json", input="from stdin\n",
    )
    assert result.exit_code == 0, result.stderr
    form = received(fresh)[0]["form"]
    assert form["Body"] == "from stdin"


def test_sms_get_and_delete(use_emulator):
    listed = json.loads(run_cli("sms", "list", "--all", "-o", "json").stdout)
    done = next(m for m in listed if m["status"] in ("delivered", "sent", "received"))
    assert json.loads(run_cli("sms", "get", done["sid"], "-o", "json").stdout) == done
    assert run_cli("sms", "delete", done["sid"], "--yes").exit_code == 0
    assert run_cli("sms", "get", done["sid"]).exit_code == 4


def test_deleting_a_queued_message_gives_twilios_answer(fresh):
    sid = send_sms("still queued")["sid"]
    result = run_cli("sms", "delete", sid, "--yes")
    assert result.exit_code == 1 and "Twilio error 20009" in result.stderr


def test_hostile_data_printed_literally(fresh):
    send_sms("[bold]boom[/bold] \x1b[31mred\x1b]0;title\x07 \u202eevil")
    table = run_cli("sms", "list", "-o", "table").stdout
    assert "[bold]boom[/bold]" in table
    tsv = run_cli("sms", "list", "-o", "tsv").stdout
    for out in (table, tsv):
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert json.loads(run_cli("sms", "list", "-o", "json").stdout)[0]["body"].startswith("[bold]boom")


def test_subaccount_flag_addresses_its_path(fresh):
    sub = "AC" + "b" * 32
    clear_received(fresh)
    run_cli("--subaccount", sub, "calls", "list")
    assert received(fresh)[0]["path"] == f"/2010-04-01/Accounts/{sub}/Calls.json"


def test_excel_safe_csv_neutralises_formulas(fresh):
    send_sms('=HYPERLINK("http://evil.example","click")')
    plain = list(csv.reader(io.StringIO(run_cli("sms", "list", "-o", "csv", "--fields", "body,price").stdout)))
    assert plain[1][0].startswith("=HYPERLINK")
    safe = list(csv.reader(io.StringIO(run_cli("sms", "list", "-o", "csv", "--excel-safe", "--fields", "body").stdout)))
    assert safe[1][0] == "'" + plain[1][0]


def test_an_empty_table_says_so_on_stderr_only(fresh):
    result = run_cli("calls", "list", "-o", "table")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "No records found.\n"
    assert run_cli("calls", "list", "-o", "jsonl").stderr == ""
