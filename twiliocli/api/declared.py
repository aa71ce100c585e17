"""Every resource of the 2010-04-01 API as a command node, derived from the spec, with overlays.

The generated operation table (`twiliocli.api.spec`) gives each resource its path, list key, SID
prefix, filters, create/update parameters with their types, enums and `required`, and default
columns. A resource's command words come from its path (`/SIP/Domains/{DomainSid}/IpAccessControlListMappings`
is `sip domains ip-access-control-list-mappings`), its verbs from its operations (list, get,
create, update, delete). What the spec lacks is written here, once, as an `Overlay`: friendlier
words, verbs named for what they do (`calls recording stop`), fixed-field actions, confirmation
for what costs money or ends something, secrets that are never flags.

The resources that predate this table keep their hand-tuned declarations in `resources.py` and
their modules under `cli/groups/`; `HANDWRITTEN` says which command serves each of their
operations, and tests hold both to the spec. A new resource needs nothing here unless it needs
an overlay.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from twiliocli.api import resources as R
from twiliocli.api.spec import Operation, Param, operations

ACCOUNT = "/Accounts/{AccountSid}"

# The operations of the hand-written groups, each with the command(s) that send it.
HANDWRITTEN: dict[str, tuple[str, ...]] = {
    "ListAccount": ("accounts list",), "FetchAccount": ("accounts get",), "CreateAccount": ("accounts create",),
    "UpdateAccount": ("accounts update", "accounts suspend", "accounts activate", "accounts close"),
    "ListApplication": ("applications list",), "FetchApplication": ("applications get",),
    "CreateApplication": ("applications create",), "UpdateApplication": ("applications update",),
    "DeleteApplication": ("applications delete",),
    "ListOutgoingCallerId": ("caller-ids list",), "FetchOutgoingCallerId": ("caller-ids get",),
    "UpdateOutgoingCallerId": ("caller-ids update",), "DeleteOutgoingCallerId": ("caller-ids delete",),
    "CreateValidationRequest": ("caller-ids add",),
    "ListCall": ("calls list", "calls export", "calls stats", "calls watch"), "FetchCall": ("calls get",),
    "CreateCall": ("calls create",), "UpdateCall": ("calls hangup", "calls cancel", "calls redirect"),
    "DeleteCall": ("calls delete",), "ListCallEvent": ("calls events",),
    "ListConference": ("conferences list", "conferences export"), "FetchConference": ("conferences get",),
    "UpdateConference": ("conferences end",),
    "ListParticipant": ("participants list",), "FetchParticipant": ("participants get",),
    "CreateParticipant": ("participants add",), "UpdateParticipant": ("participants mute", "participants unmute"),
    "DeleteParticipant": ("participants kick",),
    "ListNotification": ("notifications list", "notifications export"), "FetchNotification": ("notifications get",),
    "ListCallNotification": ("notifications list --call", "calls notifications list"),
    "ListIncomingPhoneNumber": ("numbers list",), "FetchIncomingPhoneNumber": ("numbers get",),
    "CreateIncomingPhoneNumber": ("numbers buy",),
    "UpdateIncomingPhoneNumber": ("numbers update", "numbers transfer"),
    "DeleteIncomingPhoneNumber": ("numbers release",),
    **{f"ListIncomingPhoneNumber{t}": (f"numbers list --type {w}",) for w, t in R.NUMBER_TYPE_PATHS.items()},
    **{f"CreateIncomingPhoneNumber{t}": (f"numbers buy --type {w}",) for w, t in R.NUMBER_TYPE_PATHS.items()},
    **{f"ListAvailablePhoneNumber{t}": (f"numbers search --type {w}",) for w, t in R.AVAILABLE_TYPE_PATHS.items()},
    "ListRecording": ("recordings list", "recordings export"), "FetchRecording": ("recordings get", "recordings download"),
    "DeleteRecording": ("recordings delete",),
    "ListMessage": ("sms list", "sms export", "sms stats"), "FetchMessage": ("sms get",),
    "CreateMessage": ("sms send",), "DeleteMessage": ("sms delete",), "UpdateMessage": ("sms redact", "sms cancel"),
    "ListMedia": ("sms media list",), "FetchMedia": ("sms media get", "sms media download"),
    "DeleteMedia": ("sms media delete",),
    "ListTranscription": ("transcriptions list", "transcriptions export"), "FetchTranscription": ("transcriptions get",),
    "DeleteTranscription": ("transcriptions delete",),
    "ListRecordingTranscription": ("transcriptions list --recording", "recordings transcriptions list"),
    "ListUsageRecord": ("usage list",), "FetchBalance": ("usage balance",),
    **{f"ListUsageRecord{name}": (f"usage list --period {period}",) for period, name in R.USAGE_PERIODS.items()},
}
# Their collections: no node is generated for these (the hand-written group serves them).
HANDWRITTEN_PATHS = frozenset({
    "/Accounts", f"{ACCOUNT}/Applications", f"{ACCOUNT}/OutgoingCallerIds", f"{ACCOUNT}/Calls",
    f"{ACCOUNT}/Calls/{{CallSid}}/Events", f"{ACCOUNT}/Conferences", f"{ACCOUNT}/Conferences/{{ConferenceSid}}/Participants",
    f"{ACCOUNT}/Notifications", f"{ACCOUNT}/IncomingPhoneNumbers", f"{ACCOUNT}/Recordings", f"{ACCOUNT}/Messages",
    f"{ACCOUNT}/Messages/{{MessageSid}}/Media", f"{ACCOUNT}/Transcriptions", f"{ACCOUNT}/Balance",
    *(f"{ACCOUNT}/IncomingPhoneNumbers/{t}" for t in R.NUMBER_TYPE_PATHS.values()),
    *(f"{ACCOUNT}/AvailablePhoneNumbers/{{CountryCode}}/{t}" for t in R.AVAILABLE_TYPE_PATHS.values()),
    f"{ACCOUNT}/Usage/Records", *(f"{ACCOUNT}/Usage/Records/{t}" for t in R.USAGE_PERIODS.values()),
})


@dataclass(frozen=True)
class Action:
    """A POST of fixed fields to one record, named for what it does (`pause`: Status=paused)."""

    name: str
    help: str
    data: Mapping[str, str]
    ask: str = ""  # a question formatted with {sid}: it ends or costs something


@dataclass(frozen=True)
class Overlay:
    """What the spec lacks for one resource (all optional)."""

    words: tuple[str, ...] = ()  # its command words, when the path's are not the best
    title: str = ""
    verbs: Mapping[str, str] = field(default_factory=dict)  # list/get/create/update/delete -> command name
    actions: tuple[Action, ...] = ()  # replace `update` with named actions
    ask: Mapping[str, str] = field(default_factory=dict)  # command -> question ({sid}, form fields)
    secrets: tuple[str, ...] = ()  # form parameters read from a prompt or stdin, never a flag
    label: str = ""  # what a record may be addressed by instead of its SID (a queue's member: Front)
    websockets: tuple[str, ...] = ()  # URL parameters that take wss:// (checked as text, not as http URLs)
    options: Mapping[str, str] = field(default_factory=dict)  # parameter -> a shorter option name


def _stop(what: str) -> tuple[Action, ...]:
    return (Action("stop", f"Stop {what}.", {"Status": "stopped"}, f"Stop {what} {{sid}}?"),)


def _recording_control(what: str) -> tuple[Action, ...]:
    return (
        Action("pause", f"Pause {what} (the paused part is skipped or silent).", {"Status": "paused"}),
        Action("resume", f"Resume {what} after a pause.", {"Status": "in-progress"}),
        Action("stop", f"Stop {what}; it becomes a completed recording.", {"Status": "stopped"}, "Stop recording {sid}?"),
    )


OVERLAYS: dict[str, Overlay] = {
    f"{ACCOUNT}/Keys": Overlay(title="API keys (standard)"),
    f"{ACCOUNT}/SigningKeys": Overlay(title="Signing keys for webhook and token signatures"),
    f"{ACCOUNT}/Usage/Triggers": Overlay(title="Usage triggers: a webhook when usage crosses a value",
                                         options={"UsageCategory": "category", "TriggerValue": "value"}),
    f"{ACCOUNT}/Queues": Overlay(title="Call queues"),
    f"{ACCOUNT}/Queues/{{QueueSid}}/Members": Overlay(
        title="Calls waiting in a queue", verbs={"update": "dequeue"}, label="Front",
        ask={"dequeue": "Take call {sid} out of the queue to {Url}?"}),
    f"{ACCOUNT}/SIP/Domains": Overlay(title="SIP domains"),
    f"{ACCOUNT}/SIP/CredentialLists": Overlay(title="SIP credential lists"),
    f"{ACCOUNT}/SIP/CredentialLists/{{CredentialListSid}}/Credentials": Overlay(
        title="Usernames and passwords of a SIP credential list", secrets=("Password",)),
    f"{ACCOUNT}/SIP/IpAccessControlLists": Overlay(title="SIP IP access control lists"),
    f"{ACCOUNT}/SIP/IpAccessControlLists/{{IpAccessControlListSid}}/IpAddresses": Overlay(
        title="Addresses of a SIP IP access control list"),
    f"{ACCOUNT}/Addresses": Overlay(title="Addresses for regulatory compliance and emergency calling"),
    f"{ACCOUNT}/Addresses/{{AddressSid}}/DependentPhoneNumbers": Overlay(
        words=("addresses", "dependent-numbers"), title="Numbers that depend on an address"),
    f"{ACCOUNT}/SMS/ShortCodes": Overlay(words=("short-codes",), title="Short codes"),
    f"{ACCOUNT}/ConnectApps": Overlay(title="Connect apps of this account"),
    f"{ACCOUNT}/AuthorizedConnectApps": Overlay(title="Connect apps this account has authorized"),
    f"{ACCOUNT}/Tokens": Overlay(title="Network traversal (STUN/TURN) tokens",
                                 ask={"create": "Create a network traversal token (billed per use)?"}),
    f"{ACCOUNT}/Calls/{{CallSid}}/Recordings": Overlay(
        words=("calls", "recording"), title="Recording a live call, and a call's recordings",
        verbs={"create": "start"}, actions=_recording_control("recording the call"),
        ask={"start": "Start recording call {CallSid} (billed per minute)?"}),
    f"{ACCOUNT}/Calls/{{CallSid}}/Notifications": Overlay(title="A call's notifications (debugger log)"),
    f"{ACCOUNT}/Calls/{{CallSid}}/Payments": Overlay(
        title="Pay: card payments captured on a live call", verbs={"create": "start"},
        ask={"start": "Start a payment session on call {CallSid}?"}),
    f"{ACCOUNT}/Calls/{{CallSid}}/Siprec": Overlay(
        title="SIPREC: forking a live call's media to a recorder", verbs={"create": "start"},
        actions=_stop("forking the call's media"), ask={"start": "Fork call {CallSid}'s media to {ConnectorName}?"}),
    f"{ACCOUNT}/Calls/{{CallSid}}/Streams": Overlay(
        title="Media streams of a live call", verbs={"create": "start"}, actions=_stop("the media stream"), websockets=("Url",),
        ask={"start": "Stream call {CallSid}'s audio to {Url}?"}),
    f"{ACCOUNT}/Calls/{{CallSid}}/Transcriptions": Overlay(
        title="Real-time transcription of a live call", verbs={"create": "start"},
        actions=_stop("transcribing the call"), ask={"start": "Start transcribing call {CallSid} (billed)?"}),
    f"{ACCOUNT}/Calls/{{CallSid}}/UserDefinedMessages": Overlay(
        title="Messages sent to the SDK on a live call", verbs={"create": "send"}),
    f"{ACCOUNT}/Calls/{{CallSid}}/UserDefinedMessageSubscriptions": Overlay(
        title="Subscriptions to messages from the SDK on a live call"),
    f"{ACCOUNT}/Conferences/{{ConferenceSid}}/Recordings": Overlay(
        title="A conference's recordings", actions=_recording_control("recording the conference")),
    f"{ACCOUNT}/Messages/{{MessageSid}}/Feedback": Overlay(
        words=("sms", "feedback"), title="Whether a message's recipient acted on it (for delivery insights)"),
    f"{ACCOUNT}/AvailablePhoneNumbers": Overlay(words=("numbers", "countries"),
                                               title="Countries with numbers to buy, and their number types"),
    f"{ACCOUNT}/IncomingPhoneNumbers/{{ResourceSid}}/AssignedAddOns": Overlay(
        words=("numbers", "add-ons"), title="Add-ons installed on a number",
        ask={"create": "Assign add-on {InstalledAddOnSid} to number {ResourceSid} (may be billed)?"}),
    f"{ACCOUNT}/IncomingPhoneNumbers/{{ResourceSid}}/AssignedAddOns/{{AssignedAddOnSid}}/Extensions": Overlay(
        words=("numbers", "add-ons", "extensions"), title="The extensions of a number's add-on"),
    f"{ACCOUNT}/Recordings/{{ReferenceSid}}/AddOnResults": Overlay(title="Add-on results of a recording"),
    f"{ACCOUNT}/Recordings/{{RecordingSid}}/Transcriptions": Overlay(title="A recording's transcriptions"),
}
# The groups that only hold others.
GROUP_TITLES = {
    ("sip",): "SIP domains, credential lists and IP access control lists",
    ("sip", "domains", "auth"): "How a SIP domain authenticates calls and registrations",
    ("sip", "domains", "auth", "calls"): "The lists a SIP domain checks calls against",
    ("sip", "domains", "auth", "registrations"): "The lists a SIP domain checks registrations against",
}
# Path words as the command line spells them, where not the path's own (kebab-case) words.
WORDS = {"Messages": "sms", "IncomingPhoneNumbers": "numbers", "OutgoingCallerIds": "caller-ids"}
ACRONYMS = {"sip": "SIP", "ip": "IP", "siprec": "SIPREC"}
# A parent's positional argument where its placeholder does not say what it is.
SCOPE_NAMES = {"ResourceSid": "number", "ReferenceSid": "recording", "AssignedAddOnSid": "add_on"}
# SID prefixes of placeholders whose pattern the spec leaves out.
SCOPE_PREFIXES: dict[str, tuple[str, ...]] = {"MessageSid": ("SM", "MM"), "CallSid": ("CA",), "ConferenceSid": ("CF",)}


@dataclass(frozen=True)
class Scope:
    """A parent named by a positional argument, e.g. a call's recording's call (CallSid)."""

    name: str
    placeholder: str
    prefixes: tuple[str, ...]


@dataclass(frozen=True)
class Node:
    """One spec resource as a command group: its words, declaration, operations by verb, parents."""

    words: tuple[str, ...]
    resource: R.Resource
    operations: Mapping[str, Operation]  # list, get, create, update, delete
    scope: tuple[Scope, ...]
    overlay: Overlay
    singleton: bool = False  # one record, no SID of its own (a payload's data)

    @property
    def noun(self) -> str:
        """One record, in words: `call recording`, `SIP domain` (from its schema's name)."""
        last = self.resource.schema.rsplit(".", 1)[-1].removesuffix("-instance")
        return " ".join(ACRONYMS.get(w, w) for w in last.split("_"))

    @property
    def plural(self) -> str:
        key = self.resource.list_key if self.resource.list_keys else ""
        return " ".join(ACRONYMS.get(w, w) for w in key.split("_")) if key and key != "contents" else self.noun + "s"

    def command(self, verb: str) -> str:
        """The command name of a verb, after the overlay's renames."""
        return self.overlay.verbs.get(verb, verb)

    def commands(self) -> dict[str, tuple[str, ...]]:
        """Operation id -> the commands (words and all) that send it."""
        out: dict[str, tuple[str, ...]] = {}
        for verb, op in self.operations.items():
            if verb == "update" and self.overlay.actions:
                names = tuple(a.name for a in self.overlay.actions)
            else:
                names = (self.command(verb),)
            out[op.id] = tuple(" ".join((*self.words, n)) for n in names)
        return out


def kebab(name: str) -> str:
    """`IpAccessControlLists` -> `ip-access-control-lists`, `SIP` -> `sip`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", name).lower()


def collection_of(op: Operation) -> str:
    """The collection an operation belongs to: a list's own path, an instance's less its SID."""
    if op.path_type == "instance" and op.path.endswith("}"):
        return op.path.rsplit("/", 1)[0]
    return op.path


def verb_of(op: Operation, singleton: bool) -> str:
    if op.method == "DELETE":
        return "delete"
    if op.method == "GET":
        return "get" if (op.path_type == "instance" or singleton or op.id.startswith("Fetch")) else "list"
    return "update" if op.path_type == "instance" and op.path.endswith("}") else "create"


def words_of(path: str) -> tuple[str, ...]:
    static = [s for s in path.removeprefix(ACCOUNT).split("/") if s and not s.startswith("{")]
    return tuple(WORDS.get(s, kebab(s)) for s in static)


# -- parameters to options --------------------------------------------------------------------

FORMAT_KINDS = {"phone-number": R.PHONE, "uri": R.URL, "date": R.DATE, "date-time": R.DATETIME}


def option_name(name: str) -> str:
    return kebab(name.rstrip("<>"))


# `Parameter1.Name`, `Parameter1.Value` … `Parameter99.Value`: one repeatable NAME=VALUE option.
_PAIRED = re.compile(r"^Parameter\d+\.(Name|Value)$")


def setting(p: Param) -> R.Filter:
    """A parameter as a typed option (kind from the spec's type, format, enum and pattern)."""
    if _PAIRED.match(p.name):
        return R.Filter("parameter", "Parameter", R.PAIRS, "Custom parameters as NAME=VALUE, comma-separated (up to 99).")
    option = option_name(p.name)
    if p.enum:
        kind = R.CHOICE
    elif p.sid_prefix:
        kind = R.SID
    elif p.type == "boolean":
        kind = R.BOOL
    elif p.type == "integer":
        kind = R.INT
    elif p.type == "array":
        kind = R.LIST
    else:
        kind = FORMAT_KINDS.get(p.format, R.TEXT)
    help = f"{kebab(p.name).replace('-', ' ').capitalize()} ({describe(p)})."
    return R.Filter(option, p.name, kind, help, choices=p.enum, sid_prefix=p.sid_prefix)


def describe(p: Param) -> str:
    if p.enum:
        return "one of its choices"
    if p.sid_prefix:
        return f"a {p.sid_prefix}… SID"
    if p.type == "array":
        return "comma-separated values, or the option repeated"
    return {"phone-number": "E.164 number", "uri": "URL", "date": "YYYY-MM-DD", "date-time": "date and time",
            "http-method": "GET or POST"}.get(p.format) or {"integer": "a whole number", "number": "a number"}.get(p.type, "text")


def filters(op: Operation) -> tuple[R.Filter, ...]:
    """A list's query parameters as filters: `X`, `X<` and `X>` become --x-on/--x-before/--x-after;
    for the main date (DateCreated, else the first date) `X>`/`X<` are --since/--until, the
    --x-after/--x-before names kept as aliases."""
    out = []
    dates = [p.name.rstrip("<>") for p in op.where("query") if setting(p).kind in (R.DATE, R.DATETIME)]
    main = "DateCreated" if "DateCreated" in dates else dates[0] if dates else ""
    for p in op.where("query"):
        f = setting(p)
        if f.kind in (R.DATE, R.DATETIME):
            stem = option_name(p.name).removeprefix("date-")
            suffix = {"<": "before", ">": "after"}.get(p.name[-1], "on")
            f = R.Filter(f"{stem}-{suffix}", p.name, f.kind, f"Only records with {p.name.rstrip('<>')} {suffix} this date.")
            if p.name.rstrip("<>") == main and suffix != "on":
                f = f._replace(option="since" if suffix == "after" else "until", aliases=(f.option,))
        out.append(f)
    return tuple(out)


# -- the tree -----------------------------------------------------------------------------------


@functools.cache
def nodes() -> dict[tuple[str, ...], Node]:
    """Every generated node by its words, parents before children."""
    by_collection: dict[str, dict[str, Operation]] = {}
    instance_prefix: dict[str, tuple[str, ...]] = {}
    instance_key: dict[str, str] = {}
    for op in operations().values():
        path = collection_of(op)
        by_collection.setdefault(path, {})
        if op.path_type == "instance" and op.path.endswith("}"):
            last = op.where("path")[-1]
            instance_key[path] = last.name
            if last.sid_prefix:
                instance_prefix[path] = (last.sid_prefix,)
        singleton = not op.path.endswith("}") and op.path_type == "instance"
        by_collection[path][verb_of(op, singleton)] = op
    out: dict[tuple[str, ...], Node] = {}
    for path, ops in by_collection.items():
        if path in HANDWRITTEN_PATHS or not ops:
            continue
        out_node = _node(path, ops, instance_prefix, instance_key.get(path, "Sid"))
        out[out_node.words] = out_node
    return dict(sorted(out.items()))


def _node(path: str, ops: dict[str, Operation], instance_prefix: Mapping[str, tuple[str, ...]], key: str) -> Node:
    overlay = OVERLAYS.get(path, Overlay())
    words = overlay.words or words_of(path)
    first = next(iter(ops.values()))
    singleton = all(op.path_type == "instance" and not op.path.endswith("}") for op in ops.values())
    params = {p.name: p for op in ops.values() for p in op.where("path")}
    scope = []
    for name in re.findall(r"{(\w+)}", path):
        if name == "AccountSid":
            continue
        p, parent = params[name], path.split(f"/{{{name}}}")[0]
        prefixes = (p.sid_prefix,) if p.sid_prefix else instance_prefix.get(parent) or SCOPE_PREFIXES.get(name, ())
        scope.append(Scope(SCOPE_NAMES.get(name) or kebab(name).replace("-", "_").removesuffix("_sid"), name, prefixes))
    listing = ops.get("list")
    record = next((op for op in ops.values() if op.schema), first)
    create, update = ops.get("create"), ops.get("update")
    writes = {p.name: p for op in (create, update) if op for p in op.where("form") if p.name not in overlay.secrets}
    writes = {_PAIRED.sub("Parameter", name): p for name, p in writes.items()}
    settings = tuple(_renamed(setting(p if p.name not in overlay.websockets else p._replace(format="")), overlay)
                     for p in writes.values())
    resource = R.Resource(
        name="-".join(words), path=path, list_keys=(listing.list_key,) if listing else (),
        sid_prefix=instance_prefix.get(path, SCOPE_PREFIXES.get(key, ("",)))[0], sid_field=kebab(key).replace("-", "_"),
        columns={c: 1 + i // 2 for i, c in enumerate(record.columns)} or {"sid": 1},
        schema=record.schema, filters=filters(listing) if listing else (),
        title=overlay.title or " ".join(words).capitalize(), settings=settings,
        label=overlay.label,
    )
    return Node(words, resource, ops, tuple(scope), overlay, singleton)


def _renamed(f: R.Filter, overlay: Overlay) -> R.Filter:
    return f._replace(option=overlay.options[f.param]) if f.param in overlay.options else f


def node(words: tuple[str, ...]) -> Node | None:
    return nodes().get(words)


def children(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The child groups directly under `words`: name -> their words (a group with no node of its
    own, like `sip`, is a child too)."""
    out: dict[str, tuple[str, ...]] = {}
    for w in nodes():
        if len(w) > len(words) and w[: len(words)] == words:
            out.setdefault(w[len(words)], w[: len(words) + 1])
    return out


def command_table() -> dict[str, tuple[str, ...]]:
    """Every operation id of the spec -> the commands that send it (the generated mapping)."""
    table = dict(HANDWRITTEN)
    for n in nodes().values():
        for op_id, commands in n.commands().items():
            table[op_id] = tuple(dict.fromkeys((*table.get(op_id, ()), *commands)))
    return {op_id: table[op_id] for op_id in operations() if op_id in table}
