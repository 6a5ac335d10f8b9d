"""The Linux keychain (freedesktop Secret Service: GNOME Keyring, KWallet) over D-Bus.

A keychain on ``jeepney`` alone: the packaged app does not carry the 14 MB ``cryptography``
wheel that ``secretstorage`` needs, and keyring is not imported at all. Secrets cross the
session bus in the "plain" transfer: that bus is a private socket of the user's own session.
Items carry Deck's own label and schema (``Deck: <provider>:<account>:<kind>``, schema SCHEMA),
so a user finds them in their keychain app; Deck finds them by service and user name, so items
an older Deck stored through keyring's own backend are found too.
"""
from __future__ import annotations

from contextlib import closing
from typing import Any, Optional

from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from .credentials import KeychainFailed, KeychainLocked, NoSuchSecret

BUS = "org.freedesktop.secrets"
SERVICE = DBusAddress("/org/freedesktop/secrets", bus_name=BUS, interface="org.freedesktop.Secret.Service")
PROMPT_TIMEOUT = 120  # seconds the user has to answer an unlock prompt
SCHEMA = "org.deck.Secret"  # the xdg:schema of Deck's items


def _address(path: str, interface: str) -> DBusAddress:
    return DBusAddress(path, bus_name=BUS, interface=f"org.freedesktop.Secret.{interface}")


class _ClassProperty:
    def __init__(self, read: Any) -> None:
        self.read = read

    def __get__(self, instance: object, owner: type) -> Any:
        return self.read(owner)


class SecretServiceKeyring:
    """Secret Service keychain (jeepney)"""

    @_ClassProperty
    def priority(cls) -> float:  # as keyring's backends say it: raises when this keychain cannot be used here
        try:
            with closing(open_dbus_connection("SESSION")) as conn:
                dbus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                                   interface="org.freedesktop.DBus")
                (names,) = conn.send_and_get_reply(new_method_call(dbus, "ListActivatableNames")).body
                (owner,) = conn.send_and_get_reply(new_method_call(dbus, "NameHasOwner", "s", (BUS,))).body
        except Exception as exc:
            raise RuntimeError(f"no D-Bus session ({exc})") from None
        if not owner and BUS not in names:
            raise RuntimeError("no Secret Service (GNOME Keyring or KWallet) is running")
        return 5

    def get_password(self, service: str, username: str) -> Optional[str]:
        with closing(open_dbus_connection("SESSION")) as conn:
            items = self._search(conn, service, username)
            if not items:
                return None
            session = self._session(conn)
            (secrets,) = self._call(conn, SERVICE, "GetSecrets", "aoo", items[:1], session)
            return bytes(secrets[items[0]][2]).decode("utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        with closing(open_dbus_connection("SESSION")) as conn:
            (collection,) = self._call(conn, SERVICE, "ReadAlias", "s", "default")
            if collection == "/":
                raise KeychainFailed("the keychain has no default collection")
            self._unlock(conn, [collection])
            session = self._session(conn)
            props = {
                "org.freedesktop.Secret.Item.Label": ("s", f"Deck: {username}"),
                "org.freedesktop.Secret.Item.Attributes": ("a{ss}", self._attributes(service, username)),
            }
            secret = (session, b"", password.encode("utf-8"), "text/plain")
            item, prompt = self._call(conn, _address(collection, "Collection"), "CreateItem", "a{sv}(oayays)b",
                                      props, secret, True)
            if prompt != "/" and self._prompt(conn, prompt):
                raise KeychainFailed("saving was cancelled in the keychain prompt")

    def delete_password(self, service: str, username: str) -> None:
        with closing(open_dbus_connection("SESSION")) as conn:
            items = self._search(conn, service, username)
            if not items:
                raise NoSuchSecret("no such secret")
            for item in items:
                (prompt,) = self._call(conn, _address(item, "Item"), "Delete")
                if prompt != "/" and self._prompt(conn, prompt):
                    raise NoSuchSecret("deleting was cancelled in the keychain prompt")  # (Deck forgets it anyway)

    def locked(self) -> bool:
        """Whether the default collection is locked (asks nothing of the user)."""
        with closing(open_dbus_connection("SESSION")) as conn:
            (collection,) = self._call(conn, SERVICE, "ReadAlias", "s", "default")
            if collection == "/":
                return False
            properties = DBusAddress(collection, bus_name=BUS, interface="org.freedesktop.DBus.Properties")
            ((_, value),) = self._call(conn, properties, "Get", "ss", "org.freedesktop.Secret.Collection", "Locked")
            return bool(value)

    @staticmethod
    def _attributes(service: str, username: str) -> dict[str, str]:
        return {"xdg:schema": SCHEMA, "service": service, "username": username, "application": "Deck"}

    def _search(self, conn: DBusConnection, service: str, username: str) -> list[str]:
        unlocked, locked = self._call(conn, SERVICE, "SearchItems", "a{ss}",
                                      {"service": service, "username": username})
        if locked:
            self._unlock(conn, locked)
        return list(unlocked) + list(locked)

    def _session(self, conn: DBusConnection) -> str:
        _, path = self._call(conn, SERVICE, "OpenSession", "sv", "plain", ("s", ""))
        return str(path)

    def _unlock(self, conn: DBusConnection, paths: list[str]) -> None:
        _, prompt = self._call(conn, SERVICE, "Unlock", "ao", paths)
        if prompt != "/" and self._prompt(conn, prompt):
            raise KeychainLocked("the keychain stayed locked")

    def _prompt(self, conn: DBusConnection, path: str) -> bool:
        """Show the keychain's own prompt; True when the user dismissed it."""
        rule = MatchRule(type=MessageType.signal, path=path, interface="org.freedesktop.Secret.Prompt",
                         member="Completed")
        dbus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
        conn.send_and_get_reply(new_method_call(dbus, "AddMatch", "s", (rule.serialise(),)))
        with conn.filter(rule) as signals:
            self._call(conn, _address(path, "Prompt"), "Prompt", "s", "")
            dismissed, _ = conn.recv_until_filtered(signals, timeout=PROMPT_TIMEOUT).body
        return bool(dismissed)

    @staticmethod
    def _call(conn: DBusConnection, address: DBusAddress, method: str, signature: Optional[str] = None,
              *body: object) -> Any:
        reply = conn.send_and_get_reply(new_method_call(address, method, signature, body))
        if reply.header.message_type == MessageType.error:
            raise KeychainFailed(f"Secret Service {method}: {reply.body[0] if reply.body else reply.header.fields}")
        return reply.body


__all__ = ["SecretServiceKeyring"]
