"""The data a new emulator database starts with.

Demo data is deterministic: the same SIDs, numbers and texts on every machine, placed over the
days before the database was created so that date filters have something to find. Message bodies
include hostile strings (rich markup, ANSI escapes, control characters, CSV quoting, emoji) so that
renderers can be tested against them. `--calls N` / `--messages N` replace the demo calls or
messages with N generated records (plus recordings, transcriptions and notifications in
proportion), computed from their index inside SQLite, so a million calls take seconds.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from twiliocli.api.resources import API_VERSION

from . import call_events, catalog, message_media, rows, spec_kinds
from .config import DEMO_API_KEY, DEMO_API_SECRET, EmulatorConfig
from .dates import DAY, now
from .store import Store, encode, sid_for
from .validate import formatted

HOUR = 3600
SUBACCOUNT_TOKEN = "emulator0sub0auth0token000000000"
MAIN_NUMBER = "+14155550100"
MAGIC_NUMBER = "+15005550006"
TOLL_FREE_NUMBER = "+18005550199"
CALLER_ID = "+14155550123"
BULK_SPAN_DAYS = 90

HOSTILE_BODIES = (
    "Your code is 481516",
    "[bold]x[/bold] markup must stay literal",
    "\x1b[31mred alert\x1b[0m from the terminal",
    'Quote "this", please, and a comma',
    "Tab\there, newline\nthere, carriage\rreturn",
    "Ünïcödé and emoji 🎉👍",
    "Meeting moved to 3pm, see https://example.com/agenda?id=1&x=2",
    "A long message " + "lorem ipsum dolor sit amet " * 12,
)


def seed(store: Store, config: EmulatorConfig) -> None:
    """Fill a new database: the account (always), demo data unless `empty`, and the calls and
    messages `config` asks to generate (with `empty` too: then they are all there is)."""
    anchor = now() // HOUR * HOUR
    with store.transaction():
        main = config.account_sid
        store.insert(catalog.ACCOUNTS, rows.account(main, config.auth_token, "Emulator demo account", main,
                                                    anchor - 400 * DAY))
        put(store, "/Keys", {"account_sid": main, "sid": DEMO_API_KEY, "secret": DEMO_API_SECRET,
                             "friendly_name": "Emulator demo key"}, anchor - 400 * DAY)
        seed_available_numbers(store)
        if not config.empty:
            demo_resources(store, main, anchor)
            if config.calls is None:
                demo_calls(store, main, anchor)
            demo_long_tail(store, main, anchor)
            if config.messages is None:
                demo_messages(store, main, anchor)
                message_media.seed_demo(store, main)
    if config.calls:
        generate_calls(store, main, config.calls, anchor)
    if config.messages:
        generate_messages(store, main, config.messages, anchor)
    if config.subaccounts:
        from .subaccounts import seed_subaccounts

        seed_subaccounts(store, main, config.subaccounts, config.subaccount_records, anchor)


def demo_resources(store: Store, main: str, anchor: int) -> None:
    """Subaccount, numbers, caller ID, applications, sandbox and conferences."""
    sub = sid_for("AC", "subaccount", 1)
    store.insert(catalog.ACCOUNTS, rows.account(sub, SUBACCOUNT_TOKEN, "Demo subaccount", main, anchor - 30 * DAY))
    store.insert(catalog.CALLS, rows.call(sub, "+14155550177", MAIN_NUMBER, anchor - 2 * DAY, "completed", 42,
                                          sid=sid_for("CA", "sub", 1)))
    store.insert(catalog.MESSAGES, rows.message(sub, "+14155550177", MAIN_NUMBER, "Hello from the subaccount",
                                                anchor - DAY, "delivered", sid=sid_for("SM", "sub", 1)))
    for n, (number, kind, name) in enumerate(((MAIN_NUMBER, "local", "Main line"),
                                               (MAGIC_NUMBER, "local", "(500) 555-0006"),
                                               (TOLL_FREE_NUMBER, "toll-free", "Support hotline"))):
        store.insert(catalog.NUMBERS, {
            **rows.number_settings(anchor - (300 - n) * DAY), "account_sid": main, "sid": sid_for("PN", "number", n),
            "phone_number": number, "friendly_name": name, "type": kind,
            "capabilities": {"voice": True, "sms": kind == "local", "mms": kind == "local", "fax": False},
            "voice_url": "https://demo.example.com/voice" if n == 0 else "",
        })
    store.insert(catalog.CALLER_IDS, {"sid": sid_for("PN", "caller-id", 0), "date_created": anchor - 200 * DAY,
                                      "date_updated": anchor - 200 * DAY, "friendly_name": "Front desk",
                                      "account_sid": main, "phone_number": CALLER_ID})
    for n, name in enumerate(("Demo IVR", "SMS autoresponder")):
        when = anchor - (100 - n) * DAY
        store.insert(catalog.APPLICATIONS, {
            "account_sid": main, "api_version": API_VERSION, "date_created": when, "date_updated": when,
            "friendly_name": name, "sid": sid_for("AP", "application", n),
            "voice_url": "https://demo.example.com/ivr" if n == 0 else None, "voice_method": "POST",
            "sms_url": "https://demo.example.com/sms" if n == 1 else None, "sms_method": "POST",
            "voice_fallback_method": "POST", "sms_fallback_method": "POST", "status_callback_method": "POST",
            "voice_caller_id_lookup": False, "public_application_connect_enabled": True,
        })
    store.insert(catalog.SANDBOX, {"pin": "51806712", "account_sid": main, "phone_number": "+14155992671",
                                   "voice_url": "http://demo.twilio.com/welcome/voice/", "voice_method": "POST",
                                   "sms_url": "http://demo.twilio.com/welcome/sms/", "sms_method": "POST",
                                   "date_created": anchor - 400 * DAY, "date_updated": anchor - 400 * DAY})


def demo_calls(store: Store, main: str, anchor: int) -> None:
    """A dozen calls over the last week, with recordings, transcriptions, notifications, conferences."""
    plan = (("completed", 125, "outbound-api"), ("completed", 61, "inbound"), ("busy", 0, "outbound-api"),
            ("no-answer", 0, "outbound-api"), ("completed", 301, "inbound"), ("failed", 0, "outbound-api"),
            ("completed", 12, "outbound-dial"), ("canceled", 0, "outbound-api"), ("completed", 3605, "inbound"),
            ("completed", 48, "outbound-api"), ("in-progress", 0, "outbound-api"), ("completed", 90, "inbound"))
    calls = []
    for n, (status, duration, direction) in enumerate(plan):
        other = f"+1415555{1000 + n * 7:04d}"
        to, from_ = (MAIN_NUMBER, other) if direction == "inbound" else (other, MAIN_NUMBER)
        when = anchor - (n * 14 + 3) * HOUR
        extra = {"parent_call_sid": calls[5]["sid"]} if direction == "outbound-dial" else {}
        calls.append(store.insert(catalog.CALLS, rows.call(main, to, from_, when, status, duration, direction,
                                                           sid=sid_for("CA", "call", n), **extra)))
    call_events.seed_demo(store, calls)
    for n, call in enumerate(c for c in calls if c["status"] == "completed"):
        recording = store.insert(catalog.RECORDINGS, rows.recording(
            main, call["sid"], call["start_time"], min(int(call["duration"]), 60), sid=sid_for("RE", "recording", n)))
        if n % 2 == 0:
            store.insert(catalog.TRANSCRIPTIONS, {
                "account_sid": main, "api_version": "2008-08-01", "date_created": recording["date_created"] + 60,
                "date_updated": recording["date_created"] + 90, "duration": recording["duration"],
                "price": rows.price(0.05), "price_unit": "USD", "recording_sid": recording["sid"],
                "sid": sid_for("TR", "transcription", n), "status": "completed", "type": "fast",
                "transcription_text": f"Hello, this is demo voicemail number {n}. [bold]Call me back[/bold].",
            })
    for n, (call, log, code, text) in enumerate(((calls[0], "0", "11200", "HTTP retrieval failure"),
                                                 (calls[1], "1", "13227", "No International Authorization"),
                                                 (calls[4], "0", "12100", "Document parse failure"))):
        when = call["date_created"] + 5
        store.insert(catalog.NOTIFICATIONS, {
            "account_sid": main, "api_version": API_VERSION, "call_sid": call["sid"], "date_created": when,
            "date_updated": when, "error_code": code, "log": log, "message_date": when,
            "message_text": f"Msg={text.replace(' ', '+')}&ErrorCode={code}",
            "more_info": f"https://www.twilio.com/docs/errors/{code}", "request_method": "POST",
            "request_url": "https://demo.example.com/voice", "request_variables": f"CallSid={call['sid']}",
            "response_body": "<Response><Say>oops</Response>", "response_headers": "Content-Type=text%2Fxml",
            "sid": sid_for("NO", "notification", n),
        })
    demo_conferences(store, main, anchor)
    demo_queue(store, main, calls[10], anchor)


def put(store: Store, list_path: str, values: dict, when: int, n: int = 0) -> dict:
    """A demo record of a resource `spec_kinds` derives, its SID deterministic."""
    family = spec_kinds.family(spec_kinds.ACCOUNT + list_path)
    sid = sid_for(family.kind.prefix, list_path, n) if family.kind.prefix and "sid" not in values else None
    return store.insert(family.kind, spec_kinds.record(family, values, when, sid))


def demo_queue(store: Store, main: str, call: dict, anchor: int) -> None:
    """A support queue holding the live demo call."""
    queue = put(store, "/Queues", {"account_sid": main, "friendly_name": "Support queue", "current_size": 1,
                                   "average_wait_time": 95}, anchor - 50 * DAY)
    put(store, "/Queues/{QueueSid}/Members", {"account_sid": main, "queue_sid": queue["sid"], "call_sid": call["sid"],
                                              "date_enqueued": call["date_created"], "position": 1},
        call["date_created"])


def demo_long_tail(store: Store, main: str, anchor: int) -> None:
    """One of each resource only Twilio's console makes: an address a number depends on, a short
    code, a Connect app the account authorized, a SIP domain with its credential and IP lists, an
    add-on on a number; and what an add-on found in a recording (when the demo calls have one)."""
    when = anchor - 60 * DAY
    address = put(store, "/Addresses", {
        "account_sid": main, "customer_name": "Demo Corp", "friendly_name": "Head office", "street": "1 Market St",
        "city": "San Francisco", "region": "CA", "postal_code": "94105", "iso_country": "US", "validated": True,
        "verified": True, "emergency_enabled": False}, when)
    number = store.get(catalog.NUMBERS, account_sid=main, phone_number=TOLL_FREE_NUMBER)
    store.update(catalog.NUMBERS, number, {"address_sid": address["sid"]})
    put(store, "/SMS/ShortCodes", {"account_sid": main, "friendly_name": "Alerts", "short_code": "40404",
                                   "sms_method": "POST", "sms_fallback_method": "POST"}, when)
    app = {"friendly_name": "Demo CRM", "company_name": "Demo CRM Inc.", "description": "Logs calls to the CRM",
           "homepage_url": "https://crm.example.com", "permissions": ["get-all"]}
    connect = put(store, "/ConnectApps", {"account_sid": main, **app,
                                          "authorize_redirect_url": "https://crm.example.com/authorize",
                                          "deauthorize_callback_method": "POST"}, when)
    put(store, "/AuthorizedConnectApps", {"account_sid": main, "connect_app_sid": connect["sid"],
                                          "permissions": app["permissions"],
                                          **{f"connect_app_{k}": app[k] for k in ("friendly_name", "company_name",
                                                                                  "description", "homepage_url")}},
        when)
    demo_sip(store, main, when)
    added = put(store, "/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns", {
        "account_sid": main, "resource_sid": number["sid"], "friendly_name": "Caller lookup",
        "description": "Looks up who is calling", "unique_name": "caller-lookup", "configuration": {"enabled": True}},
        when)
    put(store, "/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions", {
        "account_sid": main, "resource_sid": number["sid"], "assigned_add_on_sid": added["sid"],
        "friendly_name": "Incoming voice call", "product_name": "Programmable Voice",
        "unique_name": "voice-incoming", "enabled": True}, when)
    recording = store.get(catalog.RECORDINGS, sid=sid_for("RE", "recording", 0))
    if recording is not None:
        result = put(store, "/Recordings/{ReferenceSid}/AddOnResults", {
            "account_sid": main, "reference_sid": recording["sid"], "status": "completed",
            "add_on_sid": sid_for("XB", "add-on", 0), "add_on_configuration_sid": added["sid"],
            "date_completed": recording["date_updated"] + 30}, recording["date_updated"])
        put(store, "/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads", {
            "account_sid": main, "reference_sid": recording["sid"], "add_on_result_sid": result["sid"],
            "label": "transcript", "add_on_sid": result["add_on_sid"], "add_on_configuration_sid": added["sid"],
            "content_type": "application/json"}, recording["date_updated"])


def demo_sip(store: Store, main: str, when: int) -> None:
    """A SIP domain that authenticates calls and registrations by a credential list and an IP list."""
    domain = put(store, "/SIP/Domains", {
        "account_sid": main, "domain_name": "demo.sip.twilio.com", "friendly_name": "Demo office",
        "voice_url": "https://demo.example.com/sip", "auth_type": "CREDENTIAL_LIST,IP_ACL",
        "sip_registration": True}, when)
    credentials = put(store, "/SIP/CredentialLists", {"account_sid": main, "friendly_name": "Office phones"}, when)
    put(store, "/SIP/CredentialLists/{CredentialListSid}/Credentials", {
        "account_sid": main, "credential_list_sid": credentials["sid"], "username": "frontdesk"}, when)
    acl = put(store, "/SIP/IpAccessControlLists", {"account_sid": main, "friendly_name": "Office network"}, when)
    put(store, "/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses", {
        "account_sid": main, "ip_access_control_list_sid": acl["sid"], "friendly_name": "Router",
        "ip_address": "203.0.113.10", "cidr_prefix_length": 32}, when)
    for path, listed in (("/SIP/Domains/{DomainSid}/CredentialListMappings", credentials),
                         ("/SIP/Domains/{DomainSid}/IpAccessControlListMappings", acl),
                         ("/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings", credentials),
                         ("/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings", acl),
                         ("/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings", credentials)):
        put(store, path, {"account_sid": main, "domain_sid": domain["sid"], "sid": listed["sid"],
                          "friendly_name": listed["friendly_name"]}, when)


def demo_conferences(store: Store, main: str, anchor: int) -> None:
    """One finished conference (with a recording) and one in progress with two participants."""
    for n, (name, status, age) in enumerate((("Weekly standup", "completed", 3 * DAY), ("Support bridge", "in-progress", HOUR))):
        when = anchor - age
        conference = store.insert(catalog.CONFERENCES, {
            "account_sid": main, "date_created": when, "date_updated": when + (1800 if status == "completed" else 0),
            "api_version": API_VERSION, "friendly_name": name, "region": "us1", "sid": sid_for("CF", "conference", n),
            "status": status, "reason_conference_ended": "last-participant-left" if status == "completed" else None,
            "call_sid_ending_conference": None,
        })
        if status == "completed":
            store.insert(catalog.RECORDINGS, rows.recording(main, None, when, 30, sid=sid_for("RE", "conf-rec", n),
                                                            conference_sid=conference["sid"], source="Conference"))
            continue
        for p in range(2):
            call = store.insert(catalog.CALLS, rows.call(main, MAIN_NUMBER, f"+1415555{2000 + p:04d}", when + p * 60,
                                                         "in-progress", direction="inbound",
                                                         sid=sid_for("CA", "participant", p)))
            store.insert(catalog.PARTICIPANTS, {
                "account_sid": main, "call_sid": call["sid"], "label": f"caller {p + 1}", "coaching": False,
                "conference_sid": conference["sid"], "date_created": when + p * 60, "date_updated": when + p * 60,
                "end_conference_on_exit": False, "muted": p == 1, "hold": False, "start_conference_on_enter": True,
                "status": "connected", "queue_time": None, "call_sid_to_coach": None,
            })


def demo_messages(store: Store, main: str, anchor: int) -> None:
    statuses = ("delivered", "received", "sent", "undelivered", "delivered", "failed", "received", "delivered")
    for n, body in enumerate(HOSTILE_BODIES * 2):
        status = statuses[n % len(statuses)]
        other = f"+1415555{3000 + n:04d}"
        to, from_, direction = ((MAIN_NUMBER, other, "inbound") if status == "received"
                                else (other, MAIN_NUMBER, "outbound-api"))
        error = {"error_code": 30003, "error_message": "Unreachable destination handset"} if status in (
            "undelivered", "failed") else {}
        store.insert(catalog.MESSAGES, rows.message(main, to, from_, body, anchor - (n * 9 + 1) * HOUR, status,
                                                    direction, sid=sid_for("SM", "message", n), **error))


def seed_available_numbers(store: Store) -> None:
    """Twilio's inventory: a deterministic pool per country and type; buying takes from it."""
    kind = catalog.AVAILABLE_NUMBERS
    columns = kind.columns
    store.insert_many(kind, columns, ([encode(kind, c, row[c]) for c in columns] for row in inventory()))


POOL = (  # country, type, area codes or prefixes, locality, region, postal code, lat, long, lata, rate center
    ("US", "local", "415", "San Francisco", "CA", "94103", 37.77, -122.41, "722", "SNFC CNTRL"),
    ("US", "local", "212", "New York", "NY", "10001", 40.75, -73.99, "132", "NWYRCYZN01"),
    ("US", "local", "512", "Austin", "TX", "78701", 30.27, -97.74, "558", "AUSTIN"),
    ("US", "local", "500", "Testville", "CA", "90210", 34.09, -118.41, "730", "TESTVILLE"),
    ("US", "toll-free", "800", None, None, None, None, None, None, None),
    ("US", "toll-free", "888", None, None, None, None, None, None, None),
    ("CA", "local", "604", "Vancouver", "BC", "V6B", 49.28, -123.12, None, "VANCOUVER"),
    ("GB", "local", "20", "London", None, None, 51.51, -0.13, None, None),
    ("GB", "mobile", "7700", None, None, None, None, None, None, None),
    ("GB", "toll-free", "800", None, None, None, None, None, None, None),
    ("GB", "national", "330", None, None, None, None, None, None, None),  # 03: non-geographic, charged as a local call
    ("GB", "shared-cost", "345", None, None, None, None, None, None, None),
    ("GB", "voip", "56", None, None, None, None, None, None, None),  # 056: VoIP numbers
)
DIAL_CODES = {"US": "1", "CA": "1", "GB": "44"}


def inventory() -> Iterator[dict]:
    for country, kind, prefix, locality, region, postal, lat, lon, lata, rate_center in POOL:
        for i in range(40):
            jitter = zlib.crc32(f"{country}{kind}{prefix}{i}".encode()) % 97
            if country in ("US", "CA"):
                number = f"+1{prefix}555{1000 + i * 97 + jitter:04d}"
                friendly = formatted(number)
            else:
                digits = 10 - len(prefix)
                number = f"+44{prefix}{10 ** (digits - 1) + i * 1000 + jitter:0{digits}d}"
                friendly = number
            yield {
                "friendly_name": friendly, "phone_number": number, "lata": lata, "locality": locality,
                "rate_center": rate_center,
                "latitude": None if lat is None else round(lat + jitter / 1000, 6),
                "longitude": None if lon is None else round(lon - jitter / 700, 6),
                "region": region, "postal_code": postal, "iso_country": country,
                "address_requirements": ("none", "none", "any", "local")[i % 4] if country != "GB" else "any",
                "beta": i % 13 == 12,
                "capabilities": {"voice": i % 7 != 6, "sms": kind != "toll-free" or i % 2 == 0,
                                 "mms": kind == "local" and i % 3 != 2, "fax": i % 5 == 0},
                "type": kind,
            }


def generate_calls(store: Store, main: str, count: int, anchor: int) -> None:
    """`count` calls computed from their index (newest first), then recordings and friends.

    One in twenty each is busy, no-answer, failed (dialled: they have a `start_time`) and canceled
    (before it was dialled: no `start_time`, as on Twilio); the rest completed."""
    step = max(1, BULK_SPAN_DAYS * DAY // max(count, 1))
    namespace = zlib.crc32(main.encode())
    calls = catalog.CALLS
    with store.bulk(calls, catalog.RECORDINGS, catalog.TRANSCRIPTIONS, catalog.NOTIFICATIONS):
        store.conn.execute(f"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :count - 1),
            g AS (SELECT i, :anchor - i * :step AS t,
                         CASE i % 20 WHEN 0 THEN 'busy' WHEN 1 THEN 'no-answer' WHEN 2 THEN 'failed'
                                     WHEN 3 THEN 'canceled' ELSE 'completed' END AS st,
                         (i * 7919) % 600 + 5 AS d,
                         printf('+1%03d%07d', 201 + (i * 31) % 700, (i * 7919) % 10000000) AS ext,
                         i % 3 = 0 AS inbound FROM n),
            h AS (SELECT *, CASE WHEN inbound THEN :ours ELSE ext END AS too,
                            CASE WHEN inbound THEN ext ELSE :ours END AS frm FROM g)
            INSERT INTO calls (sid, date_created, date_updated, account_sid, "to", "from", status, start_time, end_time, duration, price, price_unit,
                               direction, api_version, queue_time)
            SELECT printf('CA%08x%08x%016x', :ns, (i * 2654435761) % 4294967296, i), t,
                   t + CASE st WHEN 'completed' THEN d ELSE 0 END, :account,
                   too, frm,
                   st, CASE WHEN st <> 'canceled' THEN t END, t + CASE st WHEN 'completed' THEN d ELSE 0 END,
                   CAST(CASE st WHEN 'completed' THEN d ELSE 0 END AS TEXT),
                   CASE st WHEN 'completed' THEN printf('-%.5f', 0.013 * ((d + 59) / 60)) END, 'USD',
                   CASE WHEN inbound THEN 'inbound' ELSE 'outbound-api' END, '{API_VERSION}', '0'
            FROM h""", {"count": count, "anchor": anchor, "step": step, "ns": namespace, "account": main,
                        "ours": MAIN_NUMBER})
        rows.record_calls(store.conn, "account_sid = ? AND status = 'completed' AND _id % 10 = 0", (main,))
        store.conn.execute("""
            INSERT INTO transcriptions (account_sid, api_version, date_created, date_updated, duration, price,
                                        price_unit, recording_sid, sid, status, transcription_text, type)
            SELECT account_sid, '2008-08-01', date_updated + 30, date_updated + 60, duration, '-0.05000', 'USD',
                   sid, 'TR' || substr(sid, 3), 'completed', 'Generated voicemail for ' || call_sid, 'fast'
            FROM recordings WHERE account_sid = ? AND call_sid IS NOT NULL AND _id % 2 = 0""", (main,))
        store.conn.execute(f"""
            INSERT INTO notifications (account_sid, api_version, call_sid, date_created, date_updated, error_code,
                                       log, message_date, message_text, more_info, request_method, request_url,
                                       request_variables, response_body, response_headers, sid)
            SELECT account_sid, '{API_VERSION}', sid, date_created + 2, date_created + 2,
                   CASE _id % 100 WHEN 0 THEN '11200' ELSE '13227' END, CASE _id % 100 WHEN 0 THEN '0' ELSE '1' END,
                   date_created + 2, 'Msg=Generated+notification', 'https://www.twilio.com/docs/errors/' ||
                   CASE _id % 100 WHEN 0 THEN '11200' ELSE '13227' END, 'POST', 'https://demo.example.com/voice',
                   'CallSid=' || sid, '', '', 'NO' || substr(sid, 3)
            FROM calls WHERE account_sid = ? AND _id % 50 = 0""", (main,))


def generate_messages(store: Store, main: str, count: int, anchor: int) -> None:
    """`count` messages computed from their index, bodies cycling through the hostile set."""
    step = max(1, BULK_SPAN_DAYS * DAY // max(count, 1))
    bodies = " ".join(f"WHEN {n} THEN :b{n}" for n in range(len(HOSTILE_BODIES)))
    params = {f"b{n}": body for n, body in enumerate(HOSTILE_BODIES)}
    with store.bulk(catalog.MESSAGES):
        store.conn.execute(f"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :count - 1),
            g AS (SELECT i, :anchor - i * :step AS t, i % 4 = 0 AS inbound,
                         CASE i % 25 WHEN 0 THEN 'undelivered' WHEN 1 THEN 'failed' ELSE 'delivered' END AS st,
                         printf('+1%03d%07d', 201 + (i * 37) % 700, (i * 104729) % 10000000) AS ext FROM n)
            INSERT INTO messages (sid, body, num_segments, direction, "from", "to", date_updated, price,
                                  error_message, account_sid, num_media, status, date_sent, date_created,
                                  error_code, price_unit, api_version)
            SELECT printf('SM%08x%08x%016x', :ns, (i * 2654435761) % 4294967296, i),
                   CASE i % {len(HOSTILE_BODIES)} {bodies} END, CASE i % {len(HOSTILE_BODIES)} WHEN 7 THEN '3' ELSE '1' END,
                   CASE WHEN inbound THEN 'inbound' ELSE 'outbound-api' END,
                   CASE WHEN inbound THEN ext ELSE :ours END, CASE WHEN inbound THEN :ours ELSE ext END, t + 2,
                   '-0.00790', CASE WHEN st = 'delivered' OR inbound THEN NULL ELSE 'Unreachable destination handset' END,
                   :account, '0', CASE WHEN inbound THEN 'received' ELSE st END, t + 1, t,
                   CASE WHEN st = 'delivered' OR inbound THEN NULL ELSE 30003 END, 'USD', '{API_VERSION}'
            FROM g""", {"count": count, "anchor": anchor, "step": step, "ns": zlib.crc32(main.encode()) ^ 1,
                        "account": main, "ours": MAIN_NUMBER, **params})
