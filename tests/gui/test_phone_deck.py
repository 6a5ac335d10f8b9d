"""The deck in a real headless Chromium, as on a phone (390×844, touch): off by default, then
allowed for this computer; paired with the code the app shows; a press runs the button in the
app; a state changed in the app shows on the page by itself; a removed device is refused; the
grid fits the phone without scrolling sideways."""
from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
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

    code = remote.new_code()
    loop.run_until_complete(browser.open(f"{remote.url()}#pair={code}"))  # as the app's QR code opens it
    on_page(loop, browser, f"document.getElementById('code').value === '{code}'", "the code from the QR code")
    assert loop.run_until_complete(browser.js("location.hash")) == ""  # not kept in the address
    loop.run_until_complete(browser.js(
        "document.getElementById('name').value = 'Test phone'; document.getElementById('pair').requestSubmit(); true"))
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
    loop.run_until_complete(browser.viewport(1180, 820))  # a tablet, sideways
    on_page(loop, browser, "document.documentElement.scrollWidth <= window.innerWidth", "the grid fitting the tablet")
    loop.run_until_complete(browser.screenshot(tmp_path / "tablet.png"))
    loop.run_until_complete(browser.call("Emulation.setEmulatedMedia", {"features": [
        {"name": "prefers-color-scheme", "value": "dark"}]}))  # a phone in its dark theme
    loop.run_until_complete(browser.viewport(390, 844))
    loop.run_until_complete(browser.screenshot(tmp_path / "phone-dark.png"))

    loop.run_until_complete(remote.revoke(remote.devices.items[0]["id"]))
    on_page(loop, browser, "!document.getElementById('pair').hidden", "the removed phone sent back to pairing")
    loop.run_until_complete(remote.apply("off"))
    assert ctx.settings.remote.web == "off"
    saved = json.loads((ctx.settings_store.path).read_text())
    assert saved["remote"]["web"] == "off"


def test_the_http_api_runs_what_its_token_allows(app_window, loop, mx):
    """Companion, Stream Deck's web requests and scripts: a named token limited to some action
    groups; the command line's checks and questions; errors as JSON with the reason."""
    import httpx

    remote = app_window.remote_menu.remote
    app_window.ctx.settings.remote.web_port = free_port()
    loop.run_until_complete(remote.apply("local"))
    token = remote.new_token("Companion", ["missxss"])
    base = remote.url().rstrip("/")

    async def call(method, path, body=None, key=token, **headers):
        async with httpx.AsyncClient(timeout=10) as client:
            auth = {"Authorization": f"Bearer {key}"} if key else {}
            response = await client.request(method, base + path, json=body, headers={**auth, **headers})
            return response.status_code, response.json()

    def run(*args, **kwargs):
        return loop.run_until_complete(call(*args, **kwargs))

    status, actions = run("GET", "/api/v1/actions")
    assert status == 200 and actions and all(a["id"].startswith("missxss.") for a in actions)
    sent = len(mx.received)
    status, answer = run("POST", "/api/v1/actions/missxss.tts", {"params": {"text": "from Companion"}})
    assert status == 200 and mx.received[-1][0] == "tts" and mx.received[-1][1]["text"] == "from Companion"
    status, answer = run("POST", "/api/v1/actions/missxss.timeout", {"params": {"username": "troll", "duration": 0}})
    assert status == 400 and any("uration" in p for p in answer["problems"])
    status, answer = run("POST", "/api/v1/actions/missxss.ban", {"params": {"username": "troll", "platform": "kick"}})
    assert status == 409 and answer["question"]
    assert len([r for r in mx.received[sent:] if r[0] in ("timeout", "ban")]) == 0  # nothing of those was sent
    assert run("POST", "/api/v1/actions/obs.start-record", {})[0] == 403  # not one of its groups
    assert run("GET", "/api/v1/deck", key="")[0] == 401
    assert run("GET", "/api/v1/deck", Origin="http://evil.example")[0] == 403
    status, deck = run("GET", "/api/v1/deck")
    assert status == 200 and deck["pages"]
    from deck.ui.remote import TokensDialog

    tokens = TokensDialog(remote, app_window)  # removed in the app: refused from then on
    tokens.table.selectRow(0)
    loop.run_until_complete(tokens._remove())
    assert remote.tokens.items == [] and run("GET", "/api/v1/deck")[0] == 401
    tokens.close()
    loop.run_until_complete(remote.apply("off"))


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="needs zbarimg (apt: zbar-tools); CI installs it")
def test_the_pairing_dialog_shows_a_qr_code_of_the_address_and_code(app_window, loop, tmp_path):
    from PySide6.QtWidgets import QApplication, QDialog, QLabel

    remote = app_window.remote_menu.remote
    app_window.ctx.settings.remote.web_port = free_port()
    loop.run_until_complete(remote.apply("local"))
    app_window.remote_menu.pair()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.objectName() == "pairDialog")
    code = dialog.findChild(QLabel, "pairCode").text().replace(" ", "")
    dialog.findChild(QLabel, "pairQr").pixmap().save(str(tmp_path / "qr.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "qr.png")], capture_output=True, text=True, timeout=30)
    assert read.stdout.strip() == f"{remote.url()}#pair={code}"
    dialog.close()
    loop.run_until_complete(remote.apply("off"))
