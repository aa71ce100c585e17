"""A number may be named by its E.164 form wherever its PN SID is taken: one lookup, then the SID;
release questions and dry runs name the number and its friendly name."""

from __future__ import annotations

import json
import os

from tests.conftest import clear_received, received, run_cli
from tests.terminal import on_terminal


def owned(emulator) -> dict:
    clear = run_cli("numbers", "list", "-o", "json")
    assert clear.exit_code == 0, clear.stderr
    return next(n for n in json.loads(clear.stdout) if n["friendly_name"] and n["friendly_name"] != n["phone_number"])


def test_get_by_number_looks_it_up_once(use_emulator) -> None:
    number = owned(use_emulator)
    clear_received(use_emulator)
    result = run_cli("numbers", "get", number["phone_number"], "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sid"] == number["sid"]
    sent = received(use_emulator)
    assert [r["method"] for r in sent] == ["GET", "GET"]
    assert sent[0]["query"]["PhoneNumber"] == number["phone_number"]
    assert sent[1]["path"].endswith(f"/IncomingPhoneNumbers/{number['sid']}.json")


def test_update_by_number(use_emulator) -> None:
    number = owned(use_emulator)
    result = run_cli("numbers", "update", number["phone_number"], "--sms-url", "https://example.com/sms", "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sid"] == number["sid"]


def test_unknown_number_is_not_found_and_a_bad_one_is_refused(use_emulator) -> None:
    assert run_cli("numbers", "get", "+19995550123").exit_code == 4
    bad = run_cli("numbers", "get", "415-555")
    assert bad.exit_code == 2 and "E.164" in bad.stderr


def test_add_ons_take_the_number_too(use_emulator) -> None:
    number = owned(use_emulator)
    clear_received(use_emulator)
    result = run_cli("numbers", "add-ons", "list", number["phone_number"], "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert received(use_emulator)[-1]["path"].endswith(f"/IncomingPhoneNumbers/{number['sid']}/AssignedAddOns.json")


def test_release_dry_run_on_a_terminal_names_the_number(use_emulator) -> None:
    number = owned(use_emulator)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIOCLI_PAGER", "PAGER", "NO_COLOR"))}
    env.update(COLUMNS="100", LINES="40", TERM="xterm-256color", TWILIOCLI_PAGER="")
    clear_received(use_emulator)
    code, shown, _ = on_terminal(["numbers", "release", number["phone_number"], "--dry-run"], env, columns=100)
    assert code == 0, shown
    assert number["sid"] in shown and number["phone_number"] in shown and number["friendly_name"] in shown
    assert all(r["method"] == "GET" for r in received(use_emulator))  # nothing released
    assert run_cli("numbers", "get", number["sid"]).exit_code == 0


def test_release_question_names_the_number(use_emulator) -> None:
    number = owned(use_emulator)
    refused = run_cli("numbers", "release", number["sid"])  # no terminal, no --yes: refused, naming it
    assert refused.exit_code == 2
    assert number["phone_number"] in refused.stderr and number["friendly_name"] in refused.stderr
    released = run_cli("numbers", "release", number["phone_number"], "--yes")
    assert released.exit_code == 0, released.stderr
    assert run_cli("numbers", "get", number["sid"]).exit_code == 4


def test_help_shows_sid_types() -> None:
    for args, shown in ((["numbers", "release", "--help"], "PN…|+E164"), (["calls", "get", "--help"], "CA…"),
                        (["calls", "list", "--help"], "CA…")):
        result = run_cli(*args)
        assert shown in result.stdout and "lambda" not in result.stdout and "_sid>" not in result.stdout, args
