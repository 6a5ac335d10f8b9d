"""Composition root of the desktop app.

Order matters for a fast start: Qt and the window come first and paint; only then are
qasync, pydantic, httpx, keyring and the services imported and attached.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional

if TYPE_CHECKING:
    from deck.sandbox import Sandbox
    from deck.ui.context import AppContext

log = logging.getLogger("deck")


def _ensure_display() -> None:
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            print("deck: no display found; running offscreen (set DISPLAY to see the window).", file=sys.stderr)
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"  # a window's size limits, unseen offscreen


def _quiet_offscreen() -> None:
    """Without a display, Qt's offscreen platform says it cannot pass a window's size limits on
    each time a panel's layout changes them: nothing is wrong, so Deck does not print it."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode: Any, context: Any, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def open_window(demo: bool) -> tuple[Any, Any]:
    """The QApplication and the main window, shown and painted once."""
    os.environ.setdefault("QT_API", "pyside6")
    _ensure_display()
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from deck.core.paths import config_dir, resources_dir
    from deck.ui import i18n
    from deck.ui.main_window import MainWindow
    from deck.ui.panels import PANELS
    from deck.ui.ui_state import UiState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if QGuiApplication.platformName() == "offscreen":
        _quiet_offscreen()
    app.setApplicationName("Deck")
    app.setOrganizationName("Deck")
    app.setWindowIcon(QIcon(str(resources_dir() / "app" / "deck.png")))
    ui_state = UiState.load(config_dir() / "ui-state.json")
    i18n.install(app, i18n.pick(ui_state.language))  # before any text is made
    window = MainWindow(ui_state, PANELS, demo=demo)
    window.show()
    while not window.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return app, window


@dataclass
class Session:
    """What one run of the app started, for shutdown to end in order."""

    ctx: Any = None  # the AppContext
    sandbox: Any = None  # the demo's stand-ins
    on_failure: Optional[Callable[[str, BaseException], None]] = None  # the status bar's listener
    tasks: dict[str, Any] = field(default_factory=dict)  # background starts, by name
    control: Any = None  # the control endpoint deck run goes through
    remote: Any = None  # the deck in a phone's browser


def run_app(args: argparse.Namespace) -> int:
    app, window = open_window(args.demo)
    if args.quit_after_first_frame:
        return 0

    from deck import runtime

    loop = runtime.make_loop(app)
    session = Session()
    interrupted = runtime.run_until_quit(app, loop, lambda: boot(app, window, args.demo, session),
                                         lambda: shutdown(session))
    return 130 if interrupted else 0  # Ctrl+C: the shell's code for a command ended by SIGINT


def boot(app: Any, window: Any, demo: bool, session: Session) -> Any:
    """Load settings, credentials and services; start the sandbox in demo mode; attach the UI."""
    from deck import runtime
    from deck.actions.services import Services
    from deck.core import logs
    from deck.core.credentials import Credentials
    from deck.core.fileio import ensure_folder
    from deck.core.paths import config_dir, log_dir
    from deck.core.settings import SettingsStore
    from deck.ui import theme
    from deck.ui.context import AppContext

    logs.setup(log_dir())
    folder_notice = ensure_folder(config_dir())
    store = SettingsStore(config_dir() / "settings.json")
    settings = store.load()
    theme.apply(app, settings.ui.theme)
    sandbox = None
    base_urls: dict[str, str] = {}
    credentials = Credentials(memory_only=demo)
    if demo:
        from deck.sandbox import Sandbox

        sandbox = Sandbox(simulate=True).start()
        base_urls = sandbox.base_urls()
        sandbox.give_credentials(credentials)
    services = Services(settings, credentials, base_urls=base_urls)
    ctx = AppContext.build(services, store, window, demo=demo)
    session.ctx, session.sandbox = ctx, sandbox
    window.attach(ctx)
    from deck.ui.remote import RemoteMenu
    from deck.webdeck import RemoteDeck

    session.remote = RemoteDeck(ctx.deck, settings, ctx.save_settings)  # the deck in a phone's browser
    window.remote_menu = RemoteMenu(session.remote, window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), window.remote_menu)
    if settings.remote.web != "off":
        session.tasks["phone deck"] = runtime.spawn(session.remote.apply(), name="phone deck")
    session.on_failure = lambda name, exc: window.status.show_problem(str(exc))
    runtime.task_failed.connect(session.on_failure)
    notice = " ".join(filter(None, (folder_notice, store.notice)))
    if notice:
        from PySide6.QtWidgets import QMessageBox

        window.status.show_problem(notice)
        box = QMessageBox(QMessageBox.Icon.Warning, "Settings", notice, parent=window)
        box.setObjectName("settingsNotice")
        box.open()  # not modal: the app keeps starting
    if sandbox is not None:
        session.tasks["demo sign-in"] = runtime.spawn(demo_sign_in(ctx, sandbox), name="demo sign-in")
    else:
        ctx.check_connections()
        session.tasks["live events"] = runtime.spawn(services.events.start_enabled(), name="live events")
        from deck.control import ControlServer  # deck run from a terminal or a hardware deck acts through here

        session.control = ControlServer(services, settings.remote.control_port)
        session.tasks["control"] = runtime.spawn(session.control.start(), name="control endpoint")
    from PySide6.QtCore import QCoreApplication

    window.set_banner(QCoreApplication.translate("MainWindow", "Every panel is closed. Open panels from the View menu."))
    log.info("Deck started%s", " in demo mode" if demo else "")
    return ctx


async def demo_sign_in(ctx: "AppContext", sandbox: "Sandbox") -> None:
    """In demo mode every OAuth service signs in through the real browser-and-loopback flow,
    with the sandbox's authorization server consenting in the browser's place."""
    from deck.sandbox.oauth import consent_in_browser

    for session in ctx.services.oauth.values():
        await session.sign_in(consent_in_browser, port=0)  # any free port: the sandbox takes any loopback one
    ctx.check_connections()
    events = ctx.services.events
    for name, source in events.sources.items():  # live events: the stand-in delivers to Deck's receiver
        sandbox.services[name].webhook_url = await events.start(name, 0)
        await ctx.capabilities.invoke("events.subscribe", {"events": list(source.events)}, provider=name, source="demo")


async def shutdown(session: Session) -> None:
    from deck import runtime
    from deck.net.http import close_shared_client

    if session.on_failure is not None:
        runtime.task_failed.disconnect(session.on_failure)
        session.on_failure = None
    if session.control is not None:
        await session.control.stop()
    if session.remote is not None:
        await session.remote.stop()
    if session.ctx is not None:
        await session.ctx.services.chat.stop()
        await session.ctx.services.events.close()
        await session.ctx.services.close()
    await close_shared_client()
    if session.sandbox is not None:
        session.sandbox.stop()
