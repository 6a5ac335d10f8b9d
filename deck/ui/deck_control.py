"""The one owner of profiles at run time: the active profile, running its buttons and
hotkeys, toggle state, and the ``deck.*`` actions. Widgets read ``profile`` and call
``run_cell``/``save``; they never run steps themselves."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from deck import runtime
from deck.actions import deck_actions
from deck.actions.profiles import (
    MAX_FILE_BYTES,
    Cell,
    Hotkey,
    Profile,
    ProfileError,
    ProfileStore,
    ProfileTooLarge,
    Step,
    export_profile,
    parse_profile,
)
from deck.actions.registry import Invocation
from deck.actions.toggles import KINDS, ToggleStates
from deck.core.errors import DeckError
from deck.core.fileio import BadFile, atomic_write, read_bounded
from deck.core.paths import config_dir
from deck.input.global_keys import Backend, combo, conflicts, create_backend

from .activity import summarize
from .i18n import contract

if TYPE_CHECKING:
    from .context import AppContext

log = logging.getLogger(__name__)
TOGGLE_REFRESH_MS = 15_000


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


class DeckControl(QObject):
    profile_changed = Signal()  # pages or hotkeys replaced: rebuild what shows them
    cell_state = Signal(str, str, str)  # cell id, idle/queued/running/ok/failed, detail
    toggle_changed = Signal(str, str, object)  # kind, arg, state (True/False/None)
    open_page = Signal(str)  # a page to show (deck.page, a folder button)

    def __init__(self, ctx: "AppContext", window: Any, backend: Optional[Backend] = None):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.store = ProfileStore(config_dir() / "profiles", ctx.registry)
        deck_actions.register(ctx.registry, self.store.names, self._switch_action, self._page_action)
        self.profile = self.store.open_active()
        self.toggles = ToggleStates(ctx.registry, ctx.capabilities, ctx.services.live)
        self.toggles.changed.connect(self.toggle_changed.emit)
        ctx.registry.invocation_changed.connect(self._invocation)
        self.hotkeys = Hotkeys(self, backend)
        self._refresh = QTimer(self, interval=TOGGLE_REFRESH_MS, timeout=self.refresh_toggles)
        self._refresh.start()
        self._loaded()

    def close(self) -> None:
        self._refresh.stop()
        self.hotkeys.stop()
        self.toggles.close()
        self.ctx.registry.invocation_changed.disconnect(self._invocation)
        self.save_layout()

    # ---- profiles
    def _apply(self) -> None:
        """Point toggle state and hotkeys at what the profile now holds."""
        self.toggles.watched = {(c.toggle, c.toggle_arg) for p in self.profile.pages for c in p.cells
                                if c.kind == "toggle" and c.toggle in KINDS}
        self.hotkeys.apply(self.profile)

    def _loaded(self) -> None:
        self._apply()
        if self.profile.layout:
            self.window.restoreState(QByteArray.fromBase64(self.profile.layout.encode()))
            self.window.docks.readable_tabs()
        self.profile_changed.emit()
        self.refresh_toggles()

    def save(self) -> None:
        """Persist the profile after an edit and show the edit everywhere."""
        try:
            self.store.save(self.profile)
        except ProfileTooLarge as exc:
            self.window.status.show_problem(str(exc))
            if self.store.path(self.profile.name).is_file():  # what shows is what is kept
                self.profile = self.store.load(self.profile.name)
        except OSError as exc:
            self.window.status.show_problem(self.tr("Could not save profile {name}: {error}").format(
                name=repr(self.profile.name), error=exc))
        self._apply()
        self.profile_changed.emit()

    def save_layout(self) -> None:
        self.profile.layout = bytes(self.window.saveState().toBase64().data()).decode()
        try:
            self.store.save(self.profile)
        except OSError as exc:
            log.warning("profile layout not saved: %s", exc)

    def switch(self, name: str) -> None:
        if name == self.profile.name or name not in self.store.names():
            return
        self.save_layout()
        self.profile = self.store.load(name)
        self.store.active = name
        self._loaded()

    def create(self, name: str, copy: bool = False) -> None:
        self.save_layout()
        base = self.profile.model_copy(deep=True) if copy else self.store.default(name)
        base.name = self.store.unique_name(name)
        self.store.save(base)
        self.switch(base.name)

    def rename(self, name: str) -> None:
        old = self.profile.name
        new = self.store.unique_name(name)
        self.profile.name = new
        self.store.save(self.profile)
        self.store.delete(old)
        self.store.active = new
        self.profile_changed.emit()

    def delete(self) -> None:
        """Delete the active profile and open another (a default one if it was the last)."""
        self.store.delete(self.profile.name)
        others = self.store.names()
        self.profile = self.store.load(others[0]) if others else self.store.default()
        if not others:
            self.store.save(self.profile)
        self.store.active = self.profile.name
        self._loaded()

    def export(self, path: Path) -> None:
        atomic_write(path, export_profile(self.profile), backup=False)

    def import_file(self, path: Path) -> Profile:
        """Check the file, then add it as a new profile (never over an existing one)."""
        try:
            raw = read_bounded(path, MAX_FILE_BYTES)  # never read a huge file whole before checking it
        except BadFile as exc:
            raise ProfileError(self.tr("{name} cannot be imported: {exc}.").format(name=path.name, exc=exc)) from None
        except OSError as exc:
            raise ProfileError(self.tr("Could not read {name}: {value}").format(name=path.name, value=exc.strerror or exc)) from None
        profile = parse_profile(raw, self.ctx.registry)
        profile.name = self.store.unique_name(profile.name)
        self.store.save(profile)
        self.switch(profile.name)
        return profile

    async def _switch_action(self, name: str) -> None:
        QTimer.singleShot(0, self, lambda: self.switch(name))

    async def _page_action(self, name: str) -> bool:
        page = next((p for p in self.profile.pages if p.name.lower() == name.lower()), None)
        if page:
            self.open_page.emit(page.id)
        return page is not None

    # ---- running buttons
    def steps_of(self, cell: Cell) -> list[Step]:
        if cell.kind == "toggle" and cell.toggle in KINDS:
            capability, params = self.toggles.press(cell.toggle, cell.toggle_arg)
            action, params = self.ctx.resolve(capability, params)  # raises with the reason when nothing can
            return [Step(action=action, params=params)]
        return list(cell.steps) if cell.kind in ("action", "multi") else []

    def question_of(self, cell: Cell) -> str:
        """What a press of ``cell`` asks before it acts, in plain words ("" when it asks nothing):
        a remote deck asks it on its own screen, then presses with ``confirmed``."""
        if not self.ctx.settings.ui.confirm_destructive:
            return ""
        try:
            steps = self.steps_of(cell)
        except DeckError:
            return ""
        kind = KINDS.get(cell.toggle) if cell.kind == "toggle" else None
        if kind is not None and kind.asks and self.toggles.get(cell.toggle, cell.toggle_arg) is not True:
            return plain(QCoreApplication.translate("Confirm", kind.asks))
        plans = []
        for step in steps:
            with contextlib.suppress(DeckError):
                plans.append(self.ctx.plan(step.action, step.params))
        risky = [p for p in plans if p.confirm]
        if len(risky) == 1 and len(steps) == 1:
            return plain(" ".join(risky[0].ask()))
        if risky:
            return self.tr("{button} runs {count} steps; these cannot be undone: {risky}.").format(
                button=cell.label or self.tr("This button"), count=len(steps), risky=", ".join(contract(p.title) for p in risky))
        return ""

    def run_cell(self, cell: Cell, parent: Optional[QWidget] = None,
                 confirmed: bool = False) -> Optional[asyncio.Task[Any]]:
        """Run a button's steps in order (asking first for any that cannot be undone)."""
        if cell.kind == "folder":
            if cell.folder:
                self.open_page.emit(cell.folder)
            return None
        try:
            steps = self.steps_of(cell)
        except DeckError as exc:
            self.cell_state.emit(cell.id, "failed", str(exc))
            return None
        if not steps:
            self.cell_state.emit(cell.id, "failed", "This button has no action yet: right-click → Edit.")
            return None
        kind = KINDS.get(cell.toggle) if cell.kind == "toggle" else None
        turning_on = kind is not None and kind.asks and self.toggles.get(cell.toggle, cell.toggle_arg) is not True
        return self.run_steps(steps, cell.label, cell.on_error, cell.id, parent,
                              question=QCoreApplication.translate("Confirm", kind.asks) if turning_on and kind is not None
                              else "", confirmed=confirmed)

    def run_steps(self, steps: list[Step], label: str = "", on_error: str = "stop", cell_id: str = "",
                  parent: Optional[QWidget] = None, question: str = "",
                  confirmed: bool = False) -> Optional[asyncio.Task[Any]]:
        """Run steps in order, asking first for any that cannot be undone (unless the question was
        answered already, on the remote deck that pressed it)."""
        if not steps or not (confirmed or self._confirm(steps, label, parent, question)):
            return None
        return runtime.spawn(self._run(cell_id, steps, on_error), name=label or cell_id or steps[0].action)

    def _confirm(self, steps: list[Step], label: str, parent: Optional[QWidget], question: str = "") -> bool:
        if question and self.ctx.settings.ui.confirm_destructive:
            return self.ctx.ask(question, self.tr("Turn on"), parent=parent)
        plans = []
        for step in steps:
            with contextlib.suppress(DeckError):  # a step that cannot run says so when it is run
                plans.append(self.ctx.plan(step.action, step.params))
        risky = [p for p in plans if p.confirm]
        if not risky or not self.ctx.settings.ui.confirm_destructive:
            return True
        if len(steps) == 1:
            return self.ctx.confirm(risky[0], parent)
        names = ", ".join(contract(p.title) for p in risky)
        return self.ctx.ask(self.tr("<b>{button}</b> runs {count} steps; these cannot be undone: {names}.").format(
            button=label or self.tr("This button"), count=len(steps), names=names), self.tr("Run all"), parent=parent)

    def batched(self, steps: list[Step], on_error: str) -> list[Step]:
        """Steps that all go to one service able to take them in one message (OBS's request
        batch), as that one step; others as they are."""
        providers = {self.ctx.registry.get(s.action).provider for s in steps if s.action in self.ctx.registry}
        batch = f"{next(iter(providers))}.request-batch" if len(providers) == 1 else ""
        if len(steps) < 2 or batch not in self.ctx.registry or any(s.delay_ms for s in steps) \
                or not all(s.action in self.ctx.registry for s in steps):
            return steps
        requests = [{"action": s.action, "params": s.params} for s in steps]
        return [Step(action=batch, params={"requests": requests, "haltOnFailure": on_error == "stop"})]

    async def _run(self, cell_id: str, steps: list[Step], on_error: str) -> list[str]:
        source = f"cell:{cell_id}" if cell_id else "hotkey"
        errors: list[str] = []
        if cell_id:
            self.cell_state.emit(cell_id, "running", "")
        registry = self.ctx.registry
        steps = self.batched(steps, on_error)
        answer: Any = None
        for index, step in enumerate(steps):
            if step.delay_ms:
                await asyncio.sleep(step.delay_ms / 1000)
            try:
                answer = await registry.invoke(step.action, step.params, source=source)
            except DeckError as exc:
                title = registry.get(step.action).title if step.action in registry else step.action
                errors.append(f"{title}: {exc}")
                runtime.task_failed.emit(step.action, exc)
                if on_error == "stop":
                    if index < len(steps) - 1:
                        errors.append(self.tr("The other %n step(s) were not run.", "", len(steps) - 1 - index))
                    break
        if cell_id:
            reads = all(step.action in registry and registry.get(step.action).read_only for step in steps)
            last = registry.get(steps[-1].action).words if steps[-1].action in registry else {}
            said = summarize(answer, last) if reads and not errors else ""  # a read button shows what it read
            self.cell_state.emit(cell_id, "failed" if errors else "ok", "\n".join(errors) or said)
        return errors

    def _invocation(self, inv: Invocation) -> None:
        """A button's requests show queued (waiting for a rate limit) or running."""
        if inv.source.startswith("cell:") and inv.pending:
            self.cell_state.emit(inv.source[5:], inv.state, "")

    def refresh_toggles(self) -> None:
        if self.toggles.watched:
            runtime.spawn(self.toggles.refresh(), name="toggle states")

    def hotkey_using(self, keys: str, mine: Callable[[Hotkey], bool]) -> Optional[Hotkey]:
        """The hotkey, other than ``mine``, already bound to these keys."""
        wanted = combo(keys)
        return next((hk for hk in self.profile.hotkeys if not mine(hk) and combo(hk.keys) == wanted), None)

    def describe_hotkey(self, hk: Hotkey) -> str:
        cell = self.profile.cell(hk.cell) if hk.cell else None
        return f"button {cell.label or cell.id}" if cell else hk.step.action if hk.step else "nothing"

    def keys_for(self, action_id: str = "", cell_id: str = "") -> list[str]:
        """Which keys run this action or button (directly or through a button)."""
        out = []
        for hk in self.profile.hotkeys:
            cell = self.profile.cell(hk.cell) if hk.cell else None
            try:
                actions = [s.action for s in (self.steps_of(cell) if cell else [hk.step] if hk.step else [])]
            except DeckError:  # a toggle no connected service can run
                actions = []
            if (cell_id and hk.cell == cell_id) or (action_id and action_id in actions):
                out.append(f"{hk.keys} ({self.tr('global') if hk.scope == 'global' else self.tr('in Deck')})")
        return out


class Hotkeys(QObject):
    """In-app shortcuts (QShortcut, plus key release through an event filter) and global
    hotkeys (the backend thread), both ending in :meth:`fire` on the Qt thread."""

    received = Signal(str, str, bool, str)  # scope, keys, pressed, what it runs

    def __init__(self, control: DeckControl, backend: Optional[Backend] = None):
        super().__init__(control)
        self.control = control
        self._backend = backend
        self.shortcuts: list[QShortcut] = []
        self.held: dict[str, int] = {}  # in-app hotkey id -> Qt key held down
        self.started = False

    @property
    def backend(self) -> Backend:
        """Made on first use: pynput's import and X connection stay out of start-up until a
        global hotkey exists or the hotkey dialogs ask."""
        if self._backend is None:
            self._backend = create_backend()
        return self._backend

    @property
    def problem(self) -> str:
        return QCoreApplication.translate("GlobalKeys", self.backend.problem) if self.backend.problem else ""

    def conflicts(self) -> dict[str, list[str]]:
        return conflicts((hk.id, hk.keys) for hk in self.control.profile.hotkeys)

    def apply(self, profile: Profile) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts = []
        self._hold({})
        for hk in profile.hotkeys:
            if hk.scope == "app":
                shortcut = QShortcut(QKeySequence(hk.keys), self.control.window)
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(lambda hk_id=hk.id: self._app_pressed(hk_id))
                self.shortcuts.append(shortcut)
        global_keys = {hk.id: combo(hk.keys) for hk in profile.hotkeys if hk.scope == "global"}
        if not global_keys and self._backend is None:
            return
        if global_keys and not self.started and not self.backend.problem:
            try:
                self.backend.start(asyncio.get_event_loop(), self._global)
                self.started = True
            except Exception as exc:  # the OS refused: say so, keep in-app shortcuts
                log.warning("global hotkeys could not start: %s", exc)
                self.backend.problem = self.tr("Global hotkeys could not start: {error}. In-app shortcuts work.").format(error=exc)
        self.backend.set_hotkeys(global_keys, {hk.id: self.tr("Deck: {hotkey}").format(hotkey=self.control.describe_hotkey(hk))
                                               for hk in profile.hotkeys if hk.scope == "global"})

    def stop(self) -> None:
        if self._backend is not None:
            self._backend.stop()
        self._hold({})

    def _app_pressed(self, hk_id: str) -> None:
        hk = next((h for h in self.control.profile.hotkeys if h.id == hk_id), None)
        if hk:
            self._hold({**self.held, hk_id: QKeySequence(hk.keys)[0].key()})
            self.fire(hk_id, True)

    def _hold(self, held: dict[str, Qt.Key]) -> None:
        """Watch key releases only while an in-app hotkey is held (a filter sees every event)."""
        app = QApplication.instance()
        if held and not self.held:
            app.installEventFilter(self)
        elif not held and self.held:
            app.removeEventFilter(self)
        self.held = held

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyRelease and not event.isAutoRepeat():
            for hk_id, key in list(self.held.items()):
                if key == event.key():
                    self._hold({k: v for k, v in self.held.items() if k != hk_id})
                    self.fire(hk_id, False)
        return False

    def _global(self, hk_id: str, pressed: bool) -> None:
        # On the loop, from the backend thread; run as a Qt callback so confirmations can open.
        QTimer.singleShot(0, self, lambda: self.fire(hk_id, pressed))

    def fire(self, hk_id: str, pressed: bool) -> None:
        profile = self.control.profile
        hk = next((h for h in profile.hotkeys if h.id == hk_id), None)
        if hk is None:
            return
        cell = profile.cell(hk.cell) if hk.cell else None
        what = self.control.describe_hotkey(hk) if pressed else hk.release.action if hk.release else self.tr("nothing on release")
        self.received.emit(hk.scope, hk.keys, pressed, what)
        if pressed and cell:
            self.control.run_cell(cell)
        elif pressed and hk.step:
            self.control.run_steps([hk.step], hk.keys)
        elif not pressed and hk.release:
            self.control.run_steps([hk.release], hk.keys)
