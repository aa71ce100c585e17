"""`twiliocli numbers`: the account's phone numbers, and Twilio's numbers available to buy."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

import typer

from twiliocli.api import resources as R
from twiliocli.api.resources import AVAILABLE_NUMBERS, NUMBERS, Setting
from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.commands import ResourceGroup
from twiliocli.cli.framework.signature import examples, param
from twiliocli.errors import UsageError

SID, AC = "PN0123456789abcdef0123456789abcdef", "AC0123456789abcdef0123456789abcdef"
WANTED = (
    Setting("phone-number", "PhoneNumber", R.PHONE, "The number to buy (E.164), as `numbers search` found it."),
    Setting("area-code", "AreaCode", R.INT, "Buy any available number in this area code instead."),
)
TO_ACCOUNT = Setting("to-account", "AccountSid", R.SID, "The account (AC…) to move the number to.", sid_prefix="AC")

group = ResourceGroup(NUMBERS, "Phone numbers: list yours, search and buy new ones, configure, release and transfer.")
app = group.app
available = ResourceGroup(AVAILABLE_NUMBERS, app=app)

def _typed(default: str | None, types: tuple[str, ...], help: str) -> Any:
    return param("number_type", Annotated[Optional[Literal[types]], typer.Option("--type", help=help)], default)  # type: ignore[valid-type]


def _owned_path(client: Any, ids: dict[str, str], options: dict[str, Any]) -> str:
    """`IncomingPhoneNumbers`, or its list of one type (`IncomingPhoneNumbers/Local`)."""
    kind = options.get("number_type")
    return (NUMBERS.view(kind) if kind else NUMBERS).collection(AccountSid=client.account_sid)


OWNED_TYPE = _typed(None, R.NUMBER_TYPES, "Only numbers of this type (local, mobile, toll-free).")
group.list("List your phone numbers." + examples("twiliocli numbers list", "twiliocli numbers list --phone-number '*0100' -o csv",
                                                  "twiliocli numbers list --type toll-free"),
           extra=[OWNED_TYPE], path=_owned_path)
group.get("Show one of your numbers." + examples(f"twiliocli numbers get {SID}"))


def _search_path(client: Any, ids: dict[str, str], options: dict[str, Any]) -> str:
    kind = AVAILABLE_NUMBERS.extra[options["number_type"]]
    return AVAILABLE_NUMBERS.collection(AccountSid=client.account_sid, CountryCode=options["country"], Type=kind)


available.list(
    "Search the numbers Twilio has for sale."
    + examples(
        "twiliocli numbers search --area-code 415 --sms-enabled",
        "twiliocli numbers search --country GB --type mobile --contains 7700",
        "twiliocli numbers search --near-lat-long 37.77,-122.42 --distance 10 --limit 5",
    ),
    name="search",
    extra=[
        param("country", Annotated[str, typer.Option("--country", parser=P.country, metavar="CC", help="Two-letter country code (ISO 3166-1).")], "US"),
        param("number_type", Annotated[Literal[tuple(R.AVAILABLE_TYPE_PATHS)], typer.Option("--type", help="Kind of number.")], "local"),  # type: ignore[valid-type]
    ],
    path=_search_path,
)


def _one_wanted(data: dict[str, Any], options: dict[str, Any]) -> None:
    if ("PhoneNumber" in data) == ("AreaCode" in data):
        raise UsageError("Give exactly one of --phone-number or --area-code: which number to buy")
    if options.get("number_type") and "AreaCode" in data:
        raise UsageError("--type buys the number given with --phone-number (find one with `numbers search --type`), "
                         "not any in --area-code")


group.create(
    "buy", "Buy a number, optionally configuring it (costs money: asks first)."
    + examples(
        "twiliocli numbers buy --phone-number +15005550006 --voice-url https://example.com/voice --yes",
        "twiliocli numbers buy --area-code 415 --friendly-name Sales -y",
        "twiliocli numbers buy --type toll-free --phone-number +18005550100 -y",
    ),
    settings=(*WANTED, *NUMBERS.settings), check=_one_wanted,
    extra=[_typed(None, R.NUMBER_TYPES, "Buy through the list of this type (the number must be of it).")], path=_owned_path,
    ask=lambda v: f"Buy {v.get('PhoneNumber') or 'a number in area code ' + str(v.get('AreaCode'))}? Twilio bills it every month",
)
group.update(
    "update", "Change a number's name, webhooks or applications (only the options given change)."
    + examples(f"twiliocli numbers update {SID} --sms-url https://example.com/sms --sms-method GET",
               f"twiliocli numbers update {SID} --voice-application-sid AP0123456789abcdef0123456789abcdef"),
)
group.delete(
    "Release a number back to Twilio: billing stops and you may never get it back (asks first)."
    + examples(f"twiliocli numbers release {SID} --yes"),
    name="release", what="Release", done="Released",
)
group.update(
    "transfer", "Move a number to another subaccount of the same main account (asks first)."
    + examples(f"twiliocli numbers transfer {SID} --to-account {AC} --yes"),
    settings=(TO_ACCOUNT,), required=("to-account",), ask="Move number {sid} to account {AccountSid}?",
)
