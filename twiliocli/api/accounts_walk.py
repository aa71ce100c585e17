"""Every account at once: the parent and its subaccounts, asked a few at a time, answered in order.

`accounts(client, status)` lists the accounts a run visits: the credentials' own account first,
then each subaccount in the API's order, those of another status counted as skipped. Its first
request is made at once, so credentials that cannot list subaccounts fail before any output.

`walk(accounts, work, parallel)` runs `work(account)` (a generator) for up to `parallel` accounts at
once and hands back what each yields in the accounts' order: the first account's items as they
come, the next ones' waiting in a small bounded queue each. Memory is `parallel` queues of a few
items whatever the number of accounts, and a failing account ends only its own lane: its error is
handed back in its turn, and the walk goes on.

Subaccounts are reached with the parent's credentials (`/Accounts/{sub}/…`), as `--subaccount`
does: `for_account(client, sid)` is the same client pointed at another account.
"""

from __future__ import annotations

import copy
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from twiliocli.api.errors import ApiError
from twiliocli.errors import CliError, ExitStatus

if TYPE_CHECKING:
    from twiliocli.api.client import Client

STATUSES = ("active", "suspended", "closed", "all")


@dataclass(frozen=True)
class Account:
    sid: str
    status: str = "active"
    date_created: str | None = None
    friendly_name: str | None = None


@dataclass
class Tally:
    """What a walk did: accounts done, skipped (another status) and failed."""

    done: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return f"Accounts: {self.done} done, {self.skipped} skipped, {self.failed} failed."


class CannotListAccounts(CliError):
    """The credentials may not list the account's subaccounts."""

    status = ExitStatus.AUTH


ACCOUNT_COLUMN = "account_sid"  # first in every row of a run over several accounts


def annotate(sid: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with `account_sid` first (its own value, or the account it was listed under)."""
    out = {ACCOUNT_COLUMN: record.get(ACCOUNT_COLUMN) or sid}
    out.update((k, v) for k, v in record.items() if k != ACCOUNT_COLUMN)
    return out


def for_account(client: Client, sid: str) -> Client:
    """`client` acting on account `sid` with the same credentials and connections, as `--subaccount`
    does: a parent's credentials may read its subaccounts."""
    if sid == client.account_sid:
        return client
    view = copy.copy(client)
    view.account_sid = sid
    return view


def accounts(client: Client, status: str, tally: Tally) -> Iterator[Account]:
    """The parent (the credentials' account) and its subaccounts with `status` ("all": every one);
    the others are counted in `tally.skipped`. The first page is read before this returns."""
    from twiliocli.api import pagination
    from twiliocli.api.resources import ACCOUNTS

    parent = client.auth.account_sid
    try:
        pages = pagination.iter_pages(client, ACCOUNTS.collection(), {}, pagination.MAX_PAGE_SIZE)
        first = next(pages)
        records = pagination.page_records(first, ACCOUNTS.list_keys)
    except ApiError as exc:
        if exc.http_status in (401, 403):
            raise _cannot_list(client, exc) from None
        raise
    return _accounts(client, parent, status, tally, records, pages)


def _cannot_list(client: Client, exc: ApiError) -> CliError:
    key = client.auth.username != client.auth.account_sid
    need = ("an API key cannot list subaccounts unless it is a Main key: use a Main API key, or the "
            "account's Auth Token (TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN)" if key else
            "these credentials must be the parent account's SID and Auth Token (or a Main API key)")
    return CannotListAccounts(f"--all-accounts lists the account's subaccounts (GET /Accounts), and the API refused "
                              f"({exc.api_message}, HTTP {exc.http_status}): {need}")


def _accounts(client: Client, parent: str, status: str, tally: Tally, records: list[dict[str, Any]],
              pages: Iterator[dict[str, Any]]) -> Iterator[Account]:
    from twiliocli.api import pagination
    from twiliocli.api.resources import ACCOUNTS

    def keep(one: Account) -> bool:
        if status == "all" or one.status == status:
            return True
        tally.skipped += 1
        return False

    own = next((r for r in records if r.get("sid") == parent), None)
    if own is None:  # not in the first page: ask for it
        try:
            own = client.get(ACCOUNTS.instance(parent))
        except ApiError:
            own = {"sid": parent, "status": "active"}
    if keep(_account(own)):
        yield _account(own)
    del own
    while True:
        for record in records:
            if record.get("sid") != parent and isinstance(record.get("sid"), str):
                one = _account(record)
                if keep(one):
                    yield one
        page = next(pages, None)
        if page is None:
            return
        records = pagination.page_records(page, ACCOUNTS.list_keys)


def _account(record: dict[str, Any]) -> Account:
    return Account(record["sid"], str(record.get("status") or "active"), record.get("date_created"),
                   record.get("friendly_name"))


# -- the walk ------------------------------------------------------------------------------------

ITEM, DONE, FAILED = "item", "done", "failed"


class _Lane:
    def __init__(self, account: Account, depth: int) -> None:
        self.account = account
        self.queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)


def walk(
    accounts: Iterable[Account], work: Callable[[Account], Iterator[Any]], parallel: int, *, depth: int = 2,
) -> Iterator[tuple[Account, str, Any]]:
    """`(account, "item", item)` for each item `work(account)` yields, then `(account, "done", None)`
    or `(account, "failed", error)`; accounts in order, up to `parallel` running at once, each with
    at most `depth` items waiting. Leaving the loop early stops every lane."""
    stop = threading.Event()
    pending = iter(accounts)
    lanes: deque[_Lane] = deque()

    def run(lane: _Lane) -> None:
        try:
            for item in work(lane.account):
                if not put(lane, (ITEM, item)):
                    return
            put(lane, (DONE, None))
        except BaseException as exc:  # handed to the consumer, who decides
            put(lane, (FAILED, exc))

    def put(lane: _Lane, entry: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                lane.queue.put(entry, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    # A fixed set of workers, not a thread per account: the same few threads (and their malloc
    # arenas) serve every account, so memory does not creep up with the number of accounts.
    tasks: queue.Queue[_Lane | None] = queue.Queue()

    def worker() -> None:
        while not stop.is_set():
            lane = tasks.get()
            if lane is None:
                return
            run(lane)

    threads: list[threading.Thread] = []

    def fill() -> None:
        while len(lanes) < parallel:
            account = next(pending, None)
            if account is None:
                return
            lane = _Lane(account, depth)
            lanes.append(lane)
            if len(threads) < parallel:
                threads.append(threading.Thread(target=worker, name=f"accounts-{len(threads)}", daemon=True))
                threads[-1].start()
            tasks.put(lane)

    try:
        fill()
        while lanes:
            lane = lanes[0]
            kind, value = lane.queue.get()
            if kind == ITEM:
                yield lane.account, kind, value
                continue
            lanes.popleft()
            fill()
            yield lane.account, kind, value
    finally:
        stop.set()
        for _ in threads:
            tasks.put(None)
