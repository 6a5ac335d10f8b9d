import logging

import keyring
import pytest
from keyring.backends import fail

from deck.core import logs
from deck.core.credentials import Credentials
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
    keyring.set_keyring(fail.Keyring())
    creds = Credentials()
    with pytest.raises(CredentialsUnavailable, match="No system keychain"):
        creds.set("missxss", "key-abc-123")
    assert creds.get("missxss") is None
    creds.set("missxss", "key-abc-123", memory=True)  # the user chose memory-only
    assert creds.get("missxss") == "key-abc-123"
    assert not creds.keychain_available()
    for path in tmp_path.rglob("*"):
        assert path.is_dir() or b"key-abc-123" not in path.read_bytes()


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
