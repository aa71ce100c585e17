"""Add-on results' payload data: Twilio answers `…/Data.json` with a 307 to where the document is.

Twilio redirects to a short-lived storage URL; the emulator redirects to the same path without
`.json` (as a message's media is its record with `.json` and the picture without), which answers
the payload's document: what the add-on found, made up from the payload's own ids.
"""

from __future__ import annotations

from werkzeug.wrappers import Response

from .. import crud, envelope, spec_kinds
from ..context import Context

PAYLOADS = spec_kinds.kind(spec_kinds.ACCOUNT + "/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads")
DATA = PAYLOADS.api.path + "/{PayloadSid}/Data"


def fetch_data(ctx: Context, ReferenceSid: str, AddOnResultSid: str, PayloadSid: str):
    payload = crud.find(ctx, PAYLOADS, account_sid=ctx.account_sid, reference_sid=ReferenceSid,
                        add_on_result_sid=AddOnResultSid, sid=PayloadSid)
    if ctx.request.path.endswith(".json"):
        target = ctx.host + ctx.request.path.removesuffix(".json")
        return Response(envelope.dumps({"redirect_to": target}), status=307, headers={"Location": target},
                        content_type="application/json; charset=utf-8")
    document = {"status": "successful", "message": None, "code": None,
                "result": {"label": payload["label"], "reference_sid": ReferenceSid, "add_on_result_sid": AddOnResultSid,
                           "text": f"Demo {payload['label']} of recording {ReferenceSid}"}}
    return Response(envelope.dumps(document), content_type=payload["content_type"] or "application/json")


ROUTES = (("GET", DATA, fetch_data),)
