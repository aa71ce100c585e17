"""numbers end to end: your numbers, searching Twilio's inventory, buying, configuring, releasing, moving."""

from __future__ import annotations

import json

import pytest

from tests.conftest import clear_received, received, run_cli

PN = "PN" + "0" * 32
UPDATE = {
    "--friendly-name": ("FriendlyName", "Sales line"),
    "--voice-url": ("VoiceUrl", "https://example.com/voice"),
    "--voice-method": ("VoiceMethod", "GET"),
    "--voice-fallback-url": ("VoiceFallbackUrl", "https://example.com/vf"),
    "--voice-fallback-method": ("VoiceFallbackMethod", "GET"),
    "--status-callback": ("StatusCallback", "https://example.com/status"),
    "--status-callback-method": ("StatusCallbackMethod", "GET"),
    "--sms-url": ("SmsUrl", "https://example.com/sms"),
    "--sms-method": ("SmsMethod", "GET"),
    "--sms-fallback-url": ("SmsFallbackUrl", "https://example.com/sf"),
    "--sms-fallback-method": ("SmsFallbackMethod", "GET"),
}


def search(*args: str) -> list[dict]:
    result = run_cli("numbers", "search", *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def buy(*args: str) -> dict:
    result = run_cli("numbers", "buy", *args, "--yes", "-o", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_list_and_get(use_emulator):
    listed = json.loads(run_cli("numbers", "list", "-o", "json").stdout)
    assert {n["phone_number"] for n in listed} == {"+14155550100", "+15005550006", "+18005550199"}
    clear_received(use_emulator)
    found = json.loads(run_cli("numbers", "list", "--friendly-name", "Main line", "--phone-number", "+14155550100", "-o", "json").stdout)
    assert [n["friendly_name"] for n in found] == ["Main line"]
    assert received(use_emulator)[0]["query"]["FriendlyName"] == "Main line"
    assert run_cli("numbers", "list", "--count").stdout.strip() == "3"
    assert json.loads(run_cli("numbers", "get", found[0]["sid"], "-o", "json").stdout) == found[0]
    assert run_cli("numbers", "get", PN).exit_code == 4


def test_search_builds_the_typed_path_and_every_filter(use_emulator):
    clear_received(use_emulator)
    flags = [
        "--area-code", "415", "--contains", "555", "--in-region", "CA", "--in-postal-code", "94103",
        "--in-rate-center", "SNFC CNTRL", "--in-lata", "722", "--in-locality", "San Francisco",
        "--near-lat-long", "37.77,-122.41", "--distance", "50", "--sms-enabled", "--mms-enabled", "--voice-enabled",
        "--no-fax-enabled", "--exclude-all-address-required", "--exclude-local-address-required",
        "--exclude-foreign-address-required", "--beta",
    ]
    found = search(*flags)
    request = received(use_emulator)[0]
    assert request["path"] == f"/2010-04-01/Accounts/{use_emulator.account_sid}/AvailablePhoneNumbers/US/Local.json"
    assert request["query"] == {
        "AreaCode": "415", "Contains": "555", "InRegion": "CA", "InPostalCode": "94103", "InRateCenter": "SNFC CNTRL",
        "InLata": "722", "InLocality": "San Francisco", "NearLatLong": "37.77,-122.41", "Distance": "50",
        "SmsEnabled": "true", "MmsEnabled": "true", "VoiceEnabled": "true", "FaxEnabled": "false",
        "ExcludeAllAddressRequired": "true", "ExcludeLocalAddressRequired": "true",
        "ExcludeForeignAddressRequired": "true", "Beta": "true", "PageSize": "50",
    }
    assert found and all(n["phone_number"].startswith("+1415") and n["region"] == "CA" for n in found)
    clear_received(use_emulator)
    mobile = search("--country", "gb", "--type", "mobile", "--limit", "3")
    assert len(mobile) == 3 and all(n["phone_number"].startswith("+447700") for n in mobile)
    assert received(use_emulator)[0]["path"].endswith("/AvailablePhoneNumbers/GB/Mobile.json")
    toll_free = search("--type", "toll-free", "--limit", "2")
    assert received(use_emulator)[-1]["path"].endswith("/AvailablePhoneNumbers/US/TollFree.json")
    assert [n["phone_number"][:5] for n in toll_free] == ["+1800", "+1800"]
    near = search("--near-number", "+14155550100", "--distance", "5", "--limit", "2")
    assert received(use_emulator)[-1]["query"]["NearNumber"] == "+14155550100"
    assert near and all(n["region"] == "CA" for n in near)
    assert run_cli("numbers", "search", "--area-code", "415", "--count").stdout.strip().isdigit()


@pytest.mark.parametrize("bad", [
    ("--country", "USA"), ("--country", "1"), ("--near-lat-long", "37.7"), ("--near-lat-long", "north,south"),
    ("--near-lat-long", "99,10"), ("--type", "landline"), ("--near-number", "415555"), ("--area-code", "abc"),
])
def test_search_refuses_bad_input_before_any_request(use_emulator, bad):
    clear_received(use_emulator)
    result = run_cli("numbers", "search", *bad)
    assert result.exit_code == 2, result.stderr
    assert received(use_emulator) == []


def test_buy_by_number_or_area_code(use_emulator):
    wanted = search("--area-code", "212", "--limit", "1")[0]["phone_number"]
    clear_received(use_emulator)
    refused = run_cli("numbers", "buy", "--phone-number", wanted)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert run_cli("numbers", "buy", "--yes").exit_code == 2
    assert run_cli("numbers", "buy", "--phone-number", wanted, "--area-code", "212", "--yes").exit_code == 2
    assert run_cli("numbers", "buy", "--phone-number", "2125550100", "--yes").exit_code == 2
    assert received(use_emulator) == []
    number = buy("--phone-number", wanted, "--friendly-name", "NY office", "--voice-url", "https://example.com/v", "--sms-url", "https://example.com/s")
    assert number["phone_number"] == wanted and number["friendly_name"] == "NY office"
    assert received(use_emulator)[0]["form"] == {
        "PhoneNumber": wanted, "FriendlyName": "NY office", "VoiceUrl": "https://example.com/v", "SmsUrl": "https://example.com/s",
    }
    by_area = buy("--area-code", "512")
    assert by_area["phone_number"].startswith("+1512")
    gone = run_cli("numbers", "buy", "--phone-number", wanted, "--yes")
    assert gone.exit_code == 1 and "Twilio error 21422" in gone.stderr and "errors/21422" in gone.stderr


def test_update_every_field(use_emulator):
    sid = buy("--area-code", "415")["sid"]
    app = json.loads(run_cli("applications", "list", "-o", "json").stdout)[0]["sid"]
    args = ["--voice-caller-id-lookup", "--voice-application-sid", app, "--sms-application-sid", app]
    for option, (_, value) in UPDATE.items():
        args += [option, value]
    clear_received(use_emulator)
    result = run_cli("numbers", "update", sid, *args, "-o", "json")
    assert result.exit_code == 0, result.stderr
    expected = {param: value for param, value in UPDATE.values()}
    assert received(use_emulator)[0]["form"] == {
        **expected, "VoiceCallerIdLookup": "true", "VoiceApplicationSid": app, "SmsApplicationSid": app,
    }
    record = json.loads(result.stdout)
    assert record["voice_url"] == "https://example.com/voice" and record["sms_application_sid"] == app
    assert record["voice_caller_id_lookup"] is True
    assert run_cli("numbers", "update", sid).exit_code == 2
    assert run_cli("numbers", "update", sid, "--voice-application-sid", "PN" + "0" * 32).exit_code == 2


def test_release(use_emulator):
    sid = buy("--area-code", "415")["sid"]
    assert run_cli("numbers", "release", sid).exit_code == 2
    clear_received(use_emulator)
    released = run_cli("numbers", "release", sid, "--yes")
    assert released.exit_code == 0 and f"Released {sid}" in released.stderr
    assert received(use_emulator)[0]["method"] == "DELETE"
    assert run_cli("numbers", "get", sid).exit_code == 4


def test_transfer_to_a_subaccount(use_emulator):
    sid = buy("--area-code", "415")["sid"]
    sub = json.loads(run_cli("accounts", "create", "--friendly-name", "Tenant", "-o", "json").stdout)["sid"]
    clear_received(use_emulator)
    assert run_cli("numbers", "transfer", sid, "--to-account", sub).exit_code == 2
    assert run_cli("numbers", "transfer", sid, "--yes").exit_code == 2
    assert run_cli("numbers", "transfer", sid, "--to-account", "AC12", "--yes").exit_code == 2
    assert received(use_emulator) == []
    moved = run_cli("numbers", "transfer", sid, "--to-account", sub, "--yes", "-o", "json")
    assert moved.exit_code == 0, moved.stderr
    assert json.loads(moved.stdout)["account_sid"] == sub
    assert received(use_emulator)[0]["form"] == {"AccountSid": sub}
    assert run_cli("numbers", "get", sid).exit_code == 4
    assert json.loads(run_cli("--subaccount", sub, "numbers", "get", sid, "-o", "json").stdout)["sid"] == sid
    stranger = run_cli("--subaccount", sub, "numbers", "transfer", sid, "--to-account", "AC" + "1" * 32, "--yes")
    assert stranger.exit_code == 1 and "Twilio error 21470" in stranger.stderr
