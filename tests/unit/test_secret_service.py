"""The Linux keychain backend against a real GNOME Keyring in a private D-Bus session."""
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from deck.core.secret_service import SecretServiceKeyring

SCRIPT = textwrap.dedent("""
    from deck.core.secret_service import SecretServiceKeyring
    from keyring.errors import PasswordDeleteError
    k = SecretServiceKeyring()
    assert SecretServiceKeyring.priority == 5
    assert k.get_password("deck-test", "missxss:default:token") is None
    k.set_password("deck-test", "missxss:default:token", "s\\u00ebcret key")
    assert k.get_password("deck-test", "missxss:default:token") == "s\\u00ebcret key"
    k.set_password("deck-test", "missxss:default:token", "replaced")
    assert k.get_password("deck-test", "missxss:default:token") == "replaced"
    k.delete_password("deck-test", "missxss:default:token")
    assert k.get_password("deck-test", "missxss:default:token") is None
    try:
        k.delete_password("deck-test", "missxss:default:token")
    except PasswordDeleteError:
        print("round trip ok")
""")


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                    reason="needs dbus-run-session and gnome-keyring-daemon (apt: dbus gnome-keyring)")
def test_round_trip_through_gnome_keyring():
    unlock = "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", f'{unlock} && "{sys.executable}" -c "$DECK_SCRIPT"'],
                            env={**os.environ, "DECK_SCRIPT": SCRIPT}, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "round trip ok" in result.stdout


def test_without_a_session_bus_it_says_why(monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/deck-bus")
    with pytest.raises(RuntimeError, match="no D-Bus session"):
        _ = SecretServiceKeyring.priority
