"""One name for a list's main date: --since/--until on every list (the old names stay as aliases),
`today`/`yesterday`/`now` wherever a date is taken, and a date-like typo pointed at the right option."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import pytest

from tests.conftest import clear_received, received, run_cli
from tests.terminal import on_terminal
from twiliocli import validate
from twiliocli.api import declared, resources as R
from twiliocli.cli.framework.signature import date_option_for

NOW = datetime(2024, 5, 2, 10, 30, 15, 999, tzinfo=timezone.utc)


def test_words_for_days_and_the_present() -> None:
    assert validate.when("today", now=NOW) == date(2024, 5, 2)
    assert validate.when(" Yesterday ", now=NOW) == date(2024, 5, 1)
    assert validate.when("now", now=NOW) == NOW.replace(microsecond=0)
    with pytest.raises(ValueError, match="today, yesterday, now"):
        validate.when("tomorrowish", now=NOW)


@pytest.mark.parametrize("resource", [r for r in R.ALL if r.date_param], ids=lambda r: r.name)
def test_every_hand_declared_list_names_its_main_date_since_and_until(resource: R.Resource) -> None:
    by_option = {f.option: f for f in resource.filters}
    assert by_option["since"].param == f"{resource.date_param}>" and by_option["until"].param == f"{resource.date_param}<"
    assert by_option["since"].aliases and by_option["until"].aliases  # the old names still work


def test_spec_derived_lists_name_their_created_date_since_and_until() -> None:
    dated = [n for n in declared.nodes().values() if any(f.kind in (R.DATE, R.DATETIME) for f in n.resource.filters)]
    assert dated
    for node in dated:
        by_option = {f.option: f for f in node.resource.filters}
        assert "since" in by_option and "until" in by_option, node.words
        params = {f.param.rstrip("<>") for f in node.resource.filters}
        main = "DateCreated" if "DateCreated" in params else by_option["since"].param.rstrip("<>")
        assert by_option["since"].param == f"{main}>" and by_option["until"].param == f"{main}<"


@pytest.mark.parametrize("args, param", [
    (("calls", "list", "--since", "yesterday", "--until", "today"), "StartTime"),
    (("calls", "list", "--started-after", "yesterday", "--started-before", "today"), "StartTime"),
    (("sms", "list", "--since", "yesterday", "--until", "today"), "DateSent"),
    (("sms", "list", "--sent-after", "yesterday", "--sent-before", "today"), "DateSent"),
    (("recordings", "list", "--since", "yesterday", "--until", "today"), "DateCreated"),
])
def test_since_and_until_filter_the_main_date(use_emulator, args: tuple[str, ...], param: str) -> None:
    clear_received(use_emulator)
    result = run_cli(*args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    query = received(use_emulator)[-1]["query"]
    today = datetime.now(timezone.utc).date()
    assert query[f"{param}>"].startswith(str(today - timedelta(days=1)))
    assert query[f"{param}<"].startswith(str(today))


@pytest.mark.parametrize("typed, meant", [("--sent-after", "--since"), ("--created-before", "--until"),
                                         ("--after", "--since"), ("--end-date", "--until")])
def test_a_date_like_typo_suggests_the_date_option(typed: str, meant: str) -> None:
    result = run_cli("calls", "list", typed, "7d")
    assert result.exit_code == 2
    assert f"No such option: {typed}" in result.stderr and meant in result.stderr
    assert "--version" not in result.stderr


def test_other_typos_keep_clicks_own_guess() -> None:
    assert date_option_for("--stauts", ["--status", "--since"]) is None
    assert date_option_for("--sent-after", ["--status"]) is None  # a command without dates
    result = run_cli("calls", "list", "--stauts", "busy")
    assert result.exit_code == 2 and "--status" in result.stderr


def test_calls_list_since_yesterday_on_a_terminal(emulator) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "TWILIOCLI_PAGER", "PAGER", "NO_COLOR"))}
    env.update(COLUMNS="100", LINES="40", TERM="xterm-256color", TWILIOCLI_PAGER="", TWILIO_ACCOUNT_SID=emulator.account_sid,
               TWILIO_AUTH_TOKEN=emulator.auth_token, TWILIO_API_URL=emulator.url)
    code, shown, _ = on_terminal(["calls", "list", "--since", "yesterday", "--fields", "sid,start_time"], env, columns=100)
    assert code == 0, shown
    assert "sid" in shown and "start_time" in shown
    assert "is not a date" not in shown and "No such option" not in shown
