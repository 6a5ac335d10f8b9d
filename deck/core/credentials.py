"""Secrets live only in the OS keychain (service ``deck``, user ``<provider>:<account>:<kind>``).

Without a usable keychain, :meth:`Credentials.set` raises :class:`CredentialsUnavailable`
with a clear message; the user may then choose to keep secrets in memory for this session.
There is never a plaintext fallback.
"""
from __future__ import annotations

import logging
import os
import sys
from typing import Any, Optional, cast

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


# Each system's keychain, named: keyring's discovery reads every installed package's metadata
# (about 8 MiB and 90 ms), and the packaged app cannot discover backends at all.
SYSTEM_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "linux": "deck.core.secret_service.SecretServiceKeyring",
}
_configured = False
_FAILED = object()  # a keychain read that failed (not "no such entry")


def keyring_module() -> Any:
    """``keyring``, with the system's keychain chosen by name: always in the packaged app,
    elsewhere unless a backend was chosen already (a test's) or the user named one
    (``PYTHON_KEYRING_BACKEND``)."""
    global _configured
    import keyring
    import keyring.core

    if not _configured:
        _configured = True
        chosen = getattr(keyring.core, "_keyring_backend", None) is not None or \
            bool(os.environ.get("PYTHON_KEYRING_BACKEND"))
        if getattr(sys, "frozen", False) or not chosen:  # the packaged app: always its system's
            keyring.set_keyring(_system_backend())
    return keyring


def _system_backend() -> Any:
    import importlib

    from keyring.backends import fail

    path = SYSTEM_BACKENDS.get(sys.platform)
    if not path:
        return cast(Any, fail.Keyring)()
    module, _, name = path.rpartition(".")
    backend = getattr(importlib.import_module(module), name)
    try:
        _ = backend.priority  # raises when the keychain cannot be used here (e.g. no D-Bus session)
    except Exception as exc:
        log.info("keychain %s unavailable: %s", path, exc)
        return cast(Any, fail.Keyring)()
    return backend()


# The system keychains Deck keeps secrets in. Anything else (a file, plain, base64 or behind a
# password Deck would have to hold, under whatever name) is refused as no keychain at all is.
SYSTEM_KEYCHAINS = frozenset({
    "deck.core.secret_service.SecretServiceKeyring", "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring", "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4", "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})


def _refused(backend: object) -> Optional[str]:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        chain = list(backend.backends)
        return _refused(chain[0]) if chain else "no keychain backend"
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name in SYSTEM_KEYCHAINS or getattr(backend, "system_keychain", False):  # a test's stand-in says so itself
        return None
    return translate("Keychain", "{name} is not a system keychain (it may keep secrets in a file)").format(name=name)


def keychain_status() -> tuple[str, Optional[str]]:
    """(backend name, why it cannot be used or None)."""
    from keyring.backends import fail

    backend = keyring_module().get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
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
                read = self._keyring_get(user)
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
        from keyring.errors import KeyringError, KeyringLocked

        if not self.keychain_available():
            raise CredentialsUnavailable(no_keychain())
        try:
            keyring_module().set_password(SERVICE, user, value)
        except KeyringLocked:
            raise CredentialsUnavailable(sentence(locked())) from None
        except KeyringError:
            raise CredentialsUnavailable(no_keychain()) from None
        self.problem = None  # it answered: whatever kept it shut is over
        self._memory.pop(user, None)

    def delete(self, provider: str, kind: str = "token", account: str = "default") -> None:
        user = _user(provider, kind, account)
        self._memory.pop(user, None)
        self._cache.pop(user, None)
        if self.memory_only or not self.keychain_available():  # nothing of Deck's can be in a keychain that is not there
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring_module().delete_password(SERVICE, user)
        except PasswordDeleteError:
            pass
        except KeyringError:
            raise CredentialsUnavailable(no_keychain()) from None

    def keychain_available(self) -> bool:
        """A keychain to keep secrets in: one that is locked counts (writing asks to unlock it)."""
        return keychain_status()[1] in (None, locked())

    def _keyring_get(self, user: str) -> Any:
        if _refused(keyring_module().get_keyring()):
            return None  # never read secrets back from a file backend either
        if self.problem:
            return _FAILED  # refused once this session: not asked again for every secret
        from keyring.errors import KeyringLocked

        try:
            return keyring_module().get_password(SERVICE, user)
        except KeyringLocked:
            self.problem = locked()
        except Exception as exc:  # a refusal, or a broken backend (D-Bus gone): neither may stop Deck
            self.problem = translate("Keychain", "the keychain could not be read ({why})").format(why=type(exc).__name__)
        log.warning("keychain: %s", self.problem)
        return _FAILED
