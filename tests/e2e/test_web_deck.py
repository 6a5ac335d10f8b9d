"""The phone deck's server with raw HTTP: every way in that is not a paired browser on the deck's
own page is refused with the right status, nothing runs, and the server goes on serving."""
from __future__ import annotations

import asyncio
import http.client
import json
import threading

import pytest

from deck.actions.profiles import default_profile
from deck.core.events import Event
from deck.webdeck import Devices
from deck.webdeck.server import ATTEMPTS_PER_MINUTE, WebDeck
from tests.support.real_obs import free_port


class Control:
    """The desktop deck as the server sees it: its profile, toggles, questions and presses."""

    def __init__(self) -> None:
        self.profile = default_profile("Default")
        self.toggles = type("Toggles", (), {"get": lambda self, kind, arg: None})()
        self.pressed: list[tuple[str, bool]] = []
        self.cell_state, self.toggle_changed, self.profile_changed = Event(), Event(), Event()

    def question_of(self, cell) -> str:
        return "Clear the chat for everyone?" if cell.label == "Clear chat" else ""

    def run_cell(self, cell, confirmed: bool = False) -> None:
        self.pressed.append((cell.id, confirmed))


@pytest.fixture
def deck(deck_home):
    control = Control()
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    server = WebDeck(control, "127.0.0.1", free_port(), Devices())
    asyncio.run_coroutine_threadsafe(server.start(), loop).result(10)
    server.control = control
    yield server
    asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


def request(deck, method: str, path: str, body: object = None, cookie: str = "", host: str = "",
            origin: object = True, raw: bytes = b"") -> tuple[int, dict, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", deck.port, timeout=10)
    data = raw or (json.dumps(body).encode() if body is not None else b"")
    connection.putrequest(method, path, skip_host=True)
    host = host or f"127.0.0.1:{deck.port}"
    connection.putheader("Host", host)
    if origin:
        connection.putheader("Origin", origin if isinstance(origin, str) else f"http://{host}")
    if cookie:
        connection.putheader("Cookie", f"deck_device={cookie}")
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", str(len(data)))
    connection.endheaders(data)
    response = connection.getresponse()
    text = response.read()
    headers = {k.lower(): v for k, v in response.getheaders()}
    connection.close()
    return response.status, (json.loads(text) if text.startswith(b"{") else {}), headers


def pair(deck) -> str:
    code = deck.new_code()
    status, _, headers = request(deck, "POST", "/api/pair", {"code": code, "name": "phone"})
    assert status == 200
    cookie = headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    return cookie.split(";")[0].split("=", 1)[1]


def test_pairing_once_with_a_fresh_code_and_a_limited_number_of_tries(deck):
    assert request(deck, "GET", "/api/deck")[0] == 401  # not paired
    code = deck.new_code()
    assert request(deck, "POST", "/api/pair", {"code": "000000" if code != "000000" else "111111"})[0] == 403
    token = pair(deck)
    assert request(deck, "GET", "/api/deck", cookie=token)[0] == 200
    assert request(deck, "POST", "/api/pair", {"code": code})[0] == 403  # used once: gone
    expired = deck.new_code()
    deck.code = (expired, 0.0)  # its two minutes are over
    assert request(deck, "POST", "/api/pair", {"code": expired})[0] == 403
    fresh = deck.new_code()
    for _ in range(ATTEMPTS_PER_MINUTE):
        request(deck, "POST", "/api/pair", {"code": "999999" if fresh != "999999" else "888888"})
    assert request(deck, "POST", "/api/pair", {"code": fresh})[0] == 429  # a flood: even the right code waits
    assert len(deck.devices.items) == 1
    assert token not in (deck.devices.path.read_text())  # only its hash is kept


def test_everything_else_is_refused_and_nothing_runs(deck):
    token = pair(deck)
    cell = deck.control.profile.pages[0].cells[0]
    assert request(deck, "POST", "/api/press", {"cell": cell.id})[0] == 401  # no cookie
    assert request(deck, "POST", "/api/press", {"cell": cell.id}, cookie="not-a-token")[0] == 401
    assert request(deck, "POST", "/api/press", {"cell": cell.id}, cookie=token, host=f"evil.example:{deck.port}")[0] == 421
    assert request(deck, "POST", "/api/press", {"cell": cell.id}, cookie=token, origin="http://evil.example")[0] == 403
    assert request(deck, "POST", "/api/press", {"cell": cell.id}, cookie=token, origin=False)[0] == 403
    assert request(deck, "GET", f"/api/press?cell={cell.id}", cookie=token)[0] == 405  # a GET never acts
    assert request(deck, "POST", "/api/press", cookie=token, raw=b"{" + b" " * 20_000 + b"}")[0] == 413
    assert deck.control.pressed == []
    status, answer, _ = request(deck, "POST", "/api/press", {"cell": cell.id}, cookie=token)
    assert status == 200 and deck.control.pressed == [(cell.id, True)]


def test_a_question_is_asked_on_the_phone_and_a_removed_device_is_refused(deck):
    token = pair(deck)
    clear = next(c for p in deck.control.profile.pages for c in p.cells if c.label == "Clear chat")
    status, answer, _ = request(deck, "POST", "/api/press", {"cell": clear.id}, cookie=token)
    assert answer == {"ask": "Clear the chat for everyone?"} and deck.control.pressed == []
    request(deck, "POST", "/api/press", {"cell": clear.id, "confirmed": True}, cookie=token)
    assert deck.control.pressed == [(clear.id, True)]
    deck.devices.revoke(deck.devices.items[0]["id"])
    assert request(deck, "GET", "/api/deck", cookie=token)[0] == 401


def test_a_slow_client_holds_nothing_up(deck):
    import socket

    token = pair(deck)
    slow = socket.create_connection(("127.0.0.1", deck.port), timeout=10)
    slow.sendall(b"POST /api/press HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Length: 1000\r\n\r\n{" % deck.port)
    try:  # it sends one byte of a 1000-byte body and waits: others are served meanwhile
        assert request(deck, "GET", "/api/deck", cookie=token)[0] == 200
    finally:
        slow.close()
    assert deck.control.pressed == []
