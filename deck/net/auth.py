"""Auth kinds: how a request proves who sends it. A provider's table names one per operation.

Each kind says which secrets it needs (kept in the keychain under the provider's name) and
how a request carries them: a Bearer header, a query parameter, HTTP Basic, or an OAuth 2
access token that is refreshed when it runs out (:mod:`deck.net.oauth`).
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from deck.core.errors import CredentialsInvalid, CredentialsMissing, DeckError, KeychainUnreadable
from deck.core.names import env_name
from deck.core.redact import remember

if TYPE_CHECKING:
    from .oauth import OAuthSession

Headers = dict[str, str]
Query = list[tuple[str, Any]]  # (name, value) pairs: repeated names allowed


@dataclass(frozen=True)
class Secret:
    """One secret an auth kind needs: its keychain name, what the user calls it, and a hint."""

    kind: str
    label: str
    placeholder: str = ""


@dataclass(frozen=True)
class Auth:
    """An auth kind: what it needs (secrets kept in the keychain under the provider's name), how
    it puts them on a request, how it is described, and how a server checks it (the sandbox).
    ``kind`` names the shape of its Accounts page. A new kind is one subclass."""

    kind = "none"
    words = "none"  # in ``deck actions --json`` and the Accounts pages
    missing_what = ""  # "No <service> <what> is set"; empty: the first secret's label
    optional = False  # the service may ask for none: an address the user gave is enough to use it

    def secrets(self) -> tuple[Secret, ...]:
        return ()

    def query_names(self) -> tuple[str, ...]:
        """The query parameters it adds to a request (never an operation's own)."""
        return ()

    async def sign(self, signer: "Signer", headers: Headers, query: Query) -> None:
        """Put the credential on a request (``signer.need(kind)`` gives a secret or raises)."""

    def refuses(self, headers: Mapping[str, str], query: Mapping[str, str], secrets: Mapping[str, str]) -> Optional[str]:
        """A server's check of a request: None when it carries the credential ``secrets`` hold,
        else the refusal in the server's words (the sandbox's stand-ins use it)."""
        return None


@dataclass(frozen=True)
class NoAuth(Auth):
    kind = "none"


@dataclass(frozen=True)
class BearerKey(Auth):
    """A long-lived key sent as ``Authorization: Bearer <key>``."""

    kind = "key"
    words = "bearer"
    missing_what = "key"
    credential: str = "token"
    label: str = "API key"
    placeholder: str = "Paste your API key"

    def secrets(self) -> tuple[Secret, ...]:
        return (Secret(self.credential, self.label, self.placeholder),)

    async def sign(self, signer: "Signer", headers: Headers, query: Query) -> None:
        headers["Authorization"] = f"Bearer {signer.need(self.credential)}"

    def refuses(self, headers: Mapping[str, str], query: Mapping[str, str], secrets: Mapping[str, str]) -> Optional[str]:
        ok = headers.get("Authorization") == f"Bearer {secrets.get(self.credential)}"
        return None if ok else "Invalid or missing API key"


@dataclass(frozen=True)
class QueryKey(Auth):
    """A key that travels in the query string (``?authkey=…``). Every URL that Deck logs or
    shows is redacted, because the key is part of it."""

    kind = "key"
    words = "query key"
    param: str = "authkey"
    credential: str = "authkey"
    label: str = "Authkey"
    placeholder: str = "Paste your authkey"

    def secrets(self) -> tuple[Secret, ...]:
        return (Secret(self.credential, self.label, self.placeholder),)

    def query_names(self) -> tuple[str, ...]:
        return (self.param,)

    async def sign(self, signer: "Signer", headers: Headers, query: Query) -> None:
        query.append((self.param, signer.need(self.credential)))

    def refuses(self, headers: Mapping[str, str], query: Mapping[str, str], secrets: Mapping[str, str]) -> Optional[str]:
        return None if query.get(self.param) == secrets.get(self.credential) else "Missing or invalid key"


@dataclass(frozen=True)
class Basic(Auth):
    """HTTP Basic with a fixed user name and a password from the keychain."""

    kind = "password"
    words = "basic"
    username: str = "admin"
    credential: str = "admin_password"
    label: str = "Admin password"
    placeholder: str = "The server's admin password"

    def secrets(self) -> tuple[Secret, ...]:
        return (Secret(self.credential, self.label, self.placeholder),)

    def header(self, password: Optional[str]) -> str:
        return "Basic " + base64.b64encode(f"{self.username}:{password}".encode()).decode()

    async def sign(self, signer: "Signer", headers: Headers, query: Query) -> None:
        headers["Authorization"] = value = self.header(signer.need(self.credential))
        remember(value[6:])  # the password as it travels: masked wherever a server echoes it

    def refuses(self, headers: Mapping[str, str], query: Mapping[str, str], secrets: Mapping[str, str]) -> Optional[str]:
        ok = headers.get("Authorization") == self.header(secrets.get(self.credential))
        return None if ok else "Invalid admin credentials"


@dataclass(frozen=True)
class OAuth2(Auth):
    """OAuth 2 authorization code (with PKCE S256 where the service takes it), the user's
    own app registration, refresh and revoke. Paths are appended to ``host`` (empty: the
    provider's API root)."""

    kind = "oauth"
    words = "oauth2"
    authorize_path: str = "/oauth/authorize"
    token_path: str = "/oauth/token"
    revoke_path: str = ""
    introspect_path: str = ""
    host: str = ""
    pkce: bool = True
    client_secret: bool = True  # the token endpoint wants the app's secret
    scopes: dict[str, str] = field(default_factory=dict)  # scope -> what it allows, in words
    default_scopes: tuple[str, ...] = ()
    redirect_host: str = "localhost"  # what the redirect URI says; the listener binds 127.0.0.1
    redirect_path: str = "/callback"
    redirect_port: int = 0  # 0: any free port (RFC 8252 loopback); else the port to register
    refresh_redirect_uri: bool = False  # the refresh request repeats redirect_uri (Nightbot)
    revoke_hint: str = ""  # query name of the token type hint on revoke, if the service takes one
    register_url: str = ""  # where the user creates their app
    register_steps: str = ""  # what to do there, in words

    def secrets(self) -> tuple[Secret, ...]:
        app: tuple[Secret, ...] = (Secret("client_id", "Client ID", "From your app's page"),)
        if self.client_secret:
            app += (Secret("client_secret", "Client secret", "From your app's page"),)
        return app

    async def sign(self, signer: "Signer", headers: Headers, query: Query) -> None:
        oauth = signer.oauth
        assert oauth is not None
        if signer.app and not oauth.signed_in() and oauth.can_use_app():
            headers["Authorization"] = f"Bearer {await oauth.app_token()}"  # public reads, no user
        else:
            signer.sent = await oauth.access_token()
            headers["Authorization"] = f"Bearer {signer.sent}"

    def refuses(self, headers: Mapping[str, str], query: Mapping[str, str], secrets: Mapping[str, str]) -> Optional[str]:
        return None  # the authorization server that issued the token checks it (the sandbox asks it)


# ---- signing requests -------------------------------------------------------


class Signer:
    """Puts an auth kind's secrets on a request for one provider."""

    def __init__(self, auth: Auth, provider: str, title: str, secret: Callable[[str], Optional[str]],
                 oauth: Optional["OAuthSession"] = None, app: bool = False,
                 keychain: Callable[[], Optional[str]] = lambda: None):
        self.auth, self.provider, self.title = auth, provider, title
        self.keychain = keychain  # why the keychain could not be read, if it could not
        self._secret, self.oauth = secret, oauth
        self.app = app  # the operation takes the app's own token when no user is signed in
        self.sent = ""  # the user's access token the last signed request carried

    def missing(self) -> CredentialsMissing:
        if problem := self.keychain():
            return KeychainUnreadable(self.title, problem)
        if isinstance(self.auth, OAuth2):
            return CredentialsMissing(self.title, "", env_name(self.provider, "token"), oauth=True)
        secret = self.auth.secrets()[0]
        return CredentialsMissing(self.title, self.auth.missing_what or secret.label.lower(),
                                  env_name(self.provider, secret.kind))

    def need(self, kind: str) -> str:
        """The secret ``kind``; raises what is wrong with it (not set, unreadable, unusable)."""
        value = self._secret(kind)
        if not value:
            raise self.missing()
        if not (value.isascii() and value.isprintable()):  # no header or address can carry it
            label = next((s.label for s in self.auth.secrets() if s.kind == kind), kind.replace("_", " "))
            raise CredentialsInvalid(self.title, label)
        return value

    def get(self, kind: str) -> Optional[str]:
        """An optional secret: None when it is not set; raises when it is set but unusable."""
        return self.need(kind) if self._secret(kind) else None

    async def sign(self, headers: Headers, query: Query) -> None:
        await self.auth.sign(self, headers, query)

    def lacks(self, scopes: tuple[str, ...]) -> list[str]:
        """The scopes an operation needs that the current sign-in was not granted (when
        the service said what it granted), as the user reads them."""
        if self.oauth is None or not scopes or not isinstance(self.auth, OAuth2):
            return []
        if self.app and not self.oauth.signed_in():
            return []  # the app's own token: it has no scopes, and needs none here
        try:
            tokens = self.oauth.tokens()
        except DeckError:
            return []
        granted = set(tokens.scope.split()) if tokens is not None else set()
        if not granted:
            return []
        return [self.auth.scopes.get(s, s) for s in scopes if s not in granted]

    async def rejected(self) -> bool:
        """The service answered 401. True when a new token was obtained and one retry is worth it."""
        if self.oauth is not None:
            return await self.oauth.refresh_after_rejection(self.sent)
        return False

    def configured(self) -> bool:
        if isinstance(self.auth, OAuth2):
            return self.oauth is not None and self.oauth.signed_in()
        return all(self._secret(s.kind) for s in self.auth.secrets())


def describe(auth: Auth) -> str:
    """The auth kind in words, for ``deck actions --json`` and the Accounts pages."""
    return auth.words
