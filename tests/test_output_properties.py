"""Properties over arbitrary strings: round trips, one record a line, nothing a terminal obeys."""

from __future__ import annotations

import csv
import io
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from twiliocli.api.client import plain_body
from twiliocli.output import write_records
from twiliocli.output.delimited import write_csv
from twiliocli.output.pacing import Pages
from twiliocli.output.cells import escape_csv, formatter
from twiliocli.output.table import write_table

# What must never reach a terminal raw from data: C0 (but the line feeds we write), DEL, C1,
# bidi controls, line/paragraph separators, lone surrogates.
DANGEROUS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
# The subset CSV escapes; all other text must survive a CSV round trip unchanged.
CSV_ESCAPED = "".join(
    chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0),
                     0x61C, 0x200E, 0x200F, *range(0x2028, 0x202F), *range(0x2066, 0x206A)]
)
COLUMNS = ["a", "b", "c"]

hostile_chars = st.sampled_from(["\x1b", "\x07", "\x9b", "\x7f", "\u202e", "\u2066", "\ud800", "\n", "\t", "\r", "\\"])
any_text = st.text(st.one_of(st.characters(), st.characters(categories=["Cs"]), hostile_chars))
csv_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters=CSV_ESCAPED))
values = st.one_of(
    st.none(), st.booleans(), st.integers(), any_text,
    st.dictionaries(any_text, any_text, max_size=2), st.lists(any_text, max_size=2),
)
records = st.lists(st.fixed_dictionaries({c: values for c in COLUMNS}), max_size=5)


def render(rows, fmt: str) -> str:
    stream = io.StringIO()
    write_records(iter(rows), fmt, COLUMNS, stream=stream)
    return stream.getvalue()


@given(st.lists(st.tuples(csv_text, csv_text, csv_text), max_size=5))
def test_csv_round_trips_text(rows: list[tuple[str, str, str]]) -> None:
    out = render([dict(zip(COLUMNS, row)) for row in rows], "csv")
    assert list(csv.reader(io.StringIO(out, newline=""))) == [COLUMNS, *map(list, rows)]


@given(st.integers(1, 3), st.lists(st.lists(any_text, min_size=3, max_size=3), max_size=5))
def test_csv_fast_path_writes_what_the_csv_module_writes(width: int, rows: list[list[str]]) -> None:
    columns = COLUMNS[:width]
    stream = io.StringIO()
    write_records([dict(zip(columns, row)) for row in rows], "csv", columns, stream=stream)
    expected = io.StringIO()
    csv.writer(expected).writerows([columns, *([escape_csv(v) for v in row[:width]] for row in rows)])
    assert stream.getvalue() == expected.getvalue()


@given(records)
def test_csv_of_any_values_writes_what_the_csv_module_writes(rows: list[dict]) -> None:
    """Also when the first record's objects and lists (quoted apart) give way to text later."""
    expected = io.StringIO()
    cells = [formatter(c) for c in COLUMNS]
    csv.writer(expected).writerows([COLUMNS, *([escape_csv(f(row[c])) for f, c in zip(cells, COLUMNS)] for row in rows)])
    assert render(rows, "csv") == expected.getvalue()


CALL_COLUMNS = ["sid", "date_created", "subresource_uris", "queue_time"]
dates = st.one_of(st.sampled_from(["Fri, 18 Oct 2019 17:00:00 +0000", "Fri, 18 Oct 2019 24:00:00 +0000", "0", ""]), any_text)
flat_objects = st.dictionaries(st.sampled_from(["events", "notes", 'a"b', "c\\d"]), st.one_of(csv_text, any_text, st.integers()),
                               max_size=3)
call_records = st.lists(st.fixed_dictionaries({"sid": st.one_of(csv_text, values), "date_created": st.one_of(dates, values),
                                               "subresource_uris": st.one_of(flat_objects, values), "queue_time": dates}),
                        min_size=1, max_size=5)


@settings(max_examples=300)
@given(call_records)
def test_csv_of_call_like_records_writes_what_the_csv_module_writes(rows: list[dict]) -> None:
    """Dates, flat objects of text and plain text: the line built for an export's common row is
    the csv module's, and every other row too (they take the general path)."""
    expected = io.StringIO()
    cells = [formatter(c) for c in CALL_COLUMNS]
    csv.writer(expected).writerows([CALL_COLUMNS, *([escape_csv(f(row[c])) for f, c in zip(cells, CALL_COLUMNS)]
                                                    for row in rows)])
    stream = io.StringIO()
    write_records(iter(rows), "csv", CALL_COLUMNS, stream=stream)
    assert stream.getvalue() == expected.getvalue()


plain_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters='"\\'))
plain_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), plain_text,
                         st.dictionaries(plain_text, plain_text, max_size=2), st.lists(plain_text, max_size=2))
plain_records = st.lists(st.fixed_dictionaries({"sid": plain_values, "date_created": st.one_of(dates, plain_values),
                                                "subresource_uris": st.one_of(st.dictionaries(plain_text, plain_text, max_size=3),
                                                                              plain_values),
                                                "queue_time": st.one_of(dates, plain_values)}), min_size=1, max_size=5)


@settings(max_examples=300)
@given(plain_records)
def test_csv_of_a_plain_page_writes_what_the_csv_module_writes(rows: list[dict]) -> None:
    """A page whose body `plain_body` vouches for skips the line builder's checks for quotes,
    backslashes and controls: the bytes are still the csv module's."""
    body = json.dumps({"calls": rows}).encode()
    if not plain_body(body):  # json.dumps escaped something (NaN and infinities are written bare)
        return
    page = json.loads(body)["calls"]
    expected = io.StringIO()
    cells = [formatter(c) for c in CALL_COLUMNS]
    csv.writer(expected).writerows([CALL_COLUMNS, *([escape_csv(f(row[c])) for f, c in zip(cells, CALL_COLUMNS)]
                                                    for row in page)])
    stream = io.StringIO()
    write_csv(Pages(iter([(page, True)])), CALL_COLUMNS, stream)
    assert stream.getvalue() == expected.getvalue()


def test_a_plain_body_is_ascii_without_escapes_or_del() -> None:
    assert plain_body(b'{"calls": [{"sid": "CA1", "to": "a, b"}]}')
    for body in (b'{"to": "a\\u0007b"}', b'{"to": "a\\"b"}', b'{"to": "\x7f"}', '{"to": "é"}'.encode(), b""):
        assert not plain_body(body)


@given(records)
def test_csv_of_anything_is_safe_and_keeps_its_shape(rows: list[dict]) -> None:
    out = render(rows, "csv")
    assert not DANGEROUS.search(out.replace("\t", "").replace("\r", ""))
    parsed = list(csv.reader(io.StringIO(out, newline="")))
    assert len(parsed) == len(rows) + 1 and all(len(row) == len(COLUMNS) for row in parsed)


@given(st.lists(st.dictionaries(any_text, any_text, max_size=3), max_size=5))
def test_jsonl_and_json_round_trip_anything(rows: list[dict]) -> None:
    jsonl = render(rows, "jsonl")
    assert not DANGEROUS.search(jsonl)
    assert [json.loads(line) for line in jsonl.splitlines()] == rows
    assert json.loads(render(rows, "json")) == rows


@given(records)
def test_tsv_one_record_a_line_with_every_column(rows: list[dict]) -> None:
    out = render(rows, "tsv")
    assert out.endswith("\n")
    lines = out[:-1].split("\n")
    assert len(lines) == len(rows) + 1
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)
    assert not DANGEROUS.search(out.replace("\t", ""))


@settings(max_examples=50)
@given(records)
def test_table_lines_carry_nothing_a_terminal_obeys(rows: list[dict]) -> None:
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, color_system="truecolor", width=120)
    write_table(rows, COLUMNS, console, header=False)  # no header: unstyled, so no escape at all
    out = stream.getvalue()
    assert not DANGEROUS.search(out)
    assert "\x1b" not in out
    assert len(out.splitlines()) == len(rows)
