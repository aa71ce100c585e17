"""`twiliocli sms`: SMS and MMS messages (today's /Messages endpoint)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from twiliocli.api.resources import MESSAGES
from twiliocli.cli.framework import params as P
from twiliocli.cli.groups import sms_media
from twiliocli.cli.framework.commands import ResourceGroup, record_printer
from twiliocli.cli.framework.runtime import confirm, runtime
from twiliocli.cli.framework.signature import examples
from twiliocli.errors import UsageError

group = ResourceGroup(MESSAGES, "SMS and MMS messages: list, inspect, send and export.")
app = group.app

group.list(
    "List messages, newest first."
    + examples(
        "twiliocli sms list --to +14155550100",
        "twiliocli sms list --since 2024-05-01 --until 2024-05-31 -o csv > may.csv",
    )
)
group.get(
    "Show one message (SM… for SMS, MM… for MMS)."
    + examples("twiliocli sms get SM0123456789abcdef0123456789abcdef", "twiliocli sms get MM0123456789abcdef0123456789abcdef")
)
group.delete("Delete a message from the log." + examples("twiliocli sms delete SM0123456789abcdef0123456789abcdef --yes"))
app.add_typer(sms_media.app, name="media")


@app.command()
def send(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", parser=P.address, metavar="ADDRESS", help="Recipient: a number (E.164) or channel address (whatsapp:+1…).")],
    from_: Annotated[Optional[str], typer.Option("--from", parser=P.sender, metavar="SENDER", help="Your Twilio number (E.164), short code, alphanumeric sender ID or channel address.", show_default=False)] = None,
    messaging_service_sid: Annotated[Optional[str], typer.Option("--messaging-service-sid", parser=P.sid_parser("MG"), metavar=P.sid_metavar("MG"), help="Send through this Messaging Service (it picks the sender; then no --from).", show_default=False)] = None,
    schedule_at: Annotated[Optional[str], typer.Option("--schedule-at", parser=P.when, metavar="DATE", help="Send at this time (UTC ISO 8601, 15 minutes to 35 days ahead; needs --messaging-service-sid).", show_default=False)] = None,
    body: Annotated[Optional[str], typer.Option("--body", help="Text of the message (up to 1600 characters); '-' reads stdin.", show_default=False)] = None,
    media_url: Annotated[Optional[list[str]], typer.Option("--media-url", parser=P.url, metavar="URL", help="Media to attach (MMS); repeatable.", show_default=False)] = None,
    status_callback: Annotated[Optional[str], typer.Option("--status-callback", parser=P.url, metavar="URL", help="URL told of delivery status.", show_default=False)] = None,
    yes: P.Yes = False,
    output: P.Output = None,
    fields: P.Fields = None,
    no_header: P.NoHeader = False,
) -> None:
    """Send a message (costs money: asks first)."""
    printer = record_printer(MESSAGES, {"output": output, "fields": fields, "no_header": no_header}, ctx)
    if body == "-":
        import sys

        body = sys.stdin.read().rstrip("\n")
    if not body and not media_url:
        raise UsageError("Give --body or --media-url: a message needs text or media")
    if body and len(body) > 1600:
        raise UsageError(f"--body is {len(body)} characters; Twilio accepts at most 1600")
    if bool(from_) == bool(messaging_service_sid):
        raise UsageError("Give exactly one of --from or --messaging-service-sid: who sends the message")
    if schedule_at and not messaging_service_sid:
        raise UsageError("--schedule-at needs --messaging-service-sid: Twilio schedules only messages sent through a service")
    when = f" at {schedule_at}" if schedule_at else ""
    confirm(f"Send a message to {to} from {from_ or messaging_service_sid}{when}?", yes)
    client = runtime(ctx).client()
    data = {"To": to, "From": from_, "MessagingServiceSid": messaging_service_sid, "Body": body,
            "MediaUrl": media_url or None, "StatusCallback": status_callback}
    if schedule_at:
        from twiliocli import validate

        data.update(ScheduleType="fixed", SendAt=validate.api_date(schedule_at, day_only=False))
    printer.record(client.post(MESSAGES.collection(AccountSid=client.account_sid), data))


send.__doc__ += examples(
    "twiliocli sms send --to +14155550100 --from +15005550006 --body 'Server is back up' --yes",
    "echo 'Backup done' | twiliocli sms send --to +14155550100 --from +15005550006 --body - -y",
    "twiliocli sms send --to +14155550100 --messaging-service-sid MG0123456789abcdef0123456789abcdef --body 'Reminder' --schedule-at 2026-12-24T09:00:00Z -y",
)

group.action(
    "redact", "Redact a message: its body is emptied for good, the record stays (asks first)."
    + examples("twiliocli sms redact SM0123456789abcdef0123456789abcdef --yes",
               "twiliocli sms list --from +15005550006 --all --fields sid -o tsv --no-header | twiliocli sms redact - --yes"),
    {"Body": ""}, ask="Empty the body of message {sid} for good?",
)
group.action(
    "cancel", "Cancel a scheduled message before it is sent (asks first)."
    + examples("twiliocli sms cancel SM0123456789abcdef0123456789abcdef --yes"),
    {"Status": "canceled"}, ask="Cancel scheduled message {sid}?",
)
