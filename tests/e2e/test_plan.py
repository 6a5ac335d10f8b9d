"""One plan for every run: through a capability or naming the service's own action, from the
app or from the command line, the same run asks the same question."""
from __future__ import annotations

import pytest

from deck.__main__ import main
from deck.actions.plan import plan
from deck.actions.services import Services
from deck.core.errors import DeckError, InvalidParams, ServiceError
from deck.core.params import Param
from deck.providers.capabilities import BY_ID


def sample(p: Param) -> object:
    """A value a user might give for a parameter (the contract still judges it)."""
    if p.choices:
        return p.choices[0]
    if p.kind in ("int", "number"):
        return int(max(p.min or 1, 1))
    if p.kind in ("bool", "bool01"):
        return True
    if p.kind == "list":
        return [1] if p.item == "int" else ["ada"]
    if p.kind == "object":
        return {}
    if p.kind == "records":
        return []
    return "12345" if "id" in p.name.lower() else "ada"


def test_every_route_asks_the_same_through_its_capability_and_as_the_services_action(services):
    """What the app runs through a capability (``chat.ban`` on Kick) and what ``deck run``
    runs naming the chosen service's action (``kick.ban`` with the same parameters) ask alike."""
    registry, capabilities = services.registry, services.capabilities
    compared = routes = 0
    for cap in BY_ID.values():
        for provider in capabilities.providers_of(cap.id):
            for platform in capabilities.platforms(cap.id) or [""]:
                routes += 1
                values = {p.name: sample(p) for p in cap.params}
                try:
                    through = plan(registry, capabilities, cap.id, values, platform, provider.name)
                except DeckError:
                    continue  # not offered there, or values this route refuses: nothing runs either way
                direct = plan(registry, capabilities, through.action.id, through.params)
                assert direct.confirm == through.confirm, (cap.id, provider.name, platform, through.params)
                compared += 1
    assert routes >= compared >= 45  # the routes the sampled values suit (a floor, so sampling cannot quietly break)


def test_every_capability_parameter_reaches_a_parameter_of_each_services_action(services):
    """Capabilities take Deck's names (``member_id``, ``prompt``); each route carries each one to a
    parameter its service's action has, under that service's own name, or the action refuses it
    (a cooldown on creating a command where the service sets none): never lost on the way."""
    registry, capabilities = services.registry, services.capabilities
    carried = refused = 0
    for cap in BY_ID.values():
        for platform in capabilities.platforms(cap.id) or [""]:
            for choice in capabilities.choices(cap.id, platform):
                own = {p.name for p in registry.get(choice.action_id).params.__params__}
                for p in cap.params:
                    try:
                        mapped = choice.params({p.name: sample(p)})
                    except DeckError:
                        continue  # a value this route needs alongside another (a category by name and id)
                    if set(mapped) <= own:
                        carried += 1
                        continue
                    with pytest.raises(InvalidParams, match="unknown parameter"):
                        registry.validate(choice.action_id, mapped)
                    refused += 1
    assert carried >= 200 and refused < carried // 10, (carried, refused)  # the sampled values suit most


def test_each_route_reads_the_answer_its_action_gives():
    """A route's mapper that names the answer's model names the one its operation answers with."""
    import inspect
    import typing

    from deck.providers import catalogue
    checked = 0
    for provider in catalogue.providers():
        for route in provider.routes:
            if not inspect.isfunction(route.result):
                continue
            hints = typing.get_type_hints(route.result)
            first = next(iter(inspect.signature(route.result).parameters))
            wanted = hints.get(first)
            answer = provider.by_id[route.operation].result
            if isinstance(wanted, type) and wanted is not object:
                assert answer is not None and issubclass(answer, wanted), (provider.name, route.operation, wanted)
                checked += 1
    assert checked >= 10


def test_a_capability_refuses_a_name_it_does_not_take(services):
    with pytest.raises(InvalidParams, match="discord_id"):
        services.capabilities.prepare("voice.kick", {"discord_id": "1"})


@pytest.fixture
def cli(monkeypatch, sandbox):
    """``deck run`` in this process against the sandbox, answering no to any question (and recording it)."""
    asked: list[str] = []
    for name, service in sandbox.services.items():
        monkeypatch.setenv(f"DECK_{name.upper()}_URL", sandbox.urls[name])
        for kind, value in service.secrets.items():
            monkeypatch.setenv(f"DECK_{name.upper()}_{kind.upper()}", value)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or "n")
    return asked


@pytest.mark.parametrize("args,asks", [
    (["run", "owncast.set-user-enabled", "--set", "userId=u1", "--set", "enabled=false"], True),  # disables
    (["run", "owncast.set-user-enabled", "--set", "userId=u1", "--set", "enabled=true"], False),
    (["run", "chat.ban", "--set", "username=troll", "--set", "user_id=u1", "--set", "platform=owncast", "--via",
      "owncast"], True),
    (["run", "chat.unban", "--set", "username=troll", "--set", "user_id=u1", "--set", "platform=owncast", "--via",
      "owncast"], False),
    (["run", "chat.timeout", "--set", "username=troll", "--set", "platform=twitch"], False),
])
def test_the_command_line_asks_what_the_plan_says(cli, args, asks):
    code = main(args)
    assert bool(cli) == asks and (code == 6 if asks else code != 6), (code, cli)
    if asks:
        assert "This cannot be undone." in cli[0]


def test_a_platform_is_taken_however_it_is_spelled(cli, sandbox):
    assert main(["run", "chat.timeout", "--set", "username=troll", "--set", "platform=Twitch"]) == 0
    assert any(op == "timeout" and body.get("platform") == "Twitch" for op, body, _ in sandbox.missxss.received)


async def test_every_typed_read_answers_in_its_capabilitys_own_type_through_every_service(sandbox):
    """Each service's route maps its answer into the capability's typed result (a Stream status
    is a StreamStatus from Kick, MissXss and Owncast alike)."""
    from deck.core.credentials import Credentials
    from deck.core.settings import Settings
    from deck.net.http import close_shared_client
    from deck.providers.capabilities import conforms
    from deck.sandbox.oauth import consent_in_browser

    credentials = Credentials()
    sandbox.give_credentials(credentials)
    services = Services(Settings(), credentials, base_urls=sandbox.base_urls())
    for session in services.oauth.values():  # every service signed in, as a streamer's would be
        await session.sign_in(consent_in_browser, port=0)
    registry, capabilities, checked = services.registry, services.capabilities, set()
    for cap in BY_ID.values():
        if cap.result is None or not cap.read:
            continue
        for platform in capabilities.platforms(cap.id) or [""]:
            for choice in capabilities.usable(cap.id, platform):
                if (cap.id, choice.provider) in checked:
                    continue
                own = registry.get(choice.action_id).params.__params__
                values: dict[str, object] = {p.name: sample(p) for p in (cap.params or own) if p.required}
                result = None
                for _ in range(3):  # the names a route maps from are its own: give what it says is missing
                    try:
                        result = await capabilities.invoke(cap.id, values, platform, provider=choice.provider)
                        break
                    except ServiceError:  # the sample viewer is not on this platform: another one checks it
                        break
                    except InvalidParams as exc:
                        for problem in exc.problems:  # "name: required", or "give at least one of: a, b"
                            where, _, what = problem.partition(": ")
                            names = what.split(", ") if where.startswith("give at least one of") else [where]
                            values[next((n for n in names if "id" not in n), names[0])] = "ada"  # a name, not an id
                if result is None:
                    continue
                assert conforms(result, cap.result), (cap.id, choice.provider, type(result))
                checked.add((cap.id, choice.provider))
    offered = {(c.id, p.name) for c in BY_ID.values() if c.result is not None and c.read
               for p in capabilities.providers_of(c.id)}
    assert checked == offered
    await close_shared_client()


def test_an_answer_a_route_cannot_map_into_the_capabilitys_type_is_the_services_error():
    from deck.actions.capabilities import Choice
    from deck.providers.capabilities import Route

    choice = Choice("kitchen", "Kitchen", Route("stream.status", "status", result=lambda answer: answer), "kitchen.status", "")
    with pytest.raises(ServiceError, match="does not understand"):
        choice.result({"live": True})  # a dict, not a StreamStatus


async def test_a_confirmation_says_who_in_the_users_words_not_ids_or_defaults(sandbox):
    """"Ban viewer on Kick? Username: ada · Reason: spam", not Kick's operation title and
    "User ID: 100028 · Broadcaster user ID: …"; a value left at its default goes unsaid."""
    from deck.core.credentials import Credentials
    from deck.core.settings import Settings
    from deck.net.http import close_shared_client
    from deck.sandbox.oauth import consent_in_browser

    credentials = Credentials()
    sandbox.give_credentials(credentials)
    services = Services(Settings(), credentials, base_urls=sandbox.base_urls())
    await services.oauth["kick"].sign_in(consent_in_browser, port=0)
    await services.probe("kick")
    ban = plan(services.registry, services.capabilities, "chat.ban",
               {"username": "ada", "user_id": "100028", "reason": "spam"}, "kick")
    assert ban.action.id == "kick.ban" and ban.question == "Ban viewer on Kick?"
    assert ban.details == "Username: ada · Reason: spam"
    followers = plan(services.registry, services.capabilities, "missxss.ban-recent-followers",
                     {"platform": "Kick", "action": "ban", "count": 5, "offset": 1})
    assert followers.details == "Action: ban · Count: 5"
    await close_shared_client()
