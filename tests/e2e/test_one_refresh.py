"""The app and ``deck run`` from a terminal (or a hardware deck's key) share one sign-in in the
keychain. Against an OAuth server that rotates single-use refresh tokens and ends the whole
sign-in when a spent one is presented again (as OAuth 2.1 asks of servers), both stay signed in:
a refresh is done under a lock all Deck processes share, after reading the keychain again, so
the refresh token one process rotated is used by the other, never replayed. A real keychain
(GNOME Keyring over Secret Service, its own D-Bus session) is shared by the two processes."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.settings import Settings
from deck.net.oauth import TOKENS, TokenSet
from tests.unit.test_secret_service import NEEDS, gnome_keyring, have_keyring  # noqa: F401 (the fixture)

READ = "kick.users"  # a read with the user's own token


def command(sandbox) -> subprocess.CompletedProcess[str]:
    """``deck run`` in a process of its own, against the same sandbox and keychain."""
    env = {**os.environ, "DECK_KICK_URL": sandbox.urls["kick"], "DECK_KICK_ID_URL": sandbox.urls["kick-id"]}
    return subprocess.run([sys.executable, "-m", "deck", "run", READ], env=env, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.skipif(not have_keyring, reason=NEEDS)
def test_the_app_and_a_command_never_spend_one_refresh_token_twice(gnome_keyring, sandbox):  # noqa: F811
    server = sandbox.oauth["kick"]
    server.revoke_on_reuse = True
    client = server.register("http://localhost/callback")
    keychain = Credentials()
    keychain.set("kick", client.id, "client_id")
    keychain.set("kick", client.secret, "client_secret")
    signed_in = TokenSet.from_answer(server._issue(client.id, "user:read channel:read"), time.time())
    signed_in.expires_at = time.time() - 1  # due: whoever calls next refreshes
    keychain.set("kick", signed_in.dump(), TOKENS)

    app = Services(Settings(), Credentials(), base_urls={"kick": sandbox.urls["kick"], "kick-id": sandbox.urls["kick-id"]})
    assert app.oauth["kick"].tokens().refresh_token == signed_in.refresh_token  # the app has read the sign-in

    first = command(sandbox)  # a key on a hardware deck: it refreshes and rotates the refresh token
    assert first.returncode == 0, first.stderr
    assert [e for e, _ in server.log].count("token") == 1

    async def app_call():
        from deck.net.http import close_shared_client

        try:
            return await app.registry.invoke(READ, {}, source="ui")
        finally:
            await close_shared_client()
    asyncio.run(app_call())  # the app still remembers the spent refresh token: it must not send it
    assert ("reuse", {}) not in server.log
    again = command(sandbox)
    assert again.returncode == 0, again.stderr
    assert app.oauth["kick"].signed_in() and ("reuse", {}) not in server.log
