"""Composition of the Qt-free service side: settings, credentials, one client per provider,
the action registry and the capability routes.

The command line and the app both build one :class:`Services`; only base URLs and
credentials differ between the real services and the sandbox. Everything here is driven by
the provider list: no service is named in this file.
"""
from __future__ import annotations

import asyncio
import os
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

from deck.core.credentials import Credentials
from deck.core.errors import CredentialsMissing, DeckError
from deck.core.words import translate
from deck.core.names import action_id, env_name
from deck.core.redact import remember
from deck.core.settings import ServiceSettings, Settings
from deck.net.auth import OAuth2, Signer
from deck.net.oauth import OAuthSession
from deck.providers import catalogue
from deck.providers.base import Operation, Provider
from deck.providers.chat.hub import URL_DEFAULTS, URL_ENV, ChatHub
from deck.providers.http_api import ApiClient

from . import providers as provider_actions
from .capabilities import Capabilities
from .live_events import LiveEvents
from .registry import Registry


LOOPBACK = ("127.0.0.1", "localhost", "::1")


class Services:
    def __init__(self, settings: Settings, credentials: Credentials, registry: Optional[Registry] = None,
                 base_urls: Optional[dict[str, str]] = None, providers: Optional[tuple[Provider, ...]] = None):
        self.settings = settings
        self.base_urls = dict(base_urls or {})  # e.g. the sandbox's, never saved
        self.credentials = credentials
        self.registry = registry or Registry()
        self.providers: dict[str, Provider] = {p.name: p for p in (providers or catalogue.providers())}
        self.oauth: dict[str, OAuthSession] = {}
        self.clients: dict[str, ApiClient] = {}  # provider -> the HTTP client sending its operations
        self.transports: dict[str, dict[str, Any]] = {}  # provider -> its other transports' clients, by transport
        self._closing: set[asyncio.Task[None]] = set()
        self.identities: dict[str, dict[str, Any]] = {}  # provider -> the signed-in user's ids, once known
        self.capabilities = Capabilities(self.registry, self.configured, settings.routes,
                                         lambda name: self.identities.get(name, {}))
        for provider in self.providers.values():
            for auth in provider.auths.values():
                if isinstance(auth, OAuth2):
                    self.oauth[provider.name] = OAuthSession(auth, provider.name, provider.title, credentials,
                                                             self._oauth_root(provider, auth))
            self._connect(provider)
            provider_actions.register(self.registry, provider, self._client_of(provider.name))
            for route in provider.routes:
                self.capabilities.add(provider, route)
        self.capabilities.register_actions()
        self.chat = ChatHub(self.chat_url, self._server_token)
        self.events = LiveEvents(self)

    # ---- where each service is
    def section(self, provider: str) -> ServiceSettings:
        return self.settings.service(provider)

    def scopes(self, provider: str) -> tuple[str, ...]:
        """What a sign-in asks for: the permissions the user allowed in Accounts (those the
        service knows), else all Deck uses."""
        auth = self.oauth[provider].auth
        chosen = tuple(s for s in self.section(provider).scopes if s in auth.scopes)
        return chosen or auth.default_scopes

    def url(self, provider: str) -> str:
        """The root the documented paths are appended to: the sandbox's, the environment's
        (``DECK_<PROVIDER>_URL``), the settings' or the service's own."""
        p = self.providers[provider]
        return (self.base_urls.get(provider) or os.environ.get(env_name(provider, "url"))
                or self.section(provider).base_url or p.default_url)

    def _oauth_root(self, provider: Provider, auth: OAuth2) -> Callable[[], str]:
        def root() -> str:
            name = provider.name
            return (self.base_urls.get(f"{name}-id") or os.environ.get(env_name(name, "id_url"))
                    or auth.host or self.url(name))
        return root

    def chat_url(self, name: str) -> str:
        """Where chat connects (``kick-pusher``, ``twitch-irc``, ``owncast``…): the sandbox's,
        the environment's, the settings' or the real service's. A platform's own server (an
        address named for the platform alone) is the address of the service of that name."""
        configured = self.section(name).base_url if name in self.providers else ""
        return self.base_urls.get(name) or os.environ.get(URL_ENV[name]) or configured or URL_DEFAULTS[name]

    def _server_token(self, url: str) -> str:
        """The access token Deck keeps for the service whose server is at ``url`` (a chat
        platform of the streamer's own, when it is the one in Accounts)."""
        for name in self.providers:
            if name in URL_ENV and url.rstrip("/") == self.url(name).rstrip("/"):
                return self.credentials.get(name, "token") or ""
        return ""

    def _client_of(self, name: str) -> Callable[[str], Any]:
        # looked up per call: reconfigure() replaces the clients
        return lambda transport: self.clients[name] if transport == "http" else self.transports[name][transport]

    def _connect(self, provider: Provider) -> None:
        """A client per transport its operations name, each with the address and auth it signs with."""
        signer: Callable[[Operation], Signer] = lambda op: self.signer(provider.name, op)  # noqa: E731
        url = self.url(provider.name)
        self.clients[provider.name] = ApiClient(provider, url, signer)
        self._retire(self.transports.get(provider.name, {}))
        self.transports[provider.name] = {t: provider.transports[t](provider, url, signer)
                                          for t in {op.transport for op in provider.operations} - {"http"}}
        for kind, transport in self.transports[provider.name].items():
            if hasattr(transport, "health"):  # a kept-open connection says where it stands: the light follows
                def report(state: str, detail: str, name: str = provider.name, kind: str = kind,
                           transport: object = transport) -> None:
                    if self.transports.get(name, {}).get(kind) is transport:  # not one replaced since
                        self.registry.report_health(name, state, detail)
                transport.health.connect(report)

    def _transport_of(self, action_id: str) -> tuple[Optional[Operation], Any]:
        """A provider's operation and the non-HTTP transport that carries it (None for HTTP)."""
        provider, _, operation = action_id.partition(".")
        op = self.providers[provider].by_id.get(operation) if provider in self.providers else None
        return op, self.transports.get(provider, {}).get(op.transport) if op is not None else None

    def why_not(self, action_id: str) -> str:
        """Empty when the action can be sent now; else why not, in words (a request the connected
        OBS does not serve: "needs a newer OBS"). Nothing is asked of the service to know it."""
        op, transport = self._transport_of(action_id)
        return str(transport.why_not(op)) if hasattr(transport, "why_not") else ""

    def suggest(self, action_id: str, param: str) -> list[str]:
        """The names a parameter can take as the service has them now (OBS's scenes for ``sceneName``),
        when its transport knows them; nothing is asked of the service for it."""
        _, transport = self._transport_of(action_id)
        return list(transport.suggest(param)) if hasattr(transport, "suggest") else []

    def live(self, provider: str) -> Any:
        """The live state a provider's transport keeps (OBS's scenes, inputs, outputs), or None
        while the service is not set up (nothing then connects to it)."""
        if not self.configured(provider):
            return None
        return next((t.live for t in self.transports.get(provider, {}).values() if hasattr(t, "live")), None)

    def _retire(self, transports: dict[str, Any]) -> None:
        """A kept-open connection to an address no longer used ends (in the background)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # nothing runs yet, so nothing was opened
        for old in transports.values():
            if hasattr(old, "close"):
                task = loop.create_task(old.close())
                self._closing.add(task)
                task.add_done_callback(self._closing.discard)

    async def close(self) -> None:
        """End every kept-open connection (the app's shutdown, the end of a command)."""
        for transports in self.transports.values():
            for transport in transports.values():
                if hasattr(transport, "close"):
                    await transport.close()
        await asyncio.gather(*self._closing, return_exceptions=True)

    def signer(self, provider: str, op: Optional[Operation] = None) -> Signer:
        p = self.providers[provider]
        auth = p.auth_of(op) if op else p.primary_auth()
        return Signer(auth, provider, p.title, lambda kind: self.credentials.get(provider, kind),
                      self.oauth.get(provider), app=bool(op and op.app), keychain=lambda: self.credentials.problem)

    def reconfigure(self) -> None:
        """Pick up changed base URLs (settings or environment)."""
        for provider in self.providers.values():
            self._connect(provider)

    def insecure(self, provider: str, url: Optional[str] = None) -> Optional[str]:
        """A warning when the provider's secrets would travel unencrypted to another computer."""
        try:
            address = urlsplit(url if url is not None else self.url(provider))
            address.port  # noqa: B018 (raises on a port that is not one)
        except ValueError:
            return None  # not an address at all: the call itself says so, before anything is sent
        if address.scheme != "http" or (address.hostname or "") in LOOPBACK:
            return None
        if not any(a.secrets() or isinstance(a, OAuth2) for a in self.providers[provider].auths.values()):
            return None
        return translate("Accounts", "{service} is at a plain http:// address on {host}: your key travels unencrypted "
                                     "and anyone on the network can read it. Use https:// if the server offers it.").format(
            service=self.providers[provider].title, host=address.hostname)

    def configured(self, provider: str) -> bool:
        """Whether the provider's main credential is there (a key, or a sign-in)."""
        if provider not in self.providers:
            return False
        p = self.providers[provider]
        if p.url_required and not self.url(provider):
            return False
        if p.primary_auth().optional and (self.base_urls.get(provider) or os.environ.get(env_name(provider, "url"))
                                          or self.section(provider).base_url):
            return True
        return self.signer(provider).configured()

    # ---- accounts
    async def probe(self, provider: str, source: str = "health check") -> object:
        """Run the provider's health probe (and the credential check, when the probe is
        public) through the registry: the provider's light follows the outcome."""
        p = self.providers[provider]
        if p.probe is None:
            raise DeckError(translate("Accounts", "{service} has no health check").format(service=p.title))
        result = await self.registry.invoke(action_id(provider, p.probe.operation), p.probe.params, source=source)
        if p.identity is not None:
            try:
                self.identities[provider] = p.identity(result)
            except (KeyError, IndexError, TypeError, ValueError):
                self.identities.pop(provider, None)  # answered, but not who: the user's ids stay unknown
        if p.verify is not None:
            await self.registry.invoke(action_id(provider, p.verify.operation), p.verify.params, source=source)
        return result

    def missing(self, provider: str) -> Optional[CredentialsMissing]:
        """Why the provider cannot be used yet (in words, with its light's state), or None."""
        if self.configured(provider):
            return None
        p = self.providers[provider]
        if p.url_required and not self.url(provider):
            return CredentialsMissing(p.title, translate("Accounts", "server address"), env_name(provider, "url"))
        return self.signer(provider).missing()

    async def test(self, provider: str, base_url: str, secrets: dict[str, str]) -> str:
        """Try a base URL and secrets from a form without saving them: the probe's summary."""
        p = self.providers[provider]
        if p.probe is None:
            return translate("Accounts", "Nothing to test")
        op = p.by_id[p.probe.operation]
        for value in secrets.values():
            remember(value)  # an answer that echoes a typed key shows it masked

        def secret(kind: str) -> Optional[str]:
            return secrets.get(kind) or self.credentials.get(provider, kind)

        def sign(op: Optional[Operation]) -> Signer:
            return Signer(p.auth_of(op) if op else p.primary_auth(), provider, p.title, secret, self.oauth.get(provider))

        url = base_url or self.url(provider)
        client: Any = ApiClient(p, url, sign) if op.transport == "http" else p.transports[op.transport](p, url, sign)
        try:
            result = await client.send(op, self.registry.validate(action_id(provider, op.id), p.probe.params))
        finally:
            if hasattr(client, "close"):
                await client.close()
        lines = [p.probe_summary(result)]
        for probe in ([p.verify] if p.verify else []) + list(p.checks):
            check = p.by_id[probe.operation]
            auth = p.auth_of(check)
            label = translate("Contract", auth.secrets()[0].label) if auth.secrets() else translate("Accounts", "Access")
            opens = translate("Contract", probe.opens)
            if probe is not p.verify and not all(secret(s.kind) for s in auth.secrets()):
                lines.append("– " + (translate("Accounts", "{label} not given, needed for {what}") if opens else
                                     translate("Accounts", "{label} not given")).format(label=label, what=opens))
                continue
            try:
                await client.send(check, self.registry.validate(action_id(provider, check.id), probe.params))
            except DeckError as exc:
                if probe is p.verify:  # the main credential: the test fails with the service's words
                    raise
                lines.append(f"✗ {label}: {exc}")
            else:
                lines.append(f"✓ {label}" + (f": {opens}" if opens else ""))
        return "\n".join(lines)

    def state(self, provider: str) -> dict[str, Any]:
        """The account's state in words, never a secret (``deck accounts``, the Accounts page)."""
        p = self.providers[provider]
        auth = p.primary_auth()
        info: dict[str, Any] = {"provider": provider, "title": p.title, "url": self.url(provider),
                                "auth": auth.kind, "configured": self.configured(provider)}
        session = self.oauth.get(provider)
        if session is not None:
            try:
                tokens = session.tokens()
            except DeckError as exc:
                tokens, info["problem"] = None, str(exc)
            info["signed_in"] = bool(tokens or session.fixed_token())
            if tokens:
                info["scopes"] = tokens.scope.split()
                info["expires_at"] = tokens.expires_at or None
            info["app"] = {s.kind: bool(self.credentials.get(provider, s.kind)) for s in auth.secrets()}
            info["redirect_uri"] = session.registered_redirect()
        else:
            info["secrets"] = {s.kind: bool(self.credentials.get(provider, s.kind))
                               for a in p.auths.values() for s in a.secrets()}
        if self.credentials.problem and not info.get("problem"):
            info["problem"] = self.credentials.problem
        state, detail = self.registry.health.get(provider, ("", ""))
        if state:
            info["health"] = state + (f": {detail}" if detail else "")
        return info
