"""Failures of a request to Twilio, each with the exit status ARCHITECTURE.md assigns it."""

from __future__ import annotations

from twiliocli.errors import CliError, ExitStatus

ERROR_DOCS = "https://www.twilio.com/docs/errors/{code}"


class ApiError(CliError):
    """Twilio answered with an error document (`code`, `message`, `more_info`, `status`)."""

    def __init__(
        self, http_status: int, code: int | None, message: str, more_info: str | None = None, *, retries: int = 0
    ) -> None:
        self.http_status = http_status
        self.code = code
        self.api_message = message
        self.more_info = more_info or (ERROR_DOCS.format(code=code) if code else None)
        label = f"Twilio error {code}" if code else "Twilio error"
        text = f"{label}: {message} (HTTP {http_status})"
        if retries:
            text += f", still so after {retries} {'retry' if retries == 1 else 'retries'}"
        if self.more_info:
            text += f". See {self.more_info}"
        super().__init__(text, _status_for(http_status))


class ForeignHostError(CliError):
    """A link or redirect points away from the API URL's scheme, host and port: not followed."""


class PagingLoopError(CliError):
    """A list's `next_page_uri` leads back to a page already fetched: following it never ends."""


class NetworkError(CliError):
    """Twilio could not be reached, or kept failing after every retry."""

    status = ExitStatus.NETWORK


class OutcomeUnknownError(NetworkError):
    """A POST was sent but no answer came back: it may or may not have taken effect."""


def _status_for(http_status: int) -> ExitStatus:
    if http_status in (401, 403):
        return ExitStatus.AUTH
    if http_status == 404:
        return ExitStatus.NOT_FOUND
    if http_status == 429 or http_status >= 500:
        return ExitStatus.NETWORK
    return ExitStatus.ERROR
