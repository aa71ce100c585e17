"""The API's own clock: "now" as the server's `Date` header says it.

A window that ends at the local clock loses records when the cron host runs ahead of Twilio
(a host 30 s fast asks for records up to a moment the server has not reached, and the next run
starts after it). Records are dated by the server's clock, so the window's end must be too.
"""

from __future__ import annotations

from twiliocli.api.client import Client
from twiliocli.api.resources import ACCOUNTS
from twiliocli.timefmt import epoch, now


def server_now(client: Client) -> tuple[int, bool]:
    """(epoch seconds, True) from the `Date` header of a GET of the account's own record (the
    cheapest page there is; its answer is checked like any other); (the local clock, False) if
    the header is missing or unreadable."""
    response = client.send("GET", ACCOUNTS.instance(client.account_sid))
    header = response.headers.get("Date")
    moment = epoch(header) if header else None
    return (now(), False) if moment is None else (moment, True)
