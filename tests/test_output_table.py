"""The rich table on a colour terminal: data is shown, never obeyed; widths fit the console."""

from __future__ import annotations

import io
import re

from rich.console import Console

from twiliocli.output.table import plan, write_table, write_vertical

# rich's own styling: SGR sequences only. Anything else starting with ESC would come from data.
SGR = re.compile(r"\x1b\[[0-9;]*m")
HOSTILE = {
    "sid": "CA1",
    "name": "[bold]x[/bold][link=a]y[/link]:smile:",
    "title": "\x1b]0;pwned\x07\x1b[31mred",
    "bidi": "\u202eexe.txt\u202c",
    "body": "a\tb\nc\rd\x00\x9b",
}


def terminal(width: int = 120) -> tuple[Console, io.StringIO]:
    stream = io.StringIO()
    return Console(file=stream, force_terminal=True, color_system="truecolor", width=width), stream


def test_markup_and_escapes_in_data_print_literally() -> None:
    console, stream = terminal()
    write_table([HOSTILE], list(HOSTILE), console)
    out = stream.getvalue()
    plain = SGR.sub("", out)
    assert "\x1b" not in plain and "\x07" not in plain and "\x00" not in plain and "\x9b" not in plain
    assert "\u202e" not in out and "\u202c" not in out
    assert "[bold]x[/bold][link=a]y[/link]:smile:" in plain
    assert "\\x1b]0;pwned\\x07\\x1b[31mred" in plain
    assert "\\u202eexe.txt\\u202c" in plain
    assert "a\\tb\\nc\\rd\\x00\\x9b" in plain
    assert "\x1b]8;" not in out  # no hyperlink was made from the [link] markup
    assert len(plain.splitlines()) == 2  # header and one row: a newline in data adds no line


def test_vertical_view_escapes_too() -> None:
    console, stream = terminal()
    write_vertical(HOSTILE, list(HOSTILE), console)
    plain = SGR.sub("", stream.getvalue())
    assert "\x1b" not in plain and "\u202e" not in plain
    assert len(plain.splitlines()) == len(HOSTILE)
    assert "[bold]x[/bold]" in plain and "a\\tb\\nc" in plain


def test_only_free_text_is_shortened_and_other_columns_leave_whole() -> None:
    sid = "SM" + "0" * 32
    console, stream = terminal(width=80)
    records = [{"sid": sid, "status": "delivered", "to": "+14155550100", "date_sent": "Fri, 18 Oct 2019 17:00:00 +0000",
                "body": "word " * 100}]
    heard: list[list[str]] = []
    write_table(records, ["sid", "status", "to", "date_sent", "body"], console, shorten={"body"},
                priority={"sid": 1, "status": 1, "to": 2, "date_sent": 3, "body": 2}, left_out=heard.append)
    lines = SGR.sub("", stream.getvalue()).splitlines()
    assert all(len(line) <= 80 for line in lines) and len(lines) == 2
    assert lines[1].split()[:3] == [sid, "delivered", "+14155550100"]  # whole
    assert lines[1].rstrip().endswith("…")  # the body, shortened
    assert heard == [["date_sent"]] and "2019" not in lines[1]  # the date left out, never cut


def test_columns_leave_by_priority_then_from_the_right() -> None:
    columns, widths = ["sid", "from", "to", "status", "direction"], [34, 12, 12, 11, 12]
    priority = {"sid": 1, "from": 2, "to": 2, "status": 1, "direction": 3}
    assert plan(columns, widths, 200, priority=priority) == dict(enumerate(widths))
    assert list(plan(columns, widths, 80, priority=priority)) == [0, 1, 2, 3]
    assert list(plan(columns, widths, 70, priority=priority)) == [0, 1, 3]  # `to` (rightmost of rank 2) first
    assert plan(columns, widths, 20, priority=priority) == {0: 20}  # one column always stays, cut to the room
    assert list(plan(columns, widths, 70)) == [0, 1, 2]  # no priorities: by position


def test_no_header() -> None:
    console, stream = terminal()
    write_table([{"sid": "CA1"}], ["sid"], console, header=False)
    assert SGR.sub("", stream.getvalue()).split() == ["CA1"]


def test_unstyled_rows_carry_no_escape_at_all() -> None:
    console, stream = terminal()
    write_table([HOSTILE] * 3, list(HOSTILE), console, header=False)
    assert "\x1b" not in stream.getvalue()
