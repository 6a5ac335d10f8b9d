"""Secrets stay secret in everything Deck shows or prints, not only in logs; a file "keyring"
is not a keychain; a key bound for a plain http:// address elsewhere is warned about."""
from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend

from deck.core import credentials as keychains
from deck.core.credentials import Credentials, keychain_status
from deck.core.errors import CredentialsUnavailable, ServiceError

from .test_cli import deck


def echo(key: str, status: int = 400):
    return lambda op: (status, {"status": f"bad key: Bearer {key} (authkey={key})"} if status >= 400
                       else {"status": True, "echo": f"you sent {key}"}, {})


def sb_env(sandbox):
    return {"DECK_SCOTTYBOT_URL": sandbox.scottybot_url, "DECK_SCOTTYBOT_AUTHKEY": sandbox.scottybot.authkey}


def test_an_echoed_key_is_masked_on_the_command_line(sandbox):
    key = sandbox.scottybot.authkey
    sandbox.scottybot.intercept = echo(key)
    out = deck("run", "scottybot.get-badwords", env=sb_env(sandbox))
    assert out.returncode == 3 and "bad key" in out.stderr and key not in out.stderr
    sandbox.scottybot.intercept = echo(key, 200)
    for args in ([], ["--json"]):
        out = deck("run", "scottybot.start-auction", "--set", "item=Key", "--set", "startingbid=1", *args,
                   env=sb_env(sandbox))
        assert out.returncode == 0 and "you sent" in out.stdout and key not in out.stdout


async def test_an_echoed_key_is_masked_in_errors_and_activity(registry, sandbox):
    key = sandbox.scottybot.authkey
    seen = []
    registry.invocation_changed.connect(lambda inv: seen.append(f"{inv.error} {inv.result}"))
    sandbox.scottybot.intercept = echo(key)
    with pytest.raises(ServiceError) as err:
        await registry.invoke("scottybot.get-settings", {})
    assert "bad key" in str(err.value) and key not in str(err.value) and key not in err.value.message
    assert key not in " ".join(seen)


def test_a_file_keyring_is_not_a_keychain():
    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("a secret was written to a file")

        def delete_password(self, service, username):
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keychains.use(PlaintextKeyring())
    name, problem = keychain_status()
    assert name == "keyrings.alt.file.PlaintextKeyring" and "not a system keychain" in problem
    credentials = Credentials()
    with pytest.raises(CredentialsUnavailable, match="No system keychain"):
        credentials.set("missxss", "secret-key-1")
    credentials.set("missxss", "secret-key-1", memory=True)  # only when the user agrees, for this session
    assert credentials.get("missxss") == "secret-key-1"


def test_a_file_keyring_under_any_other_name_is_not_a_keychain():
    class VaultOfMine(KeyringBackend):  # keeps secrets in a file, under a name that says nothing of it
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            return "read back from a file"

        def set_password(self, service, username, password):
            raise AssertionError("a secret was written to a file")

        def delete_password(self, service, username):
            pass

    VaultOfMine.__module__ = "my_keyrings.vault"
    keychains.use(VaultOfMine())
    assert "not a system keychain" in (keychain_status()[1] or "")
    credentials = Credentials()
    with pytest.raises(CredentialsUnavailable):
        credentials.set("missxss", "secret-key-1")
    assert credentials.get("missxss") is None  # never read back from it either


def test_a_key_for_a_plain_http_address_elsewhere_is_warned_about(sandbox, services):
    assert services.insecure("missxss", "http://192.168.1.20:8080") is not None
    assert services.insecure("missxss", "https://api.missxss.com.tr") is None
    assert services.insecure("missxss", "http://127.0.0.1:8080") is None and services.insecure("scottybot") is None
    out = deck("run", "missxss.title", "--set", "title=x",
               env={"DECK_MISSXSS_URL": "http://deck-test.invalid", "DECK_MISSXSS_TOKEN": "k" * 12})
    assert out.returncode == 5 and "warning: MissXss is at a plain http:// address on deck-test.invalid" in out.stderr
