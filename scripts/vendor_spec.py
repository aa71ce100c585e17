#!/usr/bin/env python3
"""Vendor the facts of Twilio's official OpenAPI document (API 2010-04-01) into the package.

    python scripts/vendor_spec.py [PATH-OR-URL]          # rewrite twiliocli/openapi/ from Twilio's document
    python scripts/vendor_spec.py [PATH-OR-URL] --check  # exit 1 if the vendored copy differs
    python scripts/vendor_spec.py --tables-only          # only fields.py and operations.py, from the vendored copy

The document comes from Twilio's twilio-oai repository (`spec/json/twilio_api_v2010.json`). What
is kept is what tests and the emulator rely on — paths, operations, parameters, request and response
schemas, enums, formats, examples, Twilio's `x-twilio` path facts — and nothing written for people:
every `description` and `summary` is dropped (a response's required `description` is left empty),
as are code-generator annotations, contact details and terms of service. The result goes to
`twiliocli/openapi/twilio_api_v2010.json.gz` (gzip, minified, in the document's own order, which
is the order of each record's fields) with `SOURCE.json` beside it: where it came from, the
document's own version and license, and the SHA-256 of the file it was made from.

From those facts it also writes three tables: `twiliocli/openapi/fields.py`, each resource's record
fields (the schema each `twiliocli.api.resources` declaration names), which the CLI checks `--fields`
against and the emulator builds its records from; and `twiliocli/openapi/operations.py`, every
operation with its path, parameters (types, formats, enums, required) and default columns, from
which `twiliocli.api.declared` derives a command for each; and `twiliocli/openapi/words.py`, the
command words of those derived groups, which the command tree lists without building them. Without a document, only those tables
are rewritten, from the vendored facts (after declaring a resource; no official file needed).

The document is read from the path given, else from `$TWILIO_OPENAPI_V2010` (a path or an
`https://` URL), else from its published URL (`--check` in CI has no network: it then compares
the tables with the vendored facts only).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "twiliocli" / "openapi"
DOCUMENT = "twilio_api_v2010.json.gz"
SOURCE = "SOURCE.json"
FIELDS = "fields.py"
OPERATIONS = "operations.py"
WORDS = "words.py"
PUBLISHED = "https://raw.githubusercontent.com/twilio/twilio-oai/main/spec/json/twilio_api_v2010.json"
PROSE = ("description", "summary")
DATA = ("example", "examples", "enum", "default")  # values sent on the wire: kept exactly as written
KEPT_INFO = ("title", "version", "license")
# The upstream repository's own LICENSE file (the document's `info.license` names the API's licence
# template, and is recorded as found).
UPSTREAM = {"repository": "https://github.com/twilio/twilio-oai", "path": "spec/json/twilio_api_v2010.json",
            "repository_license": "MIT"}


def facts(node, key: str = ""):
    """`node` without prose: `description`/`summary` strings and `x-` extensions other than `x-twilio`
    dropped, data (examples, enums, defaults) untouched. A property *named* description stays."""
    if isinstance(node, list):
        return [facts(item) for item in node]
    if not isinstance(node, dict):
        return node
    if key == "examples":  # name -> {summary, value}: the value is data
        return {name: {"value": example["value"]} if isinstance(example, dict) and "value" in example else example
                for name, example in node.items()}
    out = {}
    for name, value in node.items():
        if name in PROSE and isinstance(value, str):
            continue
        if name.startswith("x-") and name != "x-twilio":
            continue
        out[name] = value if name in DATA and name != "examples" else facts(value, name)
    return out


def vendored(document: dict) -> dict:
    """The facts of `document`, as written to the package."""
    out = facts({k: v for k, v in document.items() if k not in ("info", "tags")})
    out["info"] = {k: document["info"][k] for k in KEPT_INFO if k in document["info"]}
    out["tags"] = [{"name": tag["name"]} for tag in document.get("tags", [])]
    for operations in out["paths"].values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values() if isinstance(operation, dict) else ():
                response["description"] = ""  # required by OpenAPI 3.0; the prose is not ours to copy
    return out


def source(raw: bytes, document: dict) -> dict:
    info = document["info"]
    return {**UPSTREAM, "openapi": document["openapi"], "info_version": info.get("version"),
            "info_license": info.get("license"), "sha256": hashlib.sha256(raw).hexdigest(),
            "generated_by": "scripts/vendor_spec.py"}


# Resources the document lacks, with their fields as the seed documentation lists them.
SEED_FIELDS = {
    "sandbox": (("pin", "string"), ("account_sid", "string"), ("phone_number", "string"), ("voice_url", "string"),
                ("voice_method", "string"), ("sms_url", "string"), ("sms_method", "string"),
                ("date_created", "date"), ("date_updated", "date"), ("uri", "string")),
}
FIELDS_HEADER = '''"""Each resource's record fields, in the order Twilio's OpenAPI document lists them, with their type there.

Types: string, date (RFC 2822 date-time), integer, number, boolean, object, array, any (untyped).
Written by scripts/vendor_spec.py from the vendored document (the schema each declaration in
twiliocli/api/resources.py names, or twiliocli/api/declared.py derives; sandbox from the seed docs,
as the document lacks it): do not edit, re-run the script. The CLI checks `--fields` against it; the emulator builds records from it.
"""

'''


def field_type(document: dict, prop: dict) -> str:
    """A property's type word in the table (a `$ref` is followed: enums are strings)."""
    if "$ref" in prop:
        prop = document["components"]["schemas"][prop["$ref"].rsplit("/", 1)[-1]]
    if prop.get("type") == "string" and prop.get("format", "").startswith("date-time"):
        return "date"
    return prop.get("type", "any")


def record_fields(document: dict) -> dict[str, tuple[tuple[str, str], ...]]:
    """Resource name -> its records' (field, type), from the schema its declaration names."""
    sys.path.insert(0, str(REPO))
    from twiliocli.api import resources

    declared = declarations_of(document)
    schemas = document["components"]["schemas"]
    described = [r for r in vars(resources).values() if isinstance(r, resources.Resource) and r.schema]
    described += [n.resource for n in declared.nodes().values() if n.resource.schema in schemas]
    table = {r.name: tuple((name, field_type(document, prop)) for name, prop in schemas[r.schema]["properties"].items())
             for r in described}
    return {**table, **SEED_FIELDS}


def render_fields(document: dict) -> bytes:
    """The text of twiliocli/openapi/fields.py."""
    lines = [FIELDS_HEADER + "FIELDS: dict[str, tuple[tuple[str, str], ...]] = {"]
    for name, fields in record_fields(document).items():
        lines.append(f"    {json.dumps(name)}: (")
        lines += [f"        ({json.dumps(field)}, {json.dumps(kind)})," for field, kind in fields]
        lines.append("    ),")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode()


OPERATIONS_HEADER = '''"""Every operation of Twilio's 2010-04-01 document, as facts a command is made from.

Written by scripts/vendor_spec.py from the vendored document: do not edit, re-run the script.
Each entry: operation id, HTTP method, path (relative to /2010-04-01, no `.json`), the path's kind
(list or instance), its records' schema, the list's envelope key, Twilio's default columns, and
the parameters as (name, where, type, format, enum, required, SID prefix): where is path, query or
form; type is string, integer, number, boolean or array (of strings); a SID prefix comes from the
parameter's pattern (`^CA[0-9a-fA-F]{32}$` gives CA). Read through `twiliocli.api.spec`.
"""

'''


def _schema(document: dict, node: dict) -> dict:
    if "$ref" in node:
        return document["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _prefix(schema: dict) -> str:
    import re

    found = re.fullmatch(r"\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$", schema.get("pattern", ""))
    return found.group(1) if found else ""


def _parameter(document: dict, name: str, where: str, node: dict, required: bool) -> tuple:
    schema = _schema(document, node)
    items = _schema(document, schema.get("items", {})) if schema.get("type") == "array" else {}
    enum = tuple(schema.get("enum") or items.get("enum") or ())
    kind = schema.get("type") or ("string" if enum else "any")
    return (name, where, kind, schema.get("format") or items.get("format") or "", enum, required, _prefix(schema))


def operation_facts(document: dict) -> list[tuple]:
    """One tuple per operation, in the document's order."""
    out = []
    for path, item in document["paths"].items():
        facts_of_path = item.get("x-twilio", {})
        for method, op in item.items():
            if method not in ("get", "post", "delete"):
                continue
            params = [_parameter(document, p["name"], p["in"], p["schema"], bool(p.get("required")))
                      for p in op.get("parameters", ()) if p["name"] not in ("PageSize", "Page", "PageToken")]
            body = op.get("requestBody", {}).get("content", {}).get("application/x-www-form-urlencoded", {}).get("schema", {})
            params += [_parameter(document, name, "form", node, name in body.get("required", ()))
                       for name, node in body.get("properties", {}).items()]
            ok = next((r for code, r in op["responses"].items() if code.startswith("2")), {})
            schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
            record, key = schema.get("$ref", "").rsplit("/", 1)[-1], ""
            for name, prop in schema.get("properties", {}).items():
                if prop.get("type") == "array" and "$ref" in prop.get("items", {}):
                    record, key = prop["items"]["$ref"].rsplit("/", 1)[-1], name
            out.append((op["operationId"], method.upper(), path.removeprefix("/2010-04-01").removesuffix(".json"),
                        facts_of_path.get("pathType", ""), record, key,
                        tuple(facts_of_path.get("defaultOutputProperties", ())), tuple(params)))
    return out


def render_operations(document: dict) -> bytes:
    """The text of twiliocli/openapi/operations.py."""
    lines = [OPERATIONS_HEADER + "OPERATIONS = ("]
    lines += [f"    {entry!r}," for entry in operation_facts(document)]
    lines.append(")")
    return ("\n".join(lines) + "\n").encode()


WORDS_HEADER = '''"""The command words of every group derived from the spec (`twiliocli.api.declared.nodes`).

Written by scripts/vendor_spec.py: do not edit, re-run it. The command tree reads these few words to
list and find the spec's groups without building them: `--help`, TAB completion and `calls list`
never import the operation table or the declarations.
"""

'''


def declarations_of(document: dict) -> Any:
    """`twiliocli.api.declared`, made from `document`'s operations (not the table on disk, which this
    run may be about to replace), for the tables derived from the declarations."""
    sys.path.insert(0, str(REPO))
    from twiliocli.api import declared, spec
    from twiliocli.openapi import operations

    operations.OPERATIONS = tuple(operation_facts(document))
    spec.operations.cache_clear()
    declared.nodes.cache_clear()
    return declared


def render_words(document: dict) -> bytes:
    """The text of twiliocli/openapi/words.py, from the declarations (the spec and its overlays)."""
    declared = declarations_of(document)

    lines = [WORDS_HEADER + "WORDS: tuple[tuple[str, ...], ...] = ("]
    lines += [f"    {words!r}," for words in declared.nodes()]
    lines.append(")")
    return ("\n".join(lines) + "\n").encode()


def encode(data: dict) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def fetch(where: str) -> bytes:
    """The official document's bytes, from a path or an https:// URL."""
    if where.startswith("https://"):
        from urllib.request import urlopen

        with urlopen(where, timeout=60) as answer:  # noqa: S310 (a fixed https URL, or the one the user set)
            return answer.read()
    return Path(where).read_bytes()


def build(raw: bytes) -> dict[str, bytes]:
    """File name under twiliocli/openapi/ -> its (uncompressed) content."""
    document = json.loads(raw)
    facts = vendored(document)
    return {DOCUMENT: encode(facts), FIELDS: render_fields(facts), OPERATIONS: render_operations(facts), WORDS: render_words(facts),
            SOURCE: json.dumps(source(raw, document), indent=2, sort_keys=True).encode() + b"\n"}


def stale(files: dict[str, bytes]) -> list[str]:
    """The vendored files whose content differs from `files`."""
    out = []
    for name, content in files.items():
        target = TARGET / name
        if not target.exists():
            out.append(name)
            continue
        current = target.read_bytes()
        if name.endswith(".gz"):
            current = gzip.decompress(current)
        if current != content:
            out.append(name)
    return out


def write(files: dict[str, bytes]) -> None:
    for name, content in files.items():
        if name.endswith(".gz"):
            content = gzip.compress(content, compresslevel=9, mtime=0)
        (TARGET / name).write_bytes(content)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("document", nargs="?", help="Twilio's twilio_api_v2010.json: a path or https:// URL "
                        "(default: $TWILIO_OPENAPI_V2010, else the published URL)")
    parser.add_argument("--check", action="store_true", help="only report whether the vendored copy is current")
    parser.add_argument("--tables-only", action="store_true", help="rewrite only the tables, from the vendored facts")
    args = parser.parse_args(argv)
    where = args.document or os.environ.get("TWILIO_OPENAPI_V2010") or PUBLISHED
    if args.tables_only:
        sys.path.insert(0, str(REPO))
        from twiliocli import openapi

        files = {FIELDS: render_fields(openapi.document()), OPERATIONS: render_operations(openapi.document())}
        files[WORDS] = render_words(openapi.document())
    else:
        files = build(fetch(where))
    if args.check:
        changed = stale(files)
        for name in changed:
            print(f"stale: twiliocli/openapi/{name}", file=sys.stderr)
        return 1 if changed else 0
    write(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
