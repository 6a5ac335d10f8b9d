"""Global hotkeys on Wayland: Deck's portal backend against a stand-in GlobalShortcuts portal
on a private D-Bus session."""
from __future__ import annotations

import asyncio
import shutil

import pytest

from deck.input.global_keys import WAYLAND, Unavailable, combo, create_backend
from deck.input.portal import DECLINED, PortalBackend, trigger
from tests.support.fake_portal import FakePortal, start_session_bus

pytestmark = pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="needs dbus-daemon (apt: dbus)")
WAYLAND_ENV = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}


@pytest.fixture
def bus(monkeypatch):
    process, address = start_session_bus()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    process.terminate()
    process.wait(10)


@pytest.fixture
def portal(bus):
    fake = FakePortal(bus)
    yield fake
    fake.close()


def test_triggers_use_the_xdg_shortcut_names():
    assert trigger(combo("Ctrl+Alt+H")) == "CTRL+ALT+h"
    assert trigger(combo("Shift+Meta+F5")) == "SHIFT+LOGO+F5"
    assert trigger(combo("Ctrl+PgDown")) == "CTRL+Page_Down"
    assert trigger(combo("Alt+Return")) == "ALT+Return"


def test_a_wayland_session_without_the_portal_says_what_to_do(bus):
    backend = create_backend(WAYLAND_ENV)
    assert isinstance(backend, Unavailable) and backend.problem == WAYLAND
    assert "X11 session" in WAYLAND and "KDE Plasma 6" in WAYLAND


async def next_event(events: asyncio.Queue) -> tuple[str, bool]:
    return await asyncio.wait_for(events.get(), 20)


def test_press_and_release_come_from_the_portal(portal):
    backend = create_backend(WAYLAND_ENV)
    assert isinstance(backend, PortalBackend) and not backend.problem

    async def scenario() -> list:
        events: asyncio.Queue = asyncio.Queue()
        backend.start(asyncio.get_running_loop(), lambda hk, pressed: events.put_nowait((hk, pressed)))
        backend.set_hotkeys({"talk": combo("Ctrl+Alt+H")}, {"talk": "Deck: start-song"})
        backend.set_hotkeys({"talk": combo("Ctrl+Alt+H")}, {"talk": "Deck: start-song"})  # unchanged: not rebound
        session, shortcut = await asyncio.to_thread(portal.wait_bound, "CTRL+ALT+h")
        portal.press(session, shortcut, True)
        seen = [await next_event(events)]
        portal.press("/org/freedesktop/portal/desktop/session/other/app", shortcut, False)  # not Deck's session
        portal.press(session, shortcut, False)
        seen.append(await next_event(events))

        backend.set_hotkeys({"clip": combo("Ctrl+Shift+C")})  # a changed set: the old session closes
        new_session, clip = await asyncio.to_thread(portal.wait_bound, "CTRL+SHIFT+c")
        portal.press(session, shortcut, True)  # the closed session is ignored
        portal.press(new_session, clip, True)
        seen.append(await next_event(events))
        backend.stop()
        return seen

    assert asyncio.run(scenario()) == [("talk", True), ("talk", False), ("clip", True)]
    calls = [name for name, _ in portal.calls]
    assert calls.count("BindShortcuts") == 2 and "Close" in calls
    bind = next(body for name, body in portal.calls if name == "BindShortcuts")
    assert bind[1] == [("talk", {"description": ("s", "Deck: start-song"), "preferred_trigger": ("s", "CTRL+ALT+h")})]
    assert backend.bound == {"clip": "CTRL+SHIFT+c"} and portal.sessions == {}  # stop closed the session


def test_a_declined_dialog_is_explained(bus):
    portal = FakePortal(bus, answer=1)
    backend = create_backend(WAYLAND_ENV)

    async def scenario() -> None:
        backend.start(asyncio.get_running_loop(), lambda *_: None)
        backend.set_hotkeys({"talk": combo("Ctrl+Alt+H")})
        while backend.problem != DECLINED:
            await asyncio.sleep(0.01)  # polling another thread's answer
        backend.stop()

    try:
        asyncio.run(asyncio.wait_for(scenario(), 20))
    finally:
        portal.close()
