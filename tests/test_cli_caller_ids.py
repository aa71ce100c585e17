"""caller-ids end to end against the emulator."""

from __future__ import annotations

import json

import pytest
import requests

from tests.conftest import clear_received, login_env, received, run_cli

NUMBER = "+14155550142"


@pytest.fixture
def fresh(empty_emulator, monkeypatch):
    login_env(monkeypatch, empty_emulator)
    return empty_emulator


def test_add_starts_validation_and_prints_the_code(fresh):
    clear_received(fresh)
    result = run_cli("caller-ids", "add", NUMBER, "--friendly-name", "Desk", "--call-delay", "5", "--extension", "42", "-o", "json")
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    code = answer["validation_code"]
    assert len(code) == 6 and f"Validation code: {code}" in result.stderr and NUMBER in result.stderr
    [request] = received(fresh)
    assert request["path"].endswith("/OutgoingCallerIds.json")
    assert request["form"] == {"PhoneNumber": NUMBER, "FriendlyName": "Desk", "CallDelay": "5", "Extension": "42"}
    table = run_cli("caller-ids", "add", "+14155550143", "-o", "table")
    assert table.exit_code == 0 and "validation_code" in table.stdout
    only_code = run_cli("caller-ids", "add", "+14155550144", "--fields", "validation_code", "--no-header", "-o", "tsv")
    assert only_code.stdout.strip().isdigit()


def test_add_errors(fresh):
    clear_received(fresh)
    assert run_cli("caller-ids", "add", "4155550142").exit_code == 2
    assert run_cli("caller-ids", "add", NUMBER, "--call-delay", "soon").exit_code == 2
    assert received(fresh) == []
    added = run_cli("caller-ids", "add", NUMBER, "-o", "json")
    code = json.loads(added.stdout)["validation_code"]
    assert requests.post(fresh.url + "/_emulator/caller-id-validations", {"PhoneNumber": NUMBER, "Code": code},
                         timeout=10).json()["verification_status"] == "success"  # the owner answers and types it
    again = run_cli("caller-ids", "add", NUMBER)
    assert again.exit_code == 1 and "Twilio error 21450" in again.stderr and "errors/21450" in again.stderr


def test_list_get_update_delete(use_emulator):
    listed = json.loads(run_cli("caller-ids", "list", "-o", "json").stdout)
    assert [c["phone_number"] for c in listed] == ["+14155550123"]
    sid = listed[0]["sid"]
    clear_received(use_emulator)
    found = json.loads(run_cli("caller-ids", "list", "--phone-number", "+14155550123", "--friendly-name", "Front desk", "-o", "json").stdout)
    assert [c["sid"] for c in found] == [sid]
    assert received(use_emulator)[0]["query"] == {"PhoneNumber": "+14155550123", "FriendlyName": "Front desk", "PageSize": "50"}
    assert run_cli("caller-ids", "list", "--phone-number", "0123").exit_code == 2
    assert run_cli("caller-ids", "list", "--count").stdout.strip() == "1"
    assert json.loads(run_cli("caller-ids", "get", sid, "-o", "json").stdout)["sid"] == sid
    renamed = run_cli("caller-ids", "update", sid, "--friendly-name", "Reception", "-o", "json")
    assert json.loads(renamed.stdout)["friendly_name"] == "Reception"
    assert run_cli("caller-ids", "update", sid).exit_code == 2
    assert run_cli("caller-ids", "delete", sid).exit_code == 2
    assert run_cli("caller-ids", "delete", sid, "-y").exit_code == 0
    assert run_cli("caller-ids", "get", sid).exit_code == 4
