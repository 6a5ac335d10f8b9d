"""Errors Deck shows to the user. Every message is written for a streamer, not a developer."""
from __future__ import annotations


class DeckError(Exception):
    """Base class: ``str(err)`` is the message shown in the UI and on the command line."""

    exit_code = 1


class InvalidParams(DeckError):
    """Parameters break the documented contract; nothing was sent."""

    exit_code = 2

    def __init__(self, action_id: str, problems: list[str]):
        self.action_id = action_id
        self.problems = problems
        super().__init__(f"{action_id}: " + "; ".join(problems))


class UnknownAction(InvalidParams):
    def __init__(self, action_id: str):
        super().__init__(action_id, ["no such action"])


class ServiceError(DeckError):
    """The service answered with an error; ``message`` is the service's own text."""

    exit_code = 3

    def __init__(self, service: str, message: str, status: int | None = None):
        self.service = service
        self.status = status
        self.message = message
        where = f"{service} ({status})" if status else service
        super().__init__(f"{where}: {message}")


class RateLimited(ServiceError):
    """HTTP 429: the service refused the call without acting on it."""

    def __init__(self, service: str, message: str, retry_after: float):
        self.retry_after = retry_after
        super().__init__(service, message, 429)


class MalformedResponse(ServiceError):
    def __init__(self, service: str, detail: str, status: int | None = None):
        super().__init__(service, f"unexpected response: {detail}", status)


class Unreachable(DeckError):
    exit_code = 5

    def __init__(self, service: str, detail: str):
        self.service = service
        super().__init__(f"{service} is unreachable: {detail}")


class CredentialsMissing(DeckError):
    exit_code = 4

    def __init__(self, service: str):
        self.service = service
        super().__init__(f"No {service} key is set. Add it under Accounts (or set DECK_{service.upper()}_TOKEN).")


class CredentialsUnavailable(DeckError):
    """No usable OS keychain. Deck never falls back to a plaintext file."""

    exit_code = 4


class Cancelled(DeckError):
    def __init__(self, action_id: str):
        super().__init__(f"{action_id}: cancelled")
