"""Each class of hostile input has one rule, tested through a member of the class: one depth
limit for every JSON text, one text rule for every string Deck sends (top level, in lists and
in objects), one bound for numbers and lists, one check of a service's address, and every
credential masked in every encoding Deck sends it in. Nothing is sent and nothing crashes."""
from __future__ import annotations

import base64
import json

import pytest
from aiohttp import web

from deck.__main__ import main
from deck.core.errors import CredentialsInvalid, InvalidParams, MalformedResponse
from deck.core.params import LIST_MAX
from tests.support.web import serving


def kitchen_env(monkeypatch, kitchen, **extra):
    monkeypatch.setenv("DECK_KITCHEN_URL", kitchen.base_urls()["kitchen"])
    monkeypatch.setenv("DECK_KITCHEN_TOKEN", "kitchen-token-123")
    monkeypatch.setenv("DECK_KITCHEN_ADMIN_PASSWORD", "admin-pw-456")
    for name, value in extra.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def cli(monkeypatch, kitchen):
    """``deck`` in this process, with the test service as its only provider."""
    from tests.support.kitchen import KITCHEN

    monkeypatch.setattr("deck.providers.catalogue.providers", lambda: (KITCHEN,))
    kitchen_env(monkeypatch, kitchen)
    return main


REFUSED = [
    # (action, params, what the problem says)
    ("kitchen.item", {"id": "\u200b\u200f"}, "visible character"),  # a path segment of zero-width and a bidi mark
    ("kitchen.item", {"id": "\u2066\u2069"}, "visible character"),
    ("kitchen.item", {"id": ""}, "cannot be empty"),  # an empty path segment changes the address
    ("kitchen.search", {"id": [10**40]}, "id.0"),  # 40 digits inside an id list
    ("kitchen.search", {"filter": {"a": float("nan")}}, "not finite"),
    ("kitchen.search", {"filter": {"a": [float("inf")]}}, "not finite"),
    ("kitchen.search", {"filter": {"a": 10**30}}, "whole number beyond"),
    ("kitchen.search", {"filter": {"k\ud800": 1}}, "lone surrogate"),  # in a key
    ("kitchen.search", {"filter": {"a": ["ok", "\ud800"]}}, "lone surrogate"),
    ("kitchen.search", {"filter": {"a": "bell\u0007"}}, "control characters"),
    ("kitchen.search", {"filter": json.dumps({"a": 1}) + "[" * 5000}, "JSON object"),
    ("kitchen.rename", {"id": "7", "name": "Bowl", "tag": ["x\ud800"]}, "item 0"),
    ("kitchen.rename", {"id": "7", "name": "Bowl", "tag": [str(i) for i in range(LIST_MAX + 1)]}, "at most"),
    ("kitchen.shout", {"text": "\ufeff\u200d"}, "visible character"),
]


@pytest.mark.parametrize("action,params,problem", REFUSED)
async def test_each_class_of_hostile_parameter_is_refused_before_sending(api, action, params, problem):
    registry, kitchen, _ = api
    with pytest.raises(InvalidParams) as err:
        await registry.invoke(action, params)
    assert problem in str(err.value)
    assert kitchen.received == []


@pytest.mark.parametrize("value", ["[" * 100_000, '{"a":' * 5000 + "1" + "}" * 5000])
def test_deeply_nested_values_on_the_command_line_exit_2(cli, capsys, value):
    """``--set`` of JSON text on a parameter that is not text, and ``--params-json``."""
    assert cli(["run", "kitchen.search", "--set", f"id={value}"]) == 2
    assert cli(["run", "kitchen.search", "--params-json", f'{{"filter": {value}}}']) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("error: ") == 2


def test_a_lone_surrogate_in_a_list_parameter_exits_2(cli, capsys):
    assert cli(["run", "kitchen.rename", "--params-json", '{"id": "7", "name": "Bowl", "tag": ["\\ud800"]}']) == 2
    assert "lone surrogate" in capsys.readouterr().err


@pytest.mark.parametrize("url,problem", [
    ("http://[::1", "not a web address"),
    ("http://127.0.0.1:99999/api", "port must be from 1 to 65535"),
    ("http://127.0.0.1/" + "a" * 100_000, "longer than 2000 characters"),
    ("ftp://127.0.0.1/", "must start with http:// or https://"),
])
def test_an_address_that_cannot_be_used_exits_2_and_says_why(cli, capsys, monkeypatch, url, problem):
    monkeypatch.setenv("DECK_KITCHEN_URL", url)
    assert cli(["run", "kitchen.motd"]) == 2
    err = capsys.readouterr().err
    assert problem in err and "DECK_KITCHEN_URL" in err and "Traceback" not in err and len(err) < 500


async def test_a_key_no_request_can_carry_is_explained(api, memory_keyring):
    registry, kitchen, services = api
    services.credentials.set("kitchen", "kitchen-tökén")
    with pytest.raises(CredentialsInvalid, match="Paste it again"):
        await registry.invoke("kitchen.motd", {})
    assert kitchen.received == []


def test_an_echoed_basic_credential_is_masked_everywhere(cli, kitchen, capsys):
    """The admin password travels as base64 of ``admin:password``; a server that echoes the
    header shows nothing of it, readable or as JSON."""
    sent = base64.b64encode(b"admin:admin-pw-456").decode()
    kitchen.kitchen.intercept = lambda op: (200, {"restarting": True, "headers": {"Authorization": f"Basic {sent}"},
                                                  "plain": f"you sent {sent}"}, {})
    for extra in ([], ["--json"]):
        assert cli(["run", "kitchen.restart", "--yes", *extra]) == 0
        out = capsys.readouterr().out
        assert "restarting" in out and sent not in out and sent[:12] not in out


def test_terminal_escapes_from_a_service_are_not_printed(cli, kitchen, capsys):
    kitchen.kitchen.intercept = lambda op: (400, {"error": "bad \x1b[2J\x1b]0;pwned\x07item\x1b[31m"}, {})
    assert cli(["run", "kitchen.item", "--set", "id=7"]) == 3
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "bad item" in err


@pytest.fixture
async def deep_server():
    async def deep(request: web.Request) -> web.Response:
        return web.Response(body=b"[" * 100_000 + b"]" * 100_000, content_type="application/json")

    app = web.Application()
    app.router.add_get("/items", deep)
    async with serving(app) as url:
        yield url


async def test_an_answer_nested_without_end_is_a_malformed_answer(api, deep_server):
    registry, _, services = api
    services.base_urls["kitchen"] = deep_server
    services.reconfigure()
    with pytest.raises(MalformedResponse, match="nested too deeply"):
        await registry.invoke("kitchen.search", {})


def test_chat_tail_refuses_a_count_below_one(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["chat", "tail", "twitch:somebody", "--count", "-5"])
    assert exited.value.code == 2 and "must be a whole number of 1 or more" in capsys.readouterr().err


def test_output_into_a_pipe_closed_early_ends_quietly():
    """``deck actions --json | head -c 100``: the reader goes away after 100 bytes."""
    import subprocess
    import sys

    with subprocess.Popen([sys.executable, "-m", "deck", "actions", "--json"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as deck:
        assert deck.stdout is not None and deck.stderr is not None
        assert len(deck.stdout.read(100)) == 100
        deck.stdout.close()
        err = deck.stderr.read().decode()
        assert deck.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err


async def test_a_number_where_a_text_is_due_is_sent_as_the_text_it_reads_as(api):
    """A number given for a text parameter (``--params-json '{"name": 42}'``, a setting value of
    1 as a document describes it) is the text "42"; true and false are not."""
    registry, kitchen, _ = api
    assert await registry.invoke("kitchen.rename", {"id": 7, "name": 42}) == {"ok": True, "tags": []}
    assert kitchen.items["7"]["name"] == "42"
    with pytest.raises(InvalidParams, match="name"):
        await registry.invoke("kitchen.rename", {"id": "7", "name": True})


async def test_a_map_of_texts_is_sent_as_texts(services, sandbox):
    """Owncast stores its appearance variables as texts: a number given is written as one."""
    oc = sandbox.services["owncast"]
    await services.registry.invoke("owncast.set-appearance", {"value": {"--theme-color": "#ff0000", "--size": 5}})
    assert oc.config["instanceDetails"]["appearanceVariables"] == {"--theme-color": "#ff0000", "--size": "5"}
    with pytest.raises(InvalidParams):
        await services.registry.invoke("owncast.set-appearance", {"value": {"--nested": {"a": 1}}})


async def test_a_setting_value_given_as_a_number_is_taken(services, sandbox):
    bot = sandbox.services["scottybot"]
    await services.registry.invoke("scottybot.set-setting", {"setting": "startpoints", "value": 3})
    assert bot.settings["startpoints"] == 3


def test_parameters_without_set_are_shown_how(cli, capsys, kitchen):
    assert cli(["run", "kitchen.shout", "text=hi there"]) == 2
    assert "parameters are given with --set NAME=VALUE: --set 'text=hi there'" in capsys.readouterr().err
    assert kitchen.kitchen.received == []


def test_limits_read_as_words():
    from deck.cli import _limits
    from deck.core.params import Param

    assert _limits(Param("text", min=1)) == "text at least 1 character"
    assert _limits(Param("text", min=1, max=20)) == "text 1-20 characters"
    assert _limits(Param("ids", "list", max=1)) == "list of str at most 1 item"
