"""`twiliocli config set|get|unset`: defaults that stick, in config.toml, checked on the way in
and on the way out, and used by the commands (output format, page size, profile)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.conftest import clear_received, received, run_cli
from twiliocli import config


def config_file(home: Path) -> Path:
    return home / "config" / "config.toml"


@pytest.mark.parametrize(
    "key, value, shown",
    [
        ("output", "JSON", "json"),
        ("timezone", "Europe/Paris", "Europe/Paris"),
        ("timezone", "utc", "UTC"),
        ("timezone", "local", "local"),
        ("pager", "less -FRX", "less -FRX"),
        ("page_size", "250", "250"),
        ("profile", "emulator", "emulator"),
    ],
)
def test_set_get_unset(isolated_home, key, value, shown):
    done = run_cli("config", "set", key, value)
    assert done.exit_code == 0, done.stderr
    assert done.stdout == ""  # confirmation goes to stderr
    assert run_cli("config", "get", key).stdout == f"{shown}\n"
    assert f"{key}\t{shown}\tconfig file\n" in run_cli("config", "get", "-o", "tsv").stdout
    path = config_file(isolated_home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"], "no temporary file left behind"
    assert run_cli("config", "unset", key).exit_code == 0
    assert run_cli("config", "get", key).stdout == ""
    again = run_cli("config", "unset", key)
    assert again.exit_code == 0 and "was not set" in again.stderr


@pytest.mark.parametrize(
    "args, needle",
    [
        (["config", "set", "colour", "on"], "'colour' is not one of 'output', 'timezone', 'pager', 'page_size', 'profile'"),
        (["config", "get", "colour"], "'colour' is not one of"),
        (["config", "unset", "colour"], "'colour' is not one of"),
        (["config", "set", "output", "xml"], "use one of table, tsv, csv, json, jsonl"),
        (["config", "set", "timezone", "Mars/Olympus_Mons"], "use local, UTC or a name such as Europe/Paris"),
        (["config", "set", "page_size", "1001"], "from 1 to 1000"),
        (["config", "set", "page_size", "ten"], "from 1 to 1000"),
        (["config", "set", "pager", "no-such-pager-program -R"], "is not on PATH"),
        (["config", "set", "pager", ""], "needs a program"),
        (["config", "set", "profile", "staging"], "No profile named 'staging'"),
        (["config", "set", "output"], "Missing argument 'VALUE'"),
    ],
)
def test_unknown_keys_and_bad_values_exit_2_and_write_nothing(isolated_home, args, needle):
    result = run_cli(*args)
    assert result.exit_code == 2, result.stderr
    assert needle in result.stderr and result.stderr.count("\n") == 1
    assert not config_file(isolated_home).exists()


def test_settings_and_profiles_live_side_by_side(emulator, isolated_home):
    login = run_cli("--api-url", emulator.url, "login", "--profile", "staging", "--account-sid", emulator.account_sid,
                    "--token-stdin", input=emulator.auth_token + "\n")
    assert login.exit_code == 0, login.stderr
    assert run_cli("config", "set", "output", "csv").exit_code == 0
    assert run_cli("config", "set", "profile", "staging").exit_code == 0
    saved = config.load()
    assert saved.settings == {"output": "csv"} and saved.active == "staging"
    assert saved.profiles["staging"]["account_sid"] == emulator.account_sid
    assert run_cli("profiles", "list", "-o", "json").stdout.count('"active": true') == 1


def test_the_output_default_is_used_and_o_still_wins(use_emulator):
    assert run_cli("config", "set", "output", "json").exit_code == 0
    listed = run_cli("calls", "list", "--limit", "2")
    assert [c["sid"][:2] for c in json.loads(listed.stdout)] == ["CA", "CA"]
    assert run_cli("calls", "list", "--limit", "1", "-o", "tsv", "--fields", "sid").lines[0] == "sid"
    one = run_cli("calls", "get", json.loads(listed.stdout)[0]["sid"])
    assert json.loads(one.stdout)["sid"] == json.loads(listed.stdout)[0]["sid"]


def test_the_page_size_default_is_used_and_page_size_still_wins(use_emulator):
    assert run_cli("config", "set", "page_size", "3").exit_code == 0
    clear_received(use_emulator)
    assert run_cli("calls", "list", "--all", "--fields", "sid").exit_code == 0
    sizes = {r["query"].get("PageSize") for r in received(use_emulator)}
    assert sizes == {"3"} and len(received(use_emulator)) > 1
    clear_received(use_emulator)
    run_cli("calls", "list", "--limit", "2", "--fields", "sid")  # never a bigger page than the records wanted
    assert received(use_emulator)[0]["query"]["PageSize"] == "2"
    clear_received(use_emulator)
    run_cli("calls", "list", "--limit", "20", "--page-size", "7", "--fields", "sid")
    assert received(use_emulator)[0]["query"]["PageSize"] == "7"


def test_the_profile_default_is_used(isolated_home):
    assert run_cli("calls", "list").exit_code == 3  # no credentials at all
    assert run_cli("config", "set", "profile", "emulator").exit_code == 0
    listed = run_cli("calls", "list", "--limit", "1", "-o", "json")
    assert listed.exit_code == 0, listed.stderr
    assert json.loads(listed.stdout)[0]["sid"].startswith("CA")


def test_a_bad_value_written_by_hand_is_named_with_its_fix(use_emulator, isolated_home):
    path = config_file(isolated_home)
    path.parent.mkdir(mode=0o700, parents=True)
    path.write_text('[settings]\noutput = "yaml"\n')
    path.chmod(0o600)
    clear_received(use_emulator)
    result = run_cli("calls", "list")
    assert result.exit_code == 2
    assert str(path) in result.stderr and "twiliocli config set output" in result.stderr
    assert received(use_emulator) == []
