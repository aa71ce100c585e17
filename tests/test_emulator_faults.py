"""Injected faults, latency, bulk data and file persistence."""

from __future__ import annotations

import time

import pytest
import requests

from tests.emulator_helpers import Api, assert_error, running
from twiliocli.emulator.config import EmulatorConfig

SMS = {"To": "+14155550111", "From": "+15005550006", "Body": "hello"}


def test_every_request_failing_with_429_carries_retry_after() -> None:
    for emulator in running(EmulatorConfig(fail_rate=1, fail_codes=(429,))):
        api = Api(emulator)
        response = api.post("/Messages.json", SMS)
        body = assert_error(response, 429, 20429)
        assert response.headers["Retry-After"] == "1" and body["message"]
        stats = api.get("/_emulator/stats").json()  # introspection is never faulted
        assert stats["faults_injected"] == 1 and stats["messages_created"] == 0


def outcomes(seed: int) -> list[int]:
    for emulator in running(EmulatorConfig(empty=True, fail_rate=0.5, fault_seed=seed)):
        return [Api(emulator).get("/Calls.json").status_code for _ in range(30)]
    return []


def test_faults_are_deterministic_with_a_seed() -> None:
    first = outcomes(7)
    assert first == outcomes(7)
    assert {200} < set(first) <= {200, 429, 500, 503}


def test_dropped_connections_may_happen_after_the_effect() -> None:
    for emulator in running(EmulatorConfig(empty=True, drop_rate=1, fault_seed=3)):
        api = Api(emulator)
        for _ in range(8):
            with pytest.raises(requests.exceptions.RequestException):
                api.post("/Messages.json", SMS)
        stats = api.get("/_emulator/stats").json()
        assert stats["faults_injected"] == 8
        assert 0 < stats["messages_created"] < 8  # some POSTs took effect though the client saw an error


def test_latency_delays_each_response() -> None:
    for emulator in running(EmulatorConfig(empty=True, latency_ms=150)):
        api = Api(emulator)
        started = time.monotonic()
        api.get("/Calls.json")
        assert time.monotonic() - started >= 0.15


def test_empty_starts_with_only_the_account() -> None:
    for emulator in running(EmulatorConfig(empty=True)):
        api = Api(emulator)
        assert api.get("/Calls.json").json()["calls"] == []
        assert [a["sid"] for a in api.get("/2010-04-01/Accounts.json").json()["accounts"]] == [emulator.account_sid]


def test_generated_volumes_are_deterministic_and_paginate() -> None:
    sids = []
    for _ in range(2):
        for emulator in running(EmulatorConfig(calls=2500, messages=1200)):
            api = Api(emulator)
            calls = api.records("/Calls.json", "calls", PageSize=1000)
            assert len(calls) == 2500 and len({c["sid"] for c in calls}) == 2500
            assert len(api.records("/Messages.json", "messages", PageSize=1000)) == 1200
            assert api.get("/Recordings.json").json()["recordings"]
            assert api.get("/Transcriptions.json").json()["transcriptions"]
            assert api.get("/Notifications.json").json()["notifications"]
            sids.append([c["sid"] for c in calls[:50]])
    assert sids[0] == sids[1]


def test_file_database_keeps_state_and_is_seeded_once(tmp_path) -> None:
    db = str(tmp_path / "emulator.sqlite")
    for emulator in running(EmulatorConfig(db=db)):
        created = Api(emulator).post("/Messages.json", SMS).json()
    for emulator in running(EmulatorConfig(db=db)):
        api = Api(emulator)
        assert api.get(f"/Messages/{created['sid']}.json").status_code == 200
        assert len(api.get("/2010-04-01/Accounts.json").json()["accounts"]) == 2
