"""Twilio's error JSON and the error codes the emulator answers with.

Every refusal is an `ApiError`; the app turns it into Twilio's body
`{"code", "message", "more_info", "status"}` so clients parse emulator errors exactly as real ones.
Codes follow Twilio's error dictionary (https://www.twilio.com/docs/errors/NNNNN).
"""

from __future__ import annotations

import json

from werkzeug.wrappers import Response


class ApiError(Exception):
    """A request Twilio would refuse: HTTP status, Twilio error code and message."""

    def __init__(self, status: int, code: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict:
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }

    def response(self) -> Response:
        return Response(json.dumps(self.body()), status=self.status, headers=self.headers,
                        content_type="application/json; charset=utf-8")


def authenticate() -> ApiError:
    return ApiError(401, 20003, "Authenticate", {"WWW-Authenticate": 'Basic realm="Twilio API"'})


def not_found(path: str) -> ApiError:
    return ApiError(404, 20404, f"The requested resource {path} was not found")


def inactive_account() -> ApiError:
    return ApiError(401, 20005, "Account not active")


def method_not_allowed(method: str) -> ApiError:
    return ApiError(405, 20004, f"Method not allowed: {method}")


def invalid(param: str, value: str | None = None) -> ApiError:
    """A parameter whose value Twilio does not accept (bad enum, boolean, integer...)."""
    shown = "" if value is None else f": {value}"
    return ApiError(400, 20001, f"Invalid {param}{shown}")


def missing(param: str, code: int = 20001) -> ApiError:
    return ApiError(400, code, f"Missing required parameter {param} in the post body")


def bad_url(param: str, value: str) -> ApiError:
    return ApiError(400, 21205, f"{param} is not a valid URL: {value}")


def page_size(value: str, too_large: bool) -> ApiError:
    if too_large:
        return ApiError(400, 20007, "Page size too large: the maximum PageSize is 1000")
    return ApiError(400, 20001, f"Invalid PageSize: {value} (must be an integer from 1 to 1000)")


def page_token(value: str) -> ApiError:
    return ApiError(400, 20001, f"Invalid PageToken: {value}")


def rate_limited() -> ApiError:
    return ApiError(429, 20429, "Too Many Requests", {"Retry-After": "1"})


def server_fault(status: int) -> ApiError:
    messages = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
                504: "Gateway Timeout"}
    return ApiError(status, 20500, messages.get(status, "Internal Server Error"))
