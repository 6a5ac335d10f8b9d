"""The main window. It is built from Qt alone so the first frame appears fast; the
service side is attached after that (``attach``)."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from . import i18n
from .docks import DockManager, PanelSpec
from .status import StatusBar
from .ui_state import UiState

if TYPE_CHECKING:
    from .context import AppContext


class MainWindow(QMainWindow):
    def __init__(self, ui_state: UiState, panels: list[PanelSpec], demo: bool = False):
        super().__init__()
        self.ui_state = ui_state
        self.ctx: Optional["AppContext"] = None
        self.painted = False  # set once the first frame is on screen
        self.installEventFilter(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Deck — demo") if demo else "Deck")
        self.setDockNestingEnabled(True)
        self.resize(1280, 800)

        self.centre = welcome = QWidget()
        layout = QVBoxLayout(welcome)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setProperty("role", "muted")
        layout.addWidget(self.banner)
        self.setCentralWidget(welcome)
        self.set_banner(self.tr("Starting…"))

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.accounts_action = QAction(self.tr("&Accounts…"), self)
        self.accounts_action.setShortcut("Ctrl+,")
        self.accounts_action.setEnabled(False)
        file_menu.addAction(self.accounts_action)
        self.hotkeys_action = QAction(self.tr("&Hotkeys…"), self)
        self.hotkeys_action.setShortcut("Ctrl+Shift+K")
        self.hotkeys_action.setEnabled(False)
        self.hotkeys_action.triggered.connect(self.open_hotkeys)
        file_menu.addAction(self.hotkeys_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.palette_action = QAction(self.tr("Command palette…"), self)
        self.palette_action.setShortcut("Ctrl+K")
        self.palette_action.setEnabled(False)
        self.palette_action.triggered.connect(self.open_palette)
        self.view_menu = menu.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.palette_action)
        self.view_menu.addSeparator()
        self.docks = DockManager(self, panels, self.view_menu)
        self.view_menu.addSeparator()
        reset = QAction(self.tr("Reset layout"), self)
        reset.triggered.connect(self.reset_layout)
        self.view_menu.addAction(reset)
        self.theme_menu = self.view_menu.addMenu(self.tr("Theme"))
        self.theme_group = QActionGroup(self)
        for choice, text in (("system", self.tr("Follow the system")), ("dark", self.tr("Dark")), ("light", self.tr("Light"))):
            action = self.theme_menu.addAction(text)
            action.setCheckable(True)
            action.setData(choice)
            action.setEnabled(False)  # until the settings are loaded
            self.theme_group.addAction(action)
        self.language_menu = self.view_menu.addMenu(self.tr("Language"))
        self.language_group = QActionGroup(self)
        for code, name in (("system", self.tr("Follow the system")), *i18n.LANGUAGES.items()):
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == ui_state.language)
            self.language_group.addAction(action)
        self.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        help_menu = self.help_menu = menu.addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("Keyboard shortcuts and where things are"), self)
        self.shortcuts_action.setShortcut("F1")
        self.shortcuts_action.triggered.connect(self.show_help)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("About Deck"), self)
        about.triggered.connect(lambda: QMessageBox.about(self, "Deck", self.tr("Deck — the control deck for live streamers.")))
        help_menu.addAction(about)

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        if demo:
            self.status.insertWidget(0, QLabel(self.tr("DEMO · every service is simulated on this computer"), objectName="demoBadge"))
        for dock in self.docks.docks.values():
            dock.toggleViewAction().toggled.connect(self._update_centre)
        self.docks.apply_default_sizes()
        self._default_state = self.saveState()
        if ui_state.geometry:
            self.restoreGeometry(QByteArray(ui_state.geometry))
        if ui_state.dock_state:
            self.restoreState(QByteArray(ui_state.dock_state))
        self._update_centre()

    def set_banner(self, text: str) -> None:
        """The text shown in the middle while no panel is open."""
        self.banner.setText(text)

    def _update_centre(self) -> None:
        # With panels open the centre stays, empty and no wider than nothing: a window with a
        # centre gives the height it gains to the rows of panels, where without one Qt gives it
        # all to the bottom panels (Activity took half of a maximised window).
        empty = not any(d.toggleViewAction().isChecked() for d in self.docks.docks.values())
        self.banner.setVisible(empty)
        self.centre.setMaximumWidth(16_777_215 if empty else 0)
        self.docks.readable_tabs()

    def attach(self, ctx: "AppContext") -> None:
        self.ctx = ctx
        self.status.attach(ctx.registry, ctx.services.providers)
        self.status.light_clicked.connect(self.open_accounts)
        self.status.attach_chat(ctx.chat)
        ctx.services.chat.set_channels(ctx.chat_channels())
        if ctx.deck.store.notice:
            self.status.show_problem(ctx.deck.store.notice)
        self.docks.attach(ctx)
        self.palette_action.setEnabled(True)
        self.hotkeys_action.setEnabled(True)
        self.accounts_action.setEnabled(True)
        self.accounts_action.triggered.connect(self.open_accounts)
        for action in self.theme_group.actions():
            action.setEnabled(True)
            action.setChecked(action.data() == ctx.settings.ui.theme)
        self.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        # "Follow the system" follows it live, e.g. when the OS switches to dark mode at night
        QApplication.styleHints().colorSchemeChanged.connect(self._system_theme_changed)

    def open_hotkeys(self) -> None:
        from .hotkeys import HotkeysDialog

        HotkeysDialog(self.ctx, self).exec()

    def help_text(self) -> str:
        """Every keyboard shortcut, the deck's own hotkeys, and where Deck keeps what."""
        import html  # (its table of entities is half a MiB: loaded when first needed)

        from deck.core.paths import config_dir, log_dir

        keys = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", "").rstrip("…"))
                for a in (self.palette_action, self.accounts_action, self.hotkeys_action, self.shortcuts_action)]
        keys += [(QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText),
                  self.tr("Bring {panel} to the front").format(panel=spec.words.replace("&&", "&")))
                 for spec in self.docks.specs.values() if spec.shortcut]
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{what}</td></tr>" for k, what in keys if k)
        control = getattr(getattr(self, "ctx", None), "deck", None)
        hotkeys = ""
        if control is not None and control.profile.hotkeys:
            also = self.tr(" (also while another app has focus)")
            hotkeys = "<h4>" + self.tr("Your hotkeys") + "</h4><table>" + "".join(
                f"<tr><td><b>{html.escape(hk.keys)}</b></td><td>{html.escape(control.describe_hotkey(hk))}"
                f"{also if hk.scope == 'global' else ''}</td></tr>"
                for hk in control.profile.hotkeys) + "</table>"
        keychain = {"win32": self.tr("Windows Credential Manager"), "darwin": self.tr("the macOS Keychain")}.get(
            sys.platform, self.tr("your desktop's keychain (Secret Service)"))
        places = ((self.tr("Settings and profiles"), str(config_dir())), (self.tr("Logs"), str(log_dir())),
                  (self.tr("Keys and sign-ins"), self.tr("{keychain}, never in a file").format(keychain=keychain)))
        return ("<h4>" + self.tr("Keyboard shortcuts") + f"</h4><table>{rows}</table>{hotkeys}"
                "<h4>" + self.tr("Where Deck keeps things") + "</h4><table>" +
                "".join(f"<tr><td><b>{what}</b></td><td>{where}</td></tr>" for what, where in places) + "</table>")

    def show_help(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Deck — shortcuts and where things are"), self.help_text(),
                          parent=self)
        box.setObjectName("helpBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def set_theme(self, choice: str) -> None:
        from . import theme

        self.ctx.settings.ui.theme = choice
        theme.apply(QApplication.instance(), choice)
        try:
            self.ctx.save_settings()
        except OSError as exc:
            self.status.show_problem(self.tr("Could not save the theme: {error}").format(error=exc))

    def _system_theme_changed(self, *_: Any) -> None:
        from . import theme

        if self.ctx and self.ctx.settings.ui.theme == "system":
            theme.apply(QApplication.instance(), "system")

    def set_language(self, choice: str) -> None:
        """Remember the language; Deck speaks it from its next start (its windows are made in
        one language: a restart is offered rather than half a window in each)."""
        before = i18n.pick(self.ui_state.language)
        self.ui_state.language = choice
        self.save_layout()
        after = i18n.pick(choice)
        if after == before:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("Deck will speak {language} from its next start. Restart Deck now?").format(
                              language=i18n.LANGUAGES[after]), parent=self)
        box.setObjectName("languageRestart")
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            i18n.restart()
            self.close()

    def open_palette(self) -> None:
        from .palette import CommandPalette

        palette = CommandPalette(self.ctx, self)
        palette.move(self.geometry().center().x() - palette.sizeHint().width() // 2, self.geometry().top() + 80)
        palette.open()

    def open_accounts(self, provider: str = "") -> None:
        from .accounts import AccountsDialog

        AccountsDialog(self.ctx, self, provider if isinstance(provider, str) else "").exec()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        self.docks.apply_default_sizes()
        for pid, spec in self.docks.specs.items():
            self.docks.docks[pid].setVisible(spec.visible)
        self._update_centre()

    def save_layout(self) -> None:
        self.ui_state.geometry = bytes(self.saveGeometry().data())
        self.ui_state.dock_state = bytes(self.saveState().data())
        try:
            self.ui_state.save()
        except OSError as exc:
            self.status.show_problem(self.tr("Could not save the window layout: {error}").format(error=exc))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.docks.readable_tabs()
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_screen_watched", False):
            handle.screenChanged.connect(lambda _: self.fit_screen())
            self._screen_watched = True
        self.fit_screen()

    def fit_screen(self) -> None:
        """The window never grows past its screen: a panel that opens takes room from the
        others (and scrolls) instead of pushing the status bar off the bottom."""
        screen = self.screen()
        if screen is None:
            return
        # the window manager's frame (title bar, borders) counts: known once the window is framed,
        # until then a title bar's worth is kept free
        frame = self.frameGeometry().size() - self.size()
        if self.isMaximized() or self.isFullScreen():
            frame = QSize(0, 0)
        elif frame.height() <= 0:
            frame = QSize(0, 40)
        room = screen.availableGeometry().size() - frame
        self.setMaximumSize(screen.availableGeometry().size())
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))

    def moveEvent(self, event: Any) -> None:
        super().moveEvent(event)
        frame = self.frameGeometry().size() - self.size()
        if frame != getattr(self, "_frame", None):  # framed by the window manager (or framed anew): fit again
            self._frame = frame
            self.fit_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.ctx:
            self.ctx.deck.close()
        super().closeEvent(event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """Until the first frame: notes when it is painted, then stops watching (an override
        of ``event`` would cost every later event of the window a trip through Python)."""
        if watched is self and event.type() == QEvent.Type.UpdateRequest:
            self.painted = True
            QTimer.singleShot(0, self, lambda: self.removeEventFilter(self))
        return False

