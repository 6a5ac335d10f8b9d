"""The deck in a real headless Chromium, as on a phone (390×844, touch): off by default, then
allowed for this computer; paired with the code the app shows; a press runs the button in the
app; a state changed in the app shows on the page by itself; a removed device is refused; the
grid fits the phone without scrolling sideways."""
from __future__ import annotations

import asyncio
import json
import time

import pytest

from deck.actions.profiles import Cell
from tests.support.browser import Browser
from tests.support.real_obs import free_port

from .conftest import until


def on_page(loop, browser, expression: str, what: str, timeout: float = 15.0) -> None:
    """Wait until ``expression`` holds in the page (the page and the app share this loop)."""
    async def holds() -> bool:
        try:
            return bool(await browser.js(expression))
        except RuntimeError:  # the page is not there yet (still loading): not yet
            return False

    async def wait() -> None:
        deadline = time.monotonic() + timeout
        while not await holds():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.01)
    loop.run_until_complete(wait())


@pytest.fixture
def browser():
    chrome = Browser()
    yield chrome
    chrome.close()


def test_pair_press_and_see_live_state_on_a_phone(app_window, loop, browser, mx, tmp_path):
    ctx = app_window.ctx
    remote = app_window.remote_menu.remote
    assert remote.mode == "off" and remote.server is None  # off by default
    ctx.settings.remote.web_port = free_port()
    loop.run_until_complete(remote.apply("local"))
    assert remote.url().startswith("http://127.0.0.1:")

    loop.run_until_complete(browser.open(remote.url()))
    on_page(loop, browser, "!document.getElementById('pair').hidden", "the pairing form")
    code = remote.new_code()
    loop.run_until_complete(browser.js(
        f"document.getElementById('code').value = '{code}'; document.getElementById('name').value = 'Test phone';"
        "document.getElementById('pair').requestSubmit(); true"))
    on_page(loop, browser, "document.querySelectorAll('.cell[data-id]').length > 0", "the deck on the page")
    assert loop.run_until_complete(browser.js("getComputedStyle(document.getElementById('pair')).display")) == "none"
    assert [d["name"] for d in remote.devices.items] == ["Test phone"]
    cookie = loop.run_until_complete(browser.js("document.cookie"))
    assert "deck_device" not in cookie  # HttpOnly: no script on the page can read it
    assert loop.run_until_complete(browser.js("document.documentElement.scrollWidth <= window.innerWidth"))

    control = ctx.deck
    page = control.profile.pages[0]
    cell = Cell(id="webhello", row=2, col=4, label="Hello", icon="megaphone", steps=[
        {"action": "missxss.tts", "params": {"text": "Hello from the phone"}}])
    page.cells.append(cell)
    control.save()  # the desktop's edit reaches the page by itself
    on_page(loop, browser, "!!document.querySelector('.cell[data-id=webhello]')", "the new button on the page")
    loop.run_until_complete(browser.js("document.querySelector('.cell[data-id=webhello]').click(); true"))
    until(loop, lambda: any(op == "tts" and p.get("text") == "Hello from the phone" for op, p, _ in mx.received),
          what="the press reaching the service")

    shield = next(c for c in page.cells if c.kind == "toggle" and c.toggle == "shield")
    loop.run_until_complete(ctx.registry.invoke("missxss.shield-mode", {"mode": "on"}))  # changed in the app
    on_page(loop, browser, f"document.querySelector('.cell[data-id=\"{shield.id}\"]').classList.contains('on')",
            "the toggle's state on the page")
    loop.run_until_complete(browser.screenshot(tmp_path / "phone.png"))
    assert (tmp_path / "phone.png").stat().st_size > 1000

    loop.run_until_complete(remote.revoke(remote.devices.items[0]["id"]))
    on_page(loop, browser, "!document.getElementById('pair').hidden", "the removed phone sent back to pairing")
    loop.run_until_complete(remote.apply("off"))
    assert ctx.settings.remote.web == "off"
    saved = json.loads((ctx.settings_store.path).read_text())
    assert saved["remote"]["web"] == "off"
