"""The other resources over real HTTP, with their relations (numbers, conferences, recordings...)."""

from __future__ import annotations

import struct

from tests.emulator_helpers import Api, api, assert_error, shared_api, shared_emulator  # noqa: F401


def test_applications_crud(api: Api) -> None:
    app = api.post("/Applications.json", {"FriendlyName": "IVR", "VoiceUrl": "https://x.example/v",
                                          "VoiceMethod": "get", "VoiceCallerIdLookup": "true"})
    assert app.status_code == 201
    body = app.json()
    assert (body["voice_method"], body["voice_caller_id_lookup"], body["sms_method"]) == ("GET", True, "POST")
    updated = api.post(f"/Applications/{body['sid']}.json", {"SmsUrl": "https://x.example/s"}).json()
    assert updated["sms_url"] == "https://x.example/s" and updated["voice_url"] == "https://x.example/v"
    assert_error(api.post(f"/Applications/{body['sid']}.json", {"SmsUrl": "ftp:/bad"}), 400, 21205)
    assert [a["sid"] for a in api.get("/Applications.json", FriendlyName="IVR").json()["applications"]] == [body["sid"]]
    assert api.delete(f"/Applications/{body['sid']}.json").status_code == 204
    assert_error(api.get(f"/Applications/{body['sid']}.json"), 404, 20404)


def test_caller_id_validation_request_verifies_the_number(api: Api) -> None:
    request = api.post("/OutgoingCallerIds.json", {"PhoneNumber": "+14155550142", "FriendlyName": "Desk"})
    assert request.status_code == 200
    body = request.json()
    assert set(body) == {"account_sid", "call_sid", "friendly_name", "phone_number", "validation_code"}
    assert len(body["validation_code"]) == 6 and api.get(f"/Calls/{body['call_sid']}.json").status_code == 200
    typed = api.post("/_emulator/caller-id-validations", {"PhoneNumber": "+14155550142", "Code": body["validation_code"]})
    assert typed.json()["verification_status"] == "success"
    found = api.get("/OutgoingCallerIds.json", PhoneNumber="+14155550142").json()["outgoing_caller_ids"]
    assert found[0]["friendly_name"] == "Desk"
    assert api.post("/Calls.json", {"To": "+14155550111", "From": "+14155550142", "Url": "https://x.example"}
                    ).status_code == 201
    assert_error(api.post("/OutgoingCallerIds.json", {"PhoneNumber": "+14155550142"}), 400, 21450)
    assert api.delete(f"/OutgoingCallerIds/{found[0]['sid']}.json").status_code == 204


def test_conference_participants_relations(api: Api) -> None:
    conference = api.get("/Conferences.json", Status="in-progress").json()["conferences"][0]
    base = f"/Conferences/{conference['sid']}/Participants"
    assert len(api.get(f"{base}.json", Muted="true").json()["participants"]) == 1
    joined = api.post(f"{base}.json", {"From": "+15005550006", "To": "+14155550190"}).json()
    assert api.get(f"/Calls/{joined['call_sid']}.json").json()["status"] == "in-progress"
    muted = api.post(f"{base}/{joined['call_sid']}.json", {"Muted": "true", "Hold": "true"}).json()
    assert (muted["muted"], muted["hold"]) == (True, True)
    assert len(api.get(f"{base}.json", Hold="true").json()["participants"]) == 1
    assert api.delete(f"{base}/{joined['call_sid']}.json").status_code == 204
    assert api.get(f"/Calls/{joined['call_sid']}.json").json()["status"] == "completed"
    ended = api.post(f"/Conferences/{conference['sid']}.json", {"Status": "completed"}).json()
    assert (ended["status"], ended["reason_conference_ended"]) == ("completed", "conference-ended-via-api")
    assert api.get(f"{base}.json").json()["participants"] == []
    assert_error(api.post(f"{base}.json", {"From": "+15005550006", "To": "+14155550190"}), 400, 20001)


def test_conference_filters(shared_api: Api) -> None:
    assert [c["friendly_name"] for c in shared_api.get("/Conferences.json", FriendlyName="Weekly standup"
                                                       ).json()["conferences"]] == ["Weekly standup"]
    assert shared_api.get("/Conferences.json", **{"DateCreated>": "2999-01-01"}).json()["conferences"] == []


def test_notifications_account_and_call_views(api: Api) -> None:
    errors_only = api.get("/Notifications.json", Log="0").json()["notifications"]
    assert errors_only and all(n["log"] == "0" for n in errors_only)
    assert "request_variables" not in errors_only[0]
    note = errors_only[0]
    scoped = api.get(f"/Calls/{note['call_sid']}/Notifications.json").json()["notifications"]
    assert note["sid"] in {n["sid"] for n in scoped}
    fetched = api.get(f"/Calls/{note['call_sid']}/Notifications/{note['sid']}.json").json()
    assert fetched["uri"].endswith(f"/Calls/{note['call_sid']}/Notifications/{note['sid']}.json")
    assert "request_variables" in fetched
    assert api.delete(f"/Notifications/{note['sid']}.json").status_code == 204
    assert_error(api.get(f"/Notifications/{note['sid']}.json"), 404, 20404)


def test_buying_searching_transferring_and_releasing_numbers(api: Api) -> None:
    found = api.get("/AvailablePhoneNumbers/US/Local.json", AreaCode="212").json()
    assert set(found) == {"uri", "available_phone_numbers"}
    choice = found["available_phone_numbers"][0]["phone_number"]
    bought = api.post("/IncomingPhoneNumbers.json", {"PhoneNumber": choice, "FriendlyName": "NYC", "SmsUrl":
                                                     "https://x.example/sms"})
    assert bought.status_code == 201 and bought.json()["friendly_name"] == "NYC"
    remaining = api.get("/AvailablePhoneNumbers/US/Local.json", AreaCode="212", PageSize=100).json()
    assert choice not in {n["phone_number"] for n in remaining["available_phone_numbers"]}
    assert_error(api.post("/IncomingPhoneNumbers.json", {"PhoneNumber": choice}), 400, 21422)
    sid = bought.json()["sid"]
    assert api.get("/IncomingPhoneNumbers/Local.json", PhoneNumber=choice[2:8]).json()["incoming_phone_numbers"]
    sub = api.post("/2010-04-01/Accounts.json").json()
    moved = api.post(f"/IncomingPhoneNumbers/{sid}.json", {"AccountSid": sub["sid"]}).json()
    assert moved["account_sid"] == sub["sid"]
    assert_error(api.get(f"/IncomingPhoneNumbers/{sid}.json"), 404, 20404)
    in_sub = Api(api.emulator, account=sub["sid"])
    assert in_sub.post("/Messages.json", {"To": "+14155550111", "From": choice, "Body": "x"}).status_code == 201
    assert in_sub.delete(f"/IncomingPhoneNumbers/{sid}.json").status_code == 204


def test_number_magic_values(api: Api) -> None:
    assert_error(api.post("/IncomingPhoneNumbers.json", {"PhoneNumber": "+15005550000"}), 400, 21422)
    assert_error(api.post("/IncomingPhoneNumbers.json", {"PhoneNumber": "+15005550001"}), 400, 21421)
    assert_error(api.post("/IncomingPhoneNumbers.json", {"AreaCode": "533"}), 400, 21452)
    assert api.post("/IncomingPhoneNumbers.json", {"AreaCode": "500"}).json()["friendly_name"] == "(500) 555-0006"


def test_available_number_search_filters(shared_api: Api) -> None:
    def search(**params):
        return shared_api.get("/AvailablePhoneNumbers/US/Local.json", PageSize=1000, **params).json()[
            "available_phone_numbers"]

    everything = search()
    assert all(n["iso_country"] == "US" for n in everything)
    assert all(n["region"] == "TX" for n in search(InRegion="TX"))
    assert all("555" in n["phone_number"] for n in search(Contains="555"))
    assert all("5" in n["phone_number"][2:] for n in search(Contains="J*L"))  # keypad letters
    assert all(n["capabilities"]["sms"] for n in search(SmsEnabled="true"))
    assert all(n["address_requirements"] == "none" for n in search(ExcludeAllAddressRequired="true"))
    near = search(NearLatLong="37.77,-122.41", Distance="50")
    assert near and all(n["region"] == "CA" and n["locality"] == "San Francisco" for n in near)
    assert not any(n["beta"] for n in search(Beta="false"))
    countries = shared_api.get("/AvailablePhoneNumbers.json").json()["countries"]
    assert {"US", "GB"} <= {c["country_code"] for c in countries}
    assert "mobile" in shared_api.get("/AvailablePhoneNumbers/GB.json").json()["subresource_uris"]
    assert_error(shared_api.get("/AvailablePhoneNumbers/ZZ/Local.json"), 404, 20404)


def test_recordings_media_and_relations(api: Api) -> None:
    recording = api.get("/Recordings.json").json()["recordings"][0]
    assert recording["media_url"].startswith(api.emulator.url)
    wav = api.get(f"/Recordings/{recording['sid']}.wav")
    assert wav.headers["Content-Type"] == "audio/x-wav" and wav.content[:4] == b"RIFF" and wav.content[8:12] == b"WAVE"
    assert struct.unpack("<I", wav.content[24:28])[0] == 8000
    assert api.get(f"/Recordings/{recording['sid']}").content == wav.content
    mp3 = api.get(f"/Recordings/{recording['sid']}.mp3")
    assert mp3.headers["Content-Type"] == "audio/mpeg" and mp3.content[:3] == b"ID3" and b"\xff\xfb" in mp3.content
    by_call = api.get(f"/Calls/{recording['call_sid']}/Recordings.json").json()["recordings"]
    assert recording["sid"] in {r["sid"] for r in by_call}
    assert api.get("/Recordings.json", CallSid=recording["call_sid"]).json()["recordings"][0]["sid"] == recording["sid"]
    assert api.delete(f"/Calls/{recording['call_sid']}.json").status_code == 204
    assert api.get(f"/Recordings/{recording['sid']}.json").status_code == 200  # recordings outlive their call
    assert api.delete(f"/Recordings/{recording['sid']}.json").status_code == 204
    assert_error(api.get(f"/Recordings/{recording['sid']}.wav"), 404, 20404)


def test_transcriptions_belong_to_recordings(api: Api) -> None:
    transcription = api.get("/Transcriptions.json").json()["transcriptions"][0]
    scoped = api.get(f"/Recordings/{transcription['recording_sid']}/Transcriptions.json").json()["transcriptions"]
    assert [t["sid"] for t in scoped] == [transcription["sid"]]
    assert_error(api.get(f"/Recordings/RE{'0' * 32}/Transcriptions/{transcription['sid']}.json"), 404, 20404)
    assert api.delete(f"/Transcriptions/{transcription['sid']}.json").status_code == 204
    assert api.get(f"/Recordings/{transcription['recording_sid']}/Transcriptions.json").json()["transcriptions"] == []


def test_sandbox(api: Api) -> None:
    sandbox = api.get("/Sandbox.json").json()
    assert set(sandbox) == {"pin", "account_sid", "phone_number", "voice_url", "voice_method", "sms_url",
                            "sms_method", "date_created", "date_updated", "uri"}
    updated = api.post("/Sandbox.json", {"VoiceUrl": "https://x.example/v", "SmsMethod": "GET"}).json()
    assert (updated["voice_url"], updated["sms_method"], updated["pin"]) == ("https://x.example/v", "GET", sandbox["pin"])
    assert_error(api.post("/Sandbox.json", {"VoiceMethod": "PATCH"}), 400, 20001)
