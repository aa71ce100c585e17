"""`twiliocli transcriptions`: text made from recordings."""

from __future__ import annotations

from twiliocli.api.resources import TRANSCRIPTIONS
from twiliocli.cli.framework.commands import ResourceGroup, narrowed_by
from twiliocli.cli.framework.signature import examples

SID, RE = "TR0123456789abcdef0123456789abcdef", "RE0123456789abcdef0123456789abcdef"

group = ResourceGroup(TRANSCRIPTIONS, "Recording transcriptions: list, inspect and delete.")
app = group.app


group.list(
    "List transcriptions, all or of one recording." + examples("twiliocli transcriptions list", f"twiliocli transcriptions list --recording {RE} -o json"),
    **narrowed_by(TRANSCRIPTIONS, "recording", "recording_path", "RecordingSid", "RE", "Only transcriptions of this recording."),
)
group.get("Show one transcription, with its text." + examples(f"twiliocli transcriptions get {SID} --fields transcription_text"))
group.delete("Delete a transcription." + examples(f"twiliocli transcriptions delete {SID} --yes"))
