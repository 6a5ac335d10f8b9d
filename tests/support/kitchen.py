"""A service that uses every shape a contract can describe: path placeholders, repeated and
comma-separated query arrays, JSON text in a query, form bodies, nested JSON objects, DELETE
with a body, 204, text and array answers, Bearer and Basic auth side by side, and a limit of
1 per second. The platform's own tests run it over real HTTP."""
from __future__ import annotations

from typing import Any

from deck.core.params import Param
from deck.net.auth import Basic, BearerKey
from deck.net.limiter import Rate
from deck.providers.base import Operation, Probe, Provider
from deck.providers.capabilities import ANY_PLATFORM, Route, rename
from deck.sandbox.harness import Body, Refused, ServiceSandbox


def P(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, **kw)


class Kitchen(Provider):
    name, title, default_url = "kitchen", "Kitchen", "https://kitchen.example/api"
    url_required = True  # self-hosted: a server address is needed (this one has a default)
    auths = {"token": BearerKey(label="Access token"), "admin": Basic()}
    operations = (
        Operation("item", "Item", "Items", "GET", "/items/{id}", (P("id", required=True, place="path"),
                                                               P("fields", "list", place="query", style="csv"))),
        Operation("search", "Search", "Items", "GET", "/items",
                  (P("id", "list", item="int", place="query", max=3, unique=True),
                   P("filter", "object", place="query", style="json"),
                   P("live", "bool", place="query"))),
        Operation("rename", "Rename", "Items", "POST", "/items/{id}/name",
                  (P("id", required=True, place="path"), P("name", required=True, min=1, max=20, place="form"),
                   P("tag", "list", place="form"))),
        Operation("configure", "Configure", "Items", "PUT", "/config",
                  (P("limits", "object", required=True, fields=(P("queue", "int", min=1, max=100),
                                                                P("user", "int", min=1, max=10))),
                   P("youtube", "object", fields=(P("min_views", "int", min=0),))), answer="empty"),
        Operation("forget", "Forget", "Items", "DELETE", "/items", (P("ids", "list", required=True, min=1),),
                  destructive=True, answer="empty"),
        Operation("motd", "Message of the day", "Items", "GET", "/motd", answer="text"),
        Operation("shout", "Shout", "Items", "POST", "/shout", (P("text", required=True),), rate=Rate(1, 1.0)),
        Operation("restart", "Restart", "Admin", "POST", "/admin/restart", auth="admin", destructive=True),
    )
    probe = Probe("motd")
    routes = (Route("chat.send-bot", "shout", (ANY_PLATFORM,), rename(message="text")),)  # the kitchen's tannoy

    def sandbox(self, seed: int = 7) -> "KitchenSandbox":
        return KitchenSandbox(self)


class KitchenSandbox(ServiceSandbox):
    def __init__(self, provider: Provider):
        super().__init__()
        self.provider = provider
        self.secrets = {"token": "kitchen-token-123", "admin_password": "admin-pw-456"}
        self.items = {"a/b c": {"name": "Spoon"}, "7": {"name": "Fork"}}
        self.config: dict[str, Any] = {}
        self.restarts = 0

    def do_item(self, b: Body) -> object:
        if b["id"] not in self.items:
            raise Refused(404, f"No item {b['id']}")
        return {"id": b["id"], **self.items[b["id"]], "fields": b.get("fields", [])}

    def do_search(self, b: Body) -> object:
        return [dict(b)]

    def do_rename(self, b: Body) -> object:
        self.items[b["id"]]["name"] = b["name"]
        return {"ok": True, "tags": b.get("tag", [])}

    def do_configure(self, b: Body) -> object:
        self.config = dict(b)

    def do_forget(self, b: Body) -> object:
        for i in b["ids"]:
            self.items.pop(i, None)

    def do_motd(self, b: Body) -> object:
        return "Soup of the day: tomato"

    def do_shout(self, b: Body) -> object:
        return {"heard": b["text"]}

    def do_restart(self, b: Body) -> object:
        self.restarts += 1
        return {"restarting": True}


KITCHEN = Kitchen()
