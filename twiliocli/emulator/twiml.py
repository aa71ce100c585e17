"""Just enough of TwiML to know how an answered call ends.

The emulator does not speak, play or dial; it reads the document's top-level verbs in order:
`<Pause length="N"/>` lasts N seconds (default 1); `<Hangup/>` ends the call there;
`<Reject reason="busy"/>` as the first verb ends it `busy` (any other reason: `no-answer`), as
Twilio does; other verbs (`<Say>`, `<Dial>`, `<Gather>`…) stand for the conversation, which
lasts the emulator's call length once. When the document runs out, Twilio hangs up.
A document that is not XML, or whose root is not `<Response>`, is Twilio's error 12100.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass


class TwimlError(ValueError):
    """The document is not TwiML (Twilio's 12100, Document parse failure)."""


@dataclass(frozen=True)
class Ending:
    """How the call ends: with `status`, `seconds` after the document starts."""

    status: str
    seconds: float


def ending(document: str, call_seconds: float) -> Ending:
    try:
        root = ET.fromstring(document.strip())
    except ET.ParseError as error:
        raise TwimlError(f"not XML: {error}") from None
    if root.tag != "Response":
        raise TwimlError(f"the root element is <{root.tag}>, not <Response>")
    paused, talked = 0.0, False
    for n, verb in enumerate(root):
        if verb.tag == "Reject" and n == 0:
            return Ending("busy" if verb.get("reason") == "busy" else "no-answer", 0)
        if verb.tag in ("Hangup", "Reject"):
            break
        if verb.tag == "Pause":
            paused += pause_length(verb.get("length"))
        else:
            talked = True
    return Ending("completed", paused + (call_seconds if talked else 0))


def pause_length(raw: str | None) -> float:
    if raw is None:
        return 1
    try:
        return max(0, int(raw))
    except ValueError:
        raise TwimlError(f"<Pause length={raw!r}> is not a whole number of seconds") from None
