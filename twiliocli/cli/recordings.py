"""`twiliocli recordings`: call and conference recordings, and their audio."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, BinaryIO, Literal, Optional

import typer

from twiliocli.api.resources import RECORDINGS
from twiliocli.cli import params as P
from twiliocli.cli.commands import ResourceGroup, examples
from twiliocli.cli.runtime import runtime
from twiliocli.errors import UsageError

SID = "RE0123456789abcdef0123456789abcdef"

group = ResourceGroup(RECORDINGS, "Recordings: list, inspect, download the audio, delete.")
app = group.app

group.list(
    "List recordings, newest first."
    + examples("twiliocli recordings list --created-after 7d", "twiliocli recordings list --call CA0123456789abcdef0123456789abcdef -o json")
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
    to_stdout = out is None or str(out) == "-"
    if to_stdout and sys.stdout.isatty():
        raise UsageError("Refusing to write binary audio to the terminal; use --out FILE or redirect stdout")
    if not to_stdout:
        if out.is_dir():
            raise UsageError(f"--out {out} is a folder; give a file name, e.g. {out / (sid + '.' + format)}")
        if not out.parent.is_dir():
            raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    from twiliocli.api import media

    client = runtime(ctx).client()
    chunks = media.download(client, RECORDINGS.media(sid, format, AccountSid=client.account_sid))
    if to_stdout:
        sys.stdout.flush()
        size = _copy(chunks, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        from twiliocli import atomic

        with atomic.writer(out, "wb") as handle:
            size = _copy(chunks, handle)
    from twiliocli.output import messages

    messages.success(f"Downloaded {sid}.{format} ({size:,} bytes)" + ("" if to_stdout else f" to {out}"))


download.__doc__ += examples(
    f"twiliocli recordings download {SID} --out call.wav",
    f"twiliocli recordings download {SID} --format mp3 > call.mp3",
)


def _copy(chunks: Any, stream: BinaryIO) -> int:
    size = 0
    for chunk in chunks:
        stream.write(chunk)
        size += len(chunk)
    return size
