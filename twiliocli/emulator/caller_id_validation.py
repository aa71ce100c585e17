"""Verifying an outgoing caller ID, as Twilio does: the validation request answers with a code,
Twilio calls the number (after `CallDelay`), and only once the call is answered and the code typed
is the number an OutgoingCallerId. The right code verifies it, a wrong one does not; either way the
call ends there and `StatusCallback` hears `VerificationStatus` (and the new `OutgoingCallerIdSid`).

Who types the code: the emulator's own "owner" right after the call rings (`answer_validations`,
the built-in profile), or a test through `POST /_emulator/caller-id-validations` (`lifecycle`).
"""

from __future__ import annotations

from werkzeug.datastructures import MultiDict

from . import catalog
from .store import Store, random_sid

VALIDATION_CALLER = "+14157234000"  # the number Twilio's validation calls come from


def code_for(call_sid: str) -> str:
    """Six digits, derived from the validation call."""
    return f"{int(call_sid[2:8], 16) % 1_000_000:06d}"


def plan(form: MultiDict, number: str, name: str, call_sid: str) -> dict:
    url = form.get("StatusCallback")
    callback = {"url": url, "method": (form.get("StatusCallbackMethod") or "POST").upper()} if url else None
    return {"number": number, "friendly_name": name, "code": code_for(call_sid), "callback": callback}


def verify(store: Store, account_sid: str, validation: dict, digits: str, when: int) -> dict | None:
    """The OutgoingCallerId `digits` earn (None: the wrong code)."""
    if digits != validation["code"]:
        return None
    existing = store.get(catalog.CALLER_IDS, account_sid=account_sid, phone_number=validation["number"])
    return existing or store.insert(catalog.CALLER_IDS, {
        "sid": random_sid("PN"), "date_created": when, "date_updated": when, "account_sid": account_sid,
        "friendly_name": validation["friendly_name"], "phone_number": validation["number"]})


def callback_params(call: dict, caller_id: dict | None) -> dict[str, str]:
    params = {"AccountSid": call["account_sid"], "CallSid": call["sid"],
              "VerificationStatus": "success" if caller_id else "failed"}
    if caller_id:
        params["OutgoingCallerIdSid"] = caller_id["sid"]
    return params
