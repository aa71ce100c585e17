"""How calls and messages created through the API end, by their `To` number.

Twilio's own magic numbers (+1 500 555 0001…0009) are refused when the record is created
(`validate`); the numbers here are accepted, then end the way a real destination can, so that
scripts see every final status. Any other number answers (calls) or is delivered (messages).
README.md lists them ("Test your app against the emulator").
"""

from __future__ import annotations

STATUS_CALLBACK_EVENTS = ("initiated", "ringing", "answered", "completed")  # what StatusCallbackEvent may ask for
ANSWERED = "answered"
CALL_OUTCOMES = {"+15005550010": "busy", "+15005550011": "no-answer", "+15005550012": "failed"}

DELIVERED = ("delivered", None, None)
MESSAGE_OUTCOMES = {  # To -> (final status, Twilio error code, its message)
    "+15005550010": ("undelivered", 30003, "Unreachable destination handset"),
    "+15005550011": ("undelivered", 30005, "Unknown destination handset"),
    "+15005550012": ("failed", 30008, "Unknown error"),
}


def call_outcome(to: str) -> str:
    return CALL_OUTCOMES.get(to, ANSWERED)


def message_outcome(to: str) -> tuple[str, int | None, str | None]:
    return MESSAGE_OUTCOMES.get(to, DELIVERED)
