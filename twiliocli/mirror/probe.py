"""`numbers webhooks --probe`: is each webhook URL answering?

One HEAD request per URL, a short timeout, no redirects followed, and never any credentials:
the URLs are the account's own configuration, but the Twilio credentials must not travel to them.
Only http and https URLs are probed.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

TIMEOUT = 5.0


def probe_one(url: str, timeout: float = TIMEOUT) -> tuple[bool, str]:
    """(answered, what): the HTTP status, or why there was none."""
    import requests

    if urlsplit(url).scheme not in ("http", "https"):
        return False, "not an http(s) URL"
    try:
        # An explicit (empty) auth: requests would otherwise look the host up in ~/.netrc.
        response = requests.head(url, timeout=timeout, allow_redirects=False, auth=_no_credentials)
    except requests.exceptions.Timeout:
        return False, "timeout"
    except requests.exceptions.SSLError:
        return False, "TLS error"
    except requests.exceptions.ConnectionError:
        return False, "connection failed"
    except requests.exceptions.RequestException as exc:
        return False, type(exc).__name__
    return True, f"HTTP {response.status_code}"


def _no_credentials(request):  # type: ignore[no-untyped-def]
    return request


def probe_all(urls: Iterable[str], timeout: float = TIMEOUT, width: int = 8) -> dict[str, tuple[bool, str]]:
    """Probe each distinct URL once, `width` at a time."""
    distinct = sorted(set(urls))
    with ThreadPoolExecutor(width) as pool:
        return dict(zip(distinct, pool.map(lambda u: probe_one(u, timeout), distinct)))
