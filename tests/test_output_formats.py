"""The public output API: every format, columns, headers, single records, counts, streaming."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from twiliocli import output
from twiliocli.output import (
    FORMATS,
    UnknownFieldError,
    default_format,
    resolve_columns,
    write_count,
    write_record,
    write_records,
)

CALL = {
    "sid": "CA0123456789abcdef0123456789abcdef",
    "from": "+15005550006",
    "to": "+14155550100",
    "status": "completed",
    "start_time": "Fri, 18 Oct 2019 17:00:00 +0000",
    "duration": "42",
    "price": "-0.200",
    "answered_by": None,
    "muted": False,
    "subresource_uris": {"notifications": "/N.json", "recordings": "/R.json"},
}
HOSTILE = {
    "sid": "CA1",
    "from": "[bold]x[/bold]",
    "to": "\x1b[31mred\x1b]0;pwned\x07",
    "status": "tab\there\nnewline",
    "start_time": "\u202eevil",
    "duration": "=1+1",
}
COLUMNS = ["sid", "from", "to", "status", "start_time", "duration"]


def render(records, fmt: str, columns=COLUMNS, **options) -> str:
    stream = io.StringIO()
    write_records(iter(records), fmt, columns, stream=stream, **options)
    return stream.getvalue()


# --- formats and columns ------------------------------------------------------------------


def test_tsv_header_dates_and_flattening() -> None:
    out = render([CALL], "tsv", ["sid", "start_time", "answered_by", "muted", "subresource_uris", "missing"])
    header, row, end = out.split("\n")
    assert header == "sid\tstart_time\tanswered_by\tmuted\tsubresource_uris\tmissing"
    assert row.split("\t") == [
        CALL["sid"], "2019-10-18T17:00:00Z", "", "false",
        '{"notifications":"/N.json","recordings":"/R.json"}', "",
    ]
    assert end == ""


def test_no_header() -> None:
    for fmt in ("tsv", "csv"):
        assert render([CALL], fmt, ["sid"], header=False).splitlines() == [CALL["sid"]]


def test_empty_list() -> None:
    assert render([], "tsv") == "\t".join(COLUMNS) + "\n"
    assert render([], "csv") == ",".join(COLUMNS) + "\r\n"
    assert render([], "json") == "[]\n"
    assert json.loads(render([], "json")) == []
    assert render([], "jsonl") == ""
    assert render([], "table") == ""


def test_csv_is_rfc4180_and_round_trips() -> None:
    record = {"sid": "CA1", "body": 'He said "hi",\nthen left', "price": "-0.200"}
    out = render([record, record], "csv", ["sid", "body", "price"])
    assert out.startswith("sid,body,price\r\n")
    assert '"He said ""hi"",\nthen left"' in out
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows == [["sid", "body", "price"]] + [["CA1", record["body"], "-0.200"]] * 2


def test_csv_excel_safe() -> None:
    record = {"a": "=cmd|' /C calc'!A0", "b": "-0.200", "c": "@x", "d": "+15005550006"}
    out = render([record], "csv", list(record), excel_safe=True)
    assert list(csv.reader(io.StringIO(out, newline="")))[1] == ["'=cmd|' /C calc'!A0", "-0.200", "'@x", "+15005550006"]
    assert list(csv.reader(io.StringIO(render([record], "csv", list(record)), newline="")))[1][0] == record["a"]


def test_json_is_an_array_of_unchanged_objects() -> None:
    out = render([CALL, CALL], "json")
    assert out.startswith("[\n{") and out.endswith("}\n]\n")
    assert json.loads(out) == [CALL, CALL]  # columns ignored: whole objects, API values kept


def test_json_and_jsonl_with_fields_keep_those_keys_in_order() -> None:
    for fmt in ("json", "jsonl"):
        out = render([CALL], fmt, ["status", "sid", "nope"], full_objects=False)
        obj = json.loads(out)[0] if fmt == "json" else json.loads(out)
        assert list(obj.items()) == [("status", "completed"), ("sid", CALL["sid"]), ("nope", None)]


def test_jsonl_one_object_a_line() -> None:
    records = [dict(CALL, sid=f"CA{i}", body="two\nlines") for i in range(7)]
    lines = render(records, "jsonl").splitlines()
    assert len(lines) == 7
    assert [json.loads(line) for line in lines] == records


def test_columns_none_takes_first_record_keys() -> None:
    out = render([{"a": 1, "b": 2}, {"b": 3, "c": 4}], "tsv", None)
    assert out.splitlines() == ["a\tb", "1\t2", "\t3"]


def test_table_has_header_and_rows() -> None:
    out = render([CALL], "table", ["sid", "status", "start_time"])
    assert out.splitlines()[0].split() == ["sid", "status", "start_time"]
    assert "2019-10-18T17:00:00Z" in out and CALL["sid"] in out


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown output format 'xml'"):
        render([CALL], "xml")


# --- resolve_columns --------------------------------------------------------------------


def test_resolve_columns() -> None:
    default = ("sid", "status")
    assert resolve_columns(default, None) == ["sid", "status"]
    assert resolve_columns(default, []) == ["sid", "status"]
    assert resolve_columns(default, ["to", " sid ", "", "to"], known=["to", "from"]) == ["to", "sid"]
    assert resolve_columns(default, ["anything"]) == ["anything"]  # no schema: any name goes


def test_unknown_field_lists_valid_ones() -> None:
    with pytest.raises(UnknownFieldError) as caught:
        resolve_columns(("sid", "status"), ["sid", "bogus"], known=["to"])
    assert str(caught.value) == "Unknown field 'bogus'. Valid fields: sid, status, to"
    assert isinstance(caught.value, ValueError)


# --- single records and counts ------------------------------------------------------------


def test_write_record_formats() -> None:
    def one(fmt: str, columns=None) -> str:
        stream = io.StringIO()
        write_record(CALL, fmt, columns, stream=stream)
        return stream.getvalue()

    assert json.loads(one("json")) == CALL
    assert one("json").startswith("{\n  ")
    assert json.loads(one("json", ["sid"])) == {"sid": CALL["sid"]}
    assert one("jsonl").count("\n") == 1 and json.loads(one("jsonl")) == CALL
    tsv = one("tsv").splitlines()
    assert tsv[0].split("\t") == list(CALL) and len(tsv) == 2
    assert one("csv", ["sid", "status"]) == f"sid,status\r\n{CALL['sid']},completed\r\n"
    table = one("table").splitlines()
    assert [line.split()[0] for line in table] == list(CALL)  # vertical: every field
    assert re.search(r"^start_time +2019-10-18T17:00:00Z *$", one("table"), re.M)
    assert one("table", ["status"]).split() == ["status", "completed"]


def test_write_count() -> None:
    for fmt, expected in [("table", "3\n"), ("tsv", "3\n"), ("csv", "3\n"), ("json", '{"count": 3}\n'),
                          ("jsonl", '{"count": 3}\n')]:
        stream = io.StringIO()
        write_count(3, fmt, stream)
        assert stream.getvalue() == expected


def test_default_format() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert default_format(io.StringIO()) == "tsv"
    assert default_format(Tty()) == "table"
    closed = io.StringIO()
    closed.close()
    assert default_format(closed) == "tsv"


# --- hostile data -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv"])
def test_hostile_values_are_inert_in_text_formats(fmt: str) -> None:
    out = render([HOSTILE], fmt)
    assert "[bold]x[/bold]" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[31mred" in out and "\\u202eevil" in out


def test_hostile_tsv_keeps_one_record_a_line() -> None:
    lines = render([HOSTILE], "tsv").splitlines()
    assert len(lines) == 2 and len(lines[1].split("\t")) == len(COLUMNS)
    assert lines[1].split("\t")[3] == "tab\\there\\nnewline"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_hostile_values_are_escaped_in_json(fmt: str) -> None:
    record = dict(HOSTILE, extra="\x7f\x85\u2066\ud800 ok é 😀")
    out = render([record], fmt)
    for raw in ("\x1b", "\x07", "\x7f", "\x85", "\u202e", "\u2066", "\ud800"):
        assert raw not in out
    assert "\\u001b" in out and "\\u202e" in out and "\\ud800" in out
    assert "é 😀" in out  # readable text stays readable
    out.encode("utf-8")  # no lone surrogate left to break the encoder
    parsed = json.loads(out)
    assert (parsed[0] if fmt == "json" else parsed) == record


def test_lone_surrogates_do_not_crash_any_format() -> None:
    record = {"sid": "CA1", "body": "bad \udcff byte"}
    for fmt in FORMATS:
        render([record], fmt, ["sid", "body"]).encode("utf-8")


# --- streaming ------------------------------------------------------------------------------


class Recorder(io.StringIO):
    """A stream that remembers what had been flushed."""

    flushed = ""

    def flush(self) -> None:
        self.flushed = self.getvalue()


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "jsonl"])
def test_records_are_written_and_flushed_as_they_arrive(fmt: str) -> None:
    stream = Recorder()

    def source() -> Iterator[dict]:
        for i in range(120):
            if i:  # everything before this record is already written ...
                assert stream.getvalue().count("CA_") == i
            if i in (1, 50, 100):  # ... and flushed after the first and every 50th
                assert stream.flushed.count("CA_") == i
            yield {"sid": f"CA_{i}", "status": "ok"}

    assert write_records(source(), fmt, ["sid", "status"], stream=stream) == 120
    assert stream.flushed == stream.getvalue()


def test_table_streams_in_bounded_batches() -> None:
    from twiliocli.output.table import BATCH

    stream = io.StringIO()

    def source() -> Iterator[dict]:
        for i in range(BATCH * 3 + 7):
            if i and i % BATCH == 0:  # a full batch is printed before the next is read
                assert stream.getvalue().count("CA_") == i
            yield {"sid": f"CA_{i}", "n": str(i)}

    assert write_records(source(), "table", ["sid", "n"], stream=stream) == BATCH * 3 + 7
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 + BATCH * 3 + 7  # one header, batches joined without gaps
    widths = [len(line) for line in lines]
    assert widths == sorted(widths)  # a column only grows when a later value needs it, never shrinks
    assert [line.split()[0] for line in lines[1:]] == [f"CA_{i}" for i in range(BATCH * 3 + 7)]  # never cut


def test_broken_pipe_reaches_the_caller() -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    for fmt in FORMATS:
        with pytest.raises(BrokenPipeError):
            write_records(iter([CALL]), fmt, COLUMNS, stream=Closed())


def test_json_formats_never_import_rich() -> None:
    code = (
        "import io, sys; from twiliocli import output;"
        "[output.write_records([{'a': 1}], f, ['a'], stream=io.StringIO()) for f in ('json', 'jsonl', 'csv', 'tsv')];"
        "output.success('done', io.StringIO()); assert 'rich' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- messages -------------------------------------------------------------------------------


def test_messages_print_text_literally_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    output.success("Message [bold]SM1[/bold] sent \x1b[2J")
    output.warn("careful\nsecond line")
    output.error("Twilio error 20404")
    output.info("No calls found.")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "✓ Message [bold]SM1[/bold] sent \\x1b[2J",
        "Warning: careful",
        "second line",
        "Error: Twilio error 20404",
        "No calls found.",
    ]


def test_messages_colour_only_the_prefix_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    stream = Tty()
    output.error("bad \x1b[0m", stream)
    assert stream.getvalue() == "\x1b[31mError: \x1b[0mbad \\x1b[0m\n"
    monkeypatch.setenv("NO_COLOR", "1")
    stream = Tty()
    output.warn("x", stream)
    assert stream.getvalue() == "Warning: x\n"
