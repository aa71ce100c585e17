"""`twiliocli participants`: the calls in a conference (addressed by conference SID and call SID)."""

from __future__ import annotations

from twiliocli.api.resources import PARTICIPANTS
from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.commands import ResourceGroup, Scope
from twiliocli.cli.framework.signature import examples

CF, CA = "CF0123456789abcdef0123456789abcdef", "CA0123456789abcdef0123456789abcdef"

group = ResourceGroup(
    PARTICIPANTS, "Conference participants: list, inspect, call in, mute, unmute and kick.",
    scope=[Scope("conference", "ConferenceSid", "CF", "The conference (CF… SID).")],
)
app = group.app

group.list("List a conference's participants." + examples(f"twiliocli participants list {CF}", f"twiliocli participants list {CF} --muted"))
group.get("Show one participant." + examples(f"twiliocli participants get {CF} {CA}"))
group.create(
    "add", "Call a number into a conference (places a call: asks first)."
    + examples(
        f"twiliocli participants add {CF} --from +15005550006 --to +14155550100 --yes",
        f"twiliocli participants add {CF} --from +15005550006 --to +14155550100 --muted --end-conference-on-exit -y",
    ),
    required=("from", "to"), ask="Call {To} from {From} into conference {ConferenceSid}?",
    check=lambda data, _options: P.check_call_parties(data["To"], data["From"]),
)
group.action("mute", "Mute a participant." + examples(f"twiliocli participants mute {CF} {CA}"), {"Muted": "true"})
group.action("unmute", "Unmute a participant." + examples(f"twiliocli participants unmute {CF} {CA}"), {"Muted": "false"})
group.delete(
    "Remove a participant from the conference: their call is hung up (asks first)." + examples(f"twiliocli participants kick {CF} {CA} --yes"),
    name="kick", what="Kick", done="Kicked",
)
