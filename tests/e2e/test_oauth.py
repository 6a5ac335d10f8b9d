"""OAuth 2 end to end over loopback, against the sandbox's authorization server: consent in
the browser -> the loopback listener -> tokens in the keychain -> a call -> expiry -> refresh
-> the rotated token saved -> a revoked refresh token -> "sign in again", and what can go
wrong on the way (a wrong state, a replayed code, no answer, two sign-ins at once)."""
from __future__ import annotations

import asyncio
import json
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import CredentialsMissing, SignInAgain
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from deck.net.oauth import SignInFailed, TokenSet
from deck.sandbox import Sandbox
from deck.sandbox.oauth import consent_in_browser
from tests.support.oauth_provider import Streamy

STREAMY, OTHER = Streamy(), Streamy("chatty")


@pytest.fixture
def oauth_sandbox():
    with Sandbox(providers=(STREAMY, OTHER)) as sandbox:
        yield sandbox


@pytest.fixture
async def world(oauth_sandbox, memory_keyring):
    credentials = Credentials()
    oauth_sandbox.give_credentials(credentials)
    services = Services(Settings(), credentials, base_urls=oauth_sandbox.base_urls(), providers=(STREAMY, OTHER))
    yield services, oauth_sandbox, memory_keyring
    await close_shared_client()


def stored(keychain, name="streamy"):
    text = keychain.store.get(("deck", f"{name}:default:oauth"))
    return TokenSet.load(text) if text else None


def grants(server):
    return [form.get("grant_type") for endpoint, form in server.log if endpoint == "token"]


class Browser:
    """The user's browser: loads the authorize page and follows the redirect to Deck, and
    remembers where it was sent."""

    def __init__(self, before=None):
        self.redirects: list[str] = []
        self.before = before  # something to do at the listener first (an attacker's request)
        self.answers: list[int] = []

    def __call__(self, url: str) -> None:
        asyncio.ensure_future(self.visit(url))

    async def visit(self, url: str) -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            answer = await http.get(url)
            location = answer.headers["Location"]
            self.redirects.append(location)
            if self.before:
                self.answers.append((await http.get(self.before(location))).status_code)
            self.answers.append((await http.get(location)).status_code)


async def test_sign_in_call_refresh_rotate_and_sign_in_again(world):
    services, sandbox, keychain = world
    server, session, registry = sandbox.oauth["streamy"], services.oauth["streamy"], services.registry
    assert not services.configured("streamy")
    with pytest.raises(CredentialsMissing, match="Not signed in to Streamy"):
        await registry.invoke("streamy.send", {"content": "hi"})
    assert registry.health["streamy"][0] == "signed out"

    browser = Browser()
    tokens = await session.sign_in(browser)
    query = parse_qs(urlsplit(browser.redirects[0]).query)
    assert "code" in query and browser.answers == [200]
    assert stored(keychain).access_token == tokens.access_token and tokens.scope == "chat:write"
    assert services.configured("streamy")
    authorize = next(f for e, f in server.log if e == "token")
    assert authorize["grant_type"] == "authorization_code" and authorize["redirect_uri"].startswith("http://localhost:")

    assert await registry.invoke("streamy.send", {"content": "hello"}) == {"sent": True}
    assert sandbox.streamy.sent == ["hello"]

    # the service says the token expired: one refresh, one retry, the rotated token saved
    first_refresh = tokens.refresh_token
    server.expire_access_tokens()
    assert await registry.invoke("streamy.send", {"content": "after expiry"}) == {"sent": True}
    rotated = stored(keychain)
    assert rotated.refresh_token != first_refresh and rotated.access_token != tokens.access_token
    assert [s for _, _, s in sandbox.streamy.received][-2:] == [401, 200]
    async with httpx.AsyncClient() as http:  # the old refresh token was spent
        replay = await http.post(session.url("/oauth/token"), data={
            "grant_type": "refresh_token", "refresh_token": first_refresh,
            "client_id": services.credentials.get("streamy", "client_id"),
            "client_secret": services.credentials.get("streamy", "client_secret")})
        assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"

    # ahead of expiry Deck refreshes before it sends: no 401 on the wire
    session.clock = lambda: time.time() + 3590
    await registry.invoke("streamy.send", {"content": "ahead"})
    assert grants(server)[-1] == "refresh_token" and sandbox.streamy.received[-1][2] == 200
    session.clock = time.time

    # the refresh token is revoked: "sign in again", nothing left in the keychain
    server.revoke_refresh_tokens()
    server.expire_access_tokens()
    with pytest.raises(SignInAgain, match="Streamy needs you to sign in again"):
        await registry.invoke("streamy.send", {"content": "lost"})
    assert registry.health["streamy"][0] == "sign in again"
    assert stored(keychain) is None and not services.configured("streamy")
    assert "lost" not in sandbox.streamy.sent


async def test_a_refresh_happens_once_for_many_calls_at_once(world):
    services, sandbox, _ = world
    server, session = sandbox.oauth["streamy"], services.oauth["streamy"]
    await session.sign_in(consent_in_browser)
    server.expire_access_tokens()
    results = await asyncio.gather(*(services.registry.invoke("streamy.send", {"content": f"m{i}"}) for i in range(5)))
    assert all(r == {"sent": True} for r in results)
    assert grants(server).count("refresh_token") == 1  # a single-use refresh token is never spent twice


async def test_a_wrong_state_is_refused_and_the_real_redirect_still_works(world):
    services, sandbox, _ = world
    session = services.oauth["streamy"]

    def forged(location: str) -> str:
        parts = urlsplit(location)
        return f"{parts.scheme}://{parts.netloc}{parts.path}?code=forged&state=not-the-one"

    browser = Browser(before=forged)
    await session.sign_in(browser)
    assert browser.answers == [400, 200]
    assert "forged" not in json.dumps(sandbox.oauth["streamy"].log)  # the forged code was never exchanged


async def test_a_code_works_once_and_the_listener_is_gone_after(world):
    services, sandbox, _ = world
    session = services.oauth["streamy"]
    browser = Browser()
    await session.sign_in(browser)
    location = browser.redirects[0]
    code = parse_qs(urlsplit(location).query)["code"][0]
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(location)  # single use: the listener closed once the code arrived
        replay = await http.post(session.url("/oauth/token"), data={
            "grant_type": "authorization_code", "code": code, "redirect_uri": location.split("?")[0],
            "client_id": services.credentials.get("streamy", "client_id"),
            "client_secret": services.credentials.get("streamy", "client_secret")})
    assert replay.status_code == 400 and "already used" in replay.json()["error_description"]


async def test_no_answer_from_the_browser_times_out_and_closes_the_listener(world):
    services, _, _ = world
    session = services.oauth["streamy"]
    opened = []
    with pytest.raises(SignInFailed, match="No answer from the browser within 0.2 s"):  # in words, not "0.00333 minutes"
        await session.sign_in(opened.append, timeout=0.2)
    redirect = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(redirect)
    assert not session.waiting() and not services.configured("streamy")


async def test_two_sign_ins_at_once(world):
    services, sandbox, keychain = world
    both = await asyncio.gather(services.oauth["streamy"].sign_in(consent_in_browser),
                                services.oauth["chatty"].sign_in(consent_in_browser))
    assert stored(keychain).access_token == both[0].access_token
    assert stored(keychain, "chatty").access_token == both[1].access_token
    # the same service twice: the newer sign-in replaces the one still waiting for the browser
    session = services.oauth["streamy"]
    waiting = asyncio.ensure_future(session.sign_in(lambda url: None))
    while not session.waiting():
        await asyncio.sleep(0.01)
    newer = await session.sign_in(consent_in_browser)
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert stored(keychain).access_token == newer.access_token


async def test_declined_consent_and_missing_app_are_explained(world):
    services, sandbox, _ = world
    session = services.oauth["streamy"]
    sandbox.oauth["streamy"].consent = "deny"
    with pytest.raises(SignInFailed, match="Streamy did not sign you in: The user declined"):
        await session.sign_in(consent_in_browser)
    services.credentials.delete("streamy", "client_secret")
    with pytest.raises(SignInFailed, match="client secret under File → Accounts"):
        await session.sign_in(consent_in_browser)


async def test_a_damaged_or_missing_token_entry_means_sign_in_again(world):
    services, sandbox, keychain = world
    services.credentials.set("streamy", "{not json", "oauth")
    assert not services.configured("streamy")
    with pytest.raises(SignInAgain, match="could not be read"):
        await services.registry.invoke("streamy.me", {})
    assert services.state("streamy")["problem"].startswith("Streamy needs you to sign in again")
    services.credentials.set("streamy", json.dumps({"access_token": ""}), "oauth")
    with pytest.raises(SignInAgain):
        await services.registry.invoke("streamy.me", {})
    assert sandbox.streamy.received == []  # nothing was sent


@pytest.mark.parametrize("strict", [False, True])
async def test_sign_out_revokes_and_forgets(world, strict):
    """Revocation and introspection as the service documents them; where a server follows RFC
    7009 and 7662 (``strict``) and refuses them without the app's authentication, Deck asks
    again in the standard form, and the grant really ends either way."""
    services, sandbox, keychain = world
    server, session = sandbox.oauth["streamy"], services.oauth["streamy"]
    server.strict = strict
    tokens = await session.sign_in(consent_in_browser)
    info = await session.introspect()
    assert info["active"] is True and info["scope"] == "chat:write"
    said = await session.sign_out()
    assert "revoked" in said and stored(keychain) is None
    assert not server.valid(tokens.access_token) and tokens.refresh_token not in server.refresh
    if strict:
        assert [e for e, _ in server.log if e.startswith("revoke")] == ["revoke refused", "revoke"] * 2
    else:
        assert [f["hint"] for e, f in server.log if e == "revoke"] == ["refresh_token", "access_token"]


async def test_a_token_from_the_environment_is_used_as_is(world, monkeypatch):
    services, sandbox, _ = world
    monkeypatch.setenv("DECK_STREAMY_TOKEN", "fixed-token-123")
    assert services.configured("streamy")
    with pytest.raises(Exception, match="401"):  # not one the server issued: its answer is shown
        await services.registry.invoke("streamy.me", {})
    assert services.registry.health["streamy"][0] == "key rejected"


async def test_the_demo_signs_in_to_every_oauth_service(world):
    from types import SimpleNamespace

    from deck.app import demo_sign_in

    services, sandbox, keychain = world
    checked = []
    await demo_sign_in(SimpleNamespace(services=services, check_connections=lambda: checked.append(True)), sandbox)
    assert services.configured("streamy") and services.configured("chatty") and checked


async def test_twenty_calls_answered_401_make_one_refresh(world):
    """Calls that carried the old token and were refused after the refresh had finished use
    the new token: the single-use refresh token is spent once."""
    services, sandbox, _ = world
    server, session = sandbox.oauth["streamy"], services.oauth["streamy"]
    await session.sign_in(consent_in_browser)
    sandbox.streamy.latency = 0.3
    server.expire_access_tokens()
    send = services.registry.invoke
    first = [asyncio.ensure_future(send("streamy.send", {"content": f"a{i}"})) for i in range(10)]
    await asyncio.sleep(0.1)  # not a wait for anything: the second ten leave later, with the same old token,
    second = [asyncio.ensure_future(send("streamy.send", {"content": f"b{i}"})) for i in range(10)]
    results = await asyncio.gather(*first, *second)  # so their 401s come back after the refresh is done
    assert all(r == {"sent": True} for r in results)
    assert grants(server).count("refresh_token") == 1


async def test_when_the_refresh_is_refused_every_caller_hears_sign_in_again(world):
    services, sandbox, _ = world
    server, session, registry = sandbox.oauth["streamy"], services.oauth["streamy"], services.registry
    await session.sign_in(consent_in_browser)
    sandbox.streamy.latency = 0.3
    server.revoke_refresh_tokens()
    server.expire_access_tokens()
    first = [asyncio.ensure_future(registry.invoke("streamy.send", {"content": f"a{i}"})) for i in range(10)]
    await asyncio.sleep(0.1)  # the second ten leave later, and hear their 401 after the refresh was refused
    second = [asyncio.ensure_future(registry.invoke("streamy.send", {"content": f"b{i}"})) for i in range(10)]
    results = await asyncio.gather(*first, *second, return_exceptions=True)
    assert all(isinstance(r, SignInAgain) for r in results), {type(r).__name__ for r in results}
    assert "The refresh token is invalid or was revoked (invalid_grant)" in str(results[0])
    assert registry.health["streamy"][0] == "sign in again"


def test_short_lived_tokens_are_used_for_half_their_life():
    tokens = TokenSet("at", "rt", expires_at=1060.0, issued_at=1000.0)
    assert not tokens.due(1000.0) and not tokens.due(1029.0) and tokens.due(1030.0)
    hour = TokenSet("at", "rt", expires_at=4600.0, issued_at=1000.0)
    assert not hour.due(4239.0) and hour.due(4240.0)  # a tenth of an hour ahead


BROWSER_SCRIPT = """
import os, sys, time, httpx
open(sys.argv[1], "w").write(str(os.getpid()))
answer = httpx.get(sys.argv[2])
httpx.get(answer.headers["Location"])
time.sleep(60)  # a browser that stays open: the sign-in must not wait for it
"""


@pytest.fixture
def login(oauth_sandbox, monkeypatch, tmp_path):
    """``deck login streamy`` in this process, with a browser command that consents and then
    stays open; the browser's process is ended afterwards."""
    from deck.__main__ import main

    monkeypatch.setattr("deck.providers.catalogue.providers", lambda: (STREAMY,))
    client = oauth_sandbox.oauth["streamy"].register("http://localhost/callback")
    for kind, value in {"url": oauth_sandbox.urls["streamy"], "id_url": oauth_sandbox.urls["streamy-id"],
                        "client_id": client.id, "client_secret": client.secret}.items():
        monkeypatch.setenv(f"DECK_STREAMY_{kind.upper()}", value)
    script = tmp_path / "browser.py"
    script.write_text(BROWSER_SCRIPT)
    pid_file = tmp_path / "browser.pid"
    import sys

    monkeypatch.setenv("BROWSER", f"{sys.executable} {script} {pid_file} %s")
    import webbrowser

    monkeypatch.setattr(webbrowser, "_tryorder", None)  # read BROWSER again
    yield main, client
    import os
    import signal

    if pid_file.exists():
        os.kill(int(pid_file.read_text()), signal.SIGKILL)


def test_deck_login_does_not_wait_for_the_browser_and_shows_a_usable_link(login, capsys, memory_keyring):
    main, client = login
    assert main(["login", "streamy", "--timeout", "20"]) == 0
    captured = capsys.readouterr()
    assert "Signed in to Streamy" in captured.out
    assert f"client_id={client.id}" in captured.err and client.secret not in captured.err  # the id is public
    assert stored(memory_keyring) is not None


def test_deck_login_without_a_keychain_refuses_and_ends_the_grant(login, oauth_sandbox, capsys):
    from deck.core import credentials

    credentials.use(credentials.NoKeychain())
    main, _ = login
    assert main(["login", "streamy", "--timeout", "20"]) == 4
    err = capsys.readouterr().err
    assert "no system keychain" in err and "revoked" in err and "Signed in" not in capsys.readouterr().out
    server = oauth_sandbox.oauth["streamy"]
    assert server.access == {} and server.refresh == {}  # nothing left alive
