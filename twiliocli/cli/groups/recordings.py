"""`twiliocli recordings`: call and conference recordings, and their audio."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Optional

import typer

from twiliocli.api.resources import RECORDINGS
from twiliocli.cli.framework import downloads, params as P
from twiliocli.cli.framework.commands import ResourceGroup
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import examples
from twiliocli.errors import UsageError

SID = "RE0123456789abcdef0123456789abcdef"

group = ResourceGroup(RECORDINGS, "Recordings: list, inspect, download the audio, delete.")
app = group.app

group.list(
    "List recordings, newest first."
    + examples("twiliocli recordings list --since 7d", "twiliocli recordings list --call CA0123456789abcdef0123456789abcdef -o json")
)
group.get("Show one recording." + examples(f"twiliocli recordings get {SID}"))
group.delete("Delete a recording and its audio for good." + examples(f"twiliocli recordings delete {SID} --yes"))


@app.command()
def download(
    ctx: typer.Context,
    sid: Annotated[str, typer.Argument(parser=P.sid_parser("RE"), metavar="SID", help="The RE… SID.")],
    format: Annotated[Literal["wav", "mp3"], typer.Option("--format", "-f", help="Audio format.")] = "wav",
    out: Annotated[Optional[Path], typer.Option("--out", "-O", metavar="FILE", help="Write the audio here ('-' or none: stdout).", show_default=False)] = None,
) -> None:
    """Download a recording's audio to a file or stdout (never to a terminal)."""
    if out is not None and out.is_dir():
        raise UsageError(f"--out {out} is a folder; give a file name, e.g. {out / (sid + '.' + format)}")
    path = downloads.target(out, f"{sid}.{format}")
    from twiliocli.api import media

    client = runtime(ctx).client()
    size = downloads.save(media.download(client, RECORDINGS.media(sid, format, AccountSid=client.account_sid)), path)
    from twiliocli.output import messages

    messages.success(f"Downloaded {sid}.{format} ({size:,} bytes)" + ("" if path is None else f" to {path}"))


download.__doc__ += examples(
    f"twiliocli recordings download {SID} --out call.wav",
    f"twiliocli recordings download {SID} --format mp3 > call.mp3",
)

