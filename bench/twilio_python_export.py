"""The baseline: what a user writes today with twilio-python 9 to dump calls to CSV.

    python bench/twilio_python_export.py BASE_URL ACCOUNT_SID AUTH_TOKEN OUT.csv UNTIL_ISO

Streams every call started before UNTIL (the same records `twiliocli calls export --until UNTIL`
writes) with `client.calls.stream(page_size=1000)` into `csv.DictWriter`, with the same columns.
Only the base URL is changed, to point the library at the emulator.
"""

from __future__ import annotations

import csv
import sys
from datetime import datetime

from twilio.rest import Client

FIELDS = (
    "sid", "date_created", "date_updated", "parent_call_sid", "account_sid", "to", "to_formatted", "from",
    "from_formatted", "phone_number_sid", "status", "start_time", "end_time", "duration", "price", "price_unit",
    "direction", "answered_by", "api_version", "forwarded_from", "group_sid", "caller_name", "queue_time",
    "trunk_sid", "uri", "subresource_uris",
)


def main(base_url: str, account_sid: str, auth_token: str, out: str, until: str) -> None:
    client = Client(account_sid, auth_token)
    client.api.base_url = base_url  # the emulator instead of https://api.twilio.com
    before = datetime.fromisoformat(until.replace("Z", "+00:00"))
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        for call in client.calls.stream(start_time_before=before, page_size=1000):
            writer.writerow({f: getattr(call, "_from" if f == "from" else f) for f in FIELDS})


if __name__ == "__main__":
    main(*sys.argv[1:6])
