"""OAuth 2 for a desktop app (RFC 6749, RFC 7636 PKCE S256, RFC 8252 loopback redirect).

Sign-in opens the system browser on the service's authorize page; a one-shot listener on
127.0.0.1 receives the redirect (path and ``state`` checked, a time limit, closed as soon
as the code arrives), and the code is exchanged for tokens. The token set (access token,
refresh token, expiry, scopes) is one keychain entry, so a rotated refresh token replaces
the old one in a single write. Access tokens are refreshed ahead of expiry, one refresh at a
time; a 401 gets one refresh and one retry; a refresh the service refuses means "sign in
again". Sign-out revokes where the service can, then forgets the tokens.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable, Optional
from urllib.parse import parse_qs, quote_plus, urlencode, urlsplit

import httpx

from deck.core.credentials import Credentials
from deck.core.errors import (
    CredentialsMissing,
    CredentialsUnavailable,
    DeckError,
    KeychainUnreadable,
    ServiceError,
    SignInAgain,
    Unreachable,
)
from deck.core.redact import remember
from deck.core.jsontext import loads
from deck.core.locks import shared_lock
from deck.core.names import env_name
from deck.core.words import QT_TRANSLATE_NOOP, duration, translate

from .auth import OAuth2
from .http import AnswerTooLarge, bounded, describe_transport_error, error_text, shared_client

log = logging.getLogger(__name__)
TOKENS = "oauth"  # keychain kind of the token set
SIGN_IN_SECONDS = 300.0  # how long the listener waits for the browser
REQUEST_LIMIT = 16 * 1024  # a redirect request larger than this is refused


class SignInFailed(DeckError):
    exit_code = 4


@dataclass
class TokenSet:
    access_token: str
    refresh_token: str = ""
    expires_at: float = 0.0  # epoch seconds; 0: unknown
    issued_at: float = 0.0
    scope: str = ""
    token_type: str = "Bearer"

    @classmethod
    def from_answer(cls, data: object, now: float, previous: Optional["TokenSet"] = None) -> "TokenSet":
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str) or not data["access_token"]:
            raise ValueError("no access_token in the answer")
        expires_in = data.get("expires_in")
        lifetime = float(expires_in) if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool) else 0
        refresh = data.get("refresh_token")
        scope = data.get("scope")
        if isinstance(scope, list):
            scope = " ".join(map(str, scope))
        return cls(
            access_token=data["access_token"],
            # a service that does not rotate keeps the refresh token it gave before
            refresh_token=refresh if isinstance(refresh, str) and refresh else (previous.refresh_token if previous else ""),
            expires_at=now + lifetime if lifetime > 0 else 0.0,
            issued_at=now,
            scope=scope if isinstance(scope, str) else (previous.scope if previous else ""),
            token_type=str(data.get("token_type") or "Bearer"),
        )

    @classmethod
    def load(cls, text: str) -> "TokenSet":
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        tokens = cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
        if not isinstance(tokens.access_token, str) or not tokens.access_token:
            raise ValueError("no access token")
        if not isinstance(tokens.expires_at, (int, float)) or not isinstance(tokens.refresh_token, str):
            raise ValueError("damaged fields")
        return tokens

    def dump(self) -> str:
        return json.dumps(asdict(self))

    def due(self, now: float) -> bool:
        """Time to refresh: within a tenth of the lifetime of expiry (at least a minute, at
        most a day ahead), and never before half the lifetime has passed, so a token that
        lives a minute or less is still used for half of it."""
        if not self.expires_at:
            return False
        lifetime = self.expires_at - self.issued_at
        ahead = min(max(lifetime * 0.1, 60.0), lifetime * 0.5, 86_400.0)
        return now >= self.expires_at - ahead


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge)."""
    verifier = secrets.token_urlsafe(64)[:96]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


_PAGE = ("<!doctype html><meta charset=utf-8><title>Deck</title><body style='font:16px sans-serif;"
         "margin:4em auto;max-width:32em'><h2>{title}</h2><p>{text}</p></body>")


class LoopbackListener:
    """A one-shot HTTP listener on 127.0.0.1 for the authorize redirect."""

    def __init__(self, path: str, state: str, port: int = 0, title: str = ""):
        self.path, self.state, self.port, self.title = path, state, port, title
        self._server: Optional[asyncio.Server] = None
        self._result: asyncio.Future[dict[str, str]] = asyncio.get_running_loop().create_future()
        self.refused = 0  # requests answered with an error (wrong path or state)

    async def start(self) -> int:
        try:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        except OSError as exc:
            raise SignInFailed(translate("Errors", "Deck could not listen on 127.0.0.1:{port} for the sign-in ({why}). "
                                                   "Close whatever uses that port, or pick another in Accounts.").format(
                port=self.port, why=exc.strerror)) from None
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def wait(self, timeout: float) -> dict[str, str]:
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), timeout)
        finally:
            await self.close()

    async def close(self) -> None:
        if self._server is not None:
            server, self._server = self._server, None
            server.close()
            try:
                await asyncio.wait_for(server.wait_closed(), 2)
            except asyncio.TimeoutError:
                pass

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            status, title, text = self._answer(head)
        except (asyncio.TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()
            return
        page = _PAGE.format(title=title, text=text).encode()
        writer.write(f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(page)}\r\n"
                     "Cache-Control: no-store\r\nConnection: close\r\n\r\n".encode() + page)
        try:
            await writer.drain()
        except ConnectionError:
            pass
        writer.close()

    def _answer(self, head: bytes) -> tuple[str, str, str]:
        if len(head) > REQUEST_LIMIT:
            self.refused += 1
            return ("431 Request Header Fields Too Large", translate("SignIn", "Sign-in failed"),
                    translate("SignIn", "The request was too large."))
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != "GET":
            self.refused += 1
            return "405 Method Not Allowed", translate("SignIn", "Not here"), translate("SignIn", _ONLY_REDIRECT)
        target = urlsplit(parts[1])
        query = {k: v[0] for k, v in parse_qs(target.query).items()}
        if target.path != self.path:
            self.refused += 1
            return "404 Not Found", translate("SignIn", "Not here"), translate("SignIn", _ONLY_REDIRECT)
        if not secrets.compare_digest(query.get("state", ""), self.state) or self._result.done():
            self.refused += 1
            log.warning("sign-in redirect with a wrong or reused state refused")
            return ("400 Bad Request", translate("SignIn", "This sign-in link is not Deck's current one"),
                    translate("SignIn", "Start the sign-in again from Deck."))
        self._result.set_result(query)
        if "error" in query:
            return "200 OK", translate("SignIn", "Sign-in cancelled"), translate("SignIn", _CLOSE_TAB)
        signed_in = (translate("SignIn", "Signed in to {service}").format(service=self.title) if self.title
                     else translate("SignIn", "Signed in"))
        return "200 OK", signed_in, translate("SignIn", _CLOSE_TAB)


_ONLY_REDIRECT = QT_TRANSLATE_NOOP("SignIn", "Deck only waits for the sign-in redirect.")
_CLOSE_TAB = QT_TRANSLATE_NOOP("SignIn", "You can close this tab and go back to Deck.")


def oauth_error(response: httpx.Response) -> str:
    """An OAuth error in the server's words: its ``error_description`` with the ``error`` code
    (RFC 6749, section 5.2), else whatever the body says."""
    try:
        body = loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        described = body.get("error_description")
        if isinstance(described, str) and described.strip():
            return f"{described.strip()} ({body['error']})"
    return error_text(response)


class OAuthSession:
    """Tokens of one provider: sign in, keep fresh, sign out."""

    def __init__(self, auth: OAuth2, provider: str, title: str, credentials: Credentials,
                 root: Callable[[], str], clock: Callable[[], float] = time.time):
        self.auth, self.provider, self.title = auth, provider, title
        self.credentials = credentials
        self._root = root  # the OAuth host (resolved late: settings and environment can change)
        self.clock = clock
        self._refreshing: Optional[asyncio.Task[TokenSet]] = None
        self._waiting: Optional[tuple[asyncio.Task[Any], LoopbackListener]] = None
        self._app: Optional[TokenSet] = None  # the app's own token, in memory only
        self._lost = ""  # why the service refused the last refresh (the sign-in is gone), until a new one
        self.in_memory = False  # the sign-in is kept only in this process's memory (no keychain)

    # ---- state
    def url(self, path: str) -> str:
        return self._root().rstrip("/") + path

    def fixed_token(self) -> Optional[str]:
        """An access token given outright (``DECK_<PROVIDER>_TOKEN``): used as is, never refreshed."""
        return self.credentials.get(self.provider, "token")

    def tokens(self) -> Optional[TokenSet]:
        """The saved token set; a damaged entry means "sign in again"."""
        text = self.credentials.get(self.provider, TOKENS)
        if not text:
            return None
        try:
            tokens = TokenSet.load(text)
        except (ValueError, TypeError):
            raise SignInAgain(self.title, translate("Errors", "the saved sign-in could not be read")) from None
        remember(tokens.access_token)
        remember(tokens.refresh_token)
        return tokens

    def signed_in(self) -> bool:
        if self.fixed_token():
            return True
        try:
            return self.tokens() is not None
        except SignInAgain:
            return False

    def redirect_uri(self, port: int) -> str:
        return f"http://{self.auth.redirect_host}:{port}{self.auth.redirect_path}"

    def registered_redirect(self) -> str:
        """The redirect URI the user registers with their app (with ``<port>`` when any port works)."""
        return self.redirect_uri(self.auth.redirect_port) if self.auth.redirect_port else \
            f"http://{self.auth.redirect_host}{self.auth.redirect_path} (any port)"

    def _client(self) -> tuple[str, Optional[str]]:
        client_id = self.credentials.get(self.provider, "client_id")
        secret = self.credentials.get(self.provider, "client_secret") if self.auth.client_secret else None
        if not client_id or (self.auth.client_secret and not secret):
            text = (translate("Errors", "Enter your {service} app's client ID under File → Accounts first.") if not client_id
                    else translate("Errors", "Enter your {service} app's client secret under File → Accounts first."))
            raise SignInFailed(text.format(service=self.title))
        return client_id, secret

    def _save(self, tokens: TokenSet) -> None:
        self._lost = ""
        remember(tokens.access_token)
        remember(tokens.refresh_token)
        try:
            self.credentials.set(self.provider, tokens.dump(), TOKENS)
        except CredentialsUnavailable:
            # a rotated refresh token must not be lost: keep it for this session at least
            log.warning("no keychain: %s sign-in kept in memory for this session", self.title)
            self.credentials.set(self.provider, tokens.dump(), TOKENS, memory=True)
            self.in_memory = True
        else:
            self.in_memory = False

    # ---- sign in
    async def sign_in(self, open_url: Callable[[str], Any], scopes: Optional[tuple[str, ...]] = None,
                      timeout: float = SIGN_IN_SECONDS, port: Optional[int] = None) -> TokenSet:
        """The whole browser round trip. A second sign-in replaces one still waiting."""
        if self._waiting is not None:
            task, listener = self._waiting
            task.cancel()
            await listener.close()
        current = asyncio.current_task()
        assert current is not None
        client_id, secret = self._client()
        state = secrets.token_urlsafe(24)
        listener = LoopbackListener(self.auth.redirect_path, state, self.auth.redirect_port if port is None else port,
                                    self.title)
        redirect = self.redirect_uri(await listener.start())
        self._waiting = (current, listener)
        query: dict[str, str] = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect,
                                 "state": state}
        chosen = scopes if scopes is not None else self.auth.default_scopes
        if chosen:
            query["scope"] = " ".join(chosen)
        verifier = ""
        if self.auth.pkce:
            verifier, challenge = pkce_pair()
            query.update(code_challenge=challenge, code_challenge_method="S256")
        try:
            open_url(self.url(self.auth.authorize_path) + "?" + urlencode(query))
            try:
                answer = await listener.wait(timeout)
            except asyncio.TimeoutError:
                raise SignInFailed(translate("Errors", "No answer from the browser within {time}; the sign-in to "
                                                       "{service} was stopped. Try again.").format(
                    time=duration(timeout), service=self.title)) from None
        except asyncio.CancelledError:
            await listener.close()
            raise
        finally:
            if self._waiting is not None and self._waiting[1] is listener:
                self._waiting = None
        if "error" in answer:
            reason = answer.get("error_description") or answer["error"]
            raise SignInFailed(translate("Errors", "{service} did not sign you in: {reason}.").format(
                service=self.title, reason=reason))
        if not answer.get("code"):
            raise SignInFailed(translate("Errors", "{service} sent no authorization code.").format(service=self.title))
        form = {"grant_type": "authorization_code", "code": answer["code"], "redirect_uri": redirect,
                "client_id": client_id}
        if secret:
            form["client_secret"] = secret
        if verifier:
            form["code_verifier"] = verifier
        tokens = await self._token_request(form, None)
        self._save(tokens)
        log.info("signed in to %s (scopes: %s)", self.title, tokens.scope or "-")
        return tokens

    def waiting(self) -> bool:
        return self._waiting is not None

    # ---- tokens
    async def access_token(self) -> str:
        fixed = self.fixed_token()
        if fixed:
            return fixed
        tokens = self.tokens()
        if tokens is None:
            raise self._signed_out()
        if tokens.due(self.clock()):
            if tokens.refresh_token:
                tokens = await self.refresh()
            elif tokens.expires_at and self.clock() >= tokens.expires_at:
                raise SignInAgain(self.title, translate("Errors", "the sign-in has expired"))
        return tokens.access_token

    def _signed_out(self) -> DeckError:
        if self.credentials.problem:  # the sign-in may be there, behind a locked keychain
            return KeychainUnreadable(self.title, self.credentials.problem)
        return CredentialsMissing(self.title, "", env_name(self.provider, "token"), oauth=True)

    async def refresh(self) -> TokenSet:
        """One refresh at a time: callers that arrive meanwhile share its result, so a
        single-use refresh token is never spent twice."""
        if self._refreshing is None or self._refreshing.done():
            self._refreshing = asyncio.ensure_future(self._refresh())
        return await asyncio.shield(self._refreshing)

    async def _refresh(self) -> TokenSet:
        """Under the lock every Deck process shares, and with the sign-in read again from the
        keychain first: a refresh token another process (the app, ``deck run``) rotated meanwhile
        is used, never the spent one this process still remembers (a server that sees a spent
        one presented again may end the sign-in for both)."""
        async with shared_lock(f"sign-in-{self.provider}", f"refreshing the {self.title} sign-in"):
            held = self.tokens()
            self.credentials.forget(self.provider, TOKENS)
            tokens = self.tokens()
            if tokens is not None and held is not None and tokens.refresh_token != held.refresh_token \
                    and not tokens.due(self.clock()):
                log.info("%s sign-in was refreshed by another Deck process", self.title)
                return tokens
            return await self._refresh_with(tokens)

    async def _refresh_with(self, tokens: Optional[TokenSet]) -> TokenSet:
        if tokens is None or not tokens.refresh_token:
            raise SignInAgain(self.title, translate("Errors", "there is no refresh token"))
        client_id, secret = self._client()
        form = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token, "client_id": client_id}
        if secret:
            form["client_secret"] = secret
        if self.auth.refresh_redirect_uri:
            form["redirect_uri"] = self.redirect_uri(self.auth.redirect_port)
        try:
            fresh = await self._token_request(form, tokens)
        except ServiceError as exc:
            if exc.status in (400, 401):  # the refresh token was revoked, expired or already used
                self.credentials.delete(self.provider, TOKENS)
                self._lost = exc.message
                raise SignInAgain(self.title, exc.message) from None
            raise
        self._save(fresh)  # the new refresh token is stored before the old one is forgotten
        log.info("%s access token refreshed", self.title)
        return fresh

    async def refresh_after_rejection(self, sent: str = "") -> bool:
        """The service answered 401 to a request that carried the access token ``sent``:
        True when a retry is worth it. A token newer than ``sent`` is already there (another
        caller refreshed meanwhile): retry with it, no second refresh. When the service refused
        the refresh meanwhile, every caller hears "sign in again"."""
        if self.fixed_token():
            return False
        try:
            tokens = self.tokens()
        except SignInAgain:
            return False
        if tokens is None:
            if self._lost:
                raise SignInAgain(self.title, self._lost)
            return False
        if sent and tokens.access_token != sent:
            return True
        if not tokens.refresh_token:
            return False
        await self.refresh()
        return True

    async def _token_request(self, form: dict[str, str], previous: Optional[TokenSet]) -> TokenSet:
        data = await self._post(self.auth.token_path, form)
        try:
            return TokenSet.from_answer(data, self.clock(), previous)
        except ValueError as exc:
            raise ServiceError(self.title, translate("Errors", "unexpected token answer: {problem}").format(
                problem=exc)) from None

    async def _post(self, path: str, form: Optional[dict[str, str]] = None, *, params: Optional[dict[str, str]] = None,
                    headers: Optional[dict[str, str]] = None, extra: Optional[dict[str, str]] = None) -> object:
        if extra:
            form = {**(form or {}), **extra}
        try:
            response = await bounded(shared_client(), "POST", self.url(path), limit=64 * 1024, data=form,
                                     params=params, headers=headers)
        except AnswerTooLarge as exc:
            raise ServiceError(self.title, str(exc)) from None
        except httpx.TransportError as exc:
            raise Unreachable(self.title, describe_transport_error(exc), self.url(path)) from None
        if response.status_code >= 400:
            raise ServiceError(self.title, oauth_error(response), response.status_code)
        try:
            return loads(response.content)
        except ValueError:
            return response.text

    # ---- the app's own token (client credentials): public reads before anyone signs in
    async def app_token(self) -> str:
        """An app access token (no user, no scopes), kept in memory until it is due."""
        current = self._app
        if current is None or current.due(self.clock()):
            client_id, secret = self._client()
            form = {"grant_type": "client_credentials", "client_id": client_id}
            if secret:
                form["client_secret"] = secret
            current = self._app = await self._token_request(form, None)
            remember(current.access_token)
        return current.access_token

    def can_use_app(self) -> bool:
        return bool(self.credentials.get(self.provider, "client_id")) and (
            not self.auth.client_secret or bool(self.credentials.get(self.provider, "client_secret")))

    def _client_auth(self) -> dict[str, Any]:
        """How the app authenticates to a standard endpoint (RFC 6749, section 2.3.1): HTTP
        Basic with its id and secret, or its id in the form when it has no secret."""
        client_id, secret = self._client()
        if secret:
            pair = f"{quote_plus(client_id)}:{quote_plus(secret)}".encode()
            encoded = base64.b64encode(pair).decode()
            remember(encoded)
            return {"headers": {"Authorization": f"Basic {encoded}"}}
        return {"extra": {"client_id": client_id}}

    async def _revoke(self, token: str, hint: str) -> None:
        """Revoke one token as the service documents it; where the service refuses that form,
        as RFC 7009 writes it (the token in the form, the app authenticated)."""
        try:
            if self.auth.revoke_hint:  # the token and its kind in the query string (Kick)
                await self._post(self.auth.revoke_path, params={"token": token, self.auth.revoke_hint: hint})
            else:
                await self._post(self.auth.revoke_path, {"token": token})
        except ServiceError as exc:
            if exc.status not in (400, 401):
                raise
            await self._post(self.auth.revoke_path, {"token": token, "token_type_hint": hint}, **self._client_auth())

    # ---- introspection, sign out
    async def introspect(self) -> dict[str, Any]:
        """What the service says of the current token (RFC 7662: active, scope, exp…)."""
        if not self.auth.introspect_path:
            tokens = self.tokens()
            return {"active": tokens is not None, "scope": tokens.scope if tokens else "",
                    "exp": tokens.expires_at if tokens else 0}
        token = await self.access_token()
        try:
            data = await self._post(self.auth.introspect_path, headers={"Authorization": f"Bearer {token}"})
        except ServiceError as exc:
            if exc.status not in (400, 401):
                raise
            # RFC 7662 as standard servers take it: the token in the form, the app authenticated
            data = await self._post(self.auth.introspect_path, {"token": token, "token_type_hint": "access_token"},
                                    **self._client_auth())
        if isinstance(data, dict) and isinstance(data.get("data"), dict):
            data = data["data"]
        return data if isinstance(data, dict) else {"active": False}

    async def sign_out(self) -> str:
        """Revoke (where the service can) and forget. Returns what happened, in words."""
        try:
            tokens = self.tokens()
        except SignInAgain:
            tokens = None
        said = "Signed out."
        if tokens and self.auth.revoke_path:
            try:
                for token, hint in ((tokens.refresh_token, "refresh_token"), (tokens.access_token, "access_token")):
                    if not token:
                        continue
                    await self._revoke(token, hint)
                said = f"Signed out; {self.title} revoked Deck's access."
            except DeckError as exc:
                said = f"Signed out here, but {self.title} could not revoke the access ({exc}). " \
                       f"Remove Deck from your {self.title} account's connected apps."
        self.credentials.delete(self.provider, TOKENS)
        return said
