"""The Linux keychain against a real GNOME Keyring: its own D-Bus session and daemon, in a
throwaway HOME (the user's own login keyring is never touched). Deck's items carry Deck's
label and schema; a locked keychain is asked once per session and said to be locked."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
from contextlib import closing

import pytest
from jeepney import DBusAddress
from jeepney.io.blocking import open_dbus_connection

from deck.core import credentials as keychains
from deck.core import secret_service
from deck.core.credentials import Credentials, NoSuchSecret, keychain_status, locked
from deck.core.errors import CredentialsUnavailable, KeychainUnreadable
from deck.core.secret_service import BUS, SCHEMA, SERVICE, SecretServiceKeyring

NEEDS = "needs dbus-daemon and gnome-keyring-daemon (apt: dbus gnome-keyring)"
have_keyring = bool(shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon"))


@pytest.fixture
def gnome_keyring(tmp_path, monkeypatch):
    """A session bus and an unlocked GNOME Keyring of this test's own, as the session's keychain."""
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CONFIG_HOME": str(home / ".config")}
    env.pop("DISPLAY", None)  # no prompter can show: a prompt is answered "dismissed" at once
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                         capture_output=True, text=True, env=env, timeout=30, check=True)
    address, pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input="throwaway-pw",
                       capture_output=True, text=True, env=env, timeout=30, check=True)
        for name in ("DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME"):
            monkeypatch.setenv(name, env[name])
        monkeypatch.delenv("DISPLAY", raising=False)
        backend = SecretServiceKeyring()
        keychains.use(backend)
        yield backend
    finally:
        os.kill(int(pid), signal.SIGTERM)  # the bus; the keyring daemon leaves with it
        if shutil.which("pkill"):  # and in case it lingers
            subprocess.run(["pkill", "-f", f"gnome-keyring-daemon.*{home}"], capture_output=True)


def lock(backend: SecretServiceKeyring) -> None:
    with closing(open_dbus_connection("SESSION")) as conn:
        (collection,) = backend._call(conn, SERVICE, "ReadAlias", "s", "default")
        backend._call(conn, SERVICE, "Lock", "ao", [collection])


def attributes_of(backend: SecretServiceKeyring, username: str) -> tuple[str, dict[str, str]]:
    with closing(open_dbus_connection("SESSION")) as conn:
        unlocked, _ = backend._call(conn, SERVICE, "SearchItems", "a{ss}", {"username": username})
        props = DBusAddress(unlocked[0], bus_name=BUS, interface="org.freedesktop.DBus.Properties")
        (_, label), = backend._call(conn, props, "Get", "ss", "org.freedesktop.Secret.Item", "Label")
        (_, attributes), = backend._call(conn, props, "Get", "ss", "org.freedesktop.Secret.Item", "Attributes")
        return label, attributes


@pytest.mark.skipif(not have_keyring, reason=NEEDS)
def test_round_trip_with_decks_own_label_and_schema(gnome_keyring):
    k = gnome_keyring
    assert SecretServiceKeyring.priority == 5
    assert k.get_password("deck", "missxss:default:token") is None
    k.set_password("deck", "missxss:default:token", "s\u00ebcret key")
    assert k.get_password("deck", "missxss:default:token") == "s\u00ebcret key"
    k.set_password("deck", "missxss:default:token", "replaced")
    assert k.get_password("deck", "missxss:default:token") == "replaced"
    label, attributes = attributes_of(k, "missxss:default:token")
    assert label == "Deck: missxss:default:token"
    assert attributes["xdg:schema"] == SCHEMA and attributes["application"] == "Deck"
    k.delete_password("deck", "missxss:default:token")
    assert k.get_password("deck", "missxss:default:token") is None
    with pytest.raises(NoSuchSecret):
        k.delete_password("deck", "missxss:default:token")


@pytest.mark.skipif(not have_keyring, reason=NEEDS)
def test_a_locked_keychain_is_asked_once_and_said_to_be_locked(gnome_keyring, monkeypatch):
    from deck.actions.services import Services
    from deck.core.settings import Settings

    credentials = Credentials()
    credentials.set("missxss", "a-real-key")
    credentials.set("kick", "app-id", "client_id")
    assert keychain_status()[1] is None
    lock(gnome_keyring)
    assert keychain_status()[1] == locked()  # the self-test says so too, without a prompt

    asked = []
    unlock = secret_service.SecretServiceKeyring._unlock
    monkeypatch.setattr(secret_service.SecretServiceKeyring, "_unlock",
                        lambda self, conn, paths: (asked.append(paths), unlock(self, conn, paths))[1])
    fresh = Credentials()  # a new session: nothing read yet
    services = Services(Settings(), fresh)
    states = [services.state(name) for name in services.providers]
    assert len(asked) == 1  # one prompt for the whole session, not one per secret
    assert all(s.get("problem") == locked() for s in states)
    with pytest.raises(KeychainUnreadable, match="keychain is locked"):
        raise services.missing("missxss")  # type: ignore[misc]
    with pytest.raises(CredentialsUnavailable, match="The keychain is locked"):  # saving asks to unlock, once more
        fresh.set("missxss", "another-key")


def test_without_a_session_bus_it_says_why(monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/deck-bus")
    with pytest.raises(RuntimeError, match="no D-Bus session"):
        _ = SecretServiceKeyring.priority
