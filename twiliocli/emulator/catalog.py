"""What the emulator stores and shows for each resource, declared once.

Paths, list keys and SID prefixes come from `twiliocli.api.resources` (the project's single
description of the API), and each record's fields, in the order Twilio's schema lists them and
typed as it types them, from the one field table (`twiliocli.openapi.fields`, which the CLI reads
too); this module adds the facts only a server needs: how a few fields are kept otherwise (derived,
server links, state the responses do not show), which query parameters filter which column, which
form parameters an update may change, and the sub-resource links a record carries. Generic list/fetch/update/delete code and the SQLite schema are driven
from these declarations, so a new resource is mostly a new `Kind`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from twiliocli.api import resources as api
from twiliocli.openapi.fields import FIELDS

TEXT, INT, BOOL, DATE, JSON, DERIVED = "text", "int", "bool", "date", "json", "derived"
LINK = "link"  # a path on this server, stored relative and shown as an absolute URL
EQ, DAY, FLAG, LIKE = "eq", "date", "bool", "like"


@dataclass(frozen=True)
class Field:
    """One record property: wire type, and whether responses show it (hidden = emulator state)."""

    name: str
    kind: str = TEXT
    hidden: bool = False


# How the table's types are kept: numbers (coordinates) and free-form values as JSON documents.
STORED = {"string": TEXT, "date": DATE, "integer": INT, "boolean": BOOL}


def fields(resource: api.Resource, overrides: str = "") -> tuple[Field, ...]:
    """The resource's fields from the field table, with `overrides` (`"price:text _url"`): a field
    kept as another kind than its type says, or, with a leading underscore, hidden state appended."""
    kinds = {name: STORED.get(kind, JSON) for name, kind in FIELDS[resource.name]}
    hidden = []
    for token in overrides.split():
        name, _, kind = token.partition(":")
        if name.startswith("_"):
            hidden.append(Field(name[1:], kind or TEXT, hidden=True))
        else:
            kinds[name] = kind
    return tuple(Field(name, kind) for name, kind in kinds.items()) + tuple(hidden)


@dataclass(frozen=True)
class Filter:
    """A list query parameter: `column` compared by `op` (`date` also takes `Param<`/`Param>`)."""

    column: str
    op: str = EQ


@dataclass(frozen=True)
class View:
    """Another path the same records are served under, with that schema's own field subset.

    `path` (None: the record's own path) builds each record's `uri`; `only` may name hidden fields.
    """

    path: str | None = None
    omit: tuple[str, ...] = ()
    only: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    """One stored resource: its table, fields, filters, updatable fields and sub-resources."""

    api: api.Resource
    table: str
    fields: tuple[Field, ...]
    filters: dict[str, Filter] = field(default_factory=dict)
    updatable: tuple[str, ...] = ()
    subresources: dict[str, str] = field(default_factory=dict)
    key: str = "sid"
    order: str = "date_created"
    list_omit: tuple[str, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    unique: tuple[str, ...] = ()

    @property
    def unique_columns(self) -> tuple[str, ...]:
        return self.unique or (self.key,)

    @property
    def prefix(self) -> str:
        return self.api.sid_prefix

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.name not in ("uri", "subresource_uris") and f.kind != DERIVED)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def camel(name: str) -> str:
    """`voice_caller_id_lookup` -> `VoiceCallerIdLookup`: how Twilio names form parameters."""
    return "".join(part.capitalize() for part in name.split("_"))


URL_METHOD = "url method fallback_url fallback_method"
ACCOUNT_LINKS = {
    "available_phone_numbers": "AvailablePhoneNumbers", "calls": "Calls", "conferences": "Conferences",
    "incoming_phone_numbers": "IncomingPhoneNumbers", "notifications": "Notifications",
    "outgoing_caller_ids": "OutgoingCallerIds", "recordings": "Recordings",
    "transcriptions": "Transcriptions", "addresses": "Addresses", "signing_keys": "SigningKeys",
    "connect_apps": "ConnectApps", "sip": "SIP", "authorized_connect_apps": "AuthorizedConnectApps",
    "usage": "Usage", "keys": "Keys", "applications": "Applications", "short_codes": "SMS/ShortCodes",
    "queues": "Queues", "messages": "Messages", "balance": "Balance",
}

ACCOUNTS = Kind(
    api.ACCOUNTS, "accounts",
    fields(api.ACCOUNTS),
    filters={"FriendlyName": Filter("friendly_name"), "Status": Filter("status")},
    updatable=("friendly_name", "status"),
    subresources=ACCOUNT_LINKS,
)

APPLICATION_SETTINGS = (
    "api_version voice_url voice_method voice_fallback_url voice_fallback_method status_callback "
    "status_callback_method voice_caller_id_lookup sms_url sms_method sms_fallback_url "
    "sms_fallback_method sms_status_callback message_status_callback friendly_name "
    "public_application_connect_enabled"
).split()

APPLICATIONS = Kind(
    api.APPLICATIONS, "applications",
    fields(api.APPLICATIONS),
    filters={"FriendlyName": Filter("friendly_name")},
    updatable=tuple(APPLICATION_SETTINGS),
)

CALLS = Kind(
    api.CALLS, "calls",
    fields(api.CALLS, "to_formatted:derived from_formatted:derived _url _method _twiml"),
    filters={
        "To": Filter("to"), "From": Filter("from"), "ParentCallSid": Filter("parent_call_sid"),
        "Status": Filter("status"), "StartTime": Filter("start_time", DAY),
        "EndTime": Filter("end_time", DAY),
    },
    subresources={
        "notifications": "Notifications", "recordings": "Recordings", "payments": "Payments",
        "events": "Events", "siprec": "Siprec", "streams": "Streams", "transcriptions": "Transcriptions",
        "user_defined_message_subscriptions": "UserDefinedMessageSubscriptions",
        "user_defined_messages": "UserDefinedMessages",
    },
    indexes=(("parent_call_sid",),),
)

MESSAGES = Kind(
    api.MESSAGES, "messages",
    fields(api.MESSAGES),
    filters={"To": Filter("to"), "From": Filter("from"), "DateSent": Filter("date_sent", DAY)},
    subresources={"media": "Media", "feedback": "Feedback"},
)

# The retired /SMS/Messages resource shows the same messages with the 2010 field set.
SMS_MESSAGE_FIELDS = ("sid", "date_created", "date_updated", "date_sent", "account_sid", "to", "from",
                      "body", "status", "direction", "price", "price_unit", "api_version", "uri")

CALLER_IDS = Kind(
    api.CALLER_IDS, "caller_ids",
    fields(api.CALLER_IDS),
    filters={"PhoneNumber": Filter("phone_number"), "FriendlyName": Filter("friendly_name")},
    updatable=("friendly_name",),
)

CONFERENCES = Kind(
    api.CONFERENCES, "conferences",
    fields(api.CONFERENCES),
    filters={
        "DateCreated": Filter("date_created", DAY), "DateUpdated": Filter("date_updated", DAY),
        "FriendlyName": Filter("friendly_name"), "Status": Filter("status"),
    },
    subresources={"participants": "Participants", "recordings": "Recordings"},
)

PARTICIPANTS = Kind(
    api.PARTICIPANTS, "participants",
    fields(api.PARTICIPANTS),
    filters={"Muted": Filter("muted", FLAG), "Hold": Filter("hold", FLAG), "Coaching": Filter("coaching", FLAG)},
    updatable=("muted", "hold", "coaching", "call_sid_to_coach", "end_conference_on_exit"),
    key="call_sid",
    unique=("conference_sid", "call_sid"),
)

NOTIFICATIONS = Kind(
    api.NOTIFICATIONS, "notifications",
    fields(api.NOTIFICATIONS),
    filters={"Log": Filter("log"), "MessageDate": Filter("message_date", DAY)},
    list_omit=("request_variables", "response_body", "response_headers"),
    order="message_date",
    indexes=(("call_sid",),),
)

NUMBER_SETTINGS = (
    "api_version friendly_name sms_application_sid sms_fallback_method sms_fallback_url sms_method "
    "sms_url status_callback status_callback_method voice_application_sid voice_caller_id_lookup "
    "voice_fallback_method voice_fallback_url voice_method voice_url emergency_status "
    "emergency_address_sid trunk_sid voice_receive_mode identity_sid address_sid bundle_sid"
).split()

NUMBERS = Kind(
    api.NUMBERS, "numbers",
    fields(api.NUMBERS),
    filters={"Beta": Filter("beta", FLAG), "FriendlyName": Filter("friendly_name"),
             "PhoneNumber": Filter("phone_number", LIKE), "Origin": Filter("origin")},
    updatable=tuple(NUMBER_SETTINGS) + ("account_sid",),
)
NUMBER_TYPES = {"Local": "local", "Mobile": "mobile", "TollFree": "toll-free"}
NUMBER_TYPE_VIEW = View(omit=("type",))  # the Local/Mobile/TollFree schemas have no `type`

COUNTRIES = {"US": "United States", "CA": "Canada", "GB": "United Kingdom"}  # those the demo inventory covers
AVAILABLE_NUMBERS = Kind(
    api.AVAILABLE_NUMBERS, "available_numbers",
    fields(api.AVAILABLE_NUMBERS, "_type"),
    key="phone_number",
    order="phone_number",
)

RECORDINGS = Kind(
    api.RECORDINGS, "recordings",
    fields(api.RECORDINGS, "media_url:link _track _paused_at:int _paused_seconds:int"),  # pauses of a live one
    filters={"DateCreated": Filter("date_created", DAY), "CallSid": Filter("call_sid"),
             "ConferenceSid": Filter("conference_sid"), "IncludeSoftDeleted": Filter("", FLAG)},
    subresources={"add_on_results": "AddOnResults", "transcriptions": "Transcriptions"},
    indexes=(("call_sid",), ("conference_sid",)),
)
CALL_RECORDING_VIEW = View(
    "/Accounts/{AccountSid}/Calls/{CallSid}/Recordings",
    only=("account_sid", "api_version", "call_sid", "conference_sid", "date_created", "date_updated",
          "start_time", "duration", "sid", "price", "uri", "encryption_details", "price_unit", "status",
          "channels", "source", "error_code", "track"),
)
CONFERENCE_RECORDING_VIEW = View(
    "/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings",
    only=CALL_RECORDING_VIEW.only[:-1],
)

TRANSCRIPTIONS = Kind(
    api.TRANSCRIPTIONS, "transcriptions",
    fields(api.TRANSCRIPTIONS, "price:text"),  # a number in the schema, a string in its examples (the wire)
    indexes=(("recording_sid",),),
)

SANDBOX = Kind(
    api.SANDBOX, "sandboxes",
    fields(api.SANDBOX),
    updatable=("voice_url", "voice_method", "sms_url", "sms_method"),
    key="account_sid",
)

MEDIA = Kind(
    api.MEDIA, "media",
    fields(api.MEDIA, "_message_sid _size:int"),
    filters={"DateCreated": Filter("date_created", DAY)},
    indexes=(("message_sid",),),
)

# A call's API and webhook exchanges (spec: ListCallEvent); they have no SID of their own.
CALL_EVENTS = Kind(
    api.CALL_EVENTS, "call_events",
    fields(api.CALL_EVENTS, "_account_sid _call_sid _sid _date_created:date"),
    indexes=(("call_sid",),),
)

ALL: tuple[Kind, ...] = (ACCOUNTS, APPLICATIONS, CALLS, MESSAGES, CALLER_IDS, CONFERENCES, PARTICIPANTS,
                         NOTIFICATIONS, NUMBERS, AVAILABLE_NUMBERS, RECORDINGS, TRANSCRIPTIONS, SANDBOX, MEDIA,
                         CALL_EVENTS)
