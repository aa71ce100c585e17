"""Against a hostile or broken server (tests/hostile.py): nothing hangs, retries are honest,
hostile bytes are inert on stderr, precedence holds, and every failure ends in words.

Points about terminals and closed descriptors run the real console entry point in a subprocess.
"""

from __future__ import annotations

import json
import os
import re
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.conftest import run_cli
from tests.hostile import ACCOUNT_SID, AUTH_TOKEN, HostileServer, Reply, call, hostile_env, page

CALL_SID = "CA" + "a" * 32
SEND = ("sms", "send", "--to", "+14155550100", "--from", "+15005550006", "--body", "hi")


def listing(n: int = 2) -> Reply:
    return Reply.json(page([call(i) for i in range(n)]))


def cli_process(server: HostileServer | None, *args: str, env: dict[str, str] | None = None,
                preexec=None, **kwargs) -> subprocess.CompletedProcess:
    """`python -m twiliocli ARGS` as a user runs it, pointed at `server`."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO")}
    if server is not None:
        environment.update(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_API_URL=server.url)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "twiliocli", *args], env=environment, preexec_fn=preexec,
                          capture_output=kwargs.pop("capture_output", True), timeout=120, **kwargs)


# -- nothing hangs -------------------------------------------------------------------------------


def test_a_trickled_body_obeys_the_timeout(hostile, monkeypatch):
    """requests' timeout is per read; a byte every 0.2 s never trips it. The whole answer must."""
    hostile.answer(lambda req: Reply(200, json.dumps(page([call(1)])).encode(), trickle=0.2))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--timeout", "1", "--retries", "1", "calls", "list")
    assert result.exit_code == 5
    assert "Could not reach" in result.stderr and "no complete answer within 1 s" in result.stderr
    assert "after 1 retry" in result.stderr
    assert len(hostile.requests) == 2


def test_a_trickled_head_obeys_the_timeout_too(hostile, monkeypatch):
    hostile.answer(lambda req: Reply(200, b"{}", headers=[(b"X-Pad", b"a" * 300)], trickle=0.1, trickle_head=True))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--timeout", "1", "--retries", "0", "calls", "get", CALL_SID)
    assert result.exit_code == 5
    assert "no complete answer within 1 s" in result.stderr


def test_a_retry_after_longer_than_max_wait_stops_at_once(hostile, monkeypatch):
    """No early retries (they would only be refused again): one request, exit 5, and when to come back."""
    hostile.script(Reply.error(429, 20429, "Too Many Requests", headers=[(b"Retry-After", b"21600")]), listing())
    hostile_env(monkeypatch, hostile)
    result = run_cli("--max-wait", "0.2", "calls", "list", "-o", "jsonl")
    assert result.exit_code == 5, result.stderr
    assert len(hostile.requests) == 1 and result.stdout == ""
    assert "asked to come back in 6 h 0 min, at 20" in result.stderr and "longer than --max-wait (0.2 s)" in result.stderr


def test_the_cap_comes_from_the_environment_too(hostile, monkeypatch):
    hostile.script(Reply.error(503, None, "busy", headers=[(b"Retry-After", b"86400")]), listing())
    hostile_env(monkeypatch, hostile)
    monkeypatch.setenv("TWILIOCLI_MAX_WAIT", "0.1")
    result = run_cli("calls", "list", "-o", "jsonl")
    assert result.exit_code == 5, result.stderr
    assert len(hostile.requests) == 1
    assert "asked to come back in 24 h 0 min" in result.stderr and "--max-wait (0.1 s)" in result.stderr


@pytest.mark.parametrize("value", [b"soon", b"-5", b"1.5e9", b"\xff\xfe", b""])
def test_a_malformed_retry_after_is_retried_with_backoff(hostile, monkeypatch, value):
    hostile.script(Reply.error(429, 20429, "Too Many Requests", headers=[(b"Retry-After", value)]), listing())
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "list", "-o", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(hostile.requests) == 2 and len(result.lines) == 2
    assert "not a time" in result.stderr and "retry 1 of 3" in result.stderr


@pytest.mark.parametrize(("retries", "said"), [("0", None), ("1", "after 1 retry"), ("2", "after 2 retries")])
def test_the_final_message_counts_the_retries_really_made(hostile, monkeypatch, retries, said):
    hostile.answer(lambda req: Reply.error(429, 20429, "Too Many Requests", headers=[(b"Retry-After", b"soon")]))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--retries", retries, "calls", "list")
    assert result.exit_code == 5
    assert len(hostile.requests) == int(retries) + 1
    error = result.stderr.splitlines()[-1]
    assert error.startswith("Error: Twilio error 20429: Too Many Requests (HTTP 429)")
    assert (said in error) if said else ("after" not in error and "retr" not in error)


def test_a_body_cut_mid_json_without_length_is_retried_for_get(hostile, monkeypatch):
    whole = json.dumps(page([call(1), call(2)])).encode()
    hostile.script(Reply(200, whole, length=False, cut=len(whole) // 2), Reply(200, whole, length=False))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "list", "-o", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(result.lines) == 2 and len(hostile.requests) == 2


def test_a_body_always_cut_says_so_after_the_retries(hostile, monkeypatch):
    whole = json.dumps(page([call(1)])).encode()
    hostile.answer(lambda req: Reply(200, whole, length=False, cut=10))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--retries", "2", "calls", "list")
    assert result.exit_code == 1
    assert "broke off before its end" in result.stderr and "after 2 retries" in result.stderr
    assert len(hostile.requests) == 3


def test_a_post_whose_answer_is_cut_is_not_sent_again(hostile, monkeypatch):
    whole = json.dumps({"sid": "SM" + "1" * 32, "status": "queued"}).encode()
    hostile.answer(lambda req: Reply(201, whole, length=False, cut=10))
    hostile_env(monkeypatch, hostile)
    result = run_cli(*SEND, "-y")
    assert result.exit_code == 1
    assert [r.method for r in hostile.requests] == ["POST"]


def test_a_delete_whose_answer_was_lost_and_then_404s_is_reported_gone(hostile, monkeypatch):
    hostile.script(Reply(204, delay=3), Reply.error(404, 20404, "The requested resource was not found", reason=b"Not Found"))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--timeout", "0.5", "calls", "delete", CALL_SID, "--yes")
    assert result.exit_code == 0, result.stderr
    assert f"Deleted {CALL_SID}" in result.stderr and "already gone" in result.stderr
    assert [r.method for r in hostile.requests] == ["DELETE", "DELETE"]


def test_a_delete_that_404s_at_once_is_still_not_found(hostile, monkeypatch):
    hostile.answer(lambda req: Reply.error(404, 20404, "The requested resource was not found", reason=b"Not Found"))
    hostile_env(monkeypatch, hostile)
    result = run_cli("calls", "delete", CALL_SID, "--yes")
    assert result.exit_code == 4
    assert "20404" in result.stderr


def test_raw_api_delete_reports_gone_too(hostile, monkeypatch):
    hostile.script(Reply(204, delay=3), Reply.error(404, 20404, "not found", reason=b"Not Found"))
    hostile_env(monkeypatch, hostile)
    result = run_cli("--timeout", "0.5", "api", "DELETE", f"Accounts/{{AccountSid}}/Calls/{CALL_SID}")
    assert result.exit_code == 0, result.stderr
    assert "already gone" in result.stderr


# -- precedence ----------------------------------------------------------------------------------


@pytest.fixture
def prod_profile(isolated_home: Path, hostile: HostileServer) -> HostileServer:
    """A saved profile `prod` whose API is the hostile server (standing in for Twilio)."""
    folder = isolated_home / "config"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    (folder / "config.toml").write_text(
        f'[profiles.prod]\naccount_sid = "{ACCOUNT_SID}"\nauth_token = "{AUTH_TOKEN}"\napi_url = "{hostile.url}"\n')
    os.chmod(folder / "config.toml", 0o600)
    hostile.answer(lambda req: listing(1))
    return hostile


@pytest.mark.parametrize("how", ["flag", "env"])
def test_an_explicit_profile_beats_every_twilio_variable(prod_profile, monkeypatch, how):
    decoy = HostileServer()
    try:
        decoy.answer(lambda req: listing(5))
        monkeypatch.setenv("TWILIO_API_URL", decoy.url)
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "9" * 32)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", "decoy-token")
        monkeypatch.setenv("TWILIO_REGION", "au1")
        args = ("-p", "prod") if how == "flag" else ()
        if how == "env":
            monkeypatch.setenv("TWILIOCLI_PROFILE", "prod")
        result = run_cli(*args, "calls", "list", "-o", "jsonl")
        assert result.exit_code == 0, result.stderr
        assert len(result.lines) == 1
        assert decoy.requests == [] and len(prod_profile.requests) == 1
        assert ACCOUNT_SID in prod_profile.requests[0].path
    finally:
        decoy.stop()


def test_the_api_url_flag_still_beats_the_profile(prod_profile, monkeypatch):
    other = HostileServer()
    try:
        other.answer(lambda req: listing(3))
        result = run_cli("-p", "prod", "--api-url", other.url, "calls", "list", "-o", "jsonl")
        assert result.exit_code == 0 and len(result.lines) == 3
        assert prod_profile.requests == []
    finally:
        other.stop()


# -- clean failures (real processes: closed descriptors, encodings) --------------------------------


def _closed(fd: int):
    return lambda: os.close(fd)


@pytest.mark.parametrize("args", [("--version",), ("calls", "list")])
def test_a_closed_stdout_is_an_error_in_words(hostile, args):
    hostile.answer(lambda req: listing(2))
    proc = cli_process(hostile, *args, stdout=None, capture_output=False, stderr=subprocess.PIPE, preexec=_closed(1))
    assert proc.returncode == 1
    assert proc.stderr.decode() == "Error: Could not write the output: standard output is closed\n"


def test_a_closed_stderr_does_not_crash(hostile):
    proc = cli_process(None, "--version", stdout=subprocess.PIPE, stderr=None, capture_output=False, preexec=_closed(2))
    assert proc.returncode == 0 and proc.stdout.startswith(b"twiliocli ")


def test_a_closed_stdin_refuses_a_send_without_yes(hostile):
    proc = cli_process(hostile, *SEND, stdin=None, preexec=_closed(0))
    assert proc.returncode == 2
    assert b"refusing without confirmation; pass --yes" in proc.stderr
    assert hostile.requests == []


def test_an_ascii_only_terminal_gets_escapes_not_a_crash(hostile):
    record = {**call(1), "to": "+1 Zoë ☎", "from": "Ωmega 😀"}
    hostile.script(Reply.json(page([record])), Reply.json(page([record])), Reply.error(400, 21211, "Número inválido ☎"))
    env = {"PYTHONIOENCODING": "ascii"}
    listed = cli_process(hostile, "calls", "list", "-o", "tsv", env=env)
    assert listed.returncode == 0, listed.stderr
    assert b"Zo\\u00eb \\u260e" in listed.stdout and b"\\u03a9mega" in listed.stdout
    as_json = cli_process(hostile, "calls", "list", "-o", "json", env=env)
    assert as_json.returncode == 0 and as_json.stdout.isascii()
    assert json.loads(as_json.stdout)[0] == record  # valid JSON, nothing lost
    failed = cli_process(hostile, "calls", "get", CALL_SID, env=env)
    assert failed.returncode == 1
    assert failed.stderr.decode("ascii") == (
        "Error: Twilio error 21211: N\\xfamero inv\\xe1lido \\u260e (HTTP 400). See https://www.twilio.com/docs/errors/21211\n")


def _file_size_limit(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_names_the_output_file_and_leaves_nothing(hostile, tmp_path):
    """RLIMIT_FSIZE stands in for a full disk: writes beyond it fail as ENOSPC would (EFBIG)."""
    hostile.answer(lambda req: Reply.json(page([call(i) for i in range(200)])))
    out = tmp_path / "calls.csv"
    proc = cli_process(hostile, "calls", "export", "--since", "2024-01-01", "--until", "2024-01-02", "--out", str(out),
                       preexec=_file_size_limit(4096), text=True)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == f"Error: Could not write {out}: File too large; nothing was written there\n"
    assert os.listdir(tmp_path) == []


def test_a_full_disk_leaves_no_half_made_emulator_database(tmp_path):
    """The built-in emulator creates its database on first use; if the disk fills while it is
    seeded, nothing is left that the next run would take for a whole (and empty) account."""
    env = {"TWILIOCLI_DATA_DIR": str(tmp_path)}
    failed = cli_process(None, "--profile", "emulator", "calls", "list", env=env, preexec=_file_size_limit(65536), text=True)
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"Error: The emulator's database {tmp_path / 'emulator.db'} could not be opened or created: ")
    assert failed.stderr.count("\n") == 1 and "unexpected" not in failed.stderr
    assert os.listdir(tmp_path) == []
    listed = cli_process(None, "--profile", "emulator", "calls", "list", "-o", "json", env=env, text=True)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)


def test_an_output_folder_that_cannot_take_files_is_named(hostile, tmp_path):
    hostile.answer(lambda req: Reply.json(page([call(1)])))
    out = tmp_path / "missing" / "calls.csv"
    result = cli_process(hostile, "calls", "export", "--since", "2024-01-01", "--until", "2024-01-02", "--out", str(out), text=True)
    assert result.returncode == 2  # bad usage, refused before any request
    assert str(out) in result.stderr and "unexpected" not in result.stderr


def test_stdout_on_a_full_device_is_an_error_in_words(hostile):
    hostile.answer(lambda req: listing(2))
    with open("/dev/full", "wb") as full:
        proc = cli_process(hostile, "calls", "list", stdout=full, stderr=subprocess.PIPE, capture_output=False, text=True)
    assert proc.returncode == 1
    assert proc.stderr == "Error: Could not write the output: No space left on device\n"


@pytest.mark.parametrize(("document", "said"), [
    ([1, 2], "a JSON list, not an object"),
    ({"calls": [1, "x"], "next_page_uri": None}, "holds a non-object (int), not records"),
    ({"calls": [], "next_page_uri": {"x": 1}}, "next_page_uri is not a link (dict)"),
    ({"calls": [], "next_page_uri": 7}, "next_page_uri is not a link (int)"),
])
@pytest.mark.parametrize("args", [("calls", "list"), ("calls", "list", "-o", "json"), ("api", "GET", "Accounts/{AccountSid}/Calls", "--paginate")])
def test_malformed_envelopes_are_explained(hostile, monkeypatch, document, said, args):
    hostile.answer(lambda req: Reply.json(document))
    hostile_env(monkeypatch, hostile)
    result = run_cli(*args)
    assert result.exit_code == 1
    assert said in result.stderr and "unexpected" not in result.stderr


# -- hostile bytes are inert on stderr -------------------------------------------------------------

PTY_ATTACKS = ["\x1b]52;c;cm0gLXJmIH4K\x07", "\x1b[2J", "\x07", "\x9b", "\u202e", "\x1b]0;owned\x1b\\"]


def test_error_answers_are_inert_on_a_real_terminal(hostile):
    """stderr on a pty, as a user sees it: only our own colour codes are escape sequences."""
    import pty

    attack = "".join(PTY_ATTACKS)
    hostile.answer(lambda req: Reply.error(400, 21211, f"bad{attack}", more_info=f"https://x/{attack}",
                                           reason=b"Bad\x1b[2J\x07", headers=[(b"Retry-After", b"\x1b[2J")]))
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO") and k != "NO_COLOR"}
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_API_URL=hostile.url, TERM="xterm")
    controller, terminal = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "twiliocli", "--debug", "calls", "get", CALL_SID], env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal, timeout=120)
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the terminal's other end is closed and drained
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(controller)
    assert proc.returncode == 1
    text = seen.decode("utf-8")
    assert "Error: " in text and "21211" in text
    ours = re.sub(r"\x1b\[(?:31|0)m", "", text)  # the red "Error: " prefix
    assert not CONTROL.search(ours.replace("\r\n", "\n")), ours

# What a terminal acts on: C0 controls but the line feed that ends a line, DEL, C1, bidi controls.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
SAMPLES = [b"\x1b]52;c;aGVsbG8=\x07", b"\x1b[2J", b"\x07", b"\x9b31m", b"\xc2\x9b31m", "\u202e".encode(),
           "\u2066".encode(), b"\x1bP+q\x1b\\", b"\r\x1b[A", b"\x00", b"\x7f", b"\xe2\x80\xa8"]
hostile_bytes = st.lists(st.one_of(st.sampled_from(SAMPLES), st.binary(max_size=6)), max_size=6).map(b"".join)
header_bytes = hostile_bytes.map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))


@pytest.fixture(scope="module")
def shared_hostile():
    server = HostileServer()
    yield server
    server.stop()


EXIT_FOR_STATUS = {400: 1, 401: 3, 404: 4, 429: 5, 500: 5, 503: 5}  # ARCHITECTURE.md's exit codes (429/5xx: retries ran out)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(message=hostile_bytes, more_info=hostile_bytes, reason=header_bytes, retry_after=header_bytes,
       header=header_bytes, status=st.sampled_from(sorted(EXIT_FOR_STATUS)), debug=st.booleans())
def test_no_byte_of_an_error_answer_reaches_stderr_as_a_control(shared_hostile, monkeypatch, message, more_info,
                                                                 reason, retry_after, header, status, debug):
    def document(raw: bytes) -> str:
        return raw.decode("utf-8", "surrogateescape")

    body = json.dumps({"code": 20000 + status, "message": document(message), "more_info": document(more_info),
                       "status": status}).encode()
    shared_hostile.answer(lambda req: Reply(status, body, reason=reason or b"X", headers=[
        (b"Content-Type", b"application/json"), (b"Retry-After", retry_after), (b"X-Hostile", header)]))
    hostile_env(monkeypatch, shared_hostile)
    monkeypatch.setenv("TWILIOCLI_MAX_WAIT", "0")
    result = run_cli(*(["--debug"] if debug else []), "--retries", "1", "calls", "get", CALL_SID)
    assert result.exit_code == EXIT_FOR_STATUS[status]
    assert not CONTROL.search(result.stderr), result.stderr
    assert AUTH_TOKEN not in result.stderr
