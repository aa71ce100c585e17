"""`twiliocli sandbox`: the account's developer sandbox (a resource Twilio has since retired)."""

from __future__ import annotations

from typing import Any

import typer

from twiliocli.api.resources import SANDBOX
from twiliocli.cli.framework.commands import (
    ResourceGroup, context_parameter, explained, record_printer, settings_data, settings_parameters,
)
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples, output_parameters
from twiliocli.errors import UsageError

group = ResourceGroup(SANDBOX, "The developer sandbox: its PIN, number and webhooks (retired by Twilio; kept by the emulator).")
app = group.app


def retired(client: Any, error: Any) -> str | None:
    if client.is_twilio and error.http_status == 404 and error.code in (20404, None):
        return (
            "Twilio retired the Sandbox resource: api.twilio.com no longer has one for any account. "
            "Use a phone number (`twiliocli numbers`) or `twiliocli --profile emulator sandbox get` to try the old behaviour"
        )
    return None


def _get(ctx: typer.Context, **kw: Any) -> None:
    printer = record_printer(SANDBOX, kw, ctx, changes=False)
    client = runtime(ctx).client()
    with explained(client, retired):
        printer.record(client.get(SANDBOX.collection(AccountSid=client.account_sid)))


def _update(ctx: typer.Context, **kw: Any) -> None:
    printer = record_printer(SANDBOX, kw, ctx)
    data = settings_data(SANDBOX.settings, kw)
    if not data:
        raise UsageError("Nothing to change: give at least one of --voice-url, --voice-method, --sms-url, --sms-method")
    client = runtime(ctx).client()
    with explained(client, retired):
        printer.record(client.post(SANDBOX.collection(AccountSid=client.account_sid), data))


group.command("get", _get, [context_parameter(), *output_parameters()],
              "Show the sandbox: PIN, phone number and webhooks." + examples("twiliocli sandbox get", "twiliocli sandbox get --fields pin,phone_number"))
group.command("update", _update, [context_parameter(), *settings_parameters(SANDBOX.settings), *output_parameters()],
              "Change the sandbox's webhooks." + examples("twiliocli sandbox update --voice-url https://example.com/voice --voice-method GET"),
              changes=True)
