"""The generic client and the sandbox harness over real HTTP, with a service that uses every
shape the contracts can describe: path placeholders, repeated and comma-separated query
arrays, JSON text in a query, form bodies, nested JSON objects, DELETE with a body, 204,
text and array answers, Bearer and Basic auth side by side, a limit of 1 per second, and
429s from a service that documents no limit."""
from __future__ import annotations

import asyncio

import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import CredentialsMissing, InvalidParams, ServiceError, Unreachable
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from tests.support.kitchen import Kitchen


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
        ("configure", {"limits": {"queue": 101}}, "limits.queue: should be at most 100"),
        ("configure", {"limits": {"queue": 5, "extra": 1}}, "limits.extra: unknown parameter"),
        ("search", {"id": [1, 1]}, "items must not repeat"),
        ("search", {"id": [1, 2, 3, 4]}, "at most 3 items"),
        ("search", {"filter": "{nope"}, "must be a JSON object"),
        ("rename", {"id": "7", "name": ""}, "name: cannot be empty"),
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
    with pytest.raises(Unreachable, match="Selfhosted is unreachable at http://127.0.0.1:[0-9]+: could not connect"):
        await services.registry.invoke("selfhosted.motd", {})
    await close_shared_client()


def test_every_operation_of_every_service_has_a_stand_in_handler():
    """Checked when the sandbox starts: a missing handler is found by nobody at request time."""
    from deck.providers.base import Operation
    from deck.sandbox import Sandbox
    from deck.sandbox.harness import make_app
    from tests.support.kitchen import KITCHEN, KitchenSandbox

    with Sandbox() as sandbox:
        assert {name: s.unserved() for name, s in sandbox.services.items()} == {name: [] for name in sandbox.services}

    class Forgetful(type(KITCHEN)):  # type: ignore[misc]
        operations = (*KITCHEN.operations, Operation("dust", "Dust", "Items", "POST", "/dust"))

    with pytest.raises(RuntimeError, match="serves no dust"):
        make_app(KitchenSandbox(Forgetful()))
