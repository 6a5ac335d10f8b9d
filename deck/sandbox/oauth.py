"""A generic OAuth 2 authorization server for the sandbox (RFC 6749, 7636, 7009, 7662).

Clients are registered with an id, a secret and redirect URIs (a loopback URI accepts any
port, RFC 8252 §7.3). ``/authorize`` consents at once (or refuses, with ``consent="deny"``)
and redirects with a single-use code bound to the client, the redirect URI and the PKCE
challenge; ``/token`` exchanges it (checking the verifier and the secret), refreshes with
rotation (a refresh token works once) and issues client-credentials tokens; ``/revoke``
and ``/introspect`` do what they say. Knobs make tokens expire or refresh tokens die, so
tests can prove what Deck does then.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import unquote_plus, urlencode, urlsplit

from aiohttp import web

LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


@dataclass
class Client:
    id: str
    secret: str
    redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...] = ()


@dataclass
class Grant:
    client: str
    scope: str
    redirect_uri: str = ""
    challenge: str = ""
    expires: float = 0.0
    kind: str = "user"  # user or app
    refresh: str = ""  # for an access token: the refresh token it came with
    family: str = ""  # the sign-in every token rotated from it belongs to


@dataclass
class OAuthServer:
    authorize_path: str = "/oauth/authorize"
    token_path: str = "/oauth/token"
    revoke_path: str = "/oauth/revoke"
    introspect_path: str = "/oauth/token/introspect"
    lifetime: float = 3600.0  # seconds an access token lives
    require_pkce: bool = True
    consent: str = "allow"  # or "deny": the user refuses on the authorize page
    strict: bool = False  # as standard servers: revoke and introspect only for an authenticated client (RFC 7009, 7662)
    # as servers that rotate refresh tokens should (RFC 6819 5.2.2.3, OAuth 2.1 4.3.1): a spent refresh token
    # presented again revokes the whole sign-in, for whoever holds its newer tokens too
    revoke_on_reuse: bool = False
    spent: dict[str, str] = field(default_factory=dict)  # refresh token used once -> its sign-in
    clients: dict[str, Client] = field(default_factory=dict)
    codes: dict[str, Grant] = field(default_factory=dict)
    access: dict[str, Grant] = field(default_factory=dict)
    refresh: dict[str, Grant] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (endpoint, form without secrets)

    def register(self, redirect_uri: str, scopes: tuple[str, ...] = ()) -> Client:
        client = Client("client-" + secrets.token_hex(6), "secret-" + secrets.token_urlsafe(18), (redirect_uri,), scopes)
        self.clients[client.id] = client
        return client

    # ---- what the provider sandboxes ask
    def valid(self, token: str, scope: str = "") -> bool:
        grant = self.access.get(token)
        if grant is None or grant.expires <= time.time():
            return False
        return not scope or scope in grant.scope.split()

    # ---- knobs
    def expire_access_tokens(self) -> None:
        for grant in self.access.values():
            grant.expires = 0.0

    def revoke_refresh_tokens(self) -> None:
        self.refresh.clear()

    def revoke_family(self, family: str) -> None:
        for tokens in (self.access, self.refresh):
            for token in [t for t, g in tokens.items() if g.family == family]:
                del tokens[token]

    # ---- endpoints
    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get(self.authorize_path, self.authorize)
        app.router.add_post(self.token_path, self.token)
        app.router.add_post(self.revoke_path, self.revoke)
        app.router.add_post(self.introspect_path, self.introspect)
        return app

    def _redirect_ok(self, client: Client, uri: str) -> bool:
        if uri in client.redirect_uris:
            return True
        given = urlsplit(uri)
        for registered in map(urlsplit, client.redirect_uris):  # loopback: any port (RFC 8252 §7.3)
            if given.scheme == "http" and registered.hostname in LOOPBACK and given.hostname == registered.hostname \
                    and given.path == registered.path and not registered.port:
                return True
        return False

    async def authorize(self, request: web.Request) -> web.Response:
        q = request.query
        client = self.clients.get(q.get("client_id", ""))
        redirect = q.get("redirect_uri", "")
        if client is None or not self._redirect_ok(client, redirect):
            return web.json_response({"error": "Invalid request"}, status=400)  # never redirect to an unknown URI
        back = {"state": q.get("state", "")}
        scope = q.get("scope", "")
        unknown = [s for s in scope.split() if client.scopes and s not in client.scopes]
        if q.get("response_type") != "code":
            back["error"] = "unsupported_response_type"
        elif unknown:
            back.update(error="invalid_scope", error_description=f"unknown scope {unknown[0]}")
        elif self.require_pkce and (not q.get("code_challenge") or q.get("code_challenge_method") != "S256"):
            back.update(error="invalid_request", error_description="code_challenge with S256 is required")
        elif self.consent != "allow":
            back.update(error="access_denied", error_description="The user declined")
        else:
            code = secrets.token_urlsafe(24)
            self.codes[code] = Grant(client.id, scope, redirect, q.get("code_challenge", ""), time.time() + 600)
            back["code"] = code
        raise web.HTTPFound(f"{redirect}?{urlencode(back)}")

    def _issue(self, client: str, scope: str, kind: str = "user", refresh: bool = True, family: str = "") -> dict[str, object]:
        token = "at-" + secrets.token_urlsafe(24)
        answer: dict[str, Any] = {"access_token": token, "token_type": "Bearer", "expires_in": int(self.lifetime),
                                  "scope": scope}
        family = family or secrets.token_hex(8)
        grant = Grant(client, scope, expires=time.time() + self.lifetime, kind=kind, family=family)
        if refresh:
            grant.refresh = "rt-" + secrets.token_urlsafe(24)
            self.refresh[grant.refresh] = Grant(client, scope, kind=kind, family=family)
            answer["refresh_token"] = grant.refresh
        self.access[token] = grant
        return answer

    @staticmethod
    def _error(code: str, text: str, status: int = 400) -> web.Response:
        return web.json_response({"error": code, "error_description": text}, status=status)

    async def token(self, request: web.Request) -> web.Response:
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        self.log.append(("token", {k: v for k, v in form.items() if k not in ("client_secret", "code_verifier")}))
        client = self.clients.get(form.get("client_id", ""))
        if client is None or not secrets.compare_digest(form.get("client_secret", ""), client.secret):
            return self._error("invalid_client", "Client authentication failed", 401)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            grant = self.codes.pop(form.get("code", ""), None)  # single use
            if grant is None or grant.client != client.id or grant.expires < time.time():
                return self._error("invalid_grant", "The authorization code is invalid, expired or already used")
            if form.get("redirect_uri") != grant.redirect_uri:
                return self._error("invalid_grant", "redirect_uri does not match the authorization request")
            if grant.challenge:
                verifier = form.get("code_verifier", "")
                digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                if not secrets.compare_digest(digest, grant.challenge):
                    return self._error("invalid_grant", "code_verifier does not match the code_challenge")
            return web.json_response(self._issue(client.id, grant.scope))
        if grant_type == "refresh_token":
            given = form.get("refresh_token", "")
            grant = self.refresh.pop(given, None)  # rotation: the old one is spent
            if grant is None and self.revoke_on_reuse and given in self.spent:
                self.revoke_family(self.spent[given])
                self.log.append(("reuse", {}))
                return self._error("invalid_grant", "The refresh token was already used: the sign-in is revoked")
            if grant is None or grant.client != client.id:
                return self._error("invalid_grant", "The refresh token is invalid or was revoked")
            self.spent[given] = grant.family
            return web.json_response(self._issue(client.id, grant.scope, family=grant.family))
        if grant_type == "client_credentials":
            return web.json_response(self._issue(client.id, "", kind="app", refresh=False))
        return self._error("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")

    def _authenticated(self, request: web.Request, form: dict[str, str]) -> Optional[Client]:
        """The client that authenticated (HTTP Basic, or its id and secret in the form)."""
        header = request.headers.get("Authorization", "")
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        if header.startswith("Basic "):
            try:
                pair = base64.b64decode(header[6:], validate=True).decode()
            except ValueError:
                return None
            client_id, _, secret = (unquote_plus(part) for part in pair.partition(":"))
        client = self.clients.get(client_id)
        return client if client and secrets.compare_digest(secret, client.secret) else None

    async def revoke(self, request: web.Request) -> web.Response:
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        if self.strict and self._authenticated(request, form) is None:
            self.log.append(("revoke refused", {}))
            return self._error("invalid_client", "Client authentication is required", 401)
        token = form.get("token") or request.query.get("token", "")
        self.log.append(("revoke", {"hint": form.get("token_type_hint") or request.query.get("token_hint_type", "")}))
        grant = self.access.pop(token, None)
        if grant and grant.refresh:
            self.refresh.pop(grant.refresh, None)
        self.refresh.pop(token, None)
        return web.Response(text="OK")

    async def introspect(self, request: web.Request) -> web.Response:
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        if self.strict:
            if self._authenticated(request, form) is None:
                return self._error("invalid_client", "Client authentication is required", 401)
            grant = self.access.get(form.get("token", ""))
            active = grant is not None and grant.expires > time.time()
            return web.json_response({"active": True, "client_id": grant.client, "scope": grant.scope,
                                      "exp": int(grant.expires)} if grant and active else {"active": False})
        header = request.headers.get("Authorization", "")
        token = header[7:] if header.startswith("Bearer ") else ""
        grant = self.access.get(token)
        if grant is None or grant.expires <= time.time():
            return web.json_response({"data": {"active": False}, "message": "OK"})
        return web.json_response({"data": {"active": True, "client_id": grant.client, "token_type": grant.kind,
                                           "scope": grant.scope, "exp": int(grant.expires)}, "message": "OK"})


def consent_in_browser(url: str) -> "asyncio.Task[None]":
    """Do what the user's browser does with an authorize URL on this server (which consents
    at once): load it and follow its redirect to the app's loopback listener."""
    import httpx

    from deck.net.http import tls

    async def visit() -> None:
        async with httpx.AsyncClient(timeout=10, verify=tls()) as browser:
            answer = await browser.get(url)
            if answer.status_code in (301, 302, 303, 307):
                await browser.get(answer.headers["Location"])

    return asyncio.ensure_future(visit())
