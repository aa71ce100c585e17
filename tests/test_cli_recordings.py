"""recordings end to end: list, get, delete, and downloading the audio exactly as served."""

from __future__ import annotations

import json
import os

import pytest
import requests

from tests.conftest import clear_received, received, run_cli


def recordings(*args: str) -> list[dict]:
    result = run_cli("recordings", "list", *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def served(server, sid: str, ext: str) -> bytes:
    answer = requests.get(f"{server.url}/2010-04-01/Accounts/{server.account_sid}/Recordings/{sid}.{ext}",
                          auth=(server.account_sid, server.auth_token), timeout=5)
    assert answer.status_code == 200
    return answer.content


@pytest.fixture
def recording(use_emulator) -> str:
    return recordings("--limit", "1")[0]["sid"]


def test_list_filters_get_delete(use_emulator):
    everything = recordings("--all")
    by_call = next(r for r in everything if r["call_sid"])
    by_conference = next(r for r in everything if r.get("conference_sid"))
    clear_received(use_emulator)
    assert [r["sid"] for r in recordings("--call", by_call["call_sid"])] == [by_call["sid"]]
    assert received(use_emulator)[0]["query"]["CallSid"] == by_call["call_sid"]
    assert [r["sid"] for r in recordings("--conference", by_conference["conference_sid"])] == [by_conference["sid"]]
    clear_received(use_emulator)
    assert recordings("--created-after", "2999-01-01T00:00:00Z") == []
    assert received(use_emulator)[0]["query"]["DateCreated>"] == "2999-01-01T00:00:00Z"
    assert len(recordings("--created-before", "2999-01-01", "--all")) == len(everything)
    assert run_cli("recordings", "list", "--count").stdout.strip() == str(len(everything))
    for bad in (("--call", "CF" + "0" * 32), ("--created-on", "31/12/2024")):
        assert run_cli("recordings", "list", *bad).exit_code == 2
    got = json.loads(run_cli("recordings", "get", by_call["sid"], "-o", "json").stdout)
    assert got["sid"] == by_call["sid"]
    assert run_cli("recordings", "delete", by_call["sid"]).exit_code == 2
    assert run_cli("recordings", "delete", by_call["sid"], "--yes").exit_code == 0
    assert run_cli("recordings", "get", by_call["sid"]).exit_code == 4


@pytest.mark.parametrize("fmt", ["wav", "mp3"])
def test_download_to_file_is_exactly_what_is_served(use_emulator, recording, tmp_path, fmt):
    out = tmp_path / f"call.{fmt}"
    clear_received(use_emulator)
    result = run_cli("recordings", "download", recording, "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert received(use_emulator)[0]["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/Recordings/{recording}.{fmt}"
    data = out.read_bytes()
    assert data == served(use_emulator, recording, fmt) and len(data) > 1000
    if fmt == "wav":
        assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert result.stdout == "" and str(out) in result.stderr
    assert sorted(os.listdir(tmp_path)) == [f"call.{fmt}"]
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # as open() would make it, not the temp file's 0600


def test_download_to_stdout_defaults_to_wav(use_emulator, recording):
    result = run_cli("recordings", "download", recording)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == served(use_emulator, recording, "wav")
    assert result.stdout_bytes.startswith(b"RIFF")
    dash = run_cli("recordings", "download", recording, "--out", "-", "--format", "mp3")
    assert dash.stdout_bytes == served(use_emulator, recording, "mp3")


def test_download_replaces_a_file_whole(use_emulator, recording, tmp_path):
    out = tmp_path / "call.wav"
    out.write_bytes(b"old")
    assert run_cli("recordings", "download", recording, "--out", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"RIFF")


def test_download_failure_leaves_nothing_behind(use_emulator, tmp_path):
    out = tmp_path / "missing.wav"
    result = run_cli("recordings", "download", "RE" + "0" * 32, "--out", str(out))
    assert result.exit_code == 4 and "Twilio error 20404" in result.stderr
    assert os.listdir(tmp_path) == []


def test_download_interrupted_mid_stream_leaves_nothing_behind(use_emulator, recording, tmp_path, monkeypatch):
    import requests.models

    def broken(self, chunk_size=1, decode_unicode=False):
        yield b"RIFF partial"
        raise requests.exceptions.ChunkedEncodingError("connection broken")

    monkeypatch.setattr(requests.models.Response, "iter_content", broken)
    out = tmp_path / "call.wav"
    out.write_bytes(b"previous")
    result = run_cli("recordings", "download", recording, "--out", str(out))
    assert result.exit_code == 5 and "broke off" in result.stderr
    assert os.listdir(tmp_path) == ["call.wav"] and out.read_bytes() == b"previous"


def test_download_refuses_bad_input_before_any_request(use_emulator, recording, tmp_path, monkeypatch):
    clear_received(use_emulator)
    assert run_cli("recordings", "download", "CA" + "0" * 32, "--out", str(tmp_path / "x")).exit_code == 2
    assert run_cli("recordings", "download", recording, "--format", "ogg").exit_code == 2
    no_folder = run_cli("recordings", "download", recording, "--out", str(tmp_path / "nope" / "x.wav"))
    assert no_folder.exit_code == 2 and "does not exist" in no_folder.stderr
    assert run_cli("recordings", "download", recording, "--out", str(tmp_path)).exit_code == 2
    class Terminal:
        def isatty(self) -> bool:
            return True

    from twiliocli.cli.framework import downloads as module

    monkeypatch.setattr(module, "sys", type("S", (), {"stdout": Terminal()}))
    refused = run_cli("recordings", "download", recording)
    assert refused.exit_code == 2 and "terminal" in refused.stderr
    assert received(use_emulator) == []
