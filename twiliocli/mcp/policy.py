"""Which writes an assistant may make, and what each must repeat back before it is sent.

Read-only is the default: write tools are not even listed without `--allow-writes`. With it, a
write that costs money, destroys something or ends something live names a `target` (the SID, or
the number called, texted or bought) that the call's `confirm` argument must repeat exactly: an
assistant that misread which record it is acting on is refused, not trusted. Messages and calls
can be narrowed further to `--allow-to` patterns. Every write, allowed or refused, is one line
on stderr (the MCP client's log), never on stdout, which carries the protocol.
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from twiliocli.errors import UsageError


@dataclass(frozen=True)
class Policy:
    allow_writes: bool = False
    allow_to: tuple[str, ...] = ()  # shell-style patterns (`+1415*`); empty: any recipient
    log: Callable[[str], None] = field(default=lambda line: print(line, file=sys.stderr, flush=True))

    def check(self, tool: str, target: str | None, confirm: object, to: str | None) -> None:
        """Refuse a write the server does not allow, a `confirm` that does not repeat `target`
        (None: nothing to confirm), or a recipient outside `--allow-to`. Refusals are logged."""
        reason = ""
        if not self.allow_writes:
            reason = "writes are off: start the server with --allow-writes to allow them"
        elif target is not None and (not isinstance(confirm, str) or confirm.strip() != target):
            reason = f"this write needs confirm={target!r}, repeating its target exactly"
        elif to is not None and self.allow_to and not allowed(to, self.allow_to):
            reason = f"{to} is not allowed by --allow-to ({', '.join(self.allow_to)})"
        if reason:
            self.log(f"twiliocli mcp: refused {tool}" + (f" on {target}" if target else "") + f": {reason}")
            raise UsageError(f"Refused: {reason}")

    def done(self, tool: str, method: str, path: str, outcome: str) -> None:
        self.log(f"twiliocli mcp: write {tool}: {method} {path}: {outcome}")


def allowed(to: str, patterns: Sequence[str]) -> bool:
    """`to` matches one of the shell-style patterns (case-sensitive: `whatsapp:` stays as typed)."""
    return any(fnmatch.fnmatchcase(to, p) for p in patterns)
