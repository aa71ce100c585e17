"""Just enough of TwiML to know how long an answered call lasts and how it ends.

The emulator does not speak or play; it reads the document's top-level verbs in order and times
each as Twilio would take to perform it: `<Say>` at a fixed speaking rate (`WORDS_PER_SECOND`,
one second at least), `<Play>` for the length of the emulator's audio (`PLAY_SECONDS`, or half a
second a DTMF digit), each as many times as its `loop` says; `<Pause length="N"/>` N seconds
(default 1). `<Hangup/>` ends the call there; `<Reject reason="busy"/>` as the first verb ends it
`busy` (any other reason: `no-answer`), as Twilio does. Verbs that connect the caller to someone
(`<Dial>`, `<Enqueue>`…) stand for a conversation, which lasts the emulator's call length once.
When the document runs out, Twilio hangs up.
A document that is not XML, or whose root is not `<Response>`, is Twilio's error 12100.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass

WORDS_PER_SECOND = 2.5  # about 150 words a minute, the pace of Twilio's text-to-speech voices
PLAY_SECONDS = 5  # the emulator's audio: every <Play> URL stands for a clip this long
DIGIT_SECONDS = 0.5  # a DTMF tone and the gap after it
LOOP_FOREVER = 1000  # `loop="0"`: Twilio repeats up to 1,000 times


class TwimlError(ValueError):
    """The document is not TwiML (Twilio's 12100, Document parse failure)."""


@dataclass(frozen=True)
class Ending:
    """How the call ends: with `status`, `seconds` after the document starts."""

    status: str
    seconds: float


def ending(document: str, call_seconds: float) -> Ending:
    root = parse(document)
    seconds, talked = 0.0, False
    for n, verb in enumerate(root):
        if verb.tag == "Reject" and n == 0:
            return Ending("busy" if verb.get("reason") == "busy" else "no-answer", 0)
        if verb.tag in ("Hangup", "Reject"):
            break
        if verb.tag in TIMED:
            seconds += TIMED[verb.tag](verb)
        else:
            talked = True
    return Ending("completed", seconds + (call_seconds if talked else 0))


def parse(document: str) -> ET.Element:
    """The `<Response>` element of `document`, or `TwimlError`."""
    try:
        root = ET.fromstring(document.strip())
    except ET.ParseError as error:
        raise TwimlError(f"not XML: {error}") from None
    if root.tag != "Response":
        raise TwimlError(f"the root element is <{root.tag}>, not <Response>")
    return root


def say_seconds(verb: ET.Element) -> float:
    return loops(verb) * max(1, math.ceil(len((verb.text or "").split()) / WORDS_PER_SECOND))


def play_seconds(verb: ET.Element) -> float:
    digits = verb.get("digits")
    if digits:
        return len(digits) * DIGIT_SECONDS
    return loops(verb) * PLAY_SECONDS


def pause_seconds(verb: ET.Element) -> float:
    return pause_length(verb.get("length"))


TIMED = {"Say": say_seconds, "Play": play_seconds, "Pause": pause_seconds}


def loops(verb: ET.Element) -> int:
    raw = verb.get("loop", "1")
    if not raw.isdigit():
        raise TwimlError(f"<{verb.tag} loop={raw!r}> is not a whole number")
    return int(raw) or LOOP_FOREVER


def pause_length(raw: str | None) -> float:
    if raw is None:
        return 1
    try:
        return max(0, int(raw))
    except ValueError:
        raise TwimlError(f"<Pause length={raw!r}> is not a whole number of seconds") from None
