"""`twiliocli sms media`: the pictures and files an MMS carries."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from twiliocli.api.resources import MEDIA, MESSAGES
from twiliocli.cli.framework import downloads, params as P
from twiliocli.cli.framework.commands import ResourceGroup, Scope
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples, param

MM, ME = "MM0123456789abcdef0123456789abcdef", "ME0123456789abcdef0123456789abcdef"
MESSAGE = Scope("message", "MessageSid", MESSAGES.sid_prefixes, "The message (SM… or MM…).")

group = ResourceGroup(MEDIA, "Media of a message (MMS): list, inspect, download, delete.", scope=(MESSAGE,))
app = group.app

group.list("List a message's media." + examples(f"twiliocli sms media list {MM}"))
group.get("Show one media record." + examples(f"twiliocli sms media get {MM} {ME}"))
group.delete("Delete a media file from Twilio for good." + examples(f"twiliocli sms media delete {MM} {ME} --yes"))


def download(ctx: typer.Context, message: str, sid: str, out: Optional[Path] = None) -> None:
    folder = out is None or out.is_dir()
    path = downloads.target(out, sid, default_here=True)
    from twiliocli.api import media
    from twiliocli.output import messages

    client = runtime(ctx).client()
    answer = media.download(client, MEDIA.content(sid, AccountSid=client.account_sid, MessageSid=message))
    if path is not None and folder:
        path = path.with_name(sid + downloads.extension(answer.content_type))
    size = downloads.save(answer, path)
    messages.success(f"Downloaded {sid} ({answer.content_type or 'unknown type'}, {size:,} bytes)"
                     + ("" if path is None else f" to {path}"))


OUT = Annotated[Optional[Path], typer.Option(
    "--out", "-O", metavar="PATH", show_default=False,
    help="A file, or a folder to save ME….EXT in (default: the current folder); '-' writes to stdout.")]
group.command(
    "download", download,
    [param("ctx", typer.Context), MESSAGE.parameter(),
     param("sid", str, typer.Argument(parser=P.sid_parser("ME"), metavar="SID", help="The ME… SID.")),
     param("out", OUT, None)],
    "Download a media file, named by its content type (e.g. ME….jpg); written whole or not at all."
    + examples(f"twiliocli sms media download {MM} {ME}", f"twiliocli sms media download {MM} {ME} --out picture.jpg",
               f"twiliocli sms media download {MM} {ME} -O - | file -"),
)
