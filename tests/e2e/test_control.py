"""``deck run`` goes through the running app when there is one: the app's services run it (one
owner of sign-ins, limits and the queue; Activity shows it as run from the command line) and
the output and exit codes are those of a run in the terminal's own process. The endpoint
answers only this user's commands: token, Host, no Origin, no acting on a GET, bounded body."""
from __future__ import annotations

import asyncio
import http.client
import json
import os
import subprocess
import sys
import threading

import pytest

from deck.actions.registry import Registry
from deck.actions.services import Services
from deck.control import ControlServer, control_file
from deck.core.credentials import Credentials
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from deck.net.limiter import Limits
from tests.support.real_obs import free_port


@pytest.fixture
def app(sandbox, deck_home):
    """The app's side: its services and control endpoint, on an event loop of their own."""
    credentials = Credentials(memory_only=True)
    for name, service in sandbox.services.items():
        for kind, value in service.secrets.items():
            credentials.set(name, value, kind, memory=True)
    services = Services(Settings(), credentials, Registry(Limits()), base_urls=sandbox.base_urls())
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    server = ControlServer(services, free_port())
    server.seen = []  # what Activity would list
    services.registry.invocation_changed.connect(lambda inv: inv.state == "ok" and server.seen.append(inv))
    assert asyncio.run_coroutine_threadsafe(server.start(), loop).result(10)
    server.loop = loop
    yield server
    asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
    asyncio.run_coroutine_threadsafe(close_shared_client(), loop).result(10)  # what the app's calls opened
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


def deck(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deck", *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env}, stdin=subprocess.DEVNULL)


def test_a_command_runs_in_the_app_with_the_same_answers(app, sandbox):
    assert oct(control_file().stat().st_mode & 0o777) == "0o600"
    ran = deck("run", "missxss.send-message", "--set", "message=hello from a key", "--set", "platform=kick")
    assert ran.returncode == 0, ran.stderr
    assert [m for op, m, status in sandbox.missxss.received if op == "send-message"][-1]["message"] == "hello from a key"
    seen = [inv for inv in app.seen if inv.action.id == "missxss.send-message"]
    assert seen and seen[-1].source == "cli"  # Activity in the app: run from the command line
    there = deck("run", "missxss.get-moderation-status", "--json")
    here = deck("run", "missxss.get-moderation-status", "--json", DECK_IN_PROCESS="1",
                DECK_MISSXSS_URL=sandbox.missxss_url, DECK_MISSXSS_TOKEN=sandbox.missxss.token)
    assert (there.stdout, there.returncode) == (here.stdout, here.returncode) and there.stdout
    sent = len(sandbox.missxss.received)
    bad = deck("run", "missxss.timeout", "--set", "duration=0", "--set", "username=troll")
    assert bad.returncode == 2 and "duration" in bad.stderr and len(sandbox.missxss.received) == sent
    asks = deck("run", "missxss.ban", "--set", "username=troll", "--set", "platform=kick")
    assert asks.returncode == 2 and "add --yes" in asks.stderr and len(sandbox.missxss.received) == sent


def test_without_a_running_app_the_command_runs_here(sandbox, deck_home):
    control_file().parent.mkdir(parents=True, exist_ok=True)
    control_file().write_text(json.dumps({"port": free_port(), "token": "x", "pid": 2**22 + 7}))  # an app long gone
    ran = deck("run", "missxss.send-message", "--set", "message=hi", "--set", "platform=kick",
               DECK_MISSXSS_URL=sandbox.missxss_url, DECK_MISSXSS_TOKEN=sandbox.missxss.token)
    assert ran.returncode == 0, ran.stderr


def raw(app, method: str = "POST", body: bytes = b'{"argv": ["run", "missxss.get-stream-meta"]}',
        token: str = "", host: str = "", **headers: str) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", app.port, timeout=10)
    connection.putrequest(method, "/v1/run", skip_host=True)
    connection.putheader("Host", host or f"127.0.0.1:{app.port}")
    if token:
        connection.putheader("Authorization", f"Bearer {token}")
    for name, value in headers.items():
        connection.putheader(name.replace("_", "-"), value)
    connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    response = connection.getresponse()
    status, text = response.status, response.read()
    connection.close()
    return status, json.loads(text) if text.startswith(b"{") else {}


def test_only_this_users_commands_are_taken(app, sandbox):
    before = len(sandbox.missxss.received)
    assert raw(app)[0] == 401  # no token
    assert raw(app, token="not-the-token")[0] == 401
    assert raw(app, token=app.token, host=f"evil.example:{app.port}")[0] == 421  # DNS rebinding
    assert raw(app, token=app.token, Origin="https://evil.example")[0] == 403  # a web page in a browser
    assert raw(app, "GET", b"", token=app.token)[0] == 405  # nothing is done for a GET
    assert raw(app, token=app.token, body=b"{" + b" " * 70_000 + b"}")[0] == 413
    assert raw(app, token=app.token, body=b'{"argv": ["accounts"]}')[0] == 400
    assert len(sandbox.missxss.received) == before  # nothing was run
    status, answer = raw(app, token=app.token)  # and it still serves
    assert status == 200 and answer["code"] == 0


def test_a_slow_client_holds_nothing_up(app, sandbox):
    import socket

    slow = socket.create_connection(("127.0.0.1", app.port), timeout=10)
    slow.sendall(b"POST /v1/run HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n" % app.port)  # and never the rest
    try:
        status, answer = raw(app, token=app.token)
        assert status == 200 and answer["code"] == 0
    finally:
        slow.close()


def test_the_app_and_commands_together_keep_to_the_documented_limit(app, sandbox):
    """Commands forwarded to the app share its limiter: the app's own calls and ten commands at
    once never make the service refuse one (a limit of 15 per window, windows shrunk to 0.5 s)."""
    app.services.registry._limits = Limits(margin=0.2, period=0.5)
    sandbox.missxss.window = 0.5
    commands = [subprocess.Popen([sys.executable, "-m", "deck", "run", "missxss.clear-chat", "--yes"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
                for _ in range(10)]

    async def own_calls():
        await asyncio.gather(*(app.services.registry.invoke("missxss.clear-chat", {}) for _ in range(20)))
    asyncio.run_coroutine_threadsafe(own_calls(), app.loop).result(60)
    for command in commands:
        out, err = command.communicate(timeout=60)
        assert command.returncode == 0, err
    assert sandbox.missxss.rate_limited == 0
    assert [s for op, _, s in sandbox.missxss.received if op == "clear-chat"] == [200] * 30
