"""`twiliocli caller-ids`: verified outgoing caller IDs (numbers you own outside Twilio)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from twiliocli.api.resources import CALLER_IDS, VALIDATION_REQUESTS
from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.commands import ResourceGroup, context_parameter, record_printer, settings_data, settings_parameters
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples, output_parameters, param

SID = "PN0123456789abcdef0123456789abcdef"

group = ResourceGroup(CALLER_IDS, "Verified caller IDs: list, inspect, verify a new number, rename, remove.")
app = group.app
NAME = CALLER_IDS.settings[0]

group.list("List verified caller IDs." + examples("twiliocli caller-ids list", "twiliocli caller-ids list --phone-number +14155550123"))
group.get("Show one caller ID." + examples(f"twiliocli caller-ids get {SID}"))
group.update("update", "Rename a caller ID." + examples(f"twiliocli caller-ids update {SID} --friendly-name 'Front desk'"), settings=(NAME,), required=("friendly-name",))
group.delete("Remove a caller ID: calls can no longer show it." + examples(f"twiliocli caller-ids delete {SID} --yes"))


def add(ctx: typer.Context, phone: str, **kw: Any) -> None:
    printer = record_printer(VALIDATION_REQUESTS, kw, ctx)
    data = {"PhoneNumber": phone, **settings_data(CALLER_IDS.settings, kw)}
    client = runtime(ctx).client()
    answer = client.post(CALLER_IDS.collection(AccountSid=client.account_sid), data)
    from twiliocli.output import messages

    code = answer.get("validation_code")
    if code:
        messages.info(
            f"\n    Validation code: {code}\n\n"
            f"Twilio is calling {answer.get('phone_number') or phone} now: answer and key in {code} when asked.\n"
            "Then `twiliocli caller-ids list` shows the number once it is verified.\n"
        )
    printer.record(answer)


group.command(
    "add", add,
    [
        context_parameter(),
        param("phone", Annotated[str, typer.Argument(parser=P.phone, metavar="PHONE", help="The number to verify (E.164).")]),
        *settings_parameters(CALLER_IDS.settings),
        *output_parameters(),
    ],
    "Verify a number you own as a caller ID: Twilio calls it and you key in the code printed here."
    + examples("twiliocli caller-ids add +14155550123 --friendly-name 'Front desk'", "twiliocli caller-ids add +14155550123 --extension 42 --call-delay 5"),
    changes=True,
)
