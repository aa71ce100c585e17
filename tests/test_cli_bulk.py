"""SIDs from stdin (`GROUP delete|get|update|ACTION -`): checked first, each once, a summary, and a
non-zero exit when any failed — the same for every group, from the shared builder."""

from __future__ import annotations

import json

from tests.conftest import clear_received, received, run_cli


def sids(*args: str) -> list[str]:
    return [r["sid"] for r in json.loads(run_cli(*args, "-o", "json").stdout)]


def test_dry_run_lists_what_would_happen_and_changes_nothing(use_emulator):
    chosen = sids("recordings", "list", "--limit", "3")
    clear_received(use_emulator)
    text = "\n".join([*chosen, chosen[0], "# a comment", ""]) + "\n"
    result = run_cli("recordings", "delete", "-", "--dry-run", input=text)
    assert result.exit_code == 0, result.stderr
    assert result.lines == [f"Delete {sid}" for sid in chosen]
    assert "3 would be deleted, 1 skipped" in result.stderr
    assert received(use_emulator) == []


def test_deletes_each_once_and_counts_what_was_already_gone(use_emulator):
    chosen = sids("recordings", "list", "--limit", "3")
    assert run_cli("recordings", "delete", "-", input="\n".join(chosen)).exit_code == 2  # off a terminal: --yes
    clear_received(use_emulator)
    result = run_cli("recordings", "delete", "-", "--yes", input="\n".join(chosen + chosen[:1]) + "\n")
    assert result.exit_code == 0, result.stderr
    assert [r["method"] for r in received(use_emulator)] == ["DELETE"] * 3
    assert "3 done, 0 failed, 1 skipped." in result.stderr
    again = run_cli("recordings", "delete", "-", "--yes", input="\n".join(chosen))
    assert again.exit_code == 0 and "0 done, 0 failed, 3 skipped." in again.stderr
    assert not set(chosen) & set(sids("recordings", "list", "--all"))


def test_a_failure_is_reported_the_others_go_on_and_the_exit_is_non_zero(use_emulator):
    live = sids("calls", "list", "--status", "in-progress", "--limit", "1")
    ended = sids("calls", "list", "--status", "completed", "--limit", "2")
    result = run_cli("calls", "delete", "-", "--yes", input="\n".join(live + ended))
    assert result.exit_code == 1
    assert f"{live[0]}: Twilio error 20009" in result.stderr and "2 done, 1 failed, 0 skipped." in result.stderr
    assert not set(ended) & set(sids("calls", "list", "--all"))


def test_a_malformed_line_stops_everything_before_any_request(use_emulator):
    good = sids("recordings", "list", "--limit", "1")
    clear_received(use_emulator)
    result = run_cli("recordings", "delete", "-", "--yes", input=f"{good[0]}\nCA{'0' * 32}\n")
    assert result.exit_code == 2 and "stdin line 2" in result.stderr
    assert received(use_emulator) == []


def test_get_reads_sids_from_stdin_and_prints_one_list(use_emulator):
    chosen = sids("calls", "list", "--limit", "3")
    missing = "CA" + "0" * 32
    result = run_cli("calls", "get", "-", "-o", "json", input="\n".join([*chosen, missing, chosen[0]]) + "\n")
    assert result.exit_code == 1  # one of them failed
    assert [r["sid"] for r in json.loads(result.stdout)] == chosen
    assert f"{missing}: " in result.stderr and "3 done, 1 failed, 1 skipped." in result.stderr


def test_an_action_from_stdin_asks_once_and_needs_yes_off_a_terminal(use_emulator):
    live = sids("calls", "list", "--status", "in-progress", "--limit", "2")
    assert len(live) == 2
    clear_received(use_emulator)
    refused = run_cli("calls", "hangup", "-", input="\n".join(live))
    assert refused.exit_code == 2 and received(use_emulator) == []
    dry = run_cli("calls", "hangup", "-", "--dry-run", input="\n".join(live))
    assert dry.exit_code == 0 and dry.lines == [f"Hangup {sid}" for sid in live] and received(use_emulator) == []
    result = run_cli("calls", "hangup", "-", "--yes", "-o", "jsonl", "--fields", "sid,status", input="\n".join(live))
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line) for line in result.lines] == [{"sid": sid, "status": "completed"} for sid in live]
    assert [(r["method"], r["form"]) for r in received(use_emulator)] == [("POST", {"Status": "completed"})] * 2
    assert "2 done, 0 failed, 0 skipped." in result.stderr


def test_update_from_stdin_sets_the_same_fields_on_each(use_emulator):
    chosen = sids("applications", "list", "--limit", "2")
    result = run_cli("applications", "update", "-", "--friendly-name", "Batch", "-o", "tsv", "--fields", "sid,friendly_name",
                     "--no-header", input="\n".join(chosen))
    assert result.exit_code == 0, result.stderr
    assert result.lines == [f"{sid}\tBatch" for sid in chosen]
    assert {r["sid"]: r["friendly_name"] for r in json.loads(run_cli("applications", "list", "-o", "json").stdout)
            if r["sid"] in chosen} == dict.fromkeys(chosen, "Batch")
