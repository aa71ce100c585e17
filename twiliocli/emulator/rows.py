"""New records with the values Twilio fills in, shared by the routes and the demo seed."""

from __future__ import annotations

from typing import Any

from twiliocli.api.resources import API_VERSION

from .store import random_sid


def price(amount: float | None) -> str | None:
    """Twilio's prices are strings with five decimals, negative when charged: `-0.01300`."""
    return None if amount is None else f"{-abs(amount):.5f}"


def call_price(duration: int) -> str | None:
    """Answered calls are charged by the started minute (one at least): 0.013 USD a minute here."""
    return price(0.013 * max(1, -(-duration // 60)))


def recording_price(duration: int) -> str | None:
    """Recordings are charged by the minute (one at least): 0.0025 USD a minute here."""
    return price(0.0025 * max(1, duration // 60))


def message_price(body: str) -> str | None:
    return price(0.0079 * segments(body))


DIALLED = ("in-progress", "completed", "busy", "no-answer", "failed")


def call(account_sid: str, to: str, from_: str, when: int, status: str = "queued", duration: int = 0,
         direction: str = "outbound-api", sid: str | None = None, **extra: Any) -> dict:
    """A call record. Twilio's `start_time` is "empty if the call has not yet been dialed": a call
    that was dialled has one, answered or not (busy, no-answer, failed); a queued or ringing one,
    or one canceled before it was, has none."""
    completed = status == "completed"
    finished = completed or status in ("busy", "failed", "no-answer", "canceled")
    return {
        "sid": sid or random_sid("CA"), "date_created": when, "date_updated": when + duration,
        "parent_call_sid": None, "account_sid": account_sid, "to": to, "from": from_,
        "phone_number_sid": None, "status": status,
        "start_time": when if status in DIALLED else None,
        "end_time": when + duration if completed else (when if finished else None),
        "duration": str(duration if completed else 0) if finished else None,
        "price": call_price(duration) if completed else None,
        "price_unit": "USD", "direction": direction, "answered_by": None, "api_version": API_VERSION,
        "forwarded_from": None, "group_sid": None, "caller_name": None, "queue_time": "0", "trunk_sid": None,
        **extra,
    }


def message(account_sid: str, to: str, from_: str, body: str, when: int, status: str = "queued",
            direction: str = "outbound-api", num_media: int = 0, sid: str | None = None, **extra: Any) -> dict:
    sent = status not in ("queued", "accepted", "scheduled", "canceled", "sending")
    return {
        "body": body, "num_segments": str(segments(body)), "direction": direction, "from": from_, "to": to,
        "date_updated": when, "price": message_price(body) if sent else None,
        "error_message": None, "account_sid": account_sid, "num_media": str(num_media), "status": status,
        "messaging_service_sid": None, "sid": sid or random_sid("MM" if num_media else "SM"),
        "date_sent": when if sent else None, "date_created": when, "error_code": None, "price_unit": "USD",
        "api_version": API_VERSION, **extra,
    }


GSM7 = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
           "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€")


def segments(body: str) -> int:
    """SMS segments: 160 GSM-7 characters (153 when split), or 70 UCS-2 ones (67 when split)."""
    single, multi = (160, 153) if set(body) <= GSM7 else (70, 67)
    if len(body) <= single:
        return 1
    return -(-len(body) // multi)


def account(sid: str, auth_token: str, friendly_name: str, owner: str, when: int) -> dict:
    return {"auth_token": auth_token, "date_created": when, "date_updated": when, "friendly_name": friendly_name,
            "owner_account_sid": owner, "sid": sid, "status": "active", "type": "Full"}


def number_settings(when: int) -> dict:
    """An IncomingPhoneNumber's configuration before anyone changes it."""
    return {
        "address_sid": None, "address_requirements": "none", "api_version": API_VERSION, "beta": False,
        "date_created": when, "date_updated": when, "identity_sid": None, "origin": "twilio",
        "sms_application_sid": None, "sms_fallback_method": "POST", "sms_fallback_url": "", "sms_method": "POST",
        "sms_url": "", "status_callback": "", "status_callback_method": "POST", "trunk_sid": None,
        "voice_receive_mode": "voice", "voice_application_sid": None, "voice_caller_id_lookup": False,
        "voice_fallback_method": "POST", "voice_fallback_url": "", "voice_method": "POST", "voice_url": "",
        "emergency_status": "Inactive", "emergency_address_sid": None, "emergency_address_status": "unregistered",
        "bundle_sid": None, "status": "in-use",
    }


def recording(account_sid: str, call_sid: str | None, when: int, duration: int, sid: str | None = None,
              conference_sid: str | None = None, source: str = "OutboundAPI") -> dict:
    sid = sid or random_sid("RE")
    return {
        "account_sid": account_sid, "api_version": API_VERSION, "call_sid": call_sid,
        "conference_sid": conference_sid, "date_created": when, "date_updated": when + duration,
        "start_time": when, "duration": str(duration), "sid": sid, "price": recording_price(duration),
        "price_unit": "USD", "status": "completed", "channels": 1, "source": source, "error_code": None,
        "encryption_details": None, "track": "both",
        "media_url": f"/{API_VERSION}/Accounts/{account_sid}/Recordings/{sid}",  # made absolute when shown
    }


def record_calls(conn: Any, where: str, params: tuple[Any, ...] = ()) -> None:
    """A recording of each completed call that `where` picks, made in one SQL statement (how the
    bulk generators fill thousands of records at once): its length the call's, priced per minute."""
    conn.execute(f"""
        INSERT INTO recordings (account_sid, api_version, call_sid, date_created, date_updated, start_time,
                                duration, sid, price, price_unit, status, channels, source, media_url)
        SELECT account_sid, '{API_VERSION}', sid, start_time, end_time, start_time, duration,
               'RE' || substr(sid, 3), printf('-%.5f', 0.0025 * ((CAST(duration AS INTEGER) + 59) / 60)), 'USD',
               'completed', 1, 'OutboundAPI',
               '/{API_VERSION}/Accounts/' || account_sid || '/Recordings/RE' || substr(sid, 3)
        FROM calls WHERE {where}""", params)
