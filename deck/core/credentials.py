"""Secrets live only in the OS keychain (service ``deck``, user ``<provider>:<account>:<kind>``).

Without a usable keychain, :meth:`Credentials.set` raises :class:`CredentialsUnavailable`
with a clear message; the user may then choose to keep secrets in memory for this session.
There is never a plaintext fallback.
"""
from __future__ import annotations

import logging
import os
import sys
from typing import Any, Optional, Protocol, cast

from .errors import CredentialsUnavailable
from .names import env_name
from .redact import remember
from .words import sentence, translate

log = logging.getLogger(__name__)
SERVICE = "deck"
def no_keychain() -> str:
    return translate("Keychain", "No system keychain is available, so Deck cannot store secrets safely. Install or "
                                 "unlock a keychain (on Linux: GNOME Keyring or KWallet with Secret Service), or keep "
                                 "this key in memory for this session only.")


def locked() -> str:
    return translate("Keychain", "the keychain is locked: unlock it (log in to your desktop again, or open your "
                                 "keychain app, e.g. Passwords and Keys, and unlock the Login keyring), then start Deck "
                                 "again")


class Keychain(Protocol):
    """Where secrets are kept: the system's keychain (or a test's stand-in). keyring's backends
    are keychains as they are."""

    def get_password(self, service: str, username: str) -> Optional[str]: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class KeychainFailed(Exception):
    """A keychain refused or failed (keyring's backends raise keyring's own, read as these)."""


class KeychainLocked(KeychainFailed):
    """The keychain is locked and stayed so."""


class NoSuchSecret(KeychainFailed):
    """There was nothing to delete."""


class NoKeychain:
    """No keychain can be used here: nothing is read back and nothing can be kept."""

    def get_password(self, service: str, username: str) -> Optional[str]:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeychainFailed("no keychain")

    def delete_password(self, service: str, username: str) -> None:
        raise NoSuchSecret(username)


KEYRING_ERRORS = {KeychainFailed: "KeyringError", KeychainLocked: "KeyringLocked", NoSuchSecret: "PasswordDeleteError"}


def _errors(kind: type[KeychainFailed]) -> tuple[type[Exception], ...]:
    """``kind``, and keyring's error of that kind when a keyring backend is in use."""
    keyring_errors = sys.modules.get("keyring.errors")
    return (kind, getattr(keyring_errors, KEYRING_ERRORS[kind])) if keyring_errors else (kind,)


# Each system's keychain, named. On Linux it is Deck's own, on jeepney alone: keyring itself is
# not even imported there (its backend machinery and the packages it pulls in cost about 3 MiB),
# and its discovery (every installed package's metadata read) is never run anywhere.
SYSTEM_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "linux": "deck.core.secret_service.SecretServiceKeyring",
}
_chosen: Optional[Keychain] = None
_FAILED = object()  # a keychain read that failed (not "no such entry")


def use(backend: Optional[Keychain]) -> None:
    """Keep secrets in ``backend`` from now on (tests); None chooses again as at start."""
    global _chosen
    _chosen = backend


def keychain() -> Keychain:
    """The keychain in use: the keyring backend the user named (``PYTHON_KEYRING_BACKEND``, not
    in the packaged app), else the system's own, chosen once by name."""
    global _chosen
    if _chosen is None:
        if os.environ.get("PYTHON_KEYRING_BACKEND") and not getattr(sys, "frozen", False):
            import keyring

            _chosen = cast(Keychain, keyring.get_keyring())
        else:
            _chosen = _system_backend()
    return _chosen


def _system_backend() -> Keychain:
    import importlib

    path = SYSTEM_BACKENDS.get(sys.platform)
    if not path:
        return NoKeychain()
    module, _, name = path.rpartition(".")
    backend = getattr(importlib.import_module(module), name)
    try:
        _ = backend.priority  # raises when the keychain cannot be used here (e.g. no D-Bus session)
    except Exception as exc:
        log.info("keychain %s unavailable: %s", path, exc)
        return NoKeychain()
    return cast(Keychain, backend())


def _name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


# The system keychains Deck keeps secrets in. Anything else (a file, plain, base64 or behind a
# password Deck would have to hold, under whatever name) is refused as no keychain at all is.
SYSTEM_KEYCHAINS = frozenset({
    "deck.core.secret_service.SecretServiceKeyring", "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring", "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4", "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})
NO_KEYCHAIN = frozenset({"deck.core.credentials.NoKeychain", "keyring.backends.fail.Keyring"})


def _refused(backend: object) -> Optional[str]:
    name = _name(backend)
    if name == "keyring.backends.chainer.ChainerBackend":  # keyring's pick when the user names a chain
        chain = list(getattr(backend, "backends", ()))
        return _refused(chain[0]) if chain else "no keychain backend"
    if name in SYSTEM_KEYCHAINS or getattr(backend, "system_keychain", False):  # a test's stand-in says so itself
        return None
    return translate("Keychain", "{name} is not a system keychain (it may keep secrets in a file)").format(name=name)


def keychain_status() -> tuple[str, Optional[str]]:
    """(backend name, why it cannot be used or None)."""
    backend = keychain()
    name = _name(backend)
    if name in NO_KEYCHAIN:
        return name, translate("Keychain", "no usable system keychain (secrets can only be kept in memory)")
    refused = _refused(backend)
    if refused:
        return name, translate("Keychain", "{why} (secrets can only be kept in memory)").format(why=refused)
    try:
        is_locked = bool(getattr(backend, "locked", lambda: False)())
    except Exception as exc:  # the keychain went away meanwhile
        return name, translate("Keychain", "the keychain cannot be reached ({why})").format(why=type(exc).__name__)
    return name, locked() if is_locked else None


PUBLIC = ("client_id",)  # kept with the secrets, but public (RFC 6749, section 2.2): shown, never masked


def _mask(kind: str, value: Optional[str]) -> None:
    if kind not in PUBLIC:
        remember(value)


def _user(provider: str, kind: str, account: str) -> str:
    return f"{provider}:{account}:{kind}"


class Credentials:
    """Secrets by provider and kind. Values read from the keychain are kept for the session,
    so a request does not cost a keychain round trip; every change goes through here."""

    def __init__(self, memory_only: bool = False):
        self._memory: dict[str, str] = {}
        self._cache: dict[str, Optional[str]] = {}
        self.memory_only = memory_only
        # why the keychain could not be read this session (locked, refused, gone): asked once, not per secret
        self.problem: Optional[str] = None

    def get(self, provider: str, kind: str = "token", account: str = "default") -> Optional[str]:
        env = os.environ.get(env_name(provider, kind))
        if env:
            _mask(kind, env)
            return env
        user = _user(provider, kind, account)
        value = self._memory.get(user)
        if value is None and not self.memory_only:
            if user in self._cache:
                value = self._cache[user]
            else:
                read = self._read(user)
                value = None if read is _FAILED else read
                if read is not _FAILED:
                    self._cache[user] = value  # a read that failed is tried again next time
        _mask(kind, value)
        return value

    def forget(self, provider: str, kind: str = "token", account: str = "default") -> None:
        """Read it from the keychain again next time (another process may have changed it)."""
        self._cache.pop(_user(provider, kind, account), None)

    def set(
        self, provider: str, value: str, kind: str = "token", account: str = "default", *, memory: bool = False
    ) -> None:
        """Store in the keychain, or (``memory=True``) only in memory for this session."""
        _mask(kind, value)
        user = _user(provider, kind, account)
        self._cache.pop(user, None)
        if memory or self.memory_only:
            self._memory[user] = value
            return
        if not self.keychain_available():
            raise CredentialsUnavailable(no_keychain())
        try:
            keychain().set_password(SERVICE, user, value)
        except _errors(KeychainLocked):
            raise CredentialsUnavailable(sentence(locked())) from None
        except _errors(KeychainFailed):
            raise CredentialsUnavailable(no_keychain()) from None
        self.problem = None  # it answered: whatever kept it shut is over
        self._memory.pop(user, None)

    def delete(self, provider: str, kind: str = "token", account: str = "default") -> None:
        user = _user(provider, kind, account)
        self._memory.pop(user, None)
        self._cache.pop(user, None)
        if self.memory_only or not self.keychain_available():  # nothing of Deck's can be in a keychain that is not there
            return
        try:
            keychain().delete_password(SERVICE, user)
        except _errors(NoSuchSecret):
            pass
        except _errors(KeychainFailed):
            raise CredentialsUnavailable(no_keychain()) from None

    def keychain_available(self) -> bool:
        """A keychain to keep secrets in: one that is locked counts (writing asks to unlock it)."""
        return keychain_status()[1] in (None, locked())

    def _read(self, user: str) -> Any:
        if _refused(keychain()):
            return None  # never read secrets back from a file backend either
        if self.problem:
            return _FAILED  # refused once this session: not asked again for every secret
        try:
            return keychain().get_password(SERVICE, user)
        except _errors(KeychainLocked):
            self.problem = locked()
        except Exception as exc:  # a refusal, or a broken backend (D-Bus gone): neither may stop Deck
            self.problem = translate("Keychain", "the keychain could not be read ({why})").format(why=type(exc).__name__)
        log.warning("keychain: %s", self.problem)
        return _FAILED
