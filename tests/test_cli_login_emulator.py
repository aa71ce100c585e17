"""Logging in to an emulator: `emulator serve` prints the exact `login` line, which works as printed;
`login` honours TWILIO_API_URL as every other command does, and keeps the built-in profile's name."""

from __future__ import annotations

import os
import subprocess

from tests.conftest import launcher, received, run_cli
from twiliocli import config



def test_serve_prints_a_login_line_that_works_as_printed(tmp_path, isolated_home):
    exe = launcher(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    env["PATH"] = f"{exe.parent}{os.pathsep}{env['PATH']}"
    server = subprocess.Popen([str(exe), "emulator", "serve", "--port", "0", "--empty"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        banner = [server.stdout.readline() for _ in range(4)]
        url = banner[0].split()[-1]
        assert banner[3].startswith("Log in with: ")
        line = banner[3].removeprefix("Log in with: ").strip()
        assert f"--api-url {url} " in line and "--token-stdin" in line
        done = subprocess.run(["bash", "-c", line], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert f"at {url} as profile 'local'" in done.stderr
        saved = config.load()
        assert saved.active == "local" and saved.profiles["local"]["api_url"] == url
        counted = subprocess.run([str(exe), "calls", "list", "--count"], env=env, capture_output=True, text=True, timeout=120)
        assert (counted.returncode, counted.stdout.strip()) == (0, "0"), counted.stderr  # the --empty emulator
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_login_line_uses_loopback_for_a_server_listening_everywhere():
    from twiliocli.cli.groups.emulator import login_line

    line = login_line("http://0.0.0.0:8080", "AC" + "0e" * 16, "it's")
    assert "--api-url http://127.0.0.1:8080 " in line and "'it'\"'\"'s'" in line


def test_login_checks_and_saves_the_url_in_twilio_api_url(emulator, monkeypatch):
    monkeypatch.setenv("TWILIO_API_URL", emulator.url)
    result = run_cli("login", "--profile", "local", "--account-sid", emulator.account_sid, "--token-stdin",
                     input=emulator.auth_token + "\n")
    assert result.exit_code == 0, result.stderr
    assert [r["path"] for r in received(emulator)] == [f"/2010-04-01/Accounts/{emulator.account_sid}.json"]
    assert config.load().profiles["local"]["api_url"] == emulator.url
    monkeypatch.delenv("TWILIO_API_URL")
    assert run_cli("-p", "local", "calls", "list", "--count").exit_code == 0  # the profile alone finds it


def test_the_builtin_profile_name_is_not_overwritten(emulator):
    result = run_cli("login", "--profile", "emulator", "--api-url", emulator.url, "--account-sid", emulator.account_sid,
                     "--token-stdin", input=emulator.auth_token + "\n")
    assert result.exit_code == 2 and "built in" in result.stderr
    assert received(emulator) == []
    assert config.load().profiles == {}
