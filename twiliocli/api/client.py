"""The HTTP client: one pooled requests.Session per run, Basic auth, retries, Twilio's errors.

Retries never send a message or place a call twice: GET and DELETE are retried on connection
errors, timeouts, answers cut off mid-way, 429 and 5xx; a POST only when it provably never
reached Twilio (the connection could not be opened, or Twilio answered 429, which means it did
nothing). The retries are the client's own, not urllib3's, so that every wait is capped
(`max_wait`), reported, and counted honestly in the final message.

Credentials only go to the base URL's scheme, host and port: links and redirects elsewhere are
refused (a binary download may follow a redirect to a CDN, without credentials).
"""

from __future__ import annotations

import ipaddress
import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

import requests

from twiliocli import __version__
from twiliocli.api.errors import ApiError, ForeignHostError, NetworkError, OutcomeUnknownError
from twiliocli.api.deadline import Deadline, watched_adapter
from twiliocli.api.redact import Redactor
from twiliocli.config import regional_url as base_url_for  # the host for a region/edge; config.resolve picks it
from twiliocli.errors import UsageError

IDEMPOTENT = frozenset({"GET", "DELETE", "HEAD"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
DEFAULT_MAX_WAIT = 60.0  # seconds: the longest a Retry-After is waited for (--max-wait)
NOTICE_WAIT = 2.0  # waits this long or longer are reported on stderr


class Auth(NamedTuple):
    """Who signs the requests (Account SID + token, or API key + secret) and for which account."""

    username: str
    password: str
    account_sid: str
    source: str = ""  # where they came from, as config.Credentials says it ("profile 'prod'", "environment")


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
    """`localhost`, 127.0.0.0/8 or ::1, decided from the parsed address: `127.0.0.1.evil.example`
    is a name like any other, resolved by DNS to wherever its owner likes."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL, ports made explicit; None when it has none."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        return None
    if port is None or not parts.hostname:
        return None
    return scheme, parts.hostname.lower().rstrip("."), port


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
        notice: Callable[[str], None] | None = None,
        backoff: float = 0.5,
        max_wait: float = DEFAULT_MAX_WAIT,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.account_sid = subaccount or auth.account_sid
        self.timeout = (connect_timeout, timeout)
        self.total_timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self._debug = debug
        self._notice = notice
        self._redact = Redactor([auth.password], [(auth.username, auth.password)])
        self.session = requests.Session()
        self.session.auth = (auth.username, auth.password)
        # Per request, not on the session: requests lets REQUESTS_CA_BUNDLE override a session's
        # CA bundle, and a profile's ca_bundle must win. True still honours REQUESTS_CA_BUNDLE.
        self.verify = verify
        self.session.headers["User-Agent"] = f"twiliocli/{__version__}"
        self.session.headers["Accept"] = "application/json"
        adapter = watched_adapter(pool_size)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    # -- paths -------------------------------------------------------------------------------

    @property
    def is_twilio(self) -> bool:
        """True when requests go to Twilio itself, not to an emulator or a proxy."""
        host = urlsplit(self.base_url).hostname or ""
        return host == "twilio.com" or host.endswith(".twilio.com")

    def url(self, path: str) -> str:
        """Absolute URL for an API path such as `/2010-04-01/Accounts/AC….json` or a `next_page_uri`.

        An absolute URL (a `next_page_uri` as some proxies write it) must be on the base URL's own
        scheme, host and port: the credentials go with every request, so nothing else is followed.
        """
        if not urlsplit(path).scheme:
            return urljoin(self.base_url + "/", path.lstrip("/"))
        if origin(path) != origin(self.base_url):
            raise ForeignHostError(f"The API answered with a link to {path}, which is not on {self.base_url}; "
                                   "not following it (credentials are only sent to the API URL's own host)")
        return path

    # -- requests ----------------------------------------------------------------------------

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        return self._exchange("GET", path, params=params).document

    def get_plain(self, path: str, params: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], bool]:
        """`get`, and whether every text in the answer is plain (`plain_body`)."""
        exchange = self._exchange("GET", path, params=params)
        return exchange.document, plain_body(exchange.body)

    def post(self, path: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
        return self._exchange("POST", path, data=_form(data or {})).document

    def delete(self, path: str, params: Mapping[str, Any] | Sequence[tuple[str, str]] | None = None) -> bool:
        """DELETE a record. True when a retry found it already gone: the first attempt's answer
        was lost on the way, but that attempt almost certainly deleted it."""
        return self._exchange("DELETE", path, params=params, decode=False).gone

    def send(self, method: str, path: str, *, stream: bool = False, **kwargs: Any) -> requests.Response:
        """Send one request (with retries as the method allows); raise ApiError on Twilio's errors.

        With `stream`, the body is left unread for the caller (a download); the time limit then
        covers the wait for the answer's head only.
        """
        return self._exchange(method, path, stream=stream, decode=False, **kwargs).response

    def _exchange(self, method: str, path: str, *, stream: bool = False, decode: bool = True, **kwargs: Any) -> Exchange:
        """One request as the user sees it: redirects, retries and waits included."""
        url = self.url(path)
        for _hop in range(MAX_REDIRECTS + 1):
            exchange = self._attempts(method, url, stream, decode, kwargs)
            location = exchange.response.headers.get("location") if exchange.response.is_redirect else None
            if location is None:
                break
            exchange.response.close()
            url = self._redirect(method, url, location, stream)
            kwargs["params"] = None  # the new location carries its own query
        else:
            raise ApiError(exchange.response.status_code, None, f"more than {MAX_REDIRECTS} redirects")
        if exchange.response.status_code >= 400 and not exchange.gone:
            raise self._api_error(exchange)
        return exchange

    def _redirect(self, method: str, url: str, location: str, stream: bool) -> str:
        """Where a redirect may lead: the same origin for GET; elsewhere only for a download, without credentials."""
        target = urljoin(url, location)
        if method not in ("GET", "HEAD"):
            raise ForeignHostError(f"The API answered {method} {urlsplit(url).path} with a redirect to {target}; "
                                   f"not repeating a {method} there")
        if origin(target) != origin(self.base_url) and not stream:
            raise ForeignHostError(f"The API redirected to {target}, which is not on {self.base_url}; "
                                   "not following it (credentials are only sent to the API URL's own host)")
        return target

    def _attempts(self, method: str, url: str, stream: bool, decode: bool, kwargs: dict[str, Any]) -> Exchange:
        """Send until an answer is final or the retries run out; every wait is capped and counted."""
        idempotent = method in IDEMPOTENT
        may_have_acted = False  # an earlier DELETE may have reached Twilio before its answer was lost
        retry = 0
        while True:
            self._log_request(method, url, kwargs)
            foreign = origin(url) != origin(self.base_url)
            try:
                with Deadline(self.total_timeout) as deadline:
                    try:
                        response = self.session.request(
                            method, url, timeout=self.timeout, stream=True, verify=self.verify,
                            allow_redirects=False, auth=_no_auth if foreign else None, **kwargs,
                        )
                        # The body now, inside the retries: one cut off is requests' ChunkedEncodingError.
                        body = None if stream else self._body(response, decode)
                    except requests.exceptions.RequestException as exc:
                        if deadline.expired:
                            raise _Expired(self.total_timeout) from exc
                        raise
            except (requests.exceptions.RequestException, _Expired) as exc:
                never_sent = _never_sent(exc)
                if not (idempotent or never_sent) or retry == self.retries:
                    raise self._network_error(method, url, exc, retry) from None
                may_have_acted = may_have_acted or not never_sent
                retry += 1
                self._wait(retry, self._backoff(retry), self._redact.text(_root_cause(exc)))
                continue
            self._log_response(response, stream)
            status = response.status_code
            if status in RETRY_STATUSES and (idempotent or status == 429) and retry < self.retries:
                retry += 1
                self._wait(retry, *self._retry_after(response, retry, url))
                continue
            exchange = Exchange(response, retry, body)
            if method == "DELETE" and status == 404 and may_have_acted:
                exchange.gone = True
            elif decode and status < 400:
                try:
                    exchange.document = _json(status, body)
                except ApiError:
                    if not _close_delimited(response):
                        raise
                    # Read to the connection's end, yet not whole JSON: the connection broke early.
                    if not idempotent or retry == self.retries:
                        raise ApiError(status, None, "the answer broke off before its end (the connection "
                                       "closed mid-JSON)", retries=retry) from None
                    retry += 1
                    self._wait(retry, self._backoff(retry), "the answer broke off before its end")
                    continue
            return exchange

    def _backoff(self, retry: int) -> float:
        """Exponential backoff with jitter: 0.5 s, 1 s, 2 s … (half to full), at most 30 s."""
        return min(self.backoff * 2 ** (retry - 1), 30.0) * (0.5 + random.random() / 2)

    def _retry_after(self, response: requests.Response, retry: int, url: str) -> tuple[float, str, bool]:
        """The wait a 429/5xx asks for; the words that explain it; whether it is worth telling the
        user even when short (an odd Retry-After). A Retry-After longer than `max_wait` is not
        cut short: retrying early would only be refused again, so the run stops at once (exit 5),
        naming when the server said to come back."""
        what = f"HTTP {response.status_code} {'(rate limited)' if response.status_code == 429 else '(server error)'}"
        header = response.headers.get("retry-after")
        if header is None:
            return self._backoff(retry), what, False
        asked = _seconds(header)
        if asked is None:
            return self._backoff(retry), f"{what} with a Retry-After that is not a time ({_short(header)!r})", True
        if asked > self.max_wait:
            raise NetworkError(
                f"{urlsplit(url).netloc} answered {what} and asked to come back in {_span(asked)}, at "
                f"{_utc_after(asked)}; that is longer than --max-wait ({self.max_wait:g} s), so twiliocli "
                f"stops now instead of retrying early. Run it again after then, or raise --max-wait"
            )
        return asked, what, False

    def _wait(self, retry: int, seconds: float, why: str, notable: bool = False) -> None:
        """Sleep before retry number `retry`, saying so on stderr when the wait is long or odd."""
        text = f"{why}; retry {retry} of {self.retries} in {seconds:.1f} s"
        if self._notice and (notable or seconds >= NOTICE_WAIT):
            self._notice(text)
        elif self._debug:
            self._debug(text)
        time.sleep(seconds)

    # -- helpers -----------------------------------------------------------------------------

    def _body(self, response: requests.Response, decode: bool) -> bytes:
        """The whole body. An answer to be decoded (a list page of ~2 MB) is read in one piece, 2 µs
        a record cheaper than `Response.content`'s 10 KiB reads; the debug log reads `.text`, so
        there, and for bodies not decoded here, `.content` as before."""
        if decode and not self._debug and response.raw is not None:
            return read_whole(response)
        return response.content or b""

    def _api_error(self, exchange: Exchange) -> ApiError:
        response = exchange.response
        content = exchange.body if exchange.body is not None else response.content
        try:
            body = json.loads(content) if content else {}
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        message = body.get("message") or response.reason or "request failed"
        if not isinstance(message, str):
            message = json.dumps(message)
        code = body.get("code") if isinstance(body.get("code"), int) else None
        more_info = body.get("more_info") if isinstance(body.get("more_info"), str) else None
        error = ApiError(
            response.status_code, code, self._redact.text(_short(message, 500)),
            self._redact.text(_short(more_info, 200)) if more_info else None, retries=exchange.retries,
        )
        if response.status_code == 401:
            error.message += f". {self.signed_by()}"
        return error

    def signed_by(self) -> str:
        """Which credentials the requests carry, in words that never hold a secret: `Credentials
        used: profile 'prod' (API key SK…, account AC…)`."""
        who = (f"API key {self.auth.username}, account {self.auth.account_sid}" if self.auth.username != self.auth.account_sid
               else f"account {self.auth.account_sid}, auth token")
        source = self.auth.source or "given to the client"
        if source == "environment":
            source = ("the environment (TWILIO_API_KEY, TWILIO_API_SECRET)" if self.auth.username != self.auth.account_sid
                      else "the environment (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)")
        return f"Credentials used: {source} ({who})"

    def _network_error(self, method: str, url: str, exc: Exception, retries: int) -> NetworkError:
        host = urlsplit(url).netloc
        reason = self._redact.text(_root_cause(exc))
        if method == "POST" and not _never_sent(exc):
            return OutcomeUnknownError(
                f"No answer from {host} to POST {urlsplit(url).path} ({reason}). The request may have "
                "taken effect: list the resource to check before sending it again"
            )
        tries = f" after {retries} {'retry' if retries == 1 else 'retries'}" if retries else ""
        return NetworkError(f"Could not reach {host}{tries}: {reason}")

    def _log_request(self, method: str, url: str, kwargs: Mapping[str, Any]) -> None:
        if self._debug:
            self._debug(f"> {method} {self._redact.text(url)}")
            self._debug("> Authorization: Basic [redacted]")
            for key in ("params", "data"):
                if kwargs.get(key):
                    self._debug(f"> {key}: {self._redact.text(repr(kwargs[key]))}")

    def _log_response(self, response: requests.Response, stream: bool) -> None:
        """The answer's status, headers and (the first 2000 characters of) its body, secrets
        scrubbed before the cut so that no part of one is ever shown."""
        if self._debug:
            redact = self._redact.text
            self._debug(redact(f"< HTTP {response.status_code} {response.reason} ({response.elapsed.total_seconds():.3f}s)"))
            for name, value in response.headers.items():
                self._debug(redact(f"< {name}: {value}"))
            if not stream:
                body = redact(response.text)
                cut = "…" if len(body) > 2000 else ""
                self._debug(f"< {body[:2000]}{cut}")


class Exchange:
    """The final answer to a request: the response, its decoded JSON, and how it got there."""

    def __init__(self, response: requests.Response, retries: int, body: bytes | None = None) -> None:
        self.response = response
        self.retries = retries
        self.body = body  # None: streamed, left for the caller to read
        self.document: dict[str, Any] = {}
        self.gone = False


class _Expired(Exception):
    """The request's total time ran out (`Deadline` cut its socket)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out: no complete answer within {seconds:g} s")


def read_whole(response: requests.Response) -> bytes:
    """`response.content` read in one piece from urllib3 (decoded as Content-Encoding says), with
    urllib3's errors turned into requests' as `Response.iter_content` does, so that the retries
    and messages see the same exceptions."""
    from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError, SSLError

    try:
        return response.raw.read(decode_content=True)
    except ProtocolError as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from exc
    except DecodeError as exc:
        raise requests.exceptions.ContentDecodingError(exc) from exc
    except ReadTimeoutError as exc:
        raise requests.exceptions.ConnectionError(exc) from exc
    except SSLError as exc:
        raise requests.exceptions.SSLError(exc) from exc


def plain_body(body: bytes | None) -> bool:
    """True when every string a JSON body decodes to is printable ASCII without a quote or a
    backslash: the body is ASCII with no DEL and no backslash, and a JSON string can hold neither
    a control character (json.loads refuses them raw) nor a quote without a backslash escape.
    Three scans at memory speed, where checking the decoded text costs ~10x more."""
    if not body:
        return False
    return body.isascii() and b"\\" not in body and b"\x7f" not in body


def _json(status: int, body: bytes | None) -> dict[str, Any]:
    if status == 204 or not body:
        return {}
    try:
        document = json.loads(body, object_hook=Redactor.object_hook)
    except UnicodeDecodeError:
        # Bytes that are not UTF-8 inside a string: keep the record, show them as U+FFFD.
        document = _loads(body.decode("utf-8", "replace"), status)
    except ValueError:
        raise ApiError(status, None, "the answer was not JSON") from None
    if not isinstance(document, dict):
        raise ApiError(status, None, f"the answer was a JSON {type(document).__name__}, not an object")
    return document


def _no_auth(request: Any) -> Any:
    """requests' auth hook that adds nothing: a request to another host carries no credentials."""
    return request


def _close_delimited(response: requests.Response) -> bool:
    """True when the body ends where the connection does (no Content-Length, not chunked):
    then a broken connection looks like a short body, and only parsing it tells."""
    headers = response.headers
    return "content-length" not in headers and "chunked" not in headers.get("transfer-encoding", "").lower()


def _seconds(header: str) -> float | None:
    """Retry-After as seconds from now: a whole number, or an HTTP date; None when it is neither."""
    text = header.strip()
    if text.isdigit():
        return float(text)
    from email.utils import parsedate_to_datetime
    from datetime import datetime, timezone

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _span(seconds: float) -> str:
    """`45 s`, `12 min`, `6 h 0 min`, `2 d 3 h`: a wait in words."""
    seconds = int(round(seconds))
    if seconds < 120:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 120:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def _utc_after(seconds: float) -> str:
    from datetime import datetime, timedelta, timezone

    return (datetime.now(timezone.utc) + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def proxy_in_effect(url: str) -> tuple[str, str] | None:
    """The proxy requests would use for `url` (NO_PROXY honoured), without any credentials in it,
    and the variable that set it; None when requests go straight to the host."""
    import os

    from requests.utils import get_environ_proxies

    scheme = urlsplit(url).scheme or "https"
    proxies = get_environ_proxies(url)
    proxy = proxies.get(scheme) or proxies.get("all")
    if not proxy:
        return None
    names = (f"{scheme.upper()}_PROXY", f"{scheme}_proxy", "ALL_PROXY", "all_proxy")
    variable = next((n for n in names if os.environ.get(n)), "the environment")
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else ""), variable


def ca_bundle_in_effect(profile_bundle: str | None) -> tuple[str, str]:
    """The CA certificates TLS is verified with, and what chose them: the profile's `ca_bundle`,
    else REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE, else certifi's (requests' default)."""
    import os

    if profile_bundle:
        return profile_bundle, "the profile's ca_bundle"
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        if os.environ.get(name):
            return os.environ[name], name
    import certifi

    return certifi.where(), "certifi, the default"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _loads(text: str, status: int) -> Any:
    try:
        return json.loads(text, object_hook=Redactor.object_hook)
    except ValueError:
        raise ApiError(status, None, "the answer was not JSON") from None


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

    if isinstance(exc, _Expired):
        return str(exc)
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
