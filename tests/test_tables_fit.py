"""Tables that keep what was asked for: --fields columns never leave, free text shortens first,
then the table wraps; a report's point columns stay longest; numbers are right-aligned; --watch
rows keep the first screen's columns."""

from __future__ import annotations

import io
import os
import re

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
from rich.console import Console

from tests.terminal import on_terminal
from twiliocli.output.table import AUTO, numeric, plan, write_table

SID = re.compile(r"\b[A-Z]{2}[0-9a-f]{32}\b")
FIVE = "sid,start_time,status,from,to"


def console(width: int) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=width, markup=False, emoji=False, highlight=False), out


def test_named_columns_never_leave_text_shortens_first_then_others_wrap() -> None:
    columns = ["sid", "body", "status"]
    widths = [34, 60, 11]
    shown = plan(columns, widths, 80, shorten={"body"}, keep_all=True)
    assert sorted(shown) == [0, 1, 2] and shown[0] == 34 and shown[2] == 11 and shown[1] < 60
    tight = plan(columns, widths, 40, shorten={"body"}, keep_all=True)
    assert sorted(tight) == [0, 1, 2]  # nothing dropped even when it cannot fit
    assert plan(columns, widths, 40, shorten={"body"}) != tight  # without keep_all a column leaves


def test_numbers_and_amounts_are_right_aligned() -> None:
    assert numeric(["12", "-0.0085", ""]) and not numeric(["+14155550100"]) and not numeric(["", ""])
    screen, out = console(60)
    write_table([{"name": "a", "price": "-0.0085"}, {"name": "bb", "price": "-10.50"}], ["name", "price"], screen)
    lines = out.getvalue().splitlines()
    assert lines[1].rstrip().endswith("-0.0085") and lines[2].rstrip().endswith("-10.50")
    assert len(lines[1].rstrip()) == len(lines[2].rstrip())  # aligned on the right edge


def test_a_later_call_keeps_the_first_screens_columns() -> None:
    layout: dict = {}
    screen, out = console(52)
    row = {"sid": "CA" + "a" * 32, "status": "completed", "direction": "outbound-api"}
    write_table([row], ["sid", "status", "direction"], screen, priority={"sid": 1, "status": 1, "direction": 5},
                layout=layout)
    first = out.getvalue().splitlines()
    assert "direction" not in first[0]
    wide = dict(row, status="in-progress")
    write_table([wide], ["sid", "status", "direction"], screen, header=False, layout=layout)
    added = out.getvalue().splitlines()[len(first)]
    assert added.startswith(row["sid"]) and "in-progre" in added  # same widths: a wider value wraps in its cell
    assert "outbound-api" not in out.getvalue()


def test_sql_style_tables_shorten_wide_text_instead_of_leaving_a_column_out() -> None:
    screen, out = console(60)
    rows = [{"sid": "SM" + "b" * 32, "body": "word " * 40, "price": "1.5"}]
    write_table(rows, ["sid", "body", "price"], screen, shorten=(AUTO,), keep_all=True)
    text = out.getvalue()
    assert "SM" + "b" * 32 in text and "…" in text and "price" in text


def environment(server, columns: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "TWILIOCLI_PAGER", "PAGER", "NO_COLOR"))}
    env.update(COLUMNS=str(columns), LINES="40", TERM="xterm-256color", TWILIOCLI_PAGER="",
               TWILIO_ACCOUNT_SID=server.account_sid, TWILIO_AUTH_TOKEN=server.auth_token, TWILIO_API_URL=server.url)
    return env


def test_five_named_fields_at_80_columns_are_all_shown_whole(emulator) -> None:
    code, shown, _ = on_terminal(["calls", "list", "--fields", FIVE, "-n", "5"], environment(emulator, 80), columns=80)
    assert code == 0, shown
    shown = ANSI.sub("", shown)
    assert "Left out" not in shown
    header = shown.splitlines()[0].split()
    assert header == FIVE.split(",")
    assert "…" not in shown  # nothing shortened: a SID, date, status or number wraps in its cell, never cut
    assert len(re.findall(r"^CA[0-9a-f]{8}", shown, re.M)) == 5


def test_a_report_at_100_columns_keeps_its_point_columns(emulator, tmp_path) -> None:
    env = environment(emulator, 100)
    db = str(tmp_path / "mirror.db")
    code, shown, _ = on_terminal(["sync", "--db", db], env, columns=100)
    assert code == 0, shown
    code, shown, _ = on_terminal(["numbers", "idle", "--since", "30d", "--db", db], env, columns=100)
    assert code == 0, shown
    assert "last_activity" not in next(line for line in ANSI.sub("", shown).splitlines() if "Left out" in line)
    header = next(line for line in ANSI.sub("", shown).splitlines() if line.startswith("sid") or " sid " in line)
    assert "last_activity" in header and "monthly_cost" in header


def test_a_second_export_the_same_day_says_what_it_would_write_and_what_fits(use_emulator, tmp_path, monkeypatch) -> None:
    from tests.conftest import run_cli

    monkeypatch.chdir(tmp_path)
    args = ("calls", "export", "--out", "calls-{until:%F}.csv", "--since", "7d", "-q")
    assert run_cli(*args).exit_code == 0
    again = run_cli(*args)
    assert again.exit_code == 2
    for words in ("calls-{until:%F}.csv", "the records", "--force", "{until:%F-%H%M}", "--append"):
        assert words in again.stderr, words
