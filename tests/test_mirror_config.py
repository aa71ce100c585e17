"""`sync` of the configuration lists the spec declares (keys, SIP, queues, addresses, short codes,
usage triggers) end to end: the real CLI against the emulator over 127.0.0.1, the SQLite file read
back with the standard library."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


from twiliocli.emulator.server import RunningEmulator
from twiliocli.mirror.schema import BY_NAME, DEFAULT

from tests.conftest import run_cli
from tests.emulator_helpers import Api, db, sync  # noqa: F401 (db: a fixture)

CONFIG = "keys,signing-keys,queues,addresses,short-codes,usage-triggers,sip"
# Table -> (its list relative to the account, the list's key).
LISTS = {
    "keys": ("/Keys.json", "keys"),
    "signing_keys": ("/SigningKeys.json", "signing_keys"),
    "queues": ("/Queues.json", "queues"),
    "addresses": ("/Addresses.json", "addresses"),
    "short_codes": ("/SMS/ShortCodes.json", "short_codes"),
    "usage_triggers": ("/Usage/Triggers.json", "usage_triggers"),
    "sip_domains": ("/SIP/Domains.json", "domains"),
    "sip_credential_lists": ("/SIP/CredentialLists.json", "credential_lists"),
    "sip_ip_access_control_lists": ("/SIP/IpAccessControlLists.json", "ip_access_control_lists"),
}
# Mapping table -> (its list under a domain, the list's key).
MAPPINGS = {
    "sip_domain_credential_list_mappings": ("CredentialListMappings", "credential_list_mappings"),
    "sip_domain_ip_access_control_list_mappings": ("IpAccessControlListMappings", "ip_access_control_list_mappings"),
    "sip_domain_auth_calls_credential_list_mappings": ("Auth/Calls/CredentialListMappings", "contents"),
    "sip_domain_auth_calls_ip_access_control_list_mappings": ("Auth/Calls/IpAccessControlListMappings", "contents"),
    "sip_domain_auth_registrations_credential_list_mappings": ("Auth/Registrations/CredentialListMappings", "contents"),
}


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def mapped(api: Api) -> dict[str, set[tuple[str, str]]]:
    """Each mapping table as the API lists it: (domain SID, list SID) pairs."""
    domains = [d["sid"] for d in api.records("/SIP/Domains.json", "domains")]
    return {table: {(d, m["sid"]) for d in domains for m in api.records(f"/SIP/Domains/{d}/{path}.json", key)}
            for table, (path, key) in MAPPINGS.items()}


def test_the_lists_fill_their_tables_and_no_secret_is_stored(use_emulator: RunningEmulator, db: Path) -> None:
    api = Api(use_emulator)
    key = api.post("/Keys.json", {"FriendlyName": "ci deploys"}).json()
    signing = api.post("/SigningKeys.json", {"FriendlyName": "webhooks"}).json()
    assert key["secret"] and signing["secret"]
    trigger = api.post("/Usage/Triggers.json", {"CallbackUrl": "https://example.com/hook", "TriggerValue": "100",
                                                "UsageCategory": "sms"})
    assert trigger.status_code == 201, trigger.text

    sync(db, "--resources", CONFIG)

    for table, (path, list_key) in LISTS.items():
        listed = {r["sid"]: r for r in api.records(path, list_key)}
        mirrored = {r[0]: r for r in rows(db, f"SELECT sid, account_sid, friendly_name FROM {table}")}
        assert set(mirrored) == set(listed) and listed, table
        for sid, record in listed.items():
            assert mirrored[sid][1:] == (api.account, record["friendly_name"]), table
    pairs = mapped(api)
    for table in MAPPINGS:
        assert set(rows(db, f"SELECT domain_sid, sid FROM {table}")) == pairs[table] and pairs[table], table
    assert key["sid"] in {r[0] for r in rows(db, "SELECT sid FROM keys")}
    assert rows(db, "SELECT trigger_value, typeof(trigger_value) FROM usage_triggers") == [(100.0, "real")]

    for table in ("keys", "signing_keys"):
        assert "secret" not in {r[1] for r in rows(db, f"PRAGMA table_info({table})")}
    stored = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))  # the file, its WAL if any
    assert key["secret"].encode() not in stored and signing["secret"].encode() not in stored


def test_a_deleted_domain_leaves_the_mirror_with_its_mappings(use_emulator: RunningEmulator, db: Path) -> None:
    api = Api(use_emulator)
    other = api.post("/SIP/Domains.json", {"DomainName": "branch.sip.twilio.com", "FriendlyName": "Branch"}).json()
    lists = api.records("/SIP/CredentialLists.json", "credential_lists")
    assert api.post(f"/SIP/Domains/{other['sid']}/CredentialListMappings.json",
                    {"CredentialListSid": lists[0]["sid"]}).status_code == 201
    sync(db, "--resources", "sip")
    domains = {r[0] for r in rows(db, "SELECT sid FROM sip_domains")}
    assert other["sid"] in domains and len(domains) == 2
    assert (other["sid"], lists[0]["sid"]) in rows(db, "SELECT domain_sid, sid FROM sip_domain_credential_list_mappings")

    assert api.delete(f"/SIP/Domains/{other['sid']}.json").status_code == 204
    sync(db, "--resources", "sip")
    assert {r[0] for r in rows(db, "SELECT sid FROM sip_domains")} == domains - {other["sid"]}
    for table in MAPPINGS:
        assert not rows(db, f"SELECT sid FROM {table} WHERE domain_sid = ?", other["sid"]), table
    assert set(rows(db, "SELECT domain_sid, sid FROM sip_domain_credential_list_mappings")) == \
        mapped(api)["sip_domain_credential_list_mappings"]
    status = {r[0]: r[1] for r in rows(db, "SELECT table_name, rows FROM _sync")}
    assert status["sip_domains"] == 1 and set(MAPPINGS) <= set(status)


def test_sql_says_which_domains_use_a_credential_list(use_emulator: RunningEmulator, db: Path) -> None:
    api = Api(use_emulator)
    (domain,) = api.records("/SIP/Domains.json", "domains")
    (listed,) = api.records(f"/SIP/Domains/{domain['sid']}/CredentialListMappings.json", "credential_list_mappings")
    sync(db, "--resources", "sip")
    query = ("SELECT d.sid, d.domain_name FROM sip_domains d JOIN sip_domain_credential_list_mappings m "
             f"ON m.domain_sid = d.sid WHERE m.sid = '{listed['sid']}'")
    result = run_cli("sql", query, "--db", str(db), "-o", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"sid": domain["sid"], "domain_name": domain["domain_name"]}]


def test_resource_names_and_the_default_set(use_emulator: RunningEmulator, db: Path) -> None:
    # A domain's mappings alone bring the domains they are fetched under.
    sync(db, "--resources", "sip_domain_credential_list_mappings")
    assert {r[0] for r in rows(db, "SELECT table_name FROM _sync")} == {"sip_domains", "sip_domain_credential_list_mappings"}
    assert rows(db, "SELECT COUNT(*) FROM sip_domain_credential_list_mappings") == [(1,)]

    result = run_cli("sync", "--db", str(db), "--resources", "sip,vpn")
    assert result.exit_code == 2 and "'vpn'" in result.stderr and "signing-keys" in result.stderr
    # Keys only when asked for (a standard API key may not list them); the rest by default.
    assert "keys" not in DEFAULT and "signing_keys" not in DEFAULT
    assert {*LISTS, *MAPPINGS} - {"keys", "signing_keys"} <= set(DEFAULT)
    assert all(BY_NAME[t].how == "full" for t in (*LISTS, *MAPPINGS))


def test_a_domain_deleted_during_the_run_has_no_mappings(emulator: RunningEmulator, db: Path) -> None:
    """Its mappings are fetched after the domains: one deleted in between answers 404, and has none."""
    from twiliocli.api.client import Auth, Client
    from twiliocli.mirror import store
    from twiliocli.mirror.sync import Syncer

    api = Api(emulator)
    client = Client(emulator.url, Auth(emulator.account_sid, emulator.auth_token, emulator.account_sid), retries=0)
    writer = store.open_for_sync(db, client.account_sid)
    try:
        syncer = Syncer(client, writer, [BY_NAME["sip_domains"]])
        syncer.run()
        (domain,) = rows(db, "SELECT sid FROM sip_domains")
        assert api.delete(f"/SIP/Domains/{domain[0]}.json").status_code == 204
        syncer._full(client, BY_NAME["sip_domain_credential_list_mappings"], 2_000_000_000)
    finally:
        writer.close()
    assert rows(db, "SELECT COUNT(*) FROM sip_domain_credential_list_mappings") == [(0,)]
    assert rows(db, "SELECT rows FROM _sync WHERE table_name = 'sip_domain_credential_list_mappings'") == [(0,)]
