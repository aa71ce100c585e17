"""`sms media list|get|download|delete` and `calls events`, end to end against the emulator."""

from __future__ import annotations

import json

import pytest
import requests
from PIL import Image

from tests.conftest import clear_received, received, run_cli


def json_out(*args: str):
    result = run_cli(*args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def mms(use_emulator) -> dict:
    sent = json_out("sms", "send", "--to", "+14155550111", "--from", "+15005550006", "--media-url",
                    "https://example.com/a.png", "--media-url", "https://example.com/b.gif", "--yes")
    assert sent["sid"].startswith("MM")
    return sent


def served(server, uri: str) -> requests.Response:
    return requests.get(server.url + uri, auth=(server.account_sid, server.auth_token), timeout=5)


def test_list_and_get_media_of_an_mms(use_emulator, mms):
    media = json_out("sms", "media", "list", mms["sid"])
    assert sorted(m["content_type"] for m in media) == ["image/gif", "image/png"]
    assert json_out("sms", "media", "get", mms["sid"], media[0]["sid"]) == media[0]
    tsv = run_cli("sms", "media", "list", mms["sid"], "--no-header")
    assert sorted(line.split("\t")[0] for line in tsv.lines) == sorted(m["sid"] for m in media)
    assert json_out("sms", "get", mms["sid"])["sid"] == mms["sid"]  # an MM… SID is a message SID too


def test_download_names_the_file_by_its_type_and_writes_what_is_served(use_emulator, mms, tmp_path, monkeypatch):
    media = json_out("sms", "media", "list", mms["sid"])
    monkeypatch.chdir(tmp_path)
    for item in media:
        result = run_cli("sms", "media", "download", mms["sid"], item["sid"])
        assert result.exit_code == 0, result.stderr
        extension = {"image/png": ".png", "image/gif": ".gif"}[item["content_type"]]
        saved = tmp_path / (item["sid"] + extension)
        assert saved.read_bytes() == served(use_emulator, item["uri"].removesuffix(".json")).content
        Image.open(saved).load()
        assert str(saved.name) in result.stderr
    folder = tmp_path / "pictures"
    folder.mkdir()
    assert run_cli("sms", "media", "download", mms["sid"], media[0]["sid"], "--out", str(folder)).exit_code == 0
    assert [p.name for p in folder.iterdir()] == [media[0]["sid"] + (".png" if media[0]["content_type"] == "image/png" else ".gif")]
    named = tmp_path / "chosen.bin"
    assert run_cli("sms", "media", "download", mms["sid"], media[0]["sid"], "--out", str(named)).exit_code == 0
    assert named.exists()
    piped = run_cli("sms", "media", "download", mms["sid"], media[0]["sid"], "-O", "-")
    assert piped.exit_code == 0 and piped.stdout_bytes == named.read_bytes()
    assert not [p for p in tmp_path.rglob(".*.tmp")]


def test_download_refusals_happen_before_any_request(use_emulator, mms, tmp_path):
    media = json_out("sms", "media", "list", mms["sid"])
    clear_received(use_emulator)
    missing_folder = run_cli("sms", "media", "download", mms["sid"], media[0]["sid"], "--out", str(tmp_path / "no" / "x.png"))
    assert missing_folder.exit_code == 2 and "does not exist" in missing_folder.stderr
    assert run_cli("sms", "media", "download", mms["sid"], "MX" + "0" * 32).exit_code == 2
    assert run_cli("sms", "media", "list", "CA" + "0" * 32).exit_code == 2
    assert received(use_emulator) == []
    gone = run_cli("sms", "media", "download", mms["sid"], "ME" + "0" * 32, "--out", str(tmp_path / "x.png"))
    assert gone.exit_code == 4 and "20404" in gone.stderr and not (tmp_path / "x.png").exists()


def test_delete_media(use_emulator, mms):
    media = json_out("sms", "media", "list", mms["sid"])
    assert run_cli("sms", "media", "delete", mms["sid"], media[0]["sid"]).exit_code == 2  # needs --yes off a terminal
    assert run_cli("sms", "media", "delete", mms["sid"], media[0]["sid"], "--yes").exit_code == 0
    assert [m["sid"] for m in json_out("sms", "media", "list", mms["sid"])] == [media[1]["sid"]]
    assert run_cli("sms", "media", "get", mms["sid"], media[0]["sid"]).exit_code == 4


def test_call_events_show_what_created_and_changed_the_call(use_emulator):
    call = json_out("calls", "create", "--to", "+14155550111", "--from", "+15005550006", "--url",
                    "https://example.com/twiml", "--yes")
    json_out("calls", "redirect", call["sid"], "--url", "https://example.com/next")
    clear_received(use_emulator)
    events = json_out("calls", "events", call["sid"])
    assert received(use_emulator)[0]["path"].endswith(f"/Calls/{call['sid']}/Events.json")
    assert [e["request"]["parameters"].get("url") for e in events] == ["https://example.com/next", "https://example.com/twiml"]
    assert [e["response"]["response_code"] for e in events] == [200, 201]
    table = run_cli("calls", "events", call["sid"], "-o", "tsv")
    assert table.lines[0].split("\t") == ["request", "response"] and len(table.lines) == 3
    assert run_cli("calls", "events", "SM" + "0" * 32).exit_code == 2
