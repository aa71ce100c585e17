"""`twiliocli emulator inbound sms|call`: someone texts or calls one of the emulator's numbers.

The emulator does what Twilio would (asks the number's webhook, signed, follows the TwiML answer,
keeps the records) on its `/_emulator/inbound/…` hooks; this only asks over HTTP, so it works the
same with a served emulator (`--api-url`, a saved profile) and the built-in `--profile emulator`.
It prints what happened: each request made to the webhook and its answer, then the records made.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any, Literal, Optional

import typer

from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples
from twiliocli.errors import UsageError

app = typer.Typer(help="Someone texts or calls one of the emulator's numbers: your webhook app, tested offline.",
                  no_args_is_help=True, add_completion=False)

Format = Literal["text", "json"]
OutputOption = Annotated[Format, typer.Option("--output", "-o", help="text: one readable block; json: the emulator's whole report.")]
BODY_LINES = 12  # a webhook's answer is shown up to this many lines on the text block


@app.callback()
def _group() -> None:
    """Someone texts or calls one of the emulator's numbers: your webhook app, tested offline."""


@app.command()
def sms(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", parser=P.phone, metavar="E164", help="One of the emulator's numbers (E.164).")],
    sender: Annotated[str, typer.Option("--from", parser=P.phone, metavar="E164", help="Who texts (E.164).")],
    body: Annotated[str, typer.Option("--body", help="The text.")] = "",
    output: OutputOption = "text",
) -> None:
    """Text one of the emulator's numbers: its SMS webhook is asked, its TwiML followed."""
    report = _deliver(ctx, "sms", {"To": to, "From": sender, "Body": body})
    _show(report, output, f"SMS from {sender} to {to}")


@app.command()
def call(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", parser=P.phone, metavar="E164", help="One of the emulator's numbers (E.164).")],
    sender: Annotated[str, typer.Option("--from", parser=P.phone, metavar="E164", help="Who calls (E.164).")],
    digits: Annotated[Optional[str], typer.Option("--digits", help="Keys the caller presses at the first <Gather> that listens for them.", show_default=False)] = None,
    speech: Annotated[Optional[str], typer.Option("--speech", help="What the caller says at the first <Gather> that listens for speech.", show_default=False)] = None,
    output: OutputOption = "text",
) -> None:
    """Call one of the emulator's numbers: its voice webhook is asked, its TwiML run."""
    form = {"To": to, "From": sender}
    if digits is not None:
        if not digits or any(c not in "0123456789*#w" for c in digits):
            raise UsageError(f"--digits {digits!r}: use the keys 0-9, * and #, e.g. --digits 1234#")
        form["Digits"] = digits
    if speech is not None:
        form["SpeechResult"] = speech
    report = _deliver(ctx, "call", form)
    _show(report, output, f"Call from {sender} to {to}")


def _deliver(ctx: typer.Context, kind: str, form: dict[str, str]) -> dict[str, Any]:
    client = runtime(ctx).client()
    if client.is_twilio:
        raise UsageError("emulator inbound only works with an emulator: use --profile emulator, or --api-url "
                         "(or a saved profile) naming one started with 'twiliocli emulator serve'")
    return client.post(f"/_emulator/inbound/{kind}", form)


def _show(report: dict[str, Any], output: Format, title: str) -> None:
    if output == "json":
        from twiliocli.output import Printer

        Printer((), fmt="json").document(report)
        return
    sys.stdout.write("\n".join(text_block(report, title)) + "\n")


def text_block(report: dict[str, Any], title: str) -> list[str]:
    """The report as lines for a terminal: each exchange, then the records; everything the user's
    app answered is escaped, so the terminal never acts on it."""
    from twiliocli.output.cells import escape_terminal as clean

    lines = [title]
    for exchange in report.get("exchanges", []):
        request, response = exchange["request"], exchange["response"]
        lines.append(f"→ {request['method']} {clean(request['url'])}  (signed)")
        if request["method"] == "POST":
            lines.append("  " + clean(" ".join(f"{k}={v}" for k, v in sorted(request["parameters"].items()))))
        if response["status"] is None:
            lines.append(f"← no answer: {clean(response['error'] or '')}")
            continue
        lines.append(f"← {response['status']} {clean(response['content_type'] or '')}".rstrip())
        body = (response["body"] or "").strip().splitlines()
        lines += ["  " + clean(line) for line in body[:BODY_LINES]]
        if len(body) > BODY_LINES:
            lines.append(f"  … {len(body) - BODY_LINES} more lines")
    if not report.get("exchanges"):
        lines.append("No webhook: the number has no URL for it.")
    lines.append("Records:")
    for key, value in report.items():
        if key == "exchanges" or value in (None, [], {}):
            continue
        values = value if isinstance(value, list) else [value]
        shown = [" ".join(f"{k}={v}" for k, v in item.items()) if isinstance(item, dict) else str(item)
                 for item in values]
        lines.append(f"  {key.replace('_', ' ')}: {clean(', '.join(shown))}")
    return lines


sms.__doc__ += (
    "\n\nThe emulator keeps the incoming message, sends the number's SMS URL (or its messaging application's) "
    "Twilio's signed request, its fallback URL if that fails, and follows the answer: <Message> replies, "
    "<Redirect>. Failures are notifications (11200, 12100, 12200), as on Twilio. Prints each request and answer, "
    "then the records made."
) + examples(
    "twiliocli -p emulator emulator inbound sms --to +15005550006 --from +14155550100 --body hello",
    "twiliocli --api-url http://127.0.0.1:8080 emulator inbound sms --to +15005550006 --from +14155550100 --body STOP -o json",
)
call.__doc__ += (
    "\n\nThe emulator keeps the incoming call, sends the number's voice URL (or its application's) Twilio's signed "
    "request, its fallback URL if that fails, and runs the answer: <Say>, <Play>, <Pause>, <Gather> (with --digits "
    "or --speech), <Record>, <Dial>, <Enqueue>/<Leave>, <Redirect>, <Reject>, <Hangup>. The call lasts as long "
    "as its TwiML takes on the emulator's clock. Prints each request and answer, then the records made."
) + examples(
    "twiliocli -p emulator emulator inbound call --to +15005550006 --from +14155550100",
    "twiliocli --api-url http://127.0.0.1:8080 emulator inbound call --to +15005550006 --from +14155550100 --digits 1234#",
    "twiliocli -p emulator emulator inbound call --to +15005550006 --from +14155550100 --speech 'sales please' -o json",
)
