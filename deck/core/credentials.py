"""Secrets live only in the OS keychain (service ``deck``, user ``<provider>:<account>:<kind>``).

Without a usable keychain, :meth:`Credentials.set` raises :class:`CredentialsUnavailable`
with a clear message; the user may then choose to keep secrets in memory for this session.
There is never a plaintext fallback.
"""
from __future__ import annotations

import logging
import os
from typing import Optional

from .errors import CredentialsUnavailable
from .redact import remember

log = logging.getLogger(__name__)
SERVICE = "deck"
NO_KEYCHAIN = (
    "No system keychain is available, so Deck cannot store secrets safely. "
    "Install or unlock a keychain (on Linux: GNOME Keyring or KWallet with Secret Service), "
    "or keep this key in memory for this session only."
)


def _user(provider: str, kind: str, account: str) -> str:
    return f"{provider}:{account}:{kind}"


class Credentials:
    def __init__(self, memory_only: bool = False):
        self._memory: dict[str, str] = {}
        self.memory_only = memory_only

    def get(self, provider: str, kind: str = "token", account: str = "default") -> Optional[str]:
        env = os.environ.get(f"DECK_{provider.upper()}_{kind.upper()}")
        if env:
            remember(env)
            return env
        user = _user(provider, kind, account)
        value = self._memory.get(user)
        if value is None and not self.memory_only:
            value = self._keyring_get(user)
        remember(value)
        return value

    def set(
        self, provider: str, value: str, kind: str = "token", account: str = "default", *, memory: bool = False
    ) -> None:
        """Store in the keychain, or (``memory=True``) only in memory for this session."""
        remember(value)
        user = _user(provider, kind, account)
        if memory or self.memory_only:
            self._memory[user] = value
            return
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, user, value)
        except KeyringError:
            raise CredentialsUnavailable(NO_KEYCHAIN) from None
        self._memory.pop(user, None)

    def delete(self, provider: str, kind: str = "token", account: str = "default") -> None:
        user = _user(provider, kind, account)
        self._memory.pop(user, None)
        if self.memory_only:
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, user)
        except PasswordDeleteError:
            pass
        except KeyringError:
            raise CredentialsUnavailable(NO_KEYCHAIN) from None

    def keychain_available(self) -> bool:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)

    def _keyring_get(self, user: str) -> Optional[str]:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, user)
        except KeyringError as exc:
            log.warning("keychain unavailable: %s", type(exc).__name__)
            return None
