"""`twiliocli calls`: voice calls."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal, Optional

import typer

from twiliocli.api.resources import CALL_EVENTS, CALLS, CHOICE, HTTP_METHODS, URL, Setting
from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.commands import ResourceGroup, Scope, list_parameters, record_printer
from twiliocli.cli.framework.runtime import confirm, runtime
from twiliocli.cli.framework.signature import add_command, examples, param
from twiliocli.errors import UsageError

group = ResourceGroup(CALLS, "Voice calls: list, inspect, place, hang up, redirect and export.")
app = group.app

group.list(
    "List calls, newest first."
    + examples(
        "twiliocli calls list --status in-progress",
        "twiliocli calls list --since 24h --to +14155550100 -o csv",
        "twiliocli calls list --all -o jsonl > calls.jsonl",
    )
)
group.get("Show one call." + examples("twiliocli calls get CA0123456789abcdef0123456789abcdef"))
group.action(
    "hangup", "Hang up a call that is in progress (asks first)."
    + examples(
        "twiliocli calls hangup CA0123456789abcdef0123456789abcdef",
        "twiliocli calls list --status in-progress --fields sid -o tsv --no-header | xargs -r -n1 twiliocli calls hangup --yes",
    ),
    {"Status": "completed"}, ask="Hang up call {sid}?",
)
group.action(
    "cancel", "Cancel a call that is queued or ringing (asks first)."
    + examples("twiliocli calls cancel CA0123456789abcdef0123456789abcdef --yes"),
    {"Status": "canceled"}, ask="Cancel call {sid}?",
)
EVENT_SCOPE = Scope("call", "CallSid", "CA", "The call (CA…).")


def _events(ctx: typer.Context, **kw: Any) -> None:
    """`calls events`: a table shows each request and answer in a few words (events.summary);
    every other format has the API's own objects."""
    from twiliocli.cli.framework.listing import emit_list
    from twiliocli.output import Printer

    class EventPrinter(Printer):
        def records(self, records: Iterable[dict[str, Any]]) -> int:
            if self.format == "table":
                records = (summarized(r, self.columns or ()) for r in records)
            return super().records(records)

    call = kw.pop(EVENT_SCOPE.name)
    state = runtime(ctx)
    from twiliocli.output.printer import default_format

    fmt = kw.get("output") or default_format()
    printer = EventPrinter(  # a table adds when (the response's date); tsv and csv keep the API's two fields
        {"date_created": 2, "request": 1, "response": 1} if fmt == "table" else CALL_EVENTS.columns,
        known=(*CALL_EVENTS.fields, "date_created"), fmt=fmt, fields=kw.get("fields"), header=not kw.get("no_header"), excel_safe=bool(kw.get("excel_safe")),
        shorten=CALL_EVENTS.shorten, pager=state.pager(), tz=kw.get("tz"),
    )
    client = state.client()
    emit_list(client, printer, CALL_EVENTS, CALL_EVENTS.collection(AccountSid=client.account_sid, CallSid=call), {}, kw)


def summarized(event: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    """An event for a table: when, the request and the answer in words, not cut JSON."""
    request = event.get("request") if isinstance(event.get("request"), dict) else {}
    response = event.get("response") if isinstance(event.get("response"), dict) else {}
    shown = {**event, "request": request_summary(request), "response": response_summary(response)}
    if "date_created" in columns and not event.get("date_created"):
        shown["date_created"] = response.get("date_created") or request.get("date_created")
    return shown


STATUS_PARAMETERS = ("status", "call_status", "CallStatus", "Status")


def request_summary(request: dict[str, Any]) -> str:
    """`POST /Calls.json (to, from, twiml)` (the API's path within the account); a webhook keeps its whole URL,
    and a status it carries is spelt out (`CallStatus=completed`)."""
    import re
    from urllib.parse import urlsplit

    url = str(request.get("url") or "")
    parts = urlsplit(url)
    where = re.sub(r"^/2010-04-01/Accounts/AC[0-9a-f]{32}(?=/)", "", parts.path) if parts.path.startswith("/2010-04-01/") else url
    params = request.get("parameters") if isinstance(request.get("parameters"), dict) else {}
    named = [f"{k}={params[k]}" if k in STATUS_PARAMETERS else str(k) for k in params]
    shown = ", ".join(named[:6]) + (f", +{len(named) - 6}" if len(named) > 6 else "")
    text = f"{request.get('method') or '?'} {where or '?'}"
    return f"{text} ({shown})" if shown else text


def response_summary(response: dict[str, Any]) -> str:
    """`201 json, status queued`, `400 json, error 21211 Invalid 'To' Phone Number`, `200 TwiML <Say>`,
    `502 no answer`; the duration when Twilio gives it."""
    import json
    import re

    code = response.get("response_code")
    kind = str(response.get("content_type") or "").split(";")[0].strip()
    body = response.get("response_body")
    words = [str(code) if code is not None else "no answer"]
    detail = ""
    if isinstance(body, str) and body.strip():
        text = body.strip()
        if text.startswith("{"):
            try:
                document = json.loads(text)
            except ValueError:
                document = None
            if isinstance(document, dict) and isinstance(document.get("code"), int):
                from twiliocli.api.errorcodes import explain

                detail = f"error {explain(document['code'])}"
            elif isinstance(document, dict) and document.get("status"):
                detail = f"status {document['status']}"
            kind = kind or "application/json"
        elif "<Response" in text:
            verbs = re.findall(r"<([A-Z][A-Za-z]*)", text.split("<Response", 1)[1])
            detail = " ".join(f"<{v}>" for v in dict.fromkeys(verbs)) or "empty <Response>"
            kind = "TwiML"
        else:
            detail = f"{len(text.encode())} bytes"
    short = {"application/json": "json", "text/xml": "TwiML", "application/xml": "TwiML"}.get(kind, kind)
    if short:
        words.append(short)
    summary = " ".join(words) + (f", {detail}" if detail else "")
    duration = response.get("request_duration")
    return f"{summary} in {duration} ms" if isinstance(duration, (int, float)) else summary


add_command(
    app, "events", _events, [param("ctx", typer.Context), EVENT_SCOPE.parameter(), *list_parameters()],
    "List a call's events: the API requests and webhooks it made, with their answers, newest first.\n\nA table "
    "says each in a few words (method, URL or path, parameters; status, error and its meaning, TwiML verbs); "
    "-o json or jsonl has Twilio's own objects."
    + examples(
        "twiliocli calls events CA0123456789abcdef0123456789abcdef",
        "twiliocli calls events CA0123456789abcdef0123456789abcdef -o json",
    ),
)
group.delete(
    "Delete a call's record from the log." + examples("twiliocli calls delete CA0123456789abcdef0123456789abcdef --yes")
)


@app.command()
def create(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", parser=P.voice, metavar="ADDRESS", help="Number to call (E.164), client:NAME or sip:USER@HOST.")],
    from_: Annotated[str, typer.Option("--from", parser=P.caller, metavar="CALLER", help="Your Twilio number or verified caller ID (E.164), client:NAME, or a SIP user name for a sip: --to.")],
    url: Annotated[Optional[str], typer.Option("--url", parser=P.url, metavar="URL", help="TwiML URL that runs the call.", show_default=False)] = None,
    twiml: Annotated[Optional[str], typer.Option("--twiml", help="TwiML instructions, e.g. '<Response><Say>Hi</Say></Response>'.", show_default=False)] = None,
    application_sid: Annotated[Optional[str], typer.Option("--application-sid", parser=P.sid_parser("AP"), metavar=P.sid_metavar("AP"), help="Application whose voice URL runs the call.", show_default=False)] = None,
    method: Annotated[Optional[P.HttpMethod], typer.Option("--method", case_sensitive=False, help="HTTP method for --url.", show_default=False)] = None,
    status_callback: Annotated[Optional[str], typer.Option("--status-callback", parser=P.url, metavar="URL", help="URL told of status changes.", show_default=False)] = None,
    timeout: Annotated[Optional[int], typer.Option("--timeout", min=1, max=600, help="Seconds to let it ring.", show_default=False)] = None,
    record: Annotated[bool, typer.Option("--record", help="Record the call.")] = False,
    send_digits: Annotated[Optional[str], typer.Option("--send-digits", help="Keys to press once connected (0-9 # * w).", show_default=False)] = None,
    machine_detection: Annotated[Optional[Literal["Enable", "DetectMessageEnd"]], typer.Option("--machine-detection", help="Answering-machine detection.", show_default=False)] = None,
    yes: P.Yes = False,
    output: P.Output = None,
    fields: P.Fields = None,
    no_header: P.NoHeader = False,
) -> None:
    """Place a call (costs money: asks first)."""
    printer = record_printer(CALLS, {"output": output, "fields": fields, "no_header": no_header}, ctx)
    if sum(x is not None for x in (url, twiml, application_sid)) != 1:
        raise UsageError("Give exactly one of --url, --twiml or --application-sid: it tells Twilio what the call does")
    if send_digits is not None and not all(c in "0123456789#*w" for c in send_digits):
        raise UsageError(f"--send-digits {send_digits!r} may only hold 0-9, #, * and w (a half-second pause)")
    P.check_call_parties(to, from_)
    confirm(f"Call {to} from {from_}?", yes)
    client = runtime(ctx).client()
    data = {
        "To": to, "From": from_, "Url": url, "Twiml": twiml, "ApplicationSid": application_sid, "Method": method,
        "StatusCallback": status_callback, "Timeout": timeout, "Record": True if record else None,
        "SendDigits": send_digits, "MachineDetection": machine_detection,
    }
    printer.record(client.post(CALLS.collection(AccountSid=client.account_sid), data))


create.__doc__ += examples(
    "twiliocli calls create --to +14155550100 --from +15005550006 --url https://example.com/twiml --yes",
    "twiliocli calls create --to client:alice --from +15005550006 --url https://example.com/twiml --yes",
    "twiliocli calls create --to sip:bob@example.com --from alice --url https://example.com/twiml --yes",
    "twiliocli calls create --to +14155550100 --from +15005550006 --twiml '<Response><Say>Hello</Say></Response>'",
)


group.update(
    "redirect", "Send a live call to new TwiML."
    + examples("twiliocli calls redirect CA0123456789abcdef0123456789abcdef --url https://example.com/hold"),
    settings=(
        Setting("url", "Url", URL, "New TwiML URL for the live call."),
        Setting("method", "Method", CHOICE, "HTTP method for --url.", HTTP_METHODS),
    ),
    required=("url",),
)


@app.command()
def watch(
    ctx: typer.Context,
    sid: Annotated[str, typer.Argument(parser=P.sid_parser("CA"), metavar="SID", help="The CA… SID.")],
    interval: P.Interval = 2.0,
    output: P.Output = None,
    fields: P.Fields = None,
    no_header: P.NoHeader = False,
) -> None:
    """Follow one call: print it each time its status changes, until it ends (Ctrl-C stops early, exit 0)."""
    from twiliocli.cli.framework.following import watch_record
    from twiliocli.output import Printer

    printer = Printer.for_resource(CALLS, {"output": output, "fields": fields, "no_header": no_header})
    client = runtime(ctx).client()
    watch_record(client, printer, CALLS.instance(sid, AccountSid=client.account_sid), interval)


watch.__doc__ += examples(
    "twiliocli calls watch CA0123456789abcdef0123456789abcdef",
    "twiliocli calls watch CA0123456789abcdef0123456789abcdef -o jsonl --interval 1",
)
