"""transcriptions end to end against the emulator's demo data."""

from __future__ import annotations

import json

from tests.conftest import clear_received, received, run_cli


def transcriptions(*args: str) -> list[dict]:
    result = run_cli("transcriptions", "list", *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_list_all_and_by_recording(use_emulator):
    everything = transcriptions()
    assert everything and all(t["sid"].startswith("TR") for t in everything)
    assert run_cli("transcriptions", "list", "--count").stdout.strip() == str(len(everything))
    recording = everything[0]["recording_sid"]
    clear_received(use_emulator)
    scoped = transcriptions("--recording", recording)
    assert received(use_emulator)[0]["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/Recordings/{recording}/Transcriptions.json"
    assert [t["sid"] for t in scoped] == [t["sid"] for t in everything if t["recording_sid"] == recording]
    assert run_cli("transcriptions", "list", "--recording", "CA" + "0" * 32).exit_code == 2


def test_get_shows_text_literally_and_delete(use_emulator):
    first = transcriptions()[0]
    text = run_cli("transcriptions", "get", first["sid"], "--fields", "transcription_text", "--no-header", "-o", "tsv").stdout
    assert "[bold]Call me back[/bold]" in text
    table = run_cli("transcriptions", "get", first["sid"], "-o", "table").stdout
    assert "[bold]Call me back[/bold]" in table
    assert run_cli("transcriptions", "delete", first["sid"]).exit_code == 2
    assert run_cli("transcriptions", "delete", first["sid"], "-y").exit_code == 0
    missing = run_cli("transcriptions", "get", first["sid"])
    assert missing.exit_code == 4 and "Twilio error 20404" in missing.stderr
