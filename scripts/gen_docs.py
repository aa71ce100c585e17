#!/usr/bin/env python3
"""Write (or check) the files generated from the command tree: completions/ and man/.

    python scripts/gen_docs.py           # regenerate completions/twiliocli.{bash,fish}, completions/_twiliocli, man/twiliocli.1
    python scripts/gen_docs.py --check   # exit 1, naming the stale files, when any differs from the app

Run it from anywhere after adding or changing a command; tests/test_docs_sync.py runs the check.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def generated() -> dict[str, str]:
    """Every generated file: path relative to the repository -> its text."""
    sys.path.insert(0, str(REPO))
    from twiliocli.cli.groups import completion
    from twiliocli.cli import docs

    root = docs.tree()
    files = {path: completion.script(shell, root) for shell, path in completion.FILES.items()}
    files["man/twiliocli.1"] = docs.manpage(root)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if a file is stale")
    args = parser.parse_args()
    os.environ.pop("_TWILIOCLI_COMPLETE", None)
    stale = []
    for rel, text in generated().items():
        path = REPO / rel
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(rel)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {rel}")
    if args.check and stale:
        print(f"stale: {', '.join(stale)}; run: python scripts/gen_docs.py", file=sys.stderr)
        return 1
    if not stale:
        print("up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
