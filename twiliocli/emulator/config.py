"""Fixed demo credentials and the knobs of one emulator instance.

The credentials are deliberately constant (and documented in README.md) so that scripts and
tutorials can hard-code them; they only ever open the local emulator.
"""

from __future__ import annotations

from dataclasses import dataclass

DEMO_ACCOUNT_SID = "AC0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e"
DEMO_AUTH_TOKEN = "emulator0demo0auth0token00000000"
DEMO_API_KEY = "SK0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e"
DEMO_API_SECRET = "emulator0demo0api0secret00000000"


@dataclass
class EmulatorConfig:
    """How one emulator behaves: where it keeps state, what it seeds, which faults it injects.

    `db` is a SQLite path (":memory:" for a throw-away server); demo data is written only when
    the database is new, so a file-backed emulator keeps its state across runs.
    `calls`/`messages` generate that many deterministic records instead of the small demo set.
    `ring_seconds`, `call_seconds` and `delivery_seconds` time the lifecycle of calls and messages
    created through the API (0: at once); see `lifecycle`. `answer_validations`: the owner of a
    number being verified as a caller ID answers its validation call and types the code (otherwise
    a test does, with `POST /_emulator/caller-id-validations`).
    `fail_rate`/`drop_rate` are fractions of requests (0..1) answered with an error from
    `fail_codes` or cut off mid-response; `fault_seed` makes the sequence reproducible.
    """

    db: str = ":memory:"
    account_sid: str = DEMO_ACCOUNT_SID
    auth_token: str = DEMO_AUTH_TOKEN
    empty: bool = False
    calls: int | None = None
    messages: int | None = None
    subaccounts: int = 0  # customer subaccounts to seed (emulator/subaccounts.py), plus a suspended and a closed one
    subaccount_records: int = 20  # calls and messages each of them gets
    latency_ms: float = 0
    fail_rate: float = 0
    fail_codes: tuple[int, ...] = (429, 500, 503)
    drop_rate: float = 0
    fault_seed: int | None = None
    ring_seconds: float = 3
    call_seconds: float = 20
    delivery_seconds: float = 2
    answer_validations: bool = False


# The built-in `emulator` profile: a lifecycle short enough to watch from a shell, and caller IDs
# verified once their validation call has rung.
EMBEDDED_TIMINGS = {"ring_seconds": 1, "call_seconds": 5, "delivery_seconds": 1, "answer_validations": True}
