"""`twiliocli doctor`: each check a ✔/✗ line with its fix, exit 1 when anything is wrong; tried
through a real CONNECT proxy to the emulator behind TLS (a throw-away CA from trustme)."""

from __future__ import annotations

import json
import os
import re
import select
import socket
import socketserver
import stat
import threading

import pytest

from tests.conftest import run_cli
from tests.hostile import AUTH_TOKEN, HostileServer, Reply, hostile_env
from tests.terminal import run_on_terminal
from tests.emulator_helpers import tls_emulator  # noqa: F401 (a fixture)

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class ConnectProxy:
    """A tiny HTTP CONNECT proxy on 127.0.0.1: it records each tunnel's target and pipes bytes."""

    def __init__(self, refuse: bool = False) -> None:
        self.tunnels: list[str] = []
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = self.request.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                method, target = head.split(b"\r\n", 1)[0].split()[:2]
                if method != b"CONNECT" or refuse:
                    self.request.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                    return
                proxy.tunnels.append(target.decode())
                host, port = target.decode().rsplit(":", 1)
                with socket.create_connection((host, int(port)), timeout=10) as upstream:
                    self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    ends = [self.request, upstream]
                    while True:
                        ready, _, _ = select.select(ends, [], [], 10)
                        if not ready:
                            return
                        for end in ready:
                            data = end.recv(65536)
                            if not data:
                                return
                            (upstream if end is self.request else self.request).sendall(data)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def proxy():
    server = ConnectProxy()
    yield server
    server.stop()


def tls_env(monkeypatch, url, config) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", config.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", config.auth_token)
    monkeypatch.setenv("TWILIO_API_URL", url)


def lines_of(text: str) -> dict[str, str]:
    """check name -> its line (and fix), from doctor's screen."""
    found: dict[str, str] = {}
    name = None
    for line in ANSI.sub("", text).splitlines():
        match = re.match(r"^([✔✗]) (\S+(?: file)?)\s+(.*)$", line)
        if match:
            name = match.group(2)
            found[name] = f"{match.group(1)} {match.group(3)}"
        elif name and line.strip().startswith("fix:"):
            found[name] += " | " + line.strip()
    return found


def test_doctor_through_a_connect_proxy_on_a_terminal(tls_emulator, proxy, monkeypatch):
    url, ca, config = tls_emulator
    tls_env(monkeypatch, url, config)
    code, shown = run_on_terminal("doctor", columns=100, env={"HTTPS_PROXY": proxy.url, "REQUESTS_CA_BUNDLE": str(ca)})
    checks = lines_of(shown)
    assert code == 0, shown
    assert set(checks) >= {"version", "config file", "credentials", "network", "request", "permissions", "clock", "mirror"}
    assert all(line.startswith("✔") for line in checks.values()), checks
    assert f"through proxy {proxy.url} (HTTPS_PROXY)" in checks["network"]
    assert f"TLS verified with {ca} (REQUESTS_CA_BUNDLE)" in checks["network"]
    assert "TWILIO_* variables in the environment" in checks["credentials"] and config.account_sid in checks["credentials"]
    assert "'Emulator demo account', active" in checks["request"] or "active" in checks["request"]
    assert proxy.tunnels and all(t == url.removeprefix("https://") for t in proxy.tunnels)
    assert config.auth_token not in shown


def test_a_proxy_that_refuses_is_named_with_its_fix(tls_emulator, monkeypatch):
    url, ca, config = tls_emulator
    tls_env(monkeypatch, url, config)
    refusing = ConnectProxy(refuse=True)
    try:
        monkeypatch.setenv("HTTPS_PROXY", refusing.url)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca))
        result = run_cli("doctor")
    finally:
        refusing.stop()
    checks = lines_of(result.stdout)
    assert result.exit_code == 1
    assert checks["network"].startswith("✗") and "fix: check HTTPS_PROXY" in checks["network"]
    assert checks["request"].startswith("✗")
    assert "failed: network, request" in result.stderr


def test_tls_without_the_ca_names_requests_ca_bundle(tls_emulator, monkeypatch):
    url, _ca, config = tls_emulator
    tls_env(monkeypatch, url, config)
    result = run_cli("doctor")
    checks = lines_of(result.stdout)
    assert result.exit_code == 1
    assert checks["network"].startswith("✗") and "REQUESTS_CA_BUNDLE" in checks["network"]
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/no/such/ca.pem")
    missing = run_cli("doctor")
    assert missing.exit_code == 1 and "/no/such/ca.pem (REQUESTS_CA_BUNDLE) does not exist" in lines_of(missing.stdout)["network"]


def test_a_clock_off_by_minutes_and_a_config_open_to_others(isolated_home, monkeypatch):
    skewed = HostileServer(skew=-600)  # the API's Date header ten minutes behind this machine
    try:
        account = {"sid": "AC" + "0123456789abcdef" * 2, "friendly_name": "x", "status": "active", "type": "Full"}
        skewed.answer(lambda req: Reply.json(account))
        hostile_env(monkeypatch, skewed)
        path = isolated_home / "config" / "config.toml"
        path.parent.mkdir(parents=True)
        path.write_text("[profiles]\n")
        os.chmod(path, 0o644)
        result = run_cli("doctor")
    finally:
        skewed.stop()
    checks = lines_of(result.stdout)
    assert result.exit_code == 1
    assert checks["clock"].startswith("✗") and re.search(r"(599|600|601) s ahead of the API's", checks["clock"])
    assert "fix: sync it" in checks["clock"]
    assert checks["config file"].startswith("✗") and f"fix: chmod 600 {path}" in checks["config file"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # doctor only says; it changes nothing
    assert AUTH_TOKEN not in result.stdout + result.stderr


def test_rejected_credentials_say_which(hostile, monkeypatch):
    hostile.answer(lambda req: Reply.error(401, 20003, "Authenticate"))
    hostile_env(monkeypatch, hostile)
    result = run_cli("doctor")
    checks = lines_of(result.stdout)
    assert result.exit_code == 1
    assert checks["request"].startswith("✗") and "Credentials used: the environment" in checks["request"]
    assert AUTH_TOKEN not in result.stdout + result.stderr


def test_api_key_permissions_and_the_mirror(emulator, monkeypatch, tmp_path):
    from twiliocli.emulator.config import DEMO_API_KEY, DEMO_API_SECRET

    monkeypatch.setenv("TWILIO_ACCOUNT_SID", emulator.account_sid)
    monkeypatch.setenv("TWILIO_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", DEMO_API_SECRET)
    monkeypatch.setenv("TWILIO_API_URL", emulator.url)
    assert run_cli("sync", "--resources", "numbers").exit_code == 0
    result = run_cli("doctor")
    checks = lines_of(result.stdout)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert f"API key {DEMO_API_KEY}" in checks["credentials"]
    assert "API key" in checks["permissions"] and DEMO_API_SECRET not in result.stdout
    assert f"mirror of {emulator.account_sid} synced" in checks["mirror"] and "min ago" in checks["mirror"]
    assert json.dumps(DEMO_API_SECRET)[1:-1] not in result.stderr
