"""Which action moderates (or answers) a chat message, per platform.

A chat message says where it came from; moderating it means running some provider's
action. Providers register the operations they can do for a platform, most preferred
first; the first whose provider is set up wins. MissXss covers Kick and Twitch today; a
Kick or Owncast provider registers its own routes ahead of it and takes over.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from deck.providers.chat.message import ChatMessage

OPERATIONS = {"timeout": "Time out", "ban": "Ban", "unban": "Unban", "delete": "Delete message"}


@dataclass(frozen=True)
class Route:
    provider: str
    action_id: str
    params: Callable[[ChatMessage, dict[str, Any]], dict[str, Any]]  # (message, extra) -> action params


class ChatRoutes:
    def __init__(self, configured: Callable[[str], bool]):
        self.configured = configured
        self.routes: dict[tuple[str, str], list[Route]] = {}

    def add(self, platform: str, operation: str, route: Route, first: bool = False) -> None:
        routes = self.routes.setdefault((platform, operation), [])
        routes.insert(0, route) if first else routes.append(route)

    def find(self, platform: str, operation: str) -> Optional[Route]:
        """The route that would run now: the first whose provider is set up (else the first)."""
        routes = self.routes.get((platform, operation), [])
        return next((r for r in routes if self.configured(r.provider)), routes[0] if routes else None)

    def why_not(self, platform: str, operation: str) -> str:
        """Empty when the operation can run; otherwise the reason, in words."""
        route = self.find(platform, operation)
        title = OPERATIONS.get(operation, operation)
        if route is None:
            return f"{title} is not available for {platform.title()} chat in Deck yet."
        if not self.configured(route.provider):
            return f"{title} on {platform.title()} goes through {route.provider}, which is not connected."
        return ""


def missxss_routes(routes: ChatRoutes) -> None:
    def user(minutes: bool = False, reason: str = "") -> Callable[[ChatMessage, dict[str, Any]], dict[str, Any]]:
        def build(msg: ChatMessage, extra: dict[str, Any]) -> dict[str, Any]:
            params = {"username": msg.login, "platform": msg.platform.title()}
            if minutes:
                params["duration"] = extra.get("minutes", 10)
            if reason:
                params["reason"] = extra.get("reason") or reason
            return params
        return build

    for platform in ("kick", "twitch"):
        routes.add(platform, "timeout", Route("missxss", "missxss.timeout", user(minutes=True, reason="Deck chat")))
        routes.add(platform, "ban", Route("missxss", "missxss.ban", user(reason="Deck chat")))
        routes.add(platform, "unban", Route("missxss", "missxss.unban-user", user()))
