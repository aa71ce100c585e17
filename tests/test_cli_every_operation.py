"""Every spec operation has a named command, and each derived command works end to end.

The mapping (api/declared.py `command_table`) covers all 197 operations and every command it names
exists; docs/OPERATIONS.md is that table as written. Each command derived from the spec is run
against the emulator over HTTP, in the order a person would (list, create, get, update, actions,
delete), and the request the emulator received must be the operation's: method, path, and only
parameters the spec accepts, with enum values from its enums and every required one present.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from twiliocli.api import declared
from twiliocli.api.spec import Operation, operations
from twiliocli.cli import docs
from twiliocli.emulator import catalog
from twiliocli.emulator.config import EmulatorConfig

from tests.conftest import clear_received, login_env, received, run_cli
from tests.emulator_helpers import Api, running

ROOT = docs.tree()
REPO = Path(__file__).resolve().parents[1]
# Options a derived command needs for the emulator to accept it, beyond what the spec requires.
VALUES = {
    ("sip", "domains", "create"): ["--domain-name", "ops-test.sip.twilio.com"],
    ("sip", "ip-access-control-lists", "ip-addresses", "create"): ["--friendly-name", "office", "--ip-address", "203.0.113.7"],
    ("sip", "credential-lists", "credentials", "create"): ["--username", "alice", "--password-stdin"],
    ("usage", "triggers", "create"): ["--callback-url", "https://example.com/hook", "--value", "100",
                                      "--category", "sms"],
    ("calls", "streams", "start"): ["--url", "wss://example.com/stream", "--parameter", "customer=42,tier=gold"],
    ("calls", "siprec", "start"): ["--connector-name", "recorder", "--parameter", "customer=42"],
    ("calls", "user-defined-messages", "send"): ["--content", '{"hello": "sdk"}'],
    ("calls", "user-defined-message-subscriptions", "create"): ["--callback", "https://example.com/sdk"],
    ("calls", "payments", "start"): ["--idempotency-key", "pay-1", "--status-callback", "https://example.com/pay"],
    ("calls", "payments", "update"): ["--idempotency-key", "pay-2", "--status-callback", "https://example.com/pay",
                                      "--status", "complete"],
    ("sip", "credential-lists", "credentials", "update"): ["--password-stdin"],
    ("sms", "feedback", "create"): ["--outcome", "confirmed"],
    ("queues", "members", "dequeue"): ["--url", "https://example.com/agent"],
    ("numbers", "add-ons", "create"): ["--installed-add-on-sid", "XE" + "a" * 32],
}
STDIN = {("credential-lists", "credentials"): "S3cret-Passw0rd!\n"}
# Parents other than the usual: a call that has notifications (the usual one is live, for recording it).
PARENT = {("calls", "notifications"): {"CallSid": "NotedCallSid"}}


def test_every_spec_operation_has_a_command_that_exists() -> None:
    table = declared.command_table()
    assert set(table) == set(operations()) and len(table) == 197
    for op_id, commands in table.items():
        for command in commands:
            words = [w for w in command.split() if not w.startswith("-")][: command.count(" ") + 1]
            node = ROOT
            for word in (w for w in command.split() if not w.startswith("-")):
                child = next((c for c in node.children if c.path[-1] == word), None)
                if child is None:
                    break
                node = child
            assert not node.group and node.path == tuple(words[: len(node.path)]), f"{op_id}: {command!r} is no command"


def test_the_operations_table_in_docs_is_current() -> None:
    from scripts.gen_docs import operations_table

    assert (REPO / "docs" / "OPERATIONS.md").read_text() == operations_table(), "run `python scripts/gen_docs.py`"


@pytest.fixture
def live() -> Iterator[object]:
    """A fresh emulator each: the steps delete what they made, and parents' records too."""
    for emulator in running(EmulatorConfig(ring_seconds=0, call_seconds=3600, delivery_seconds=0)):
        yield emulator


def parents(api: Api) -> dict[str, str]:
    """A real value for every parent placeholder, from the emulator's demo data (a call kept live)."""
    call = api.records("/Calls.json", "calls", Status="in-progress")[0]
    recorded = next(r for r in api.records("/Recordings.json", "recordings") if r["conference_sid"])
    store = api.emulator.app.store  # a conference recording still going, to pause, resume and stop
    store.update(catalog.RECORDINGS, store.get(catalog.RECORDINGS, sid=recorded["sid"]), {"status": "in-progress", "paused_seconds": 0})
    queue = api.records("/Queues.json", "queues")[0]
    number = next(n for n in api.records("/IncomingPhoneNumbers.json", "incoming_phone_numbers")
                  if api.records(f"/IncomingPhoneNumbers/{n['sid']}/AssignedAddOns.json", "assigned_add_ons"))
    add_on = api.records(f"/IncomingPhoneNumbers/{number['sid']}/AssignedAddOns.json", "assigned_add_ons")[0]
    analysed = next(r for r in api.records("/Recordings.json", "recordings")
                    if api.records(f"/Recordings/{r['sid']}/AddOnResults.json", "add_on_results"))
    result = api.records(f"/Recordings/{analysed['sid']}/AddOnResults.json", "add_on_results")[0]
    payload = api.records(f"/Recordings/{analysed['sid']}/AddOnResults/{result['sid']}/Payloads.json", "payloads")[0]
    transcribed = api.records("/Transcriptions.json", "transcriptions")[0]
    domain = api.post("/SIP/Domains.json", {"DomainName": "fresh.sip.twilio.com"}).json()  # maps nothing yet
    return {
        "NotedCallSid": api.records("/Notifications.json", "notifications")[0]["call_sid"],
        "CallSid": call["sid"], "QueueSid": queue["sid"], "DomainSid": domain["sid"],
        "CredentialListSid": api.records("/SIP/CredentialLists.json", "credential_lists")[0]["sid"],
        "IpAccessControlListSid": api.records("/SIP/IpAccessControlLists.json", "ip_access_control_lists")[0]["sid"],
        "AddressSid": api.records("/Addresses.json", "addresses")[0]["sid"],
        "ConferenceSid": recorded["conference_sid"],
        "MessageSid": api.records("/Messages.json", "messages")[0]["sid"], "ResourceSid": number["sid"],
        "AssignedAddOnSid": add_on["sid"], "ReferenceSid": analysed["sid"], "AddOnResultSid": result["sid"],
        "PayloadSid": payload["sid"], "RecordingSid": transcribed["recording_sid"],
    }


def accepted(op: Operation, request: dict, account: str) -> list[str]:
    """What the spec would refuse in a request sent for `op` (empty: it accepts it)."""
    pattern = "^/2010-04-01" + re.sub(r"{\w+}", "[^/]+", op.path) + r"(\.json)?$"
    problems = [] if re.match(pattern, request["path"]) and request["method"] == op.method else [
        f"{request['method']} {request['path']} is not {op.method} {op.path}"]
    if f"/Accounts/{account}" not in request["path"] and op.path != "/Accounts":
        problems.append("not addressed to the account")
    sent = {**request["query"], **request["form"]}
    known = {p.name: p for p in op.params if p.where in ("query", "form")}
    for name, value in sent.items():
        p = known.get(name)
        if p is None and name not in ("PageSize", "Page"):
            problems.append(f"{name} is no parameter of {op.id}")
        elif p is not None and p.enum and value not in p.enum:
            problems.append(f"{name}={value!r} is not one of {p.enum}")
    problems += [f"{p.name} is required" for p in known.values() if p.required and p.name not in sent]
    return problems


def steps(node: declared.Node) -> Iterator[tuple[str, str]]:
    """(command, operation id) in a person's order: look, make one, read it, change it, remove it."""
    commands = {c.rsplit(" ", 1)[-1]: op_id for op_id, cs in node.commands().items() for c in cs}
    order = ["list", "create", "start", "send", "get", "update", "dequeue", "pause", "resume", "stop", "delete"]
    for verb in sorted(commands, key=lambda v: order.index(v) if v in order else 5):
        yield verb, commands[verb]


@pytest.mark.parametrize("words", list(declared.nodes()), ids=[" ".join(w) for w in declared.nodes()])
def test_each_derived_command_sends_its_operation(live, monkeypatch: pytest.MonkeyPatch, words: tuple[str, ...]) -> None:
    login_env(monkeypatch, live)
    api = Api(live)
    ids = parents(api)
    node = declared.nodes()[words]
    ids = {**ids, **{k: ids[v] for k, v in PARENT.get(words, {}).items()}}
    scope = [ids[s.placeholder] if s.placeholder in ids else "US" for s in node.scope]
    sid = ""
    for verb, op_id in steps(node):
        op = operations()[op_id]
        argv = [*words, verb, *scope]
        if verb in ("get", "update", "dequeue", "pause", "resume", "stop", "delete") and not node.singleton:
            sid = sid or first_sid(words, scope, node, ids)
            argv.append(sid)
        if verb in ("create", "start", "send", "update", "dequeue"):
            argv += VALUES.get((*words, verb)) or required_options(node, op, ids)
        if verb in ("update",) and (*words, verb) not in VALUES:
            argv += update_option(node, op)
        clear_received(live)
        argv += [] if verb in ("list", "get") else ["--yes"]
        argv += [] if verb == "delete" else ["-o", "json"]
        result = run_cli(*argv, input=STDIN.get(words[-2:], ""))
        assert result.exit_code == 0, f"{' '.join(argv)}: {result.stderr}"
        sent = [r for r in received(live) if not r["path"].startswith("/_emulator")]
        assert sent, f"{' '.join(argv)} sent nothing"
        assert not accepted(op, sent[-1], live.account_sid), (" ".join(argv), accepted(op, sent[-1], live.account_sid))
        if verb in ("create", "start", "send") and result.stdout.strip():
            made = json.loads(result.stdout)
            sid = made.get(node.resource.sid_field) or made.get("sid") or sid
        if verb == "list":
            listed = json.loads(result.stdout)
            assert isinstance(listed, list)


def required_options(node: declared.Node, op: Operation, ids: dict[str, str]) -> list[str]:
    """The options the spec requires, with sample values (real SIDs of the kinds it names)."""
    from twiliocli.api import resources as R
    from twiliocli.cli.framework.generated import _option

    by_prefix = {value[:2]: value for value in ids.values()}
    out: list[str] = []
    for s in node.resource.settings:
        if any(p.name == s.param and p.required for p in op.where("form")):
            option, _, value = _option(s).partition(" ")
            if s.kind == R.SID:
                value = by_prefix.get(s.sid_prefix, value)
            out += [option, value] if value else [option]
    return out


def first_sid(words: tuple[str, ...], scope: list[str], node: declared.Node, ids: dict[str, str]) -> str:
    """A record to address when the command made none: the first listed, or a parent's own."""
    if "list" in node.operations:
        listed = json.loads(run_cli(*words, "list", *scope, "-o", "json").stdout)
        if listed:
            return listed[0][node.resource.sid_field]
    return ids.get(node.resource.sid_field.title().replace("_", ""), "")


def update_option(node: declared.Node, op: Operation) -> list[str]:
    """One option to change: the friendly name when there is one, else the first the spec lists."""
    settings = [s for s in node.resource.settings if s.param in {p.name for p in op.where("form")}]
    chosen = next((s for s in settings if s.param == "FriendlyName"), settings[0] if settings else None)
    if chosen is None:
        return []
    from twiliocli.cli.framework.generated import _option

    return _option(chosen).split(" ", 1) if " " in _option(chosen) else [_option(chosen)]


@pytest.mark.parametrize("argv,op_id", [
    (["numbers", "list", "--type", "toll-free"], "ListIncomingPhoneNumberTollFree"),
    (["numbers", "buy", "--type", "local", "--phone-number", "{available}", "--yes"], "CreateIncomingPhoneNumberLocal"),
    (["numbers", "search", "--type", "machine-to-machine"], "ListAvailablePhoneNumberMachineToMachine"),
    (["numbers", "search", "--type", "shared-cost", "--country", "GB"], "ListAvailablePhoneNumberSharedCost"),
    (["usage", "triggers", "create", "--category", "sms", "--trigger-by", "price", "--value", "100",
      "--recurring", "monthly", "--callback-url", "https://example.com/spend", "--yes"], "CreateUsageTrigger"),
])
def test_typed_number_lists_and_friendly_trigger_options_send_their_operation(use_emulator, argv: list[str], op_id: str) -> None:
    if "{available}" in argv:
        found = json.loads(run_cli("numbers", "search", "--type", "local", "--limit", "1", "-o", "json").stdout)
        argv = [found[0]["phone_number"] if a == "{available}" else a for a in argv]
    clear_received(use_emulator)
    result = run_cli(*argv, "-o", "json")
    assert result.exit_code == 0, result.stderr
    sent = [r for r in received(use_emulator) if not r["path"].startswith("/_emulator")]
    assert not accepted(operations()[op_id], sent[-1], use_emulator.account_sid)


def test_a_typed_purchase_needs_the_number_itself(use_emulator) -> None:
    result = run_cli("numbers", "buy", "--type", "mobile", "--area-code", "415", "--yes")
    assert result.exit_code == 2 and "--phone-number" in result.stderr
    assert not [r for r in received(use_emulator) if r["method"] == "POST"]


def test_trigger_options_are_checked_against_the_spec_before_any_request(use_emulator) -> None:
    result = run_cli("usage", "triggers", "create", "--category", "sms", "--trigger-by", "prices", "--value", "1",
                     "--callback-url", "https://example.com/x", "--yes")
    assert result.exit_code == 2 and "'count', 'usage', 'price'" in result.stderr
    assert not [r for r in received(use_emulator) if r["method"] == "POST"]
