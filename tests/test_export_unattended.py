"""`GROUP export` as cron runs it, unattended, against servers that misbehave: bogus list pages,
a skewed clock, a second run at once, signals, a crash mid-append. Real HTTP on 127.0.0.1: the
emulator where Twilio's behaviour is wanted, `tests.hostile` where it is not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import hostile
from tests.conftest import run_cli
from twiliocli import timefmt


@pytest.fixture
def cron_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", hostile.ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", hostile.AUTH_TOKEN)
    yield monkeypatch


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


BOGUS = {
    "empty object": (hostile.Answer(200, {}), "an empty answer"),
    "null list": (hostile.Answer(200, {**hostile.page([]), "calls": None}), "`calls` is null"),
    "missing key": (hostile.Answer(200, {k: v for k, v in hostile.page([]).items() if k != "calls"}), "an object with keys"),
    "no content": (hostile.Answer(204, None), "an empty answer"),
}


@pytest.mark.parametrize("bogus", list(BOGUS))
def test_a_bogus_list_page_fails_the_export_and_touches_nothing(cron_env: pytest.MonkeyPatch, tmp_path: Path, bogus: str) -> None:
    now = timefmt.now()
    good = hostile.page([hostile.call(1, timefmt.rfc2822(now - 7200))])
    answers = {"now": hostile.Answer(200, good)}
    with hostile.serving(lambda path, query: answers["now"]) as server:
        cron_env.setenv("TWILIO_API_URL", server.url)
        out, state = tmp_path / "calls.csv", tmp_path / "calls.state"
        first = run_cli("calls", "export", "--since", "3h", "--until", "1h", "--state", str(state), "--out", str(out))
        assert first.exit_code == 0, first.stderr
        before = files_in(tmp_path)
        answers["now"], said = BOGUS[bogus]
        for parallel in ("1", "4"):
            again = run_cli("calls", "export", "--state", str(state), "--out", str(tmp_path / "next.csv"), "--parallel", parallel)
            assert again.exit_code == 1, again.stderr
            assert "without a `calls` array" in again.stderr and said in again.stderr
            assert files_in(tmp_path) == before  # no file, no temp, state unmoved
        listed = run_cli("calls", "list", "-o", "tsv")
        assert listed.exit_code == 1 and said in listed.stderr
