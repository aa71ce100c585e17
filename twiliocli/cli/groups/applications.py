"""`twiliocli applications`: TwiML applications (voice and SMS webhooks shared by many numbers)."""

from __future__ import annotations

from twiliocli.api.resources import APPLICATIONS
from twiliocli.cli.framework.commands import ResourceGroup
from twiliocli.cli.framework.signature import examples

SID = "AP0123456789abcdef0123456789abcdef"

group = ResourceGroup(APPLICATIONS, "TwiML applications: list, inspect, create, update and delete.")
app = group.app

group.list("List applications." + examples("twiliocli applications list", "twiliocli applications list --friendly-name 'Demo IVR' -o json"))
group.get("Show one application." + examples(f"twiliocli applications get {SID}"))
group.create(
    "create", "Create an application from its webhook URLs."
    + examples(
        "twiliocli applications create --friendly-name IVR --voice-url https://example.com/voice",
        "twiliocli applications create --friendly-name Bot --sms-url https://example.com/sms --sms-method GET",
    ),
    required=("friendly-name",),
)
group.update(
    "update", "Change an application's name or webhooks (only the options given change)."
    + examples(f"twiliocli applications update {SID} --voice-url https://example.com/v2 --voice-method POST"),
)
group.delete("Delete an application (numbers using it stop answering through it)." + examples(f"twiliocli applications delete {SID} --yes"))
