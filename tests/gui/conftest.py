from __future__ import annotations

import asyncio
import time

import pytest

from deck import runtime


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
    yield loop
    runtime.task_failed.disconnect(record)
    from deck.net.http import close_shared_client

    for task in runtime.running_tasks():
        task.cancel()
    loop.run_until_complete(close_shared_client())
    loop.close()
    asyncio.set_event_loop(None)
    assert not failures, f"unhandled background failures: {failures}"


def until(loop, predicate, timeout: float = 10.0, what: str = "condition"):
    """Run the app's loop until ``predicate()`` is true (no fixed sleeps)."""

    async def wait():
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.005)

    loop.run_until_complete(wait())


@pytest.fixture
def app_window(qtbot, loop, qapp):
    """The real composition root in demo mode: window, sandbox, services, panels."""
    from deck.app import boot, shutdown
    from deck.core.paths import config_dir
    from deck.ui.main_window import MainWindow
    from deck.ui.panels import PANELS
    from deck.ui.ui_state import UiState

    window = MainWindow(UiState.load(config_dir() / "ui-state.json"), PANELS, demo=True)
    qtbot.addWidget(window)
    window.show()
    state: dict = {}
    ctx = boot(qapp, window, True, state)
    ctx.sandbox.simulate = False
    yield window
    loop.run_until_complete(shutdown(state))

