"""Twilio error codes in words: the meaning of the common ones (error_meanings.py, generated
from Twilio's public error dictionary), and every code's page on Twilio's docs."""

from twiliocli.api.error_meanings import MEANINGS

__all__ = ["MEANINGS", "explain", "link"]


def link(code: int | str) -> str:
    return f"https://www.twilio.com/docs/errors/{code}"


def explain(code: int | str | None) -> str:
    """`30003 Unreachable destination handset`; an unknown code as its number and link; "" for none."""
    if code is None or str(code).strip() in ("", "0"):
        return ""
    text = str(code).strip()
    meaning = MEANINGS.get(int(text)) if text.isdigit() else None
    return f"{text} {meaning}" if meaning else f"{text} {link(text)}"
