"""`twiliocli conferences`: conference rooms."""

from __future__ import annotations

from twiliocli.api.resources import CONFERENCES
from twiliocli.cli.framework.commands import ResourceGroup
from twiliocli.cli.framework.signature import examples

SID = "CF0123456789abcdef0123456789abcdef"

group = ResourceGroup(CONFERENCES, "Conference rooms: list, inspect and end.")
app = group.app

group.list(
    "List conferences, newest first."
    + examples("twiliocli conferences list --status in-progress", "twiliocli conferences list --since 7d --friendly-name standup")
)
group.get("Show one conference." + examples(f"twiliocli conferences get {SID}"))
group.action(
    "end", "End a conference: every participant is hung up (asks first)." + examples(f"twiliocli conferences end {SID} --yes"),
    {"Status": "completed"}, ask="End conference {sid} and hang up everyone in it?",
)
