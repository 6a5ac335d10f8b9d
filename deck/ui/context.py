"""What the widgets get: the registry to run actions, settings and credentials, and a
``run`` that asks before destructive actions and reports failures, so no widget talks
to the network itself."""
from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deck import runtime
from deck.actions.capabilities import Capabilities
from deck.actions.plan import Plan, plan
from deck.actions.registry import Registry
from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import DeckError
from deck.core.settings import Settings, SettingsStore

from .i18n import contract
from .widgets import guard_wheel

if TYPE_CHECKING:
    from .chat_feed import ChatFeed
    from .deck_control import DeckControl
    from .main_window import MainWindow



@dataclass
class AppContext:
    """Built whole, once, by :meth:`build`."""

    services: Services
    settings_store: SettingsStore
    window: "MainWindow"
    chat: "ChatFeed"  # every channel's messages
    deck: "DeckControl" = field(init=False)  # profiles, deck buttons and hotkeys
    demo: bool = False

    @classmethod
    def build(cls, services: Services, store: SettingsStore, window: "MainWindow", demo: bool = False) -> "AppContext":
        from .chat_feed import ChatFeed
        from .deck_control import DeckControl

        ctx = cls(services, store, window, ChatFeed(services.chat, services.settings, window), demo=demo)
        ctx.deck = DeckControl(ctx, window)  # it runs its buttons through the context
        return ctx

    def chat_channels(self) -> list[str]:
        """The channels to read: the settings', or in demo mode the sandbox's lively ones."""
        if self.settings.chat.channels or not self.demo:
            return self.settings.chat.channels
        from deck.providers.chat.platforms import PLATFORMS  # every platform's lively demo channel

        return [f"{platform}:deckdemo" for platform in PLATFORMS]

    @property
    def registry(self) -> Registry:
        return self.services.registry

    @property
    def capabilities(self) -> Capabilities:
        return self.services.capabilities

    def resolve(self, action_id: str, params: Optional[dict[str, Any]] = None, platform: str = "",
                provider: Optional[str] = None) -> tuple[str, dict[str, Any]]:
        """An action, or a capability resolved to the action that runs it now (with the
        parameters that action takes). Raises with the reason when no service can."""
        if not self.capabilities.knows(action_id):
            return action_id, dict(params or {})
        choice, mapped = self.capabilities.prepare(action_id, params, platform, provider)
        return choice.action_id, mapped

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def credentials(self) -> Credentials:
        return self.services.credentials

    def validate(self, action_id: str, params: Optional[dict[str, Any]] = None, platform: str = "",
                 provider: Optional[str] = None) -> Any:
        """Check parameters of an action or capability as the command line does (raises)."""
        return self.plan(action_id, params, platform, provider).model

    def plan(self, action_id: str, params: Optional[dict[str, Any]] = None, platform: str = "",
             provider: Optional[str] = None) -> Plan:
        """What would run and whether to ask first (raises what is wrong, before anything is sent)."""
        return plan(self.registry, self.capabilities, action_id, params, platform, provider)

    def save_settings(self) -> None:
        """Save; in a folder Deck cannot write the change lasts for this session, and it says so."""
        try:
            self.settings_store.save(self.settings)
        except OSError as exc:
            problem = QCoreApplication.translate("AppContext", "Deck cannot save settings ({why}); changes last until you "
                                                                     "quit.").format(why=exc.strerror or exc)
            if self.window is not None and hasattr(self.window, "status"):
                self.window.status.show_problem(problem)

    def check_connections(self, only: Optional[str] = None) -> None:
        """Health-check every configured service once (or just ``only``); the status-bar
        lights show the outcome, and a service without its credential says what is missing."""
        for name in self.services.providers:
            if only and name != only:
                continue
            missing = self.services.missing(name)
            if missing is not None:
                self.registry.report_health(name, missing.state, str(missing))
                continue
            self.registry.report_health(name, "checking", "")

            async def check(name: str = name) -> None:
                with contextlib.suppress(DeckError):  # the registry reports it to the service's light
                    await self.services.probe(name)

            runtime.spawn(check(), name=f"health check {name}")

    def confirm(self, plan: Plan, parent: Optional[QWidget] = None, question: str = "") -> bool:
        """Ask before what the plan says must be confirmed, or whenever a ``question`` (what
        will happen, in words) is given; the "confirm destructive actions" setting turns both off."""
        if not (plan.confirm or question) or not self.settings.ui.confirm_destructive:
            return True
        asked, why = plan.ask()
        text = question or f"<b>{asked}</b> {why}"
        if plan.action.description and plan.confirm:  # what it breaks, as the contract says
            text += f"<br><br>{contract(plan.action.description)}"
        return self.ask(text, contract(plan.title), detail=plan.describe(contract), parent=parent)


    def ask(self, text: str, verb: str, detail: str = "", parent: Optional[QWidget] = None) -> bool:
        """A confirmation with a named button (``verb``) and Cancel as the default."""
        box = QMessageBox(parent or self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Confirm", "Are you sure?"))
        box.setText(text)
        box.setInformativeText(detail)
        run = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is run

    def run(
        self,
        action_id: str,
        params: Optional[dict[str, Any]] = None,
        *,
        source: str = "ui",
        parent: Optional[QWidget] = None,
        on_result: Optional[Callable[[Any], Any]] = None,
        on_error: Optional[Callable[[DeckError], Any]] = None,
        question: str = "",
        platform: str = "",
        provider: Optional[str] = None,
    ) -> Optional[asyncio.Task[Any]]:
        """Validate, confirm if destructive, and run in the background. ``action_id`` may be
        a capability (with the ``platform`` it is for): the service chosen for it runs, and
        ``on_result`` gets its answer in the capability's terms (``provider`` asks for one
        service in particular). Returns the task, or ``None``
        when the user declined or the parameters are invalid (``on_error`` is told). A
        failure goes to ``on_error`` when given (the status bar shows it either way)."""
        try:
            planned = self.plan(action_id, params, platform, provider)
        except DeckError as exc:
            if on_error:
                on_error(exc)
            else:
                runtime.task_failed.emit(action_id, exc)
            return None
        if not self.confirm(planned, parent, question):
            return None
        action_id = planned.action.id

        async def go() -> Any:
            try:
                result = planned.result(await self.registry.invoke(action_id, planned.model, source=source))
            except DeckError as exc:
                if not on_error:
                    raise
                on_error(exc)
                return None
            if on_result:
                on_result(result)
                if parent is not None:  # fields an answer built (a filter's editor) are guarded as the first ones
                    guard_wheel(parent)
            return result

        return runtime.spawn(go(), name=action_id)
