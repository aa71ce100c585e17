"""Value -> cell text: dates, flattening, terminal and CSV escaping, spreadsheet formulas."""

from __future__ import annotations

import pytest

from twiliocli.output.cells import (
    escape_csv,
    escape_terminal,
    excel_safe,
    formatter,
    is_date_field,
    plain,
)


@pytest.mark.parametrize("name", ["date_created", "date_sent", "start_time", "end_time", "message_date"])
def test_date_fields(name: str) -> None:
    assert is_date_field(name)
    assert formatter(name)("Fri, 18 Oct 2019 17:00:00 +0000") == "2019-10-18T17:00:00Z"
    assert formatter(name)(None) == ""


@pytest.mark.parametrize("name", ["body", "duration", "sid", "updated", "datetime"])
def test_other_fields_keep_dates_as_sent(name: str) -> None:
    assert not is_date_field(name)
    assert formatter(name)("Fri, 18 Oct 2019 17:00:00 +0000") == "Fri, 18 Oct 2019 17:00:00 +0000"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (1.5, "1.5"),
        ("x", "x"),
        ({"media": "/x.json", "n": 1}, '{"media":"/x.json","n":1}'),
        (["mp3", "wav"], '["mp3","wav"]'),
        ({}, "{}"),
        ({"é": "ü"}, '{"é":"ü"}'),
    ],
)
def test_plain(value: object, expected: str) -> None:
    assert plain(value) == expected


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain text", "plain text"),
        ("[bold]x[/bold]", "[bold]x[/bold]"),
        ("emoji 👨\u200d👩\u200d👧 and 日本語", "emoji 👨\u200d👩\u200d👧 and 日本語"),
        ("a\tb\nc\rd", "a\\tb\\nc\\rd"),
        ("back\\slash", "back\\\\slash"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
        ("nul\x00 del\x7f csi\x9b", "nul\\x00 del\\x7f csi\\x9b"),
        ("\u202eevil\u202c \u2066x\u2069 \u200f", "\\u202eevil\\u202c \\u2066x\\u2069 \\u200f"),
        ("line\u2028sep", "line\\u2028sep"),
        ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
        ("nbsp\xa0kept", "nbsp\xa0kept"),
    ],
)
def test_escape_terminal(raw: str, shown: str) -> None:
    assert escape_terminal(raw) == shown


def test_escape_terminal_is_unambiguous() -> None:
    # A literal backslash-x sequence and a real ESC must not print the same.
    assert escape_terminal("\\x1b") != escape_terminal("\x1b")


def test_escape_csv_keeps_line_breaks_tabs_and_backslashes() -> None:
    assert escape_csv("a\tb\r\nc\\d") == "a\tb\r\nc\\d"
    assert escape_csv("\x1b[2J\x00\u202e\ud800") == "\\x1b[2J\\x00\\u202e\\ud800"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-0.200", "-0.200"),
        ("+15005550006", "+15005550006"),
        ("-1e3", "-1e3"),
        ("-", "'-"),
        ("plain", "plain"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_excel_safe(cell: str, expected: str) -> None:
    assert excel_safe(cell) == expected
