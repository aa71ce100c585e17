"""The HTTP client: one pooled requests.Session per run, Basic auth, retries, Twilio's errors.

Retries never send a message or place a call twice: GET and DELETE are retried on connection
errors, read timeouts, 429 and 5xx; a POST only when it provably never reached Twilio (the
connection could not be opened, or Twilio answered 429, which means it did nothing).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from twiliocli import __version__
from twiliocli.api.errors import ApiError, NetworkError, OutcomeUnknownError
from twiliocli.api.redact import Redactor
from twiliocli.errors import UsageError

DEFAULT_BASE_URL = "https://api.twilio.com"
IDEMPOTENT = frozenset({"GET", "DELETE", "HEAD"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")


@dataclass(frozen=True)
class Auth:
    """Who signs the requests (Account SID + token, or API key + secret) and for which account."""

    username: str
    password: str
    account_sid: str


def base_url_for(region: str | None, edge: str | None) -> str:
    """Twilio's regional hosts: `api.{edge}.{region}.twilio.com` (region us1 when only an edge is set)."""
    if not region and not edge:
        return DEFAULT_BASE_URL
    host = ".".join(p for p in ("api", edge, region or "us1", "twilio.com") if p)
    return f"https://{host}"


def check_base_url(url: str, *, insecure: bool = False) -> str:
    """Refuse a malformed base URL, and plain http:// except on loopback (the emulator)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"API URL {url!r} is not an http(s) URL; use e.g. https://api.twilio.com")
    if parts.scheme == "http" and not insecure and not _is_loopback(parts.hostname):
        raise UsageError(
            f"API URL {url!r} is plain http and not on this machine; use https, or pass --insecure if you mean it"
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    return host in LOOPBACK_HOSTS or host.startswith("127.")


class _TwilioRetry(Retry):
    """urllib3's Retry, plus: a POST answered 429 was not carried out, so it may be sent again."""

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        if method.upper() == "POST" and status_code == 429:
            return bool(self.total)
        return super().is_retry(method, status_code, has_retry_after)


class Client:
    """A thin layer over requests that speaks Twilio: paths in, decoded JSON or ApiError out."""

    def __init__(
        self,
        base_url: str,
        auth: Auth,
        *,
        subaccount: str | None = None,
        retries: int = 3,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        verify: bool | str = True,
        pool_size: int = 10,
        debug: Callable[[str], None] | None = None,
        backoff: float = 0.5,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.account_sid = subaccount or auth.account_sid
        self.timeout = (connect_timeout, timeout)
        self.retries = retries
        self.backoff = backoff
        self._debug = debug
        self._redact = Redactor([auth.password])
        self.session = requests.Session()
        self.session.auth = (auth.username, auth.password)
        # Per request, not on the session: requests lets REQUESTS_CA_BUNDLE override a session's
        # CA bundle, and a profile's ca_bundle must win. True still honours REQUESTS_CA_BUNDLE.
        self.verify = verify
        self.session.headers["User-Agent"] = f"twiliocli/{__version__}"
        self.session.headers["Accept"] = "application/json"
        retry = _TwilioRetry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            allowed_methods=IDEMPOTENT,
            status_forcelist=RETRY_STATUSES,
            backoff_factor=backoff,
            backoff_max=30,
            backoff_jitter=backoff / 2,
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry, pool_connections=1, pool_maxsize=pool_size)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    # -- paths -------------------------------------------------------------------------------

    @property
    def is_twilio(self) -> bool:
        """True when requests go to Twilio itself, not to an emulator or a proxy."""
        host = urlsplit(self.base_url).hostname or ""
        return host == "twilio.com" or host.endswith(".twilio.com")

    def url(self, path: str) -> str:
        """Absolute URL for an API path such as `/2010-04-01/Accounts/AC….json` or a `next_page_uri`."""
        return urljoin(self.base_url + "/", path.lstrip("/")) if not path.startswith("http") else path

    # -- requests ----------------------------------------------------------------------------

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        return self._json(self.send("GET", path, params=params))

    def post(self, path: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
        return self._json(self.send("POST", path, data=_form(data or {})))

    def delete(self, path: str) -> None:
        self.send("DELETE", path)

    def send(self, method: str, path: str, *, stream: bool = False, **kwargs: Any) -> requests.Response:
        """Send one request (with retries as the method allows); raise ApiError on Twilio's errors.

        urllib3 retries what fails before the body arrives; a body cut off mid-way (the server
        dropped the connection) is retried here, for methods that are safe to repeat.
        """
        url = self.url(path)
        attempts = 1 + (self.retries if method in IDEMPOTENT and not stream else 0)
        for attempt in range(attempts):
            self._log_request(method, url, kwargs)
            try:
                response = self.session.request(
                    method, url, timeout=self.timeout, stream=True, verify=self.verify, **kwargs
                )
                if not stream:
                    _read_body(response)
                break
            except requests.exceptions.ChunkedEncodingError as exc:
                if attempt + 1 == attempts:
                    raise self._network_error(method, url, exc) from None
                time.sleep(min(self.backoff * 2**attempt, 30) * (0.5 + random.random() / 2))
            except requests.exceptions.RequestException as exc:
                raise self._network_error(method, url, exc) from None
        self._log_response(response, stream)
        if response.status_code >= 400:
            raise self._api_error(response)
        return response

    # -- helpers -----------------------------------------------------------------------------

    def _json(self, response: requests.Response) -> dict[str, Any]:
        if response.status_code == 204 or not response.content:
            return {}
        try:
            return json.loads(response.content, object_hook=Redactor.object_hook)
        except UnicodeDecodeError:
            # Bytes that are not UTF-8 inside a string: keep the record, show them as U+FFFD.
            return _loads(response.content.decode("utf-8", "replace"), response.status_code)
        except ValueError:
            raise ApiError(response.status_code, None, "the answer was not JSON") from None

    def _api_error(self, response: requests.Response) -> ApiError:
        try:
            body = json.loads(response.content) if not response.raw or response.content else {}
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        message = body.get("message") or response.reason or "request failed"
        code = body.get("code") if isinstance(body.get("code"), int) else None
        return ApiError(response.status_code, code, self._redact.text(str(message)), body.get("more_info"))

    def _network_error(self, method: str, url: str, exc: Exception) -> NetworkError:
        host = urlsplit(url).netloc
        reason = self._redact.text(_root_cause(exc))
        if method == "POST" and not _never_sent(exc):
            return OutcomeUnknownError(
                f"No answer from {host} to POST {urlsplit(url).path} ({reason}). The request may have "
                "taken effect: list the resource to check before sending it again"
            )
        tries = f" after {self.retries} retries" if self.retries else ""
        return NetworkError(f"Could not reach {host}{tries}: {reason}")

    def _log_request(self, method: str, url: str, kwargs: Mapping[str, Any]) -> None:
        if self._debug:
            self._debug(f"> {method} {url}")
            self._debug("> Authorization: Basic [redacted]")
            for key in ("params", "data"):
                if kwargs.get(key):
                    self._debug(f"> {key}: {self._redact.text(repr(kwargs[key]))}")

    def _log_response(self, response: requests.Response, stream: bool) -> None:
        if self._debug:
            self._debug(f"< HTTP {response.status_code} {response.reason} ({response.elapsed.total_seconds():.3f}s)")
            for name, value in response.headers.items():
                self._debug(f"< {name}: {value}")
            if not stream:
                body = response.text
                cut = "…" if len(body) > 2000 else ""
                self._debug(f"< {self._redact.text(body[:2000])}{cut}")


def _loads(text: str, status: int) -> Any:
    try:
        return json.loads(text, object_hook=Redactor.object_hook)
    except ValueError:
        raise ApiError(status, None, "the answer was not JSON") from None


BODY_CHUNK = 1 << 20


def _read_body(response: requests.Response) -> None:
    """Read the whole body now, as `stream=False` would, but in 1 MiB reads: requests reads 10 KiB
    at a time, which costs a list page of 1000 calls (2 MB) ~2 ms more CPU. Errors are requests'
    own (a body cut off mid-way is a ChunkedEncodingError); this is what `Response.content` does."""
    response._content = b"".join(response.iter_content(BODY_CHUNK)) or b""
    response._content_consumed = True


def _form(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Form fields as Twilio wants them: lists repeat the key, booleans are `true`/`false`."""
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else (value,):
            pairs.append((key, "true" if item is True else "false" if item is False else str(item)))
    return pairs


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and those it wraps (requests → urllib3's MaxRetryError → its reason → …)."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        inner = getattr(seen, "reason", None)
        if not isinstance(inner, BaseException):
            inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else seen.__cause__
        seen = inner
    return chain


def _never_sent(exc: BaseException) -> bool:
    """True when the request cannot have reached the server: no connection was ever opened."""
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

    return any(isinstance(e, (NewConnectionError, ConnectTimeoutError)) for e in _causes(exc))


def _root_cause(exc: BaseException) -> str:
    """A short human reason instead of urllib3's nested reprs."""
    from urllib3.exceptions import NameResolutionError, ProtocolError, SSLError, TimeoutError as Timeout

    chain = _causes(exc)
    if any(isinstance(e, NameResolutionError) for e in chain):
        return "could not resolve the host name"
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return "connection refused"
    if any(isinstance(e, (SSLError, requests.exceptions.SSLError)) for e in chain):
        return ("TLS verification failed; behind a corporate proxy, point REQUESTS_CA_BUNDLE or the "
                "profile's ca_bundle at its certificate")
    if any(isinstance(e, (Timeout, TimeoutError, requests.exceptions.Timeout)) for e in chain):
        return "timed out"
    if any(isinstance(e, (ProtocolError, requests.exceptions.ChunkedEncodingError)) for e in chain):
        return "the connection was closed mid-answer"
    return str(chain[-1])
