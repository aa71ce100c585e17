"""The WSGI application: authentication, routing, request log, latency and faults.

Routes are declared by the modules of `routes/` as (method, path template, handler); templates are
those of `twiliocli.api.resources` (relative to `/2010-04-01`, no `.json`). A request path may end
in `.json` or not, as with Twilio. Anything under `/_emulator/` is introspection for tests (Twilio
never uses that prefix): it needs no credentials and is never delayed or faulted. It holds
`requests` (what clients sent), `stats`, `webhooks` (what the emulator sent), `clock`
(`POST seconds=S` moves the emulator's time forward), `caller-id-validations` (`POST
PhoneNumber=… Code=…`: the number's owner answers its validation call and types the code) and
`inbound/sms` (`POST To=… From=… Body=…`: someone texts one of the numbers; see `inbound`) and
`inbound/call` (`POST To=… From=… [Digits=…] [SpeechResult=…]`: someone calls one; see `inbound_call`).
"""

from __future__ import annotations

import threading
import traceback
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from . import auth, catalog, envelope, errors, faults, usage_triggers
from .clock import Clock
from .config import EmulatorConfig
from .context import Context
from .errors import ApiError
from .inbound import Inbound
from .inbound_call import InboundCalls
from .lifecycle import Lifecycle
from .routes import KINDS, ROUTES
from .seed import seed
from .store import Store
from .webhooks import Dispatcher

API_PREFIX = "/2010-04-01"
REQUEST_LOG_SIZE = 10_000
Handler = Callable[..., Any]


def rule_path(template: str) -> str:
    return API_PREFIX + template.replace("{", "<").replace("}", ">")


def route_map() -> Map:
    """Werkzeug's routing table for `ROUTES` (also read by tests to learn which paths are served)."""
    return Map([Rule(rule_path(t), endpoint=h, methods=[m]) for m, t, h in ROUTES], strict_slashes=False)


def canonical_path(path: str) -> tuple[str, str]:
    """The path to route (no `.json`) and the one to show in URIs and errors (with `.json`)."""
    normalized = path[:-5] if path.endswith(".json") else path
    has_other_extension = "." in normalized.rsplit("/", 1)[-1]
    return normalized, path if has_other_extension else normalized + ".json"


def json_response(body: Any, status: int = 200) -> Response:
    return Response(envelope.dumps(body), status=status, content_type="application/json; charset=utf-8")


class Emulator:
    """A WSGI callable serving one emulated Twilio account tree from one store."""

    def __init__(self, config: EmulatorConfig):
        self.config = config
        self.store = Store.opened(config.db, lambda store: seed(store, config), KINDS)
        self.url_map = route_map()
        self.requests: deque[dict] = deque(maxlen=REQUEST_LOG_SIZE)
        self.stats: dict[str, int] = {"requests": 0, "faults_injected": 0, "messages_created": 0,
                                      "calls_created": 0}
        self.stats_lock = threading.Lock()
        self.faults = faults.FaultPlan(config)
        self.clock = Clock()
        self.webhooks = Dispatcher(self.clock, self.count)
        self.lifecycle = Lifecycle(self.store, self.clock, config, self.webhooks, self.count)
        self.lifecycle.start()
        self.inbound = Inbound(self.store, self.clock, self.lifecycle, self.webhooks)
        self.inbound_calls = InboundCalls(self.inbound, config)
        self.lifecycle.watchers.append(self.check_triggers)

    def check_triggers(self, now: float) -> None:
        """Usage moved: fire the usage triggers it crossed."""
        usage_triggers.check(self.store, self.lifecycle, now)

    def close(self) -> None:
        """Stop time and webhooks, then the store."""
        self.lifecycle.close()
        self.webhooks.close()
        self.store.close()

    def count(self, name: str, n: int = 1) -> None:
        with self.stats_lock:
            self.stats[name] = self.stats.get(name, 0) + n

    def __call__(self, environ: dict, start_response: Callable) -> Any:
        request = Request(environ)
        if request.path.startswith("/_emulator/"):
            return self.introspect(request)(environ, start_response)
        self.log(request)
        if self.config.latency_ms:
            time.sleep(self.config.latency_ms / 1000)
        fault = self.faults.next()
        if fault.fail_status:
            self.count("faults_injected")
            return self.fault_error(fault.fail_status).response()(environ, start_response)
        if fault.drop and not fault.after_effect:
            self.count("faults_injected")
            return faults.drop_connection(environ, start_response, b"")
        self.lifecycle.advance()
        response = self.handle(request)
        if fault.drop:
            self.count("faults_injected")
            return faults.drop_connection(environ, start_response, response.get_data())
        return response(environ, start_response)

    def fault_error(self, status: int) -> ApiError:
        return errors.rate_limited() if status == 429 else errors.server_fault(status)

    def log(self, request: Request) -> None:
        self.count("requests")
        entry = {"method": request.method, "path": request.path, "query": request.args.to_dict(),
                 "form": request.form.to_dict() if request.method in ("POST", "PUT") else {}}
        with self.stats_lock:
            self.requests.append(entry)

    def handle(self, request: Request) -> Response:
        normalized, shown = canonical_path(request.path)
        ctx = Context(self, request, shown)
        try:
            adapter = self.url_map.bind("emulator")
            try:
                handler, values = adapter.match(normalized, method=request.method)
            except NotFound:
                raise errors.not_found(ctx.path) from None
            except MethodNotAllowed:
                raise errors.method_not_allowed(request.method) from None
            ctx.principal = auth.authenticate(self.store, request)
            if "AccountSid" in values:
                ctx.account = self.target_account(ctx, values.pop("AccountSid"), handler)
            result = handler(ctx, **values)
        except ApiError as error:
            return error.response()
        except Exception:  # a bug: answer like Twilio's 500, and say why on stderr
            traceback.print_exc()
            self.count("internal_errors")
            return errors.server_fault(500).response()
        if isinstance(result, Response):
            return result
        body, status = result if isinstance(result, tuple) else (result, 200)
        return json_response(body, status)

    def target_account(self, ctx: Context, sid: str, handler: Handler) -> dict:
        """The account named in the path, if the caller may reach it and it still accepts requests."""
        target = self.store.get(catalog.ACCOUNTS, sid=sid)
        is_account_itself = getattr(handler, "account_instance", False)
        if target is None or not auth.can_reach(ctx.principal, target):
            raise errors.not_found(ctx.path) if is_account_itself else errors.authenticate()
        if target["status"] == "closed" and not is_account_itself:
            raise errors.inactive_account()
        return target

    def introspect(self, request: Request) -> Response:
        if request.path.rstrip("/") == "/_emulator/requests":
            if request.method == "DELETE":
                with self.stats_lock:
                    self.requests.clear()
                return Response(status=204)
            with self.stats_lock:
                return json_response(list(self.requests))
        if request.path.rstrip("/") == "/_emulator/stats":
            with self.stats_lock:
                return json_response(dict(self.stats))
        if request.path.rstrip("/") == "/_emulator/webhooks":
            if request.method == "DELETE":
                self.webhooks.clear()
                return Response(status=204)
            return json_response(self.webhooks.entries())
        if request.path.rstrip("/") == "/_emulator/clock":
            return self.move_clock(request)
        if request.path.rstrip("/") == "/_emulator/caller-id-validations" and request.method == "POST":
            return self.type_validation_code(request)
        if request.path.rstrip("/") == "/_emulator/inbound/sms" and request.method == "POST":
            return self.receive_sms(request)
        if request.path.rstrip("/") == "/_emulator/inbound/call" and request.method == "POST":
            return self.receive_call(request)
        return errors.not_found(request.path).response()

    def receive_sms(self, request: Request) -> Response:
        form = request.form
        for param in ("To", "From"):
            if not form.get(param):
                return errors.missing(param).response()
        try:
            report = self.inbound.sms(form["To"], form["From"], form.get("Body", ""))
        except ApiError as error:
            return error.response()
        self.lifecycle.advance()  # replies due now leave now
        self.check_triggers(self.clock.now())
        return json_response(report.body())

    def receive_call(self, request: Request) -> Response:
        """Someone calls `To` from `From`, pressing `Digits` or saying `SpeechResult` when asked."""
        form = request.form
        for param in ("To", "From"):
            if not form.get(param):
                return errors.missing(param).response()
        self.lifecycle.advance()
        try:
            report = self.inbound_calls.call(form["To"], form["From"], form.get("Digits", ""),
                                             form.get("SpeechResult", ""), request.host_url.rstrip("/"))
        except ApiError as error:
            return error.response()
        self.check_triggers(self.clock.now())
        return json_response(report)

    def type_validation_code(self, request: Request) -> Response:
        """Answer the validation call to `PhoneNumber` (of `AccountSid`, if given) and type `Code`:
        404 when no such call waits, else whether the caller ID was verified."""
        form = request.form
        account = form.get("AccountSid")
        waiting, caller_id = self.lifecycle.type_validation_code(account, form.get("PhoneNumber", ""), form.get("Code", ""))
        if not waiting:
            return errors.not_found(request.path).response()
        return json_response({"verification_status": "success" if caller_id else "failed",
                              "outgoing_caller_id_sid": caller_id["sid"] if caller_id else None})


    def move_clock(self, request: Request) -> Response:
        """`GET`: the emulator's time; `POST seconds=S`: move it S seconds forward (and act on it)."""
        if request.method == "POST":
            seconds = request.form.get("seconds", "")
            try:
                self.clock.advance(float(seconds))
            except ValueError:
                return errors.invalid("seconds", seconds).response()
            self.lifecycle.advance()
        return json_response({"now": self.clock.now(), "offset": self.clock.offset})


def create_app(config: EmulatorConfig) -> Emulator:
    """A WSGI application emulating Twilio's 2010-04-01 API with `config`'s state and faults."""
    return Emulator(config)
