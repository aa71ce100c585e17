"""The recording of a whole call, as `Record=true` asks: it starts when the call is answered and
is completed when the call ends (its duration the call's), then `RecordingStatusCallback` hears
of it with Twilio's parameters. The audio is served like any recording's (`audio`).

`RecordingStatusCallbackEvent` may ask for `in-progress` and `completed` (the default); `absent`
(nothing was recorded) is sent for a call that was never answered.
"""

from __future__ import annotations

from werkzeug.datastructures import MultiDict

from . import catalog, rows
from .dates import rfc2822
from .store import Store

RECORDINGS = catalog.RECORDINGS


def plan(form: MultiDict, host: str, source: str = "OutboundAPI") -> dict | None:
    """What a call created with `form` records (None: nothing); `host` makes `RecordingUrl` absolute."""
    if (form.get("Record") or "").lower() != "true":
        return None
    url = form.get("RecordingStatusCallback")
    events = [e for value in form.getlist("RecordingStatusCallbackEvent") for e in value.replace(",", " ").split()]
    callback = ({"url": url, "method": (form.get("RecordingStatusCallbackMethod") or "POST").upper(),
                 "events": events or ["completed"]} if url else None)
    return {"source": source, "host": host, "callback": callback, "sid": None,
            "channels": 2 if form.get("RecordingChannels") == "dual" else 1,
            "track": form.get("RecordingTrack") or "both"}


def begin(store: Store, call: dict, plan: dict, t: float) -> dict:
    """The recording, in progress from `t` (no duration or price yet)."""
    when = int(t)
    row = rows.recording(call["account_sid"], call["sid"], when, 0, source=plan["source"])
    row = store.insert(RECORDINGS, {**row, "status": "in-progress", "duration": "-1", "price": None,
                                    "channels": plan["channels"], "track": plan["track"], "paused_seconds": 0})
    plan["sid"] = row["sid"]
    return row


def end(store: Store, plan: dict) -> dict | None:
    """The recording as its call's end left it (`live_recordings` completed it then, unless it was
    stopped before), or None if it was never started or was deleted meanwhile."""
    return store.get(RECORDINGS, sid=plan["sid"]) if plan["sid"] else None


def callback_params(call: dict, plan: dict, recording: dict | None, status: str) -> dict[str, str]:
    """Twilio's recording status callback parameters for `recording` (None: `absent`)."""
    params = {"AccountSid": call["account_sid"], "CallSid": call["sid"], "RecordingStatus": status,
              "RecordingSource": plan["source"], "RecordingChannels": str(plan["channels"]),
              "RecordingTrack": plan["track"]}
    if recording is not None:
        params.update(RecordingSid=recording["sid"], RecordingUrl=plan["host"] + recording["media_url"],
                      RecordingStartTime=rfc2822(recording["start_time"]) or "")
        if status == "completed":
            params["RecordingDuration"] = recording["duration"]
    return params
