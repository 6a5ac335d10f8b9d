"""Errors Deck shows to the user. Every message is written for a streamer, not a developer."""
from __future__ import annotations

from .redact import redact
from .words import sentence, translate


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
    def __init__(self, action_id: str, known: tuple[str, ...] = ()):
        super().__init__(action_id, [translate("Errors", "no such action") + did_you_mean(action_id, known)
                                     + translate("Errors", " (`deck actions` lists them all)")])


def did_you_mean(word: str, known: "tuple[str, ...] | list[str]") -> str:
    """" — did you mean a or b?" for the known words nearest ``word`` ("" when none is near)."""
    import difflib

    from deck.core.words import fold

    folded = {fold(k): k for k in known}  # Turkish İ/ı read as the same letters as i/I
    near = difflib.get_close_matches(fold(word), list(folded), n=3, cutoff=0.6)
    return translate("Errors", "; did you mean {words}?").format(
        words=translate("Errors", " or ").join(folded[n] for n in near)) if near else ""


class ServiceError(DeckError):
    """The service answered with an error; ``message`` is the service's own text."""

    exit_code = 3

    def __init__(self, service: str, message: str, status: int | None = None):
        self.service = service
        self.status = status
        self.message = message = redact(message)  # a service may echo the key it was sent
        where = f"{service} ({status})" if status else service
        super().__init__(f"{where}: {message}")


class RateLimited(ServiceError):
    """HTTP 429: the service refused the call without acting on it."""

    def __init__(self, service: str, message: str, retry_after: float | None):
        self.retry_after = retry_after  # None: the service did not say
        super().__init__(service, message, 429)


class MalformedResponse(ServiceError):
    def __init__(self, service: str, detail: str, status: int | None = None):
        super().__init__(service, translate("Errors", "unexpected response: {detail}").format(detail=detail), status)


class Unreachable(DeckError):
    exit_code = 5

    def __init__(self, service: str, detail: str, url: str = ""):
        self.service, self.url = service, url
        super().__init__((translate("Errors", "{service} is unreachable at {url}: {detail}") if url else
                          translate("Errors", "{service} is unreachable: {detail}")).format(service=service, url=url,
                                                                                            detail=detail))


class CredentialsMissing(DeckError):
    """A secret the call needs is not set (or cannot be read); nothing was sent.
    ``state`` is what the service's light shows."""

    exit_code = 4
    state = "no key"

    def __init__(self, service: str, what: str = "key", env: str = "", oauth: bool = False):
        self.service = service
        env = env or f"DECK_{service.upper()}_TOKEN"
        if oauth:
            self.state = "signed out"
            text = translate("Errors", "Not signed in to {service}. Sign in under File → Accounts or with "
                                       "`deck login {name}` (or set {env}).").format(service=service, name=service.lower(),
                                                                                    env=env)
        else:
            text = translate("Errors", "No {service} {what} is set. Add it under File → Accounts (or set {env}).").format(
                service=service, what=what, env=env)
        super().__init__(text)


class SignInAgain(CredentialsMissing):
    """The saved sign-in no longer works (expired, revoked, unreadable): the user signs in again."""

    state = "sign in again"

    def __init__(self, service: str, reason: str):
        self.service = service
        self.reason = reason
        DeckError.__init__(self, translate("Errors", "{service} needs you to sign in again ({reason}). Sign in under "
                                                     "File → Accounts or with `deck login {name}`.").format(
            service=service, reason=reason, name=service.lower()))


class KeychainUnreadable(CredentialsMissing):
    """The secret may well be there, but the keychain would not give it (locked, refused)."""

    state = "keychain locked"

    def __init__(self, service: str, problem: str):
        self.service = service
        DeckError.__init__(self, f"{service}: {sentence(problem)}")


class CredentialsInvalid(CredentialsMissing):
    """A secret is set but cannot be what the service gave (characters no request can carry)."""

    state = "key rejected"

    def __init__(self, service: str, label: str):
        self.service = service
        DeckError.__init__(self, translate("Errors", "The {service} {what} that is set has characters no {service} "
                                                     "{what} has (spaces, accents or control characters). Paste it "
                                                     "again under File → Accounts.").format(service=service,
                                                                                            what=label.lower()))


class BadAddress(DeckError):
    """A service's address (from settings or the environment) is not one Deck can use."""

    exit_code = 2

    def __init__(self, service: str, url: str, problem: str, env: str):
        shown = url if len(url) <= 80 else url[:77] + "…"
        super().__init__(translate("Errors", "{service}'s address {address} cannot be used: {problem}. Correct it "
                                             "under File → Accounts (or in {env}).").format(
            service=service, address=repr(shown), problem=problem, env=env))


class CredentialsUnavailable(DeckError):
    """No usable OS keychain. Deck never falls back to a plaintext file."""

    exit_code = 4


class NotPermitted(DeckError):
    """The sign-in does not allow this; nothing was sent."""

    exit_code = 4

    def __init__(self, service: str, what: list[str]):
        super().__init__(translate("Errors", "{service}: Deck may not {what}: it was not allowed at sign-in. Allow it "
                                             "in Accounts and sign in again.").format(
            service=service, what=translate("Errors", " or ").join(what)))


class Cancelled(DeckError):
    def __init__(self, action_id: str):
        super().__init__(translate("Errors", "{action}: cancelled").format(action=action_id))
