"""A small OAuth service for the platform's tests: two operations behind an OAuth 2 sign-in
with PKCE, a client secret, revoke and introspection (the shape Kick's and Nightbot's take)."""
from __future__ import annotations

from typing import Any

from deck.core.params import Param
from deck.net.auth import OAuth2
from deck.providers.base import Operation, Probe, Provider
from deck.sandbox.harness import Body, ServiceSandbox


class StreamySandbox(ServiceSandbox):
    def __init__(self, provider: Provider):
        super().__init__()
        self.provider = provider
        self.sent: list[str] = []

    def do_me(self, b: Body) -> object:
        return {"name": "deckdemo"}

    def do_send(self, b: Body) -> object:
        self.sent.append(b["content"])
        return {"sent": True}


class Streamy(Provider):
    def __init__(self, name: str = "streamy"):
        self.name = name
        self.title = name.title()
        self.default_url = f"https://api.{name}.example"
        self.auths = {"user": OAuth2(revoke_path="/oauth/revoke", introspect_path="/oauth/token/introspect",
                                     scopes={"chat:write": "send chat messages"}, default_scopes=("chat:write",),
                                     revoke_hint="token_hint_type", register_url=f"https://{name}.example/apps")}
        self.operations = (Operation("me", "Who am I", "Account", "GET", "/me"),
                           Operation("send", "Send chat", "Chat", "POST", "/chat",
                                     (Param("content", required=True, min=1, max=500),), scopes=("chat:write",)))
        self.probe = Probe("me")

    def sandbox(self, seed: int = 7) -> StreamySandbox:
        return StreamySandbox(self)

    def probe_summary(self, result: Any) -> str:
        return f"Signed in as {result['name']}"
