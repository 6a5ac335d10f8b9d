"""The generic client and the sandbox harness over real HTTP, with a service that uses every
shape the contracts can describe: path placeholders, repeated and comma-separated query
arrays, JSON text in a query, form bodies, nested JSON objects, DELETE with a body, 204,
text and array answers, Bearer and Basic auth side by side, a limit of 1 per second, and
429s from a service that documents no limit."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import CredentialsMissing, InvalidParams, ServiceError, Unreachable
from deck.core.params import Param
from deck.core.settings import Settings
from deck.net.auth import Basic, BearerKey
from deck.net.http import close_shared_client
from deck.net.limiter import Rate
from deck.providers.base import Operation, Probe, Provider
from deck.sandbox import Sandbox
from deck.sandbox.harness import Refused, ServiceSandbox


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

    def do_item(self, b: dict[str, Any]) -> Any:
        if b["id"] not in self.items:
            raise Refused(404, f"No item {b['id']}")
        return {"id": b["id"], **self.items[b["id"]], "fields": b.get("fields", [])}

    def do_search(self, b: dict[str, Any]) -> Any:
        return [b]

    def do_rename(self, b: dict[str, Any]) -> Any:
        self.items[b["id"]]["name"] = b["name"]
        return {"ok": True, "tags": b.get("tag", [])}

    def do_configure(self, b: dict[str, Any]) -> Any:
        self.config = b

    def do_forget(self, b: dict[str, Any]) -> Any:
        for i in b["ids"]:
            self.items.pop(i, None)

    def do_motd(self, b: dict[str, Any]) -> Any:
        return "Soup of the day: tomato"

    def do_shout(self, b: dict[str, Any]) -> Any:
        return {"heard": b["text"]}

    def do_restart(self, b: dict[str, Any]) -> Any:
        self.restarts += 1
        return {"restarting": True}


KITCHEN = Kitchen()


@pytest.fixture
def kitchen():
    with Sandbox(providers=(KITCHEN,)) as sandbox:
        yield sandbox


@pytest.fixture
async def api(kitchen, memory_keyring):
    credentials = Credentials()
    credentials.set("kitchen", "kitchen-token-123")
    credentials.set("kitchen", "admin-pw-456", "admin_password")
    services = Services(Settings(), credentials, base_urls=kitchen.base_urls(), providers=(KITCHEN,))
    yield services.registry, kitchen.kitchen, services
    await close_shared_client()


async def test_each_value_travels_where_the_contract_says(api, kitchen):
    registry, sb, _ = api
    assert await registry.invoke("kitchen.item", {"id": "a/b c", "fields": "name,price"}) == \
        {"id": "a/b c", "name": "Spoon", "fields": ["name", "price"]}  # quoted in the path, comma-separated
    assert await registry.invoke("kitchen.search", {"id": [1, 2], "filter": '{"live": true}', "live": "yes"}) == \
        [{"id": [1, 2], "filter": {"live": True}, "live": True}]  # repeated keys, JSON text, a boolean
    assert await registry.invoke("kitchen.rename", {"id": "7", "name": "Knife", "tag": ["cutlery", "new"]}) == \
        {"ok": True, "tags": ["cutlery", "new"]}  # a form body with a repeated key
    assert sb.items["7"]["name"] == "Knife"
    assert await registry.invoke("kitchen.configure", {"limits": {"queue": 20, "user": 2}}) is None  # 204
    assert sb.config == {"limits": {"queue": 20, "user": 2}}
    assert await registry.invoke("kitchen.forget", {"ids": ["7"]}) is None  # DELETE with a JSON body
    assert "7" not in sb.items
    assert await registry.invoke("kitchen.motd", {}) == "Soup of the day: tomato"  # a plain-text answer
    assert await registry.invoke("kitchen.restart", {}) == {"restarting": True}  # HTTP Basic, beside Bearer
    assert sb.restarts == 1


async def test_nested_objects_lists_and_ranges_are_checked_before_sending(api):
    registry, sb, _ = api
    for op, params, problem in (
        ("configure", {"limits": {"queue": 101}}, "limits.queue: should be less than or equal to 100"),
        ("configure", {"limits": {"queue": 5, "extra": 1}}, "limits.extra: unknown parameter"),
        ("search", {"id": [1, 1]}, "items must not repeat"),
        ("search", {"id": [1, 2, 3, 4]}, "at most 3 items"),
        ("search", {"filter": "{nope"}, "must be a JSON object"),
        ("rename", {"id": "7", "name": ""}, "name: string should have at least 1 character"),
        ("forget", {"ids": []}, "at least 1 item"),
    ):
        with pytest.raises(InvalidParams, match=problem):
            await registry.invoke(f"kitchen.{op}", params)
    assert sb.received == []


async def test_each_auth_kind_says_what_is_missing(api):
    registry, sb, services = api
    services.credentials.delete("kitchen", "admin_password")
    with pytest.raises(CredentialsMissing, match=r"No Kitchen admin password is set.*DECK_KITCHEN_ADMIN_PASSWORD"):
        await registry.invoke("kitchen.restart", {})
    services.credentials.delete("kitchen")
    with pytest.raises(CredentialsMissing, match=r"No Kitchen key is set.*DECK_KITCHEN_TOKEN"):
        await registry.invoke("kitchen.motd", {})
    assert sb.received == []


async def test_a_wrong_basic_password_is_refused_by_the_service(api):
    registry, sb, services = api
    services.credentials.set("kitchen", "wrong", "admin_password")
    with pytest.raises(ServiceError, match=r"Kitchen \(401\): Invalid admin credentials"):
        await registry.invoke("kitchen.restart", {})
    assert sb.restarts == 0


async def test_a_documented_limit_of_one_per_second_queues_instead_of_429(api):
    registry, sb, _ = api
    states: list[str] = []
    registry.invocation_changed.connect(lambda inv: states.append(inv.state))
    started = asyncio.get_running_loop().time()
    await asyncio.gather(*(registry.invoke("kitchen.shout", {"text": f"hey {i}"}) for i in range(3)))
    assert asyncio.get_running_loop().time() - started >= 2.0  # 1 per second, as documented
    assert [s for op, _, s in sb.received if op == "shout"] == [200, 200, 200] and sb.rate_limited == 0


async def test_a_429_without_a_documented_limit_is_honoured_then_queued_again(api):
    registry, sb, _ = api
    answers = iter([(429, {"error": "slow down"}, {"Retry-After": "0"}), (429, {"error": "slow down"}, {})])
    sb.intercept = lambda op: next(answers, None)
    assert await registry.invoke("kitchen.rename", {"id": "a/b c", "name": "Ladle"}) == {"ok": True, "tags": []}
    assert [s for op, _, s in sb.received] == [429, 429, 200]  # waited as told, then backed off, then sent
    assert sb.items["a/b c"]["name"] == "Ladle"


async def test_reads_retry_passing_faults_writes_never_do(api):
    registry, sb, _ = api
    faults = iter([(503, {"error": "busy"}, {"Retry-After": "0"})])
    sb.intercept = lambda op: next(faults, None)
    assert await registry.invoke("kitchen.motd", {}) == "Soup of the day: tomato"
    faults = iter([(503, {"error": "busy"}, {"Retry-After": "0"})])
    with pytest.raises(ServiceError, match="busy"):
        await registry.invoke("kitchen.rename", {"id": "a/b c", "name": "Bowl"})
    assert [s for op, _, s in sb.received] == [503, 200, 503]


class SelfHosted(Kitchen):
    name, title, default_url = "selfhosted", "Selfhosted", ""


async def test_a_self_hosted_service_needs_its_address_first(memory_keyring):
    credentials = Credentials()
    credentials.set("selfhosted", "kitchen-token-123")
    services = Services(Settings(), credentials, providers=(SelfHosted(),))
    assert not services.configured("selfhosted")
    assert "No Selfhosted server address is set" in str(services.missing("selfhosted"))
    services.section("selfhosted").base_url = "http://127.0.0.1:9"
    services.reconfigure()
    assert services.configured("selfhosted")
    with pytest.raises(Unreachable, match="Selfhosted is unreachable: could not connect"):
        await services.registry.invoke("selfhosted.motd", {})
    await close_shared_client()
