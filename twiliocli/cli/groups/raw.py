"""`twiliocli api`: any 2010-04-01 request, like `gh api`, printing Twilio's JSON as it came."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal, Optional

import typer

from twiliocli.cli.framework.commands import report_deleted
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples
from twiliocli.errors import UsageError

app = typer.Typer(add_completion=False)


def _field(value: str) -> tuple[str, str]:
    key, sep, val = value.partition("=")
    if not sep or not key:
        raise UsageError(f"-F {value!r} is not Key=Value, e.g. -F PageSize=20")
    return key, val


@app.command()
def api(
    ctx: typer.Context,
    method: Annotated[Literal["GET", "POST", "DELETE"], typer.Argument(case_sensitive=False, metavar="METHOD", help="GET, POST or DELETE.")],
    path: Annotated[str, typer.Argument(metavar="PATH", help="API path, e.g. /2010-04-01/Accounts/{AccountSid}/Calls.json or Accounts/{AccountSid}/Calls.")],
    field: Annotated[Optional[list[str]], typer.Option("--field", "-F", metavar="KEY=VALUE", help="A parameter (query for GET and DELETE, form for POST); repeatable.", show_default=False)] = None,
    paginate: Annotated[bool, typer.Option("--paginate", help="GET a list page by page (following next_page_uri) and print its records as one JSON array, streamed.")] = False,
) -> None:
    """Send any request to the 2010-04-01 API and print the JSON answer."""
    from twiliocli.api.resources import api_path

    from twiliocli.output import Printer

    method = method.upper()
    pairs = [_field(f) for f in field or []]
    if paginate and method != "GET":
        raise UsageError("--paginate only works with GET")
    printer = Printer((), fmt="json", pager=runtime(ctx).pager())
    client = runtime(ctx).client()
    target = api_path(path, AccountSid=client.account_sid)
    if paginate:
        printer.records(_records(client, target, pairs))
        return
    if method == "POST":
        form: dict[str, list[str]] = {}
        for key, value in pairs:
            form.setdefault(key, []).append(value)  # a key given twice (MediaUrl) is sent twice
        answer: Any = client.post(target, form)
    elif method == "GET":
        answer = client.get(target, pairs)
    else:
        report_deleted(f"Deleted {target}", client.delete(target, pairs))
        return
    printer.document(answer)


api.__doc__ += (
    "\n\nPATH may leave out the /2010-04-01 prefix and the .json suffix; {AccountSid} becomes the account in use"
    " (the --subaccount one if given). The answer is printed as Twilio sent it (keys and values unchanged; secrets"
    " such as auth_token masked; control characters escaped as \\uXXXX, so the terminal never acts on them). With --paginate the records of every page are merged into one JSON array,"
    " written as they arrive, so memory stays flat; pipe it to jq. A DELETE prints nothing on stdout."
) + examples(
    "twiliocli api GET /2010-04-01/Accounts/{AccountSid}/Calls.json -F Status=completed -F PageSize=5",
    "twiliocli api GET Accounts/{AccountSid}/IncomingPhoneNumbers --paginate | jq '.[].phone_number'",
    "twiliocli api POST Accounts/{AccountSid}/Messages -F To=+14155550100 -F From=+15005550006 -F Body=hi",
    "twiliocli api DELETE Accounts/{AccountSid}/Recordings/RE0123456789abcdef0123456789abcdef",
)


def _records(client: Any, path: str, pairs: list[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    """The records of every page of a list, as they arrive."""
    from twiliocli.api import pagination

    params = dict(pairs)
    page_size = int(params.pop("PageSize", pagination.MAX_PAGE_SIZE) or pagination.MAX_PAGE_SIZE)
    for page in pagination.iter_pages(client, path, params, page_size):
        yield from pagination.page_records(page, ())
