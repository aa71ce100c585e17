"""Running the emulator: in a background thread (tests, the built-in `emulator` profile) or in
the foreground (`twiliocli emulator serve`). Quiet: no request log on stderr."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .app import Emulator, create_app
from .config import EmulatorConfig


class QuietHandler(WSGIRequestHandler):
    """Serve without printing each request, drop broken connections silently (faults do that),
    and date answers on the emulator's clock."""

    def log_request(self, *args, **kwargs) -> None:
        pass

    def log(self, *args, **kwargs) -> None:
        pass

    def connection_dropped(self, *args, **kwargs) -> None:
        pass

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The `Date` header every answer carries, on the emulator's clock (clients read "now" there)."""
        app = getattr(self.server, "app", None)
        if timestamp is None and isinstance(app, Emulator):
            timestamp = app.clock.now()
        return super().date_time_string(timestamp)


class QuietServer:
    """`make_server` with werkzeug's own error log silenced."""

    @staticmethod
    def build(app: Emulator, host: str, port: int) -> BaseWSGIServer:
        server = make_server(host, port, app, threaded=True, request_handler=QuietHandler)
        server.log = lambda *args, **kwargs: None  # type: ignore[method-assign]
        return server


@dataclass
class RunningEmulator:
    """An emulator serving in a daemon thread; `stop()` shuts it down and closes its store."""

    url: str
    account_sid: str
    auth_token: str
    app: Emulator
    server: BaseWSGIServer
    thread: threading.Thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
        self.app.close()


def start_background(config: EmulatorConfig, host: str = "127.0.0.1", port: int = 0) -> RunningEmulator:
    """Start serving on `host:port` (0: any free port) and return once requests are accepted."""
    app = create_app(config)
    server = QuietServer.build(app, host, port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name="twilio-emulator", daemon=True)
    thread.start()
    url = f"http://{host}:{server.server_port}"
    return RunningEmulator(url, config.account_sid, config.auth_token, app, server, thread)


def serve(
    config: EmulatorConfig, host: str = "127.0.0.1", port: int = 8080, on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve in the foreground until Ctrl-C, after printing where and with which credentials;
    `on_ready(url)` may add to that (the CLI prints how to log in to it)."""
    app = create_app(config)
    server = QuietServer.build(app, host, port)
    print(f"Twilio emulator listening on http://{host}:{server.server_port}", flush=True)
    print(f"Account SID: {config.account_sid}", flush=True)
    print(f"Auth Token: {config.auth_token}", flush=True)
    if on_ready is not None:
        on_ready(f"http://{host}:{server.server_port}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
    finally:
        server.server_close()
        app.close()
