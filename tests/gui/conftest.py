from __future__ import annotations

import asyncio
import time

import pytest
import pytestqt.plugin

from deck import runtime

_loops: list[asyncio.AbstractEventLoop] = []
_closed_loops: list[asyncio.AbstractEventLoop] = []
_plain_process_events = pytestqt.plugin._process_events


def _process_events_in_loop() -> None:
    """pytest-qt processes Qt events between test phases; with the app's qasync loop that
    must happen inside the loop, as it always does in the app, or asyncio work queued as
    Qt events would run with no running loop."""
    loop = _loops[-1] if _loops else None
    if loop is None or loop.is_closed() or loop.is_running():
        _plain_process_events()
        return

    async def spin() -> None:
        for _ in range(3):
            await asyncio.sleep(0)

    loop.run_until_complete(spin())


pytestqt.plugin._process_events = _process_events_in_loop


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The app speaks English as it starts by default: with its plural forms ("1 entry")."""
    from deck.ui import i18n

    i18n.install(qapp, "en")


@pytest.fixture
def loop(qapp):
    """The app's qasync loop; any background task failing unexpectedly fails the test."""
    loop = runtime.make_loop(qapp)
    failures: list[tuple[str, BaseException]] = []
    expected: list[type[BaseException]] = []

    def record(name, exc):
        if not any(isinstance(exc, e) for e in expected):
            failures.append((name, exc))

    runtime.task_failed.connect(record)
    loop.expect_failure = expected.append  # type: ignore[attr-defined]

    def run_until_complete(coro):
        # qasync's own run_until_complete processes Qt events once more after the loop has
        # stopped; queued asyncio work would then run with no running loop
        future = asyncio.ensure_future(coro, loop=loop)
        future.add_done_callback(lambda _: loop.stop())
        loop.run_forever()
        return future.result()

    loop.run_until_complete = run_until_complete  # type: ignore[method-assign]
    _loops.append(loop)
    yield loop
    runtime.task_failed.disconnect(record)
    from deck.net.http import close_shared_client

    leftovers = runtime.running_tasks()
    for task in leftovers:
        task.cancel()

    async def settle_cancelled():  # a cancelled request unwinds through a few steps of the loop
        await asyncio.wait(leftovers, timeout=5)
        await close_shared_client()

    loop.run_until_complete(settle_cancelled() if leftovers else close_shared_client())
    loop.close()
    _loops.remove(loop)
    # Kept alive: destroying a closed qasync loop (its timer QObject still has Qt timers
    # registered) crashed later in Qt's timer dispatch.
    _closed_loops.append(loop)
    asyncio.set_event_loop(None)
    assert not failures, f"unhandled background failures: {failures}"


def until(loop, predicate, timeout: float = 10.0, what: str = "condition"):
    """Run the app's loop until ``predicate()`` is true (no fixed sleeps)."""

    async def wait():
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what() if callable(what) else what}")
            await asyncio.sleep(0.005)

    loop.run_until_complete(wait())


@pytest.fixture
def context(qtbot, deck_home):
    """``context(services)``: the app's context around these services, in a window of its own
    (for a dialog or panel tested without the demo's boot)."""
    from deck.core.settings import SettingsStore
    from deck.ui.context import AppContext
    from deck.ui.main_window import MainWindow
    from deck.ui.panels import PANELS
    from deck.ui.ui_state import UiState

    made = []

    def make(services):
        window = MainWindow(UiState.load(deck_home / "config" / "ui-state.json"), PANELS)
        ctx = AppContext.build(services, SettingsStore(deck_home / "config" / "settings.json"), window)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.deck.close()
        ctx.window.deleteLater()


@pytest.fixture
def app_window(qtbot, loop, qapp):
    """The real composition root in demo mode: window, sandbox, services, panels."""
    from deck.app import Session, boot, shutdown
    from deck.core.paths import config_dir
    from deck.ui.main_window import MainWindow
    from deck.ui.panels import PANELS
    from deck.ui.ui_state import UiState

    window = MainWindow(UiState.load(config_dir() / "ui-state.json"), PANELS, demo=True)
    window.show()  # closed below once background work is done, not by pytest-qt before that
    state = Session()

    async def start():  # as in the app: boot runs inside the event loop
        return boot(qapp, window, True, state)

    loop.run_until_complete(start())
    window.sandbox = state.sandbox  # the tests' handle on the demo's stand-ins
    state.sandbox.simulate = False
    state.sandbox.chat.set_rate(0)
    # let the first loads finish: pytest-qt processes Qt events outside the asyncio loop
    # after setup, and no request may be in flight then
    until(loop, lambda: all(getattr(p, "loaded", True) for p in window.docks.panels.values())
          and not runtime.running_tasks(), what="the first loads")
    yield window
    until(loop, lambda: not runtime.running_tasks(), what="background work to finish")
    loop.run_until_complete(shutdown(state))
    window.close()
    window.deleteLater()



@pytest.fixture
def answers(monkeypatch):
    """Answer confirmation boxes: records each question; ``answers.yes`` says how to answer."""
    from PySide6.QtWidgets import QMessageBox

    class Answers(list):
        yes = True

    asked = Answers()

    def exec_(box):
        asked.append(box.text())
        if asked.yes:
            for b in box.buttons():
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole:
                    b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


@pytest.fixture
def mx(app_window):
    """The demo sandbox's MissXss state."""
    return app_window.sandbox.missxss


def open_panel(window, loop, pid):
    """Bring a panel to the front and wait for its first load to be sent."""
    panel = window.docks.show(pid)
    until(loop, lambda: panel.loaded, what=f"{pid} to load")
    return panel


def settle(loop, window):
    """Run until no request is pending."""
    until(loop, lambda: not runtime.running_tasks(), what="background work to finish")
