#!/usr/bin/env python3
"""Write twiliocli/api/error_meanings.py: the meaning of the Twilio error codes admins meet most.

    python scripts/gen_error_codes.py twilio-error-codes.json          # a saved copy
    python scripts/gen_error_codes.py https://www.twilio.com/docs/api/errors/twilio-error-codes.json
    python scripts/gen_error_codes.py FILE_OR_URL --check              # exit 1 if the table differs

The source is Twilio's public error dictionary, published as JSON at the URL above (a list of
objects with `code` and `message`, the short title Twilio's docs show for the code). Only the
codes in COMMON are kept, so the table stays small; any other code is shown by `sms list` and
`notifications list` as its number and its link, https://www.twilio.com/docs/errors/CODE.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.request import urlopen

TARGET = Path(__file__).resolve().parent.parent / "twiliocli" / "api" / "error_meanings.py"
SOURCE = "https://www.twilio.com/docs/api/errors/twilio-error-codes.json"

# Message delivery (300xx), sending (216xx, 214xx), webhooks and TwiML (11xxx, 12xxx), the API (20xxx).
COMMON = (
    11200, 11205, 11750, 12100, 12300, 20003, 20404, 20429, 21211, 21408, 21610, 21612, 21614, 21616,
    30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 30034,
)

HEADER = f'''"""What the Twilio error codes admins meet most mean, from Twilio's public error dictionary
({SOURCE}).

Written by scripts/gen_error_codes.py: do not edit, re-run the script. Data only; the lookup is
in errorcodes.py.
"""

'''


def load(source: str) -> list[dict]:
    if source.startswith(("http://", "https://")):
        with urlopen(source, timeout=60) as answer:  # noqa: S310 - a URL the maintainer gives
            return json.load(answer)
    return json.loads(Path(source).read_text(encoding="utf-8"))


def render(entries: list[dict]) -> str:
    messages = {int(e["code"]): " ".join(str(e["message"]).split()) for e in entries if e.get("code") and e.get("message")}
    missing = [c for c in COMMON if c not in messages]
    if missing:
        raise SystemExit(f"the source has no message for {missing}")
    lines = [HEADER + "MEANINGS: dict[int, str] = {"]
    lines += [f"    {code}: {json.dumps(messages[code], ensure_ascii=False)}," for code in COMMON]
    return "\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=SOURCE, help="Twilio's error dictionary: a URL or a saved file")
    parser.add_argument("--check", action="store_true", help="only report whether the table is current")
    args = parser.parse_args(argv)
    text = render(load(args.source))
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"stale: {TARGET.name}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
