#!/usr/bin/env python3
"""Vendor the facts of Twilio's official OpenAPI document (API 2010-04-01) into the package.

    python scripts/vendor_spec.py PATH/TO/twilio_api_v2010.json          # rewrite twiliocli/openapi/
    python scripts/vendor_spec.py PATH/TO/twilio_api_v2010.json --check  # exit 1 if the vendored copy differs
    python scripts/vendor_spec.py                                        # only fields.py, from the vendored copy

The document comes from Twilio's twilio-oai repository (`spec/json/twilio_api_v2010.json`). What
is kept is what tests and the emulator rely on — paths, operations, parameters, request and response
schemas, enums, formats, examples, Twilio's `x-twilio` path facts — and nothing written for people:
every `description` and `summary` is dropped (a response's required `description` is left empty),
as are code-generator annotations, contact details and terms of service. The result goes to
`twiliocli/openapi/twilio_api_v2010.json.gz` (gzip, minified, in the document's own order, which
is the order of each record's fields) with `SOURCE.json` beside it: where it came from, the
document's own version and license, and the SHA-256 of the file it was made from.

From those facts it also writes `twiliocli/openapi/fields.py`, the one table of each resource's
record fields (the schema each `twiliocli.api.resources` declaration names), which the CLI checks
`--fields` against and the emulator builds its records from. Without a document, only that table
is rewritten, from the vendored facts (after declaring a resource; no official file needed).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "twiliocli" / "openapi"
DOCUMENT = "twilio_api_v2010.json.gz"
SOURCE = "SOURCE.json"
FIELDS = "fields.py"
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
twiliocli/api/resources.py names; sandbox from the seed docs, as the document lacks it): do not
edit, re-run the script. The CLI checks `--fields` against it; the emulator builds records from it.
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

    schemas = document["components"]["schemas"]
    described = [r for r in vars(resources).values() if isinstance(r, resources.Resource) and r.schema]
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


def encode(data: dict) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def build(path: Path) -> dict[str, bytes]:
    """File name under twiliocli/openapi/ -> its (uncompressed) content."""
    raw = path.read_bytes()
    document = json.loads(raw)
    facts = vendored(document)
    return {DOCUMENT: encode(facts), FIELDS: render_fields(facts),
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
    parser.add_argument("document", type=Path, nargs="?", help="Twilio's twilio_api_v2010.json (default: the vendored facts)")
    parser.add_argument("--check", action="store_true", help="only report whether the vendored copy is current")
    args = parser.parse_args(argv)
    if args.document:
        files = build(args.document)
    else:
        sys.path.insert(0, str(REPO))
        from twiliocli import openapi

        files = {FIELDS: render_fields(openapi.document())}
    if args.check:
        changed = stale(files)
        for name in changed:
            print(f"stale: twiliocli/openapi/{name}", file=sys.stderr)
        return 1 if changed else 0
    write(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
