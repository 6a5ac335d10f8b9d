import logging
import subprocess
import sys

import pytest

from deck.core import credentials, logs
from deck.core.credentials import Credentials, NoKeychain
from deck.core.errors import CredentialsUnavailable
from deck.core.redact import MASK, redact, redact_params


def test_keychain_round_trip(memory_keyring):
    creds = Credentials()
    creds.set("missxss", "key-abc-123")
    assert memory_keyring.store[("deck", "missxss:default:token")] == "key-abc-123"
    assert Credentials().get("missxss") == "key-abc-123"
    creds.delete("missxss")
    assert creds.get("missxss") is None


def test_no_keychain_is_a_clear_error_never_plaintext(tmp_path, deck_home):
    credentials.use(NoKeychain())
    creds = Credentials()
    with pytest.raises(CredentialsUnavailable, match="No system keychain"):
        creds.set("missxss", "key-abc-123")
    assert creds.get("missxss") is None
    creds.set("missxss", "key-abc-123", memory=True)  # the user chose memory-only
    assert creds.get("missxss") == "key-abc-123"
    assert not creds.keychain_available()
    for path in tmp_path.rglob("*"):
        assert path.is_dir() or b"key-abc-123" not in path.read_bytes()


def test_a_keyring_backend_the_user_names_is_used_and_its_errors_read_as_decks(monkeypatch):
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    credentials.use(None)  # chosen again, as at start
    name, problem = credentials.keychain_status()
    assert name == "keyring.backends.fail.Keyring" and "no usable system keychain" in (problem or "")

    class Locked(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        system_keychain = True

        def get_password(self, service, username):
            raise KeyringLocked("locked")

        def set_password(self, service, username, password):
            raise KeyringLocked("locked")

        def delete_password(self, service, username):
            raise KeyringLocked("locked")

    credentials.use(Locked())
    creds = Credentials()
    assert creds.get("missxss") is None and creds.problem == credentials.locked()
    with pytest.raises(CredentialsUnavailable, match="The keychain is locked"):
        creds.set("missxss", "key-abc-123")


@pytest.mark.skipif(sys.platform != "linux", reason="Deck's own keychain is the Linux one")
def test_the_linux_keychain_does_not_load_keyring():
    """keyring's backend machinery and what it pulls in cost about 3 MiB of a running app."""
    code = ("import sys; from deck.core.credentials import Credentials, keychain_status; keychain_status(); "
            "Credentials().get('missxss'); print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('keyring', 'jaraco', 'more_itertools', 'importlib_metadata')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/deck-bus"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_environment_overrides(monkeypatch):
    monkeypatch.setenv("DECK_MISSXSS_TOKEN", "from-env-999")
    assert Credentials().get("missxss") == "from-env-999"


def test_secrets_are_redacted_everywhere(tmp_path):
    Credentials(memory_only=True).set("missxss", "s3cr3t-value-xyz")
    assert redact("calling with s3cr3t-value-xyz now") == f"calling with {MASK} now"
    assert redact("Authorization: Bearer abc.def") == f"Authorization: Bearer {MASK}"
    assert redact("?authkey=zzz&x=1") == f"?authkey={MASK}&x=1"
    assert redact_params({"token": "t", "message": "hi s3cr3t-value-xyz", "n": 1}) == {
        "token": MASK, "message": f"hi {MASK}", "n": 1}
    path = logs.setup(tmp_path)
    log = logging.getLogger("deck.test")
    log.warning("key is %s", "s3cr3t-value-xyz")
    try:
        raise RuntimeError("boom Bearer s3cr3t-value-xyz")
    except RuntimeError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "s3cr3t-value-xyz" not in text and MASK in text
