#!/usr/bin/env python3
"""Write twiliocli/api/error_meanings.py: every code of Twilio's public error dictionary, as facts.

    python scripts/gen_error_codes.py twilio-error-codes.json          # a saved copy
    python scripts/gen_error_codes.py https://www.twilio.com/docs/api/errors/twilio-error-codes.json
    TWILIO_ERROR_CODES=/path/to/twilio-error-codes.json python scripts/gen_error_codes.py
    python scripts/gen_error_codes.py [FILE_OR_URL] --check            # exit 1 if the table differs

The source is Twilio's error dictionary, published as JSON at the URL above: a list of objects
with `code`, `message` (the short title Twilio's docs show for the code), `product`, `log_level`
and prose (`description`, `causes`, `solutions`, `docs`). Only the facts are kept — code, title,
product and log level — and no prose: `twiliocli errors CODE` links each code's docs page for
causes and solutions. The header of the written file records where the dictionary came from, its
SHA-256, and the newest `last_updated` in it, so a later run shows what changed.

The source is the path or URL given, else `$TWILIO_ERROR_CODES` (a path or URL), else the
published URL. `--check` without a source and without network compares nothing and says so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from urllib.request import urlopen

TARGET = Path(__file__).resolve().parent.parent / "twiliocli" / "api" / "error_meanings.py"
PUBLISHED = "https://www.twilio.com/docs/api/errors/twilio-error-codes.json"
ENV = "TWILIO_ERROR_CODES"
LEVELS = ("ERROR", "WARNING")


def read(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        with urlopen(source, timeout=60) as answer:  # noqa: S310 - a URL the maintainer gives
            return answer.read()
    return Path(source).expanduser().read_bytes()


def entries(raw: bytes) -> dict[int, tuple[str, str, str]]:
    """code -> (title, product, log level); whitespace folded, a missing product as ""."""
    document = json.loads(raw)
    if isinstance(document, dict):  # tolerate an envelope around the list
        document = next((v for v in document.values() if isinstance(v, list)), [])
    table: dict[int, tuple[str, str, str]] = {}
    for entry in document:
        if not isinstance(entry, dict):
            continue
        try:
            code = int(entry.get("code"))
        except (TypeError, ValueError):
            continue
        title = " ".join(str(entry.get("message") or "").split())
        if not title:
            continue
        product = " ".join(str(entry.get("product") or "").split())
        level = str(entry.get("log_level") or "").upper()
        table[code] = (title, product, level if level in LEVELS else level or "ERROR")
    if not table:
        raise SystemExit("the source holds no error codes (expected a JSON list of objects with code and message)")
    return table


def render(raw: bytes, origin: str) -> str:
    table = entries(raw)
    document = json.loads(raw)
    items = document if isinstance(document, list) else []
    updated = max((str(e.get("last_updated") or "") for e in items if isinstance(e, dict)), default="")
    digest = hashlib.sha256(raw).hexdigest()
    lines = [
        '"""Every code of Twilio\'s public error dictionary, as facts: code -> (title, product, log level).',
        "",
        f"Published by Twilio at {PUBLISHED} ;",
        "written by scripts/gen_error_codes.py: do not edit, re-run the script with the published file.",
        "Titles are Twilio's own short titles; causes and solutions are on each code's docs page",
        "(errorcodes.link), not copied here. The lookup is in errorcodes.py.",
        '"""',
        "",
        "SOURCE = {",
        f"    \"published\": {json.dumps(PUBLISHED)},",
        f"    \"read_from\": {json.dumps(origin)},",
        f"    \"sha256\": {json.dumps(digest)},",
        f"    \"last_updated\": {json.dumps(updated)},",
        f"    \"codes\": {len(table)},",
        "}",
        "",
        "ERRORS: dict[int, tuple[str, str, str]] = {",
    ]
    lines += [f"    {code}: ({', '.join(json.dumps(v, ensure_ascii=False) for v in table[code])}),"
              for code in sorted(table)]
    return "\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", help=f"Twilio's error dictionary: a URL or a saved file (default ${ENV}, else {PUBLISHED})")
    parser.add_argument("--origin", help="what to record as where the file came from (default: the source as given)")
    parser.add_argument("--check", action="store_true", help="only report whether the table is current")
    args = parser.parse_args(argv)
    source = args.source or os.environ.get(ENV) or PUBLISHED
    try:
        raw = read(source)
    except OSError as exc:
        if args.check and not (args.source or os.environ.get(ENV)):
            print(f"cannot read {source} ({exc}); nothing compared", file=sys.stderr)
            return 0
        raise SystemExit(f"cannot read {source}: {exc}") from None
    origin = args.origin or (source if source.startswith(("http://", "https://")) else Path(source).name)
    text = render(raw, origin)
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        # The origin line names how the file was read, which may differ run to run: compare the facts.
        strip = lambda t: [line for line in t.splitlines() if '"read_from"' not in line]  # noqa: E731
        if strip(current) != strip(text):
            print(f"stale: {TARGET.name}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.name}: {len(entries(raw))} codes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
