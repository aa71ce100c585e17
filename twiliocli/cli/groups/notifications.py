"""`twiliocli notifications`: the account's debugger log (errors and warnings), or one call's."""

from __future__ import annotations

from typing import Any

from twiliocli.api.resources import NOTIFICATIONS
from twiliocli.cli.framework.commands import ResourceGroup, narrowed_by
from twiliocli.cli.framework.signature import examples

SID, CA = "NO0123456789abcdef0123456789abcdef", "CA0123456789abcdef0123456789abcdef"

group = ResourceGroup(NOTIFICATIONS, "Notifications (the debugger log): list, inspect and delete.")
app = group.app


def _retired(client: Any, error: Any) -> str | None:
    """Twilio's API no longer deletes notifications; say so when its own answer does not."""
    if not client.is_twilio or error.http_status not in (403, 404, 405):
        return None
    return (
        f"{error.message}. Twilio no longer lets the API delete notifications (they expire on their own); "
        "nothing was deleted"
    )


group.list(
    "List notifications, newest first: the account's, or one call's with --call."
    + examples("twiliocli notifications list --log error --after 24h", f"twiliocli notifications list --call {CA}"),
    **narrowed_by(NOTIFICATIONS, "call", "call_path", "CallSid", "CA", "Only this call's notifications."),
)
group.get("Show one notification, with the request and response that caused it." + examples(f"twiliocli notifications get {SID}"))
group.delete(
    "Delete a notification (Twilio's API no longer allows it; the emulator does)." + examples(f"twiliocli notifications delete {SID} --yes"),
    hint=_retired,
)
