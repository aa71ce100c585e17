"""Resources derived from Twilio's OpenAPI document, for the long tail no `catalog` entry declares.

Every path of the document belongs to a *family*: a list path (`…/Queues`) and its instance path
(`…/Queues/{Sid}`), or only one of them. A family's `Kind` is read off the document: its table is
named after the records' schema, its fields are the properties of every schema its operations
answer with (typed as `catalog` types fields; `secret`, which only a key's create answer shows,
is a field like any other), its SID prefix is the `sid` pattern's (`^KE[0-9a-fA-F]{32}$`), its
key is the instance path's last placeholder (`{Sid}` → `sid`, `{CallSid}` → `call_sid`; a family
with no instance placeholder has one record per parent), its filters are the list's query
parameters, and its sub-resource links come from the document's own examples. Each operation
keeps the status it answers with, the fields its schema shows (a `View`) and its form.

`record` gives a new record's values: the form's, then the few facts the document lacks
(`GENERATED` unless given, `DEFAULTS`), then a default by type, as Twilio fills in what nobody set.
"""

from __future__ import annotations

import functools
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from twiliocli import openapi
from twiliocli.api import resources as api
from twiliocli.api.resources import API_VERSION

from .catalog import BOOL, DATE, INT, JSON, TEXT, Field, Filter, FLAG, Kind, View
from .records import snake

ACCOUNT = "/Accounts/{AccountSid}"
PLACEHOLDER = re.compile(r"{(\w+)}")
ENUM_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class Param:
    """A form parameter of an operation: the column it sets, its schema, whether it is required."""

    name: str
    column: str
    schema: dict
    required: bool

    @property
    def enum(self) -> tuple[str, ...]:
        return tuple(enum_values(self.schema))


@dataclass(frozen=True)
class Operation:
    """One (method, path) of the document: the status and fields of its answer, its form."""

    method: str
    template: str
    status: int
    view: View | None
    list_key: str | None
    form: tuple[Param, ...]


@dataclass(frozen=True)
class Family:
    """A list path and/or an instance path sharing one kind of record."""

    kind: Kind
    list_path: str
    instance_path: str | None
    parents: tuple[tuple[str, str], ...]  # (placeholder, column) of the path, AccountSid first
    schemas: tuple[dict, ...]  # the schemas its operations answer with
    operations: tuple[Operation, ...]

    @property
    def singleton(self) -> bool:
        """One record per parent (a message's feedback, an account's token): keyed by that parent."""
        return self.kind.key in dict(self.parents).values()

    @property
    def view(self) -> View:
        """The fields a record of the family shows when read."""
        return View(only=tuple(self.schemas[0]["properties"]))

    def property(self, name: str) -> dict:
        return next((s["properties"][name] for s in self.schemas if name in s["properties"]), {})


def schema_name(node: dict) -> str | None:
    return node["$ref"].removeprefix(ENUM_PREFIX) if "$ref" in node else None


def resolve(node: dict) -> dict:
    name = schema_name(node)
    return openapi.document()["components"]["schemas"][name] if name else node


def enum_values(node: dict) -> list[str]:
    return list(resolve(node).get("enum", []))


def field_kind(node: dict) -> str:
    """How a property is kept: as `catalog` keeps the field table's types."""
    node = resolve(node)
    if node.get("format") == "date-time-rfc-2822":
        return DATE
    return {"string": TEXT, "integer": INT, "boolean": BOOL}.get(node.get("type", ""), JSON)


def template_of(spec_path: str) -> str:
    return spec_path.removeprefix(f"/{API_VERSION}").removesuffix(".json")


def normalized(template: str) -> str:
    """`/Accounts/{AccountSid}/Calls/{Sid}` -> `/Accounts/{}/Calls/{}`: paths compared by shape."""
    return PLACEHOLDER.sub("{}", template)


def answer(operation: dict) -> tuple[int, str | None, str | None]:
    """The status an operation answers with, its records' schema name, and its list key (lists)."""
    status, response = next(iter(operation["responses"].items()))
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return int(status), None, None
    if "$ref" in schema:
        return int(status), schema_name(schema), None
    key, items = next((k, v["items"]) for k, v in schema["properties"].items() if v.get("type") == "array")
    return int(status), schema_name(items), key


def form_of(operation: dict) -> tuple[Param, ...]:
    body = operation.get("requestBody", {}).get("content", {}).get("application/x-www-form-urlencoded", {})
    schema = body.get("schema", {})
    required = set(schema.get("required", ()))
    return tuple(Param(name, snake(name.replace(".", "")), prop, name in required)
                 for name, prop in schema.get("properties", {}).items())


def family_path(template: str, path_type: str) -> str:
    """The list path a path belongs to: itself, or an instance path without its last placeholder."""
    if path_type == "instance" and template.endswith("}"):
        return template.rsplit("/", 1)[0]
    return template


def subresources(family_paths: list[str], schemas: list[dict], instance: str | None) -> dict[str, str]:
    """`subresource_uris` names -> the path below a record, from the document's examples."""
    if instance is None or not any("subresource_uris" in s["properties"] for s in schemas):
        return {}
    depth = instance.count("/") + 1  # `/2010-04-01` comes first in the examples
    links: dict[str, str] = {}
    for spec_path in family_paths:
        for operation in openapi.document()["paths"][spec_path].values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for response in operation["responses"].values():
                for example in response.get("content", {}).get("application/json", {}).get("examples", {}).values():
                    for record in records_in(example.get("value")):
                        for name, link in (record.get("subresource_uris") or {}).items():
                            links.setdefault(name, "/".join(link.split("?")[0].removesuffix(".json")
                                                            .split("/")[depth + 1:]))
    return links


def records_in(value: Any) -> list[dict]:
    if not isinstance(value, dict):
        return []
    listed = [item for v in value.values() if isinstance(v, list) for item in v if isinstance(item, dict)]
    return listed or [value]


def build(list_path: str, spec_paths: list[str]) -> Family:
    document = openapi.document()
    instance = next((template_of(p) for p in spec_paths if template_of(p) != list_path), None)
    operations, names = [], []
    for method in ("get", "post", "delete"):  # a read answers with the records' own schema: named first
        for spec_path in spec_paths:
            operation = document["paths"][spec_path].get(method)
            if operation is None:
                continue
            status, name, list_key = answer(operation)
            if name is not None and name not in names:
                names.append(name)
            schema = document["components"]["schemas"][name] if name else None
            view = View(only=tuple(schema["properties"])) if schema else None
            operations.append(Operation(method.upper(), template_of(spec_path), status, view, list_key,
                                        form_of(operation)))
    schemas = [document["components"]["schemas"][name] for name in names]
    placeholders = PLACEHOLDER.findall(list_path)
    parents = tuple((p, snake(p)) for p in placeholders)
    main = schemas[0] if schemas else {"properties": {}}
    key_param = PLACEHOLDER.findall(instance)[-1] if instance and instance.endswith("}") else None
    shown = {name: prop for schema in schemas for name, prop in schema["properties"].items()}
    key = snake(key_param) if key_param else "sid" if "sid" in shown else parents[-1][1]
    fields = [Field(name, field_kind(prop)) for name, prop in shown.items()]
    hidden = [Field(column, TEXT, hidden=True) for column in dict.fromkeys([*(c for _, c in parents), key])
              if column not in shown]
    pattern = main["properties"].get("sid", {}).get("pattern", "")
    list_op = next((o for o in operations if o.method == "GET" and o.list_key), None)
    filters = {}
    for parameter in (document["paths"][f"/{API_VERSION}{list_path}.json"]["get"].get("parameters", [])
                      if list_op else ()):
        column = snake(parameter["name"])
        if parameter["in"] == "query" and column in shown:
            filters[parameter["name"]] = Filter(column, FLAG if field_kind(shown[column]) == BOOL else "eq")
    table = "spec_" + re.sub(r"\W+", "_", names[0].rsplit(".", 1)[-1] if names else list_path).strip("_").lower()
    resource = api.Resource(table, list_path, (list_op.list_key if list_op else table,),
                            pattern[1:3] if pattern.startswith("^") else "", {})
    columns = tuple(dict.fromkeys([*(c for _, c in parents), key]))
    kind = Kind(resource, table, tuple(fields + hidden), filters=filters,
                subresources=subresources(spec_paths, schemas, instance),
                key=key, unique=columns,
                order="date_created" if "date_created" in shown else "_id")
    return Family(kind, list_path, instance, parents, tuple(schemas), tuple(operations))


@functools.cache
def families() -> dict[str, Family]:
    """Every family of the document, by its list path."""
    grouped: dict[str, list[str]] = {}
    for spec_path, item in openapi.document()["paths"].items():
        template = template_of(spec_path)
        if not template.startswith(ACCOUNT + "/"):
            continue
        grouped.setdefault(family_path(template, item.get("x-twilio", {}).get("pathType", "")), []).append(spec_path)
    return {path: build(path, spec_paths) for path, spec_paths in grouped.items()}


def family(list_path: str) -> Family:
    return families()[list_path]


def kind(list_path: str) -> Kind:
    return families()[list_path].kind


# The facts the document lacks: values Twilio makes up, and defaults it documents in prose.

def _secret(_: Mapping[str, Any]) -> str:
    return secrets.token_hex(16)


def _ice_servers(values: Mapping[str, Any]) -> list[dict]:
    relay = {"username": values["username"], "credential": values["password"]}
    return [{"urls": "stun:global.stun.twilio.com:3478"},
            *({**relay, "urls": f"turn:global.turn.twilio.com:{port}?transport={transport}"}
              for port, transport in ((3478, "udp"), (3478, "tcp"), (443, "tcp")))]


GENERATED: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "secret": _secret,
    "username": lambda values: secrets.token_hex(32),
    "password": lambda values: secrets.token_urlsafe(24),
    "ice_servers": _ice_servers,
}
GENERATED_IN = {  # list path -> the generated fields its records get
    ACCOUNT + "/Keys": ("secret",), ACCOUNT + "/SigningKeys": ("secret",),
    ACCOUNT + "/Tokens": ("username", "password", "ice_servers"),
}
REFERENCES = {  # a form parameter naming another record -> that record's list path
    "CredentialListSid": ACCOUNT + "/SIP/CredentialLists",
    "IpAccessControlListSid": ACCOUNT + "/SIP/IpAccessControlLists",
}
WEBSOCKET_URLS = {  # list path -> the parameters the document calls a "uri" that Twilio connects a WebSocket to
    ACCOUNT + "/Calls/{CallSid}/Streams": ("Url",),
}
DEFAULTS = {  # list path -> Twilio's documented defaults
    ACCOUNT + "/Queues": {"max_size": 1000},
    ACCOUNT + "/Tokens": {"ttl": "86400"},
    ACCOUNT + "/Usage/Triggers": {"trigger_by": "usage", "callback_method": "POST", "current_value": "0",
                                  "recurring": "alltime"},  # no Recurring: it fires once
    ACCOUNT + "/SIP/Domains": {"voice_method": "POST", "voice_fallback_method": "POST",
                               "voice_status_callback_method": "POST"},
}


def default(family: Family, name: str, kind: str) -> Any:
    """What Twilio shows for a field nobody set: the schema's default, null where it may be, else
    the enum's first value or the type's empty value."""
    prop = family.property(name)
    if "default" in prop:
        return prop["default"]
    if prop.get("nullable") or not prop:
        return None
    if enum_values(prop):
        return enum_values(prop)[0]
    return {INT: 0, BOOL: False, JSON: [] if resolve(prop).get("type") == "array" else {}}.get(kind, "")


def record(family: Family, given: Mapping[str, Any], when: int, sid: str | None = None) -> dict:
    """A new record of `family`: `given` (form values, path ids), the generated and documented
    values, dates at `when`, and defaults for the rest."""
    values: dict[str, Any] = {"date_created": when, "date_updated": when, "api_version": API_VERSION,
                              **DEFAULTS.get(family.list_path, {}), **given}
    if sid:
        values["sid"] = sid
    for name in GENERATED_IN.get(family.list_path, ()):
        if name not in values:  # the demo data's are given
            values[name] = GENERATED[name](values)
    for f in family.kind.fields:
        if f.name not in values and f.name in family.kind.columns:
            values[f.name] = default(family, f.name, f.kind)
    return values
