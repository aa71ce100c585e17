"""Every resource the tool knows, described once.

The CLI builds its options and columns from these declarations, the API layer builds paths and
reads list envelopes with them, the emulator serves the same paths, list keys and SID prefixes.
Pure data: importing this module costs nothing, so `--help` and completion stay fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

API_VERSION = "2010-04-01"

# Value kinds a filter or option can take; the CLI validates each before any request.
TEXT, PHONE, SID, DATE, DATETIME, CHOICE, BOOL, INT, URL, LATLONG, LIST, PAIRS = (
    "text", "phone", "sid", "date", "datetime", "choice", "bool", "int", "url", "latlong", "list", "pairs",
)
# Who a call or message is to or from, beyond phone numbers (twiliocli/validate.py says which forms):
# VOICE a call's party (client:NAME, sip:USER@HOST), CALLER a call's From, ADDRESS a message's
# recipient (whatsapp:+1…), SENDER a message's From (also short codes and alphanumeric sender IDs).
VOICE, CALLER, ADDRESS, SENDER = "voice", "caller", "address", "sender"


class Filter(NamedTuple):
    """A list filter: `--option VALUE` on the command line becomes `Param=VALUE` on the request."""

    option: str
    param: str
    kind: str = TEXT
    help: str = ""
    choices: tuple[str, ...] = ()
    sid_prefix: str = ""
    api_values: tuple[str, ...] = ()  # what the API wants for each choice, when it differs
    # The API has no such parameter: `param` names the record field the CLI compares (client-side).
    local: bool = False
    aliases: tuple[str, ...] = ()  # older option names still accepted (`--started-after` for `--since`)


# A field a create/update command sets: `--option VALUE` becomes the form field `Param=VALUE`,
# validated by its kind exactly like a filter.
Setting = Filter


def date_filters(stem: str, param: str, what: str, kind: str = DATE, *, main: bool = False) -> tuple[Filter, ...]:
    """`--STEM-after/-before/-on` for a date parameter, as Twilio spells it (`Param>`, `Param<`, `Param`).

    The `main` date of a list (its `date_param`) is `--since/--until` as on stats, export and sync,
    with `--STEM-after/-before` kept as aliases."""
    lead = f"{stem}-" if stem else ""
    after, before = Filter(f"{lead}after", f"{param}>", kind, f"Only {what} on or after this date."), \
        Filter(f"{lead}before", f"{param}<", kind, f"Only {what} on or before this date.")
    if main:
        after = after._replace(option="since", aliases=(after.option,))
        before = before._replace(option="until", aliases=(before.option,))
    return (after, before, Filter(f"{lead}on", param, kind, f"Only {what} on this date."))


class Lifecycle(NamedTuple):
    """How a resource's records become final (by `status`): an incremental export writes each
    record once, when it is final, and comes back for the others (export/watermark.py)."""

    final: frozenset[str]
    settles: frozenset[str] = frozenset()  # final once the hold has passed (an SMS `sent` no carrier confirms)
    # Final statuses whose records may have no `date_field` (a call canceled while queued); export
    # fetches them with the list's `Status` filter, so only a list that has one may name any.
    undated: tuple[str, ...] = ()


class Tally(NamedTuple):
    """How `GROUP stats` sums a resource up: the keys it groups by, the statuses that count as
    failures, and the quantity it adds up besides count and price (a call's seconds, a message's segments)."""

    keys: tuple[str, ...]
    failed: tuple[str, ...]
    amount: str
    amount_name: str


class Resource(NamedTuple):
    """One REST resource of the 2010-04-01 API.

    `path` is relative to `/2010-04-01` and has no `.json`; `{AccountSid}` and any parent
    placeholders are filled by the caller. `list_keys` names the envelope keys that may carry the
    records, the current one first (older API versions used other names).
    """

    name: str
    path: str
    list_keys: tuple[str, ...]
    sid_prefix: str  # the one new records get; `other_sid_prefixes` are accepted too
    # The default columns of a table, in order, each with its priority on a narrow terminal: a
    # table leaves out the highest numbers first and never cuts a value, except the free text
    # named in `shorten`, which may end with "…" (a SID, number, date or status is shown whole).
    columns: dict[str, int]
    schema: str = ""  # its records' schema in Twilio's OpenAPI document: the field table is made from it
    filters: tuple[Filter, ...] = ()
    sid_field: str = "sid"
    date_field: str = "date_created"
    date_param: str = ""
    title: str = ""
    extra: Mapping[str, str] = MappingProxyType({})
    exportable: bool = False  # gets `GROUP export` (cli/framework/export.py), windowed on `date_field`
    lifecycle: Lifecycle | None = None  # None: a record is final as soon as it is listed
    explained: Mapping[str, str] = MappingProxyType({})  # a column -> the error-code field it explains
    tally: Tally | None = None  # gets `GROUP stats` (cli/framework/stats.py), windowed like export
    watchable: bool = False  # its `list` takes --watch: new records as they appear
    settings: tuple[Setting, ...] = ()  # what create/update commands may set, in help order
    shorten: tuple[str, ...] = ()
    part_of: str = ""  # the command group its commands join, when it has none of its own
    other_sid_prefixes: tuple[str, ...] = ()  # e.g. MM for a message with media (the spec's pattern)
    label: str = ""  # a field that addresses a record in its path instead of the SID (a participant's label)

    @property
    def sid_prefixes(self) -> tuple[str, ...]:
        return (self.sid_prefix, *self.other_sid_prefixes)

    @property
    def group(self) -> str:
        """Its command group: `twiliocli GROUP …`, served by the module `twiliocli.cli.groups.GROUP`."""
        return self.part_of or self.name

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field a record of this resource has, per the official spec (the one field table)."""
        from twiliocli.openapi.fields import FIELDS

        return tuple(name for name, _ in FIELDS.get(self.name, ()))

    @property
    def list_key(self) -> str:
        return self.list_keys[0]

    def collection(self, **ids: str) -> str:
        """Path of the list, e.g. `/2010-04-01/Accounts/AC…/Calls.json`."""
        return f"/{API_VERSION}{self.path.format(**ids)}.json"

    def instance(self, sid: str, **ids: str) -> str:
        """Path of one record, e.g. `/2010-04-01/Accounts/AC…/Calls/CA….json`."""
        from urllib.parse import quote

        return f"/{API_VERSION}{self.path.format(**ids)}/{quote(sid, safe='')}.json"  # a label may hold anything

    def media(self, sid: str, extension: str, **ids: str) -> str:
        """Path of a record's other representation, e.g. a recording's audio `/…/Recordings/RE….wav`."""
        return f"/{API_VERSION}{self.path.format(**ids)}/{sid}.{extension}"

    def content(self, sid: str, **ids: str) -> str:
        """Path of what a record stands for, no extension: e.g. an MMS picture `/…/Media/ME…`."""
        return f"/{API_VERSION}{self.path.format(**ids)}/{sid}"

    def view(self, key: str) -> Resource:
        """The same resource seen under another collection named in `extra` (e.g. one call's notifications)."""
        return self._replace(path=self.extra[key])


def api_path(path: str, **ids: str) -> str:
    """A path as people write it for `twiliocli api`, made whole: `/2010-04-01` in front, `.json` at the end
    when it names no format, and `{AccountSid}`-style placeholders filled from `ids`."""
    path = "/" + path.strip().lstrip("/")
    for name, value in ids.items():
        path = path.replace("{" + name + "}", value)
    if not path.startswith(f"/{API_VERSION}/") and path != f"/{API_VERSION}":
        path = f"/{API_VERSION}{path}"
    stem, _, query = path.partition("?")
    if "." not in stem.rsplit("/", 1)[-1]:
        stem += ".json"
    return stem + (f"?{query}" if query else "")


CALL_STATUSES = ("queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled")
MESSAGE_STATUSES = (
    "queued", "sending", "sent", "failed", "delivered", "undelivered", "receiving", "received",
    "accepted", "scheduled", "read", "partially_delivered", "canceled",
)
ACCOUNT_STATUSES = ("active", "suspended", "closed")
CONFERENCE_STATUSES = ("init", "in-progress", "completed")
HTTP_METHODS = ("GET", "POST")
# A number type as the command line says it -> the path segment of its own list (spec: *Local, *TollFree …).
NUMBER_TYPE_PATHS = {"local": "Local", "mobile": "Mobile", "toll-free": "TollFree"}
AVAILABLE_TYPE_PATHS = {**NUMBER_TYPE_PATHS, "national": "National", "shared-cost": "SharedCost", "voip": "Voip",
                        "machine-to-machine": "MachineToMachine"}
NUMBER_TYPES = tuple(NUMBER_TYPE_PATHS)
API_VERSIONS = ("2010-04-01", "2008-08-01")


def _method(option: str, of: str) -> Setting:
    return Setting(option, "".join(w.capitalize() for w in option.split("-")), CHOICE, f"HTTP method for {of} (GET or POST).", HTTP_METHODS)


# The webhook fields applications and phone numbers share (spec: CreateApplication, UpdateIncomingPhoneNumber).
FRIENDLY_NAME = Setting("friendly-name", "FriendlyName", TEXT, "A name for it, up to 64 characters.")
VOICE_URL = Setting("voice-url", "VoiceUrl", URL, "URL Twilio requests when a call comes in.")
SMS_URL = Setting("sms-url", "SmsUrl", URL, "URL Twilio requests when a message comes in.")
WEBHOOK_SETTINGS: tuple[Setting, ...] = (
    FRIENDLY_NAME,
    VOICE_URL,
    _method("voice-method", "--voice-url"),
    Setting("voice-fallback-url", "VoiceFallbackUrl", URL, "URL Twilio requests when --voice-url fails."),
    _method("voice-fallback-method", "--voice-fallback-url"),
    Setting("status-callback", "StatusCallback", URL, "URL Twilio tells of call status changes (e.g. call ended)."),
    _method("status-callback-method", "--status-callback"),
    Setting("voice-caller-id-lookup", "VoiceCallerIdLookup", BOOL, "Look up callers' names in the CNAM database (extra charges)."),
    SMS_URL,
    _method("sms-method", "--sms-url"),
    Setting("sms-fallback-url", "SmsFallbackUrl", URL, "URL Twilio requests when --sms-url fails."),
    _method("sms-fallback-method", "--sms-fallback-url"),
    Setting("api-version", "ApiVersion", CHOICE, "TwiML API version for the requests Twilio makes.", API_VERSIONS),
)

ACCOUNTS = Resource(
    name="accounts",
    schema="api.v2010.account",
    path="/Accounts",
    list_keys=("accounts",),
    sid_prefix="AC",
    columns={"sid": 1, "friendly_name": 2, "status": 1, "type": 3, "date_created": 2},
    shorten=("friendly_name",),
    filters=(
        Filter("friendly-name", "FriendlyName", TEXT, "Only accounts with exactly this friendly name."),
        Filter("status", "Status", CHOICE, "Only accounts with this status.", ACCOUNT_STATUSES),
    ),
    title="Accounts and subaccounts",
    settings=(
        Setting("friendly-name", "FriendlyName", TEXT, "A name for the account, up to 64 characters."),
        Setting("status", "Status", CHOICE, "New status (closing is final).", ACCOUNT_STATUSES),
    ),
)

APPLICATIONS = Resource(
    name="applications",
    schema="api.v2010.account.application",
    path="/Accounts/{AccountSid}/Applications",
    list_keys=("applications",),
    sid_prefix="AP",
    columns={"sid": 1, "friendly_name": 2, "voice_url": 3, "sms_url": 4, "date_created": 2},
    shorten=("friendly_name", "voice_url", "sms_url"),
    filters=(Filter("friendly-name", "FriendlyName", TEXT, "Only applications with exactly this friendly name."),),
    title="TwiML applications",
    settings=(
        *WEBHOOK_SETTINGS,
        Setting("sms-status-callback", "SmsStatusCallback", URL, "URL Twilio tells of the status of messages sent with this application."),
        Setting("message-status-callback", "MessageStatusCallback", URL, "URL Twilio tells of the status of messages (Messages API)."),
    ),
)

CALLS = Resource(
    name="calls",
    schema="api.v2010.account.call",
    path="/Accounts/{AccountSid}/Calls",
    list_keys=("calls",),
    sid_prefix="CA",
    columns={"sid": 1, "from": 2, "to": 2, "status": 1, "direction": 5, "start_time": 3, "duration": 4},
    filters=(
        Filter("to", "To", VOICE, "Only calls to this number (E.164), client:NAME or sip: address."),
        Filter("from", "From", VOICE, "Only calls from this number (E.164), client:NAME or sip: address."),
        Filter("status", "Status", CHOICE, "Only calls with this status.", CALL_STATUSES),
        Filter("parent-call-sid", "ParentCallSid", SID, "Only child legs of this call.", sid_prefix="CA"),
        *date_filters("started", "StartTime", "calls started", DATETIME, main=True),
        *date_filters("ended", "EndTime", "calls ended", DATETIME),
    ),
    date_field="start_time",
    date_param="StartTime",
    title="Voice calls",
    watchable=True,
    exportable=True,
    lifecycle=Lifecycle(frozenset({"completed", "busy", "failed", "no-answer", "canceled"}), undated=("canceled",)),
    tally=Tally(("day", "hour", "status", "direction", "to", "from"), ("busy", "failed", "no-answer"), "duration", "seconds"),
)

CALLER_IDS = Resource(
    name="caller-ids",
    schema="api.v2010.account.outgoing_caller_id",
    path="/Accounts/{AccountSid}/OutgoingCallerIds",
    list_keys=("outgoing_caller_ids",),
    sid_prefix="PN",
    columns={"sid": 1, "phone_number": 1, "friendly_name": 2, "date_created": 3},
    shorten=("friendly_name",),
    filters=(
        Filter("phone-number", "PhoneNumber", PHONE, "Only this caller ID (E.164)."),
        Filter("friendly-name", "FriendlyName", TEXT, "Only caller IDs with exactly this friendly name."),
    ),
    title="Verified outgoing caller IDs",
    settings=(
        FRIENDLY_NAME,
        Setting("call-delay", "CallDelay", INT, "Seconds Twilio waits (0-60) before it calls the number to verify."),
        Setting("extension", "Extension", TEXT, "Digits Twilio dials after the call connects (an extension)."),
        Setting("status-callback", "StatusCallback", URL, "URL Twilio tells of the verification call's result."),
        _method("status-callback-method", "--status-callback"),
    ),
)

# What POST /OutgoingCallerIds answers: a validation request, not a caller ID (spec: CreateValidationRequest).
VALIDATION_REQUESTS = Resource(
    name="validation-requests",
    schema="api.v2010.account.validation_request",
    path="/Accounts/{AccountSid}/OutgoingCallerIds",
    list_keys=(),
    sid_prefix="",
    columns={"phone_number": 1, "validation_code": 1, "friendly_name": 3, "call_sid": 2},
    shorten=("friendly_name",),
    title="Caller ID validation requests",
)

CONFERENCES = Resource(
    name="conferences",
    schema="api.v2010.account.conference",
    path="/Accounts/{AccountSid}/Conferences",
    list_keys=("conferences",),
    sid_prefix="CF",
    columns={"sid": 1, "friendly_name": 2, "status": 1, "date_created": 3, "date_updated": 4},
    shorten=("friendly_name",),
    filters=(
        Filter("status", "Status", CHOICE, "Only conferences with this status.", CONFERENCE_STATUSES),
        Filter("friendly-name", "FriendlyName", TEXT, "Only conferences with exactly this friendly name."),
        *date_filters("created", "DateCreated", "conferences created", main=True),
        *date_filters("updated", "DateUpdated", "conferences updated"),
    ),
    date_param="DateCreated",
    title="Conference rooms",
    exportable=True,
    lifecycle=Lifecycle(frozenset({"completed"})),
)

PARTICIPANTS = Resource(
    name="participants",
    schema="api.v2010.account.conference.participant",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants",
    list_keys=("participants",),
    sid_prefix="CA",
    sid_field="call_sid",
    label="label",
    columns={"call_sid": 1, "conference_sid": 3, "muted": 2, "hold": 2, "status": 1, "date_created": 4},
    filters=(
        Filter("muted/unmuted", "Muted", BOOL, "Only muted (or only unmuted) participants."),
        Filter("hold/no-hold", "Hold", BOOL, "Only participants on hold (or not on hold)."),
    ),
    title="Conference participants",
    settings=(
        Setting("from", "From", CALLER, "Caller ID for the new participant's call: your Twilio number (E.164) or client:NAME."),
        Setting("to", "To", VOICE, "Number (E.164), client:NAME or sip: address to call into the conference."),
        Setting("label", "Label", TEXT, "A label to address the participant by."),
        Setting("muted/unmuted", "Muted", BOOL, "Join muted (or not)."),
        Setting("start-conference-on-enter", "StartConferenceOnEnter", BOOL, "Start the conference when this participant joins."),
        Setting("end-conference-on-exit", "EndConferenceOnExit", BOOL, "End the conference when this participant leaves."),
        Setting("status-callback", "StatusCallback", URL, "URL Twilio tells of the participant's call status."),
        _method("status-callback-method", "--status-callback"),
        Setting("timeout", "Timeout", INT, "Seconds to let the call ring (5-600)."),
        Setting("record", "Record", BOOL, "Record the participant's call."),
    ),
)

NOTIFICATIONS = Resource(
    name="notifications",
    schema="api.v2010.account.notification-instance",
    path="/Accounts/{AccountSid}/Notifications",
    list_keys=("notifications",),
    sid_prefix="NO",
    columns={"sid": 1, "call_sid": 3, "log": 2, "error": 1, "message_date": 2, "request_url": 4},
    shorten=("error", "request_url"),
    filters=(
        Filter("log", "Log", CHOICE, "Only errors or only warnings.", ("error", "warning"), api_values=("0", "1")),
        *date_filters("", "MessageDate", "notifications", main=True),
    ),
    date_field="message_date",
    date_param="MessageDate",
    title="Account and call notifications (debugger log)",
    extra={"call_path": "/Accounts/{AccountSid}/Calls/{CallSid}/Notifications"},
    watchable=True,
    exportable=True,
    explained={"error": "error_code"},
)

NUMBERS = Resource(
    name="numbers",
    schema="api.v2010.account.incoming_phone_number",
    path="/Accounts/{AccountSid}/IncomingPhoneNumbers",
    list_keys=("incoming_phone_numbers",),
    sid_prefix="PN",
    columns={"sid": 1, "phone_number": 1, "friendly_name": 2, "voice_url": 4, "sms_url": 5, "date_created": 3},
    shorten=("friendly_name", "voice_url", "sms_url"),
    filters=(
        Filter("phone-number", "PhoneNumber", TEXT, "Only numbers matching this pattern (digits, * wildcard)."),
        Filter("friendly-name", "FriendlyName", TEXT, "Only numbers with exactly this friendly name."),
    ),
    title="Incoming phone numbers",
    extra={kind: f"/Accounts/{{AccountSid}}/IncomingPhoneNumbers/{path}" for kind, path in NUMBER_TYPE_PATHS.items()},
    settings=(
        *WEBHOOK_SETTINGS,
        Setting("voice-application-sid", "VoiceApplicationSid", SID, "Application that handles calls (instead of the voice URLs).", sid_prefix="AP"),
        Setting("sms-application-sid", "SmsApplicationSid", SID, "Application that handles messages (instead of the SMS URLs).", sid_prefix="AP"),
    ),
)

AVAILABLE_NUMBERS = Resource(
    name="available-numbers",
    schema="api.v2010.account.available_phone_number_country.available_phone_number_local",
    path="/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/{Type}",
    list_keys=("available_phone_numbers",),
    sid_prefix="",
    sid_field="phone_number",
    columns={"phone_number": 1, "friendly_name": 3, "locality": 2, "region": 2, "postal_code": 3, "iso_country": 4},
    shorten=("friendly_name", "locality"),
    filters=(
        Filter("area-code", "AreaCode", INT, "Only numbers in this area code."),
        Filter("contains", "Contains", TEXT, "Only numbers matching this pattern (digits, letters, * wildcard)."),
        Filter("in-region", "InRegion", TEXT, "Only numbers in this region (state or province)."),
        Filter("in-postal-code", "InPostalCode", TEXT, "Only numbers in this postal code."),
        Filter("in-rate-center", "InRateCenter", TEXT, "Only numbers in this rate center (needs --in-lata)."),
        Filter("in-lata", "InLata", TEXT, "Only numbers in this LATA."),
        Filter("in-locality", "InLocality", TEXT, "Only numbers in this locality (city)."),
        Filter("near-number", "NearNumber", PHONE, "Only numbers near this one (E.164)."),
        Filter("near-lat-long", "NearLatLong", LATLONG, "Only numbers near LAT,LONG, e.g. 37.77,-122.42."),
        Filter("distance", "Distance", INT, "Search radius in miles for --near-* (0-500)."),
        Filter("sms-enabled", "SmsEnabled", BOOL, "Only numbers that can (or cannot) send SMS."),
        Filter("mms-enabled", "MmsEnabled", BOOL, "Only numbers that can (or cannot) send MMS."),
        Filter("voice-enabled", "VoiceEnabled", BOOL, "Only numbers that can (or cannot) take calls."),
        Filter("fax-enabled", "FaxEnabled", BOOL, "Only numbers that can (or cannot) fax."),
        Filter("exclude-all-address-required", "ExcludeAllAddressRequired", BOOL, "Leave out numbers that need any address."),
        Filter("exclude-local-address-required", "ExcludeLocalAddressRequired", BOOL, "Leave out numbers that need a local address."),
        Filter("exclude-foreign-address-required", "ExcludeForeignAddressRequired", BOOL, "Leave out numbers that need a foreign address."),
        Filter("beta", "Beta", BOOL, "Include numbers new to Twilio's platform."),
    ),
    title="Phone numbers available to buy",
    part_of="numbers",
    extra=AVAILABLE_TYPE_PATHS,
)

RECORDINGS = Resource(
    name="recordings",
    schema="api.v2010.account.recording",
    path="/Accounts/{AccountSid}/Recordings",
    list_keys=("recordings",),
    sid_prefix="RE",
    columns={"sid": 1, "call_sid": 3, "duration": 2, "status": 1, "date_created": 2},
    filters=(
        Filter("call", "CallSid", SID, "Only recordings of this call.", sid_prefix="CA"),
        Filter("conference", "ConferenceSid", SID, "Only recordings of this conference.", sid_prefix="CF"),
        *date_filters("created", "DateCreated", "recordings created", DATETIME, main=True),
    ),
    date_param="DateCreated",
    title="Call recordings",
    exportable=True,
    lifecycle=Lifecycle(frozenset({"completed", "absent", "deleted"})),
)

SANDBOX = Resource(
    name="sandbox",
    path="/Accounts/{AccountSid}/Sandbox",
    list_keys=(),
    sid_prefix="",
    columns={"pin": 1, "phone_number": 1, "voice_url": 2, "voice_method": 3, "sms_url": 2, "sms_method": 3},
    shorten=("voice_url", "sms_url"),
    title="The developer sandbox (retired by Twilio)",
    settings=tuple(s for s in WEBHOOK_SETTINGS if s.option in ("voice-url", "voice-method", "sms-url", "sms-method")),
)

MESSAGES = Resource(
    name="sms",
    schema="api.v2010.account.message",
    path="/Accounts/{AccountSid}/Messages",
    list_keys=("messages", "sms_messages"),
    sid_prefix="SM",
    other_sid_prefixes=("MM",),
    columns={"sid": 1, "from": 2, "to": 2, "status": 1, "error": 3, "direction": 5, "date_sent": 3, "body": 2},
    shorten=("error", "body"),
    filters=(
        Filter("to", "To", ADDRESS, "Only messages to this number (E.164) or channel address (whatsapp:+1…)."),
        Filter("from", "From", SENDER, "Only messages from this number, short code, sender ID or channel address."),
        *date_filters("sent", "DateSent", "messages sent", DATETIME, main=True),
        Filter("status", "status", CHOICE, "Only messages with this status (checked here: the API has no such filter).",
               MESSAGE_STATUSES, local=True),
        Filter("error-code", "error_code", INT, "Only messages that failed with this Twilio error code, e.g. 30003.",
               local=True),
    ),
    date_field="date_sent",
    date_param="DateSent",
    title="SMS and MMS messages",
    extra={"legacy_path": "/Accounts/{AccountSid}/SMS/Messages"},
    watchable=True,
    exportable=True,
    # A canceled (scheduled, never sent) message has no date_sent, and the Messages list has no
    # Status filter to fetch those apart: finding them would mean reading every message ever sent.
    lifecycle=Lifecycle(frozenset({"delivered", "undelivered", "failed", "received", "read", "canceled"}),
                        settles=frozenset({"sent"})),
    tally=Tally(("day", "hour", "status", "error-code", "direction", "to", "from"), ("failed", "undelivered"),
                "num_segments", "segments"),
    explained={"error": "error_code"},
)

TRANSCRIPTIONS = Resource(
    name="transcriptions",
    schema="api.v2010.account.transcription",
    path="/Accounts/{AccountSid}/Transcriptions",
    list_keys=("transcriptions",),
    sid_prefix="TR",
    columns={"sid": 1, "recording_sid": 3, "status": 1, "duration": 2, "date_created": 2, "transcription_text": 2},
    shorten=("transcription_text",),
    title="Recording transcriptions",
    extra={"recording_path": "/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions"},
    exportable=True,
    lifecycle=Lifecycle(frozenset({"completed", "failed"})),
)

MEDIA = Resource(
    name="media",
    path="/Accounts/{AccountSid}/Messages/{MessageSid}/Media",
    list_keys=("media_list",),
    sid_prefix="ME",
    columns={"sid": 1, "parent_sid": 3, "content_type": 2, "date_created": 2},
    filters=date_filters("created", "DateCreated", "media created", DATETIME, main=True),
    schema="api.v2010.account.message.media",
    title="Pictures and files an MMS carries",
    part_of="sms",
)

CALL_EVENTS = Resource(
    name="call-events",
    path="/Accounts/{AccountSid}/Calls/{CallSid}/Events",
    list_keys=("events",),
    sid_prefix="",
    columns={"request": 1, "response": 2},
    shorten=("request", "response"),
    schema="api.v2010.account.call.call_event",
    title="API and webhook requests of a call, with their responses",
    part_of="calls",
)

# Usage Records: `Records` covers a window (all time by default); the sub-lists named in `extra`
# cover a fixed window or split it into days, months or years (spec: ListUsageRecord*).
USAGE_PERIODS = {
    "all-time": "AllTime", "today": "Today", "yesterday": "Yesterday", "this-month": "ThisMonth",
    "last-month": "LastMonth", "daily": "Daily", "monthly": "Monthly", "yearly": "Yearly",
}
USAGE_RECORDS = Resource(
    name="usage",
    path="/Accounts/{AccountSid}/Usage/Records",
    list_keys=("usage_records",),
    sid_prefix="",
    sid_field="category",
    columns={"category": 1, "start_date": 2, "end_date": 3, "count": 2, "usage": 1, "usage_unit": 3, "price": 1, "price_unit": 4},
    filters=(
        Filter("category", "Category", TEXT, "Only this usage category (e.g. calls, sms, totalprice)."),
        Filter("since", "StartDate", DATE, "Only usage on or after this day (YYYY-MM-DD)."),
        Filter("until", "EndDate", DATE, "Only usage on or before this day (YYYY-MM-DD)."),
    ),
    date_field="start_date",
    schema="api.v2010.account.usage.usage_record",
    title="Usage and spend by category",
    extra={period: f"/Accounts/{{AccountSid}}/Usage/Records/{name}" for period, name in USAGE_PERIODS.items()},
)

BALANCE = Resource(
    name="balance",
    path="/Accounts/{AccountSid}/Balance",
    list_keys=(),
    sid_prefix="",
    columns={"account_sid": 2, "balance": 1, "currency": 1},
    schema="api.v2010.account.balance",
    title="The account's balance",
    part_of="usage",
)

ALL: tuple[Resource, ...] = (
    ACCOUNTS, APPLICATIONS, CALLS, CALLER_IDS, CONFERENCES, PARTICIPANTS, NOTIFICATIONS,
    NUMBERS, AVAILABLE_NUMBERS, RECORDINGS, SANDBOX, MESSAGES, TRANSCRIPTIONS, MEDIA, CALL_EVENTS,
    USAGE_RECORDS, BALANCE,
)
BY_NAME = {r.name: r for r in ALL}
