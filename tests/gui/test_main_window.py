from __future__ import annotations

import asyncio
import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox

from deck.providers import catalogue
from deck.ui.main_window import MainWindow
from deck.ui.panels import PANELS
from deck.ui.ui_state import UiState

from .conftest import settle, until


def test_demo_window_connects_and_shows_panels(app_window, loop):
    window = app_window
    assert window.windowTitle() == "Deck — demo"
    until(loop, lambda: window.status.lights["missxss"].state == "connected", what="MissXss health check")
    assert set(window.status.lights) == set(catalogue.NAMES)  # one per service
    until(loop, lambda: window.status.lights["owncast"].state == "connected", what="Owncast health check")
    until(loop, lambda: window.status.lights["nightbot"].state == "connected", what="Nightbot signed in and checked")
    until(loop, lambda: window.status.lights["scottybot"].state == "connected", what="ScottyBot health check")
    # the panels in front in the default layout are built; the ones behind tabs wait until shown
    assert set(window.docks.panels) == {"grid", "chat", "activity"}
    activity = window.docks.panels["activity"]
    until(loop, lambda: any(r.action.id == "missxss.get-stream-meta" and r.state == "ok" for r in activity.model.rows))
    view_actions = [a.text().split("\t")[0] for a in window.view_menu.actions()]
    for title in ("Deck", "Stream", "Songs", "Moderation", "Discord voice", "Alerts && effects", "Community",
                  "Commands && AI", "Actions", "Activity"):
        assert title in view_actions


def test_a_panels_key_brings_it_to_the_front_and_never_hides_it(app_window, loop, qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    window, docks = app_window, app_window.docks
    go = {a.text()[len("Go to "):]: a for a in window.actions() if a.text().startswith("Go to ")}
    keys = {title.replace("&&", "&"): action.shortcut().toString() for title, action in go.items()}
    assert keys["Stream"] == QKeySequence("Ctrl+1").toString() and keys["Actions"] == QKeySequence("Ctrl+Shift+A").toString()
    for _ in range(2):  # pressing every panel's key, twice, leaves every one of them open
        for title, action in go.items():
            action.trigger()
            pid = next(p for p, spec in docks.specs.items() if spec.title == title)
            assert docks.docks[pid].isVisible()
            assert not docks.docks[pid].visibleRegion().isEmpty() or docks.docks[pid].isFloating()
    docks.docks["moderation"].raise_()
    go["Actions"].trigger()  # behind Activity's tab: comes to the front
    until(loop, lambda: not docks.docks["actions"].visibleRegion().isEmpty(), what="Actions in front")
    go["Moderation"].trigger()
    focused = QApplication.focusWidget()
    assert focused is not None and docks.panels["moderation"].isAncestorOf(focused)  # the keyboard is in the panel
    assert all(docks.docks[p].isVisible() for p in ("stream", "grid", "chat", "songs", "activity"))


def test_actions_panel_validates_as_you_type_and_runs(app_window, loop, qtbot):
    window = app_window
    panel = window.docks.show("actions")
    mx = window.sandbox.missxss
    panel.search.setText("timeout")
    form = panel.select("missxss.timeout")
    assert not panel.run_button.isEnabled()
    assert "Username: required" in form.error_label.text()
    username: QLineEdit = form.editor("username")
    duration: QLineEdit = form.editor("duration")
    qtbot.keyClicks(username, "grumpyghost")
    qtbot.keyClicks(duration, "0")
    assert not panel.run_button.isEnabled()
    assert "Duration: should be at least 1" in form.error_label.text()
    duration.setText("10")
    platform: QComboBox = form.editor("platform")
    platform.setCurrentIndex(platform.findData("Twitch"))
    assert panel.run_button.isEnabled() and form.error_label.isHidden()
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    until(loop, lambda: panel.state.text() == "Done ✓", what="the timeout to finish")
    assert mx.received[-1] == ("timeout", {"username": "grumpyghost", "duration": 10, "reason": "API Timeout",
                                           "platform": "Twitch"}, 200)
    panel_of_activity = window.docks.panels["activity"]
    activity = panel_of_activity.model
    row = activity.rows[0]
    assert row.action.id == "missxss.timeout" and row.state == "ok" and row.duration is not None
    assert activity.data(activity.index(0, 1)) == "Timeout user"  # in words; the id in its tooltip
    assert activity.data(activity.index(0, 2)) == "username: grumpyghost · duration: 10 · reason: API Timeout · " \
                                                  "platform: Twitch"
    assert json.loads(activity.data(activity.index(0, 2), Qt.ItemDataRole.ToolTipRole))["username"] == "grumpyghost"
    assert panel_of_activity.latest.text().startswith("<b>Timeout user</b> — ✓")
    # Deck's own reads are there, hidden until asked for
    shown = panel_of_activity.proxy
    ids = [shown.index(r, 0) for r in range(shown.rowCount())]
    assert ids and all(not activity.rows[shown.mapToSource(i).row()].background for i in ids)
    background = sum(r.background for r in activity.rows)
    assert background > 0
    panel_of_activity.show_background.setChecked(True)
    assert shown.rowCount() == len(activity.rows)
    panel_of_activity.filter.setText("timeout")
    assert shown.rowCount() >= 1 and all("timeout" in activity.rows[shown.mapToSource(shown.index(r, 0)).row()]
                                         .action.id for r in range(shown.rowCount()))


def test_service_error_is_shown_in_panel_activity_and_status_bar(app_window, loop):
    window = app_window
    loop.expect_failure(Exception)
    panel = window.docks.show("actions")
    panel.select("missxss.unban-user", {"username": "nobody_here"})
    panel.run()
    until(loop, lambda: panel.state.text() == "Failed")
    assert "MissXss (404): nobody_here is not banned on Kick" in panel.result.toPlainText()
    assert window.docks.panels["activity"].model.rows[0].error.endswith("nobody_here is not banned on Kick")
    assert "not banned" in window.status.currentMessage()
    badge = window.status.findChild(QLabel, "demoBadge")
    assert badge.isVisible() and window.status.problem.isVisible()  # said beside the badge, not over it


def test_destructive_actions_ask_first(app_window, loop, monkeypatch):
    window = app_window
    mx = window.sandbox.missxss
    asked = []
    panel = window.docks.show("actions")
    panel.select("missxss.clear-chat")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append((box.text(), box.informativeText())) or 0)
    panel.run()
    assert asked == [("<b>Clear chat?</b> This cannot be undone.", "")]  # in words, no ids or JSON
    panel.select("missxss.ban", {"username": "spammer", "platform": "Twitch"})
    panel.run()
    assert asked[-1][0].startswith("<b>Ban user on Twitch?</b>") and asked[-1][1].startswith("Username: spammer")
    assert panel.state.text() == "Not run."
    assert all(scope != "clear-chat" for scope, _, _ in mx.received)


def test_pending_queue_count_and_cancel(app_window, loop, qtbot):
    window = app_window
    loop.expect_failure(Exception)
    until(loop, lambda: window.status.lights["missxss"].state == "connected")
    window.sandbox.missxss.latency = 10

    async def scenario():
        # the loop keeps running throughout, as in the app, while requests hang
        for _ in range(3):
            window.ctx.run("missxss.list-commands")
        while window.status.pending.text() != "3 pending":
            await asyncio.sleep(0.005)
        assert not window.status.cancel.isHidden()
        QTimer.singleShot(0, lambda: qtbot.mouseClick(window.status.cancel, Qt.MouseButton.LeftButton))
        while not window.status.pending.isHidden():
            await asyncio.sleep(0.005)

    loop.run_until_complete(asyncio.wait_for(scenario(), 10))
    states = [inv.state for inv in window.docks.panels["activity"].model.rows[:3]]
    assert states == ["cancelled"] * 3
    assert "Cancelled 3 pending requests." in window.status.currentMessage()


def test_layout_is_saved_and_restored(qtbot, deck_home):
    path = deck_home / "config" / "ui-state.json"
    first = MainWindow(UiState.load(path), PANELS)
    qtbot.addWidget(first)
    first.show()
    first.docks.docks["activity"].hide()
    first.resize(700, 500)  # the offscreen screen is 800x600
    first.close()
    assert path.exists()
    second = MainWindow(UiState.load(path), PANELS)
    qtbot.addWidget(second)
    second.show()
    assert second.docks.docks["activity"].isHidden()
    assert second.docks.docks["stream"].isVisible()
    assert second.size().width() == 700
    second.reset_layout()
    assert second.docks.docks["activity"].isVisible()


def test_unreadable_layout_falls_back_to_default(qtbot, deck_home):
    path = deck_home / "config" / "ui-state.json"
    path.parent.mkdir(parents=True)
    path.write_text("{{{{")
    window = MainWindow(UiState.load(path), PANELS)
    qtbot.addWidget(window)
    window.show()
    assert window.docks.docks["stream"].isVisible()


def test_corrupt_settings_do_not_stop_the_app(qtbot, loop, qapp, deck_home):
    from deck.app import Session, boot, shutdown

    settings = deck_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"schema_version": 2, "ui": {"theme": 5}}')
    window = MainWindow(UiState.load(deck_home / "config" / "ui-state.json"), PANELS, demo=True)
    qtbot.addWidget(window)
    window.show()
    state = Session()
    ctx = boot(qapp, window, True, state)
    notice = window.findChild(QMessageBox, "settingsNotice")
    assert notice is not None and notice.isVisible() and "could not be read" in notice.text()
    assert "defaults were loaded" in window.status.currentMessage()
    assert list(settings.parent.glob("settings.json.corrupt-*"))
    assert ctx.settings.ui.theme == "system"
    loop.run_until_complete(shutdown(state))


def test_theme_choice_is_applied_saved_and_follows_the_system(app_window, loop, qapp, monkeypatch):
    import json as _json

    from PySide6.QtGui import QPalette

    from deck.core.paths import config_dir
    from deck.ui import theme

    window = app_window

    def window_colour():
        return qapp.palette().color(QPalette.ColorRole.Window).name()

    dark = next(a for a in window.theme_group.actions() if a.data() == "dark")
    dark.trigger()
    assert window_colour() == theme.DARK["window"]
    assert _json.loads((config_dir() / "settings.json").read_text())["ui"]["theme"] == "dark"
    system = next(a for a in window.theme_group.actions() if a.data() == "system")
    system.trigger()
    monkeypatch.setattr(theme, "system_is_dark", lambda app: True)  # the OS switches to dark mode
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == theme.DARK["window"]
    monkeypatch.setattr(theme, "system_is_dark", lambda app: False)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == theme.LIGHT["window"]


def icon_colour(icon) -> str:
    """The colour an icon is drawn in (its most opaque pixel)."""
    image = icon.pixmap(64, 64).toImage()
    best = max(((image.pixelColor(x, y)) for x in range(0, 64, 2) for y in range(0, 64, 2)), key=lambda c: c.alpha())
    return best.name()


def test_a_theme_change_redraws_icons_lists_show_selection_and_button_text_is_readable(app_window, loop, qapp, qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QComboBox, QPushButton, QStyledItemDelegate

    from deck.ui import theme
    from deck.ui.colours import contrast
    from deck.ui.grid import CellButton

    window = app_window
    window.docks.show("stream")
    window.docks.show("grid")
    cells = [c for c in window.docks.panels["grid"].findChildren(CellButton) if c.cell is not None and c.cell.icon]
    plain = next(c for c in cells if not c.cell.color)
    buttons = [b for b in window.findChildren(QPushButton) if getattr(b, "icon_name", "")]
    assert cells and buttons
    for mode, colours in (("dark", theme.DARK), ("light", theme.LIGHT), ("dark", theme.DARK)):
        next(a for a in window.theme_group.actions() if a.data() == mode).trigger()
        qtbot.waitUntil(lambda text=colours["text"]: icon_colour(plain.icon()) == text)  # the deck's icons follow the theme
        assert all(icon_colour(b.icon()) == colours["text"] for b in buttons[:10])  # and the panels'
    combos = window.findChildren(QComboBox)
    assert combos and all(type(c.itemDelegate()) is QStyledItemDelegate for c in combos)  # the selected row shows
    for cell in cells:  # a coloured button's default text reads well (WCAG AA)
        if cell.cell.color and not cell.cell.text_color:
            text = cell.palette().color(QPalette.ColorRole.ButtonText).name()
            assert contrast(text, cell.cell.color) >= 4.5, (cell.cell.label, cell.cell.color, text)


def test_hotkeys_and_help_are_in_the_main_menus(app_window, loop, monkeypatch):
    from deck.core.paths import config_dir, log_dir
    from deck.ui.hotkeys import HotkeysDialog

    window = app_window
    menus = {m.title().replace("&", ""): [a.text().replace("&", "") for a in m.actions()]
             for m in (a.menu() for a in window.menuBar().actions()) if m is not None}
    assert "Hotkeys…" in menus["File"] and "Keyboard shortcuts and where things are" in menus["Help"]
    opened = []
    monkeypatch.setattr(HotkeysDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.hotkeys_action.trigger()
    assert opened
    text = window.help_text()
    for expected in ("Ctrl+K", "Command palette", "Bring Stream to the front", "Ctrl+1", str(config_dir()),
                     str(log_dir()), "never in a file"):
        assert expected in text, expected


def test_the_window_never_grows_past_its_screen(app_window, loop):
    window = app_window
    for pid in window.docks.specs:  # every panel open at once
        window.docks.show(pid)
    settle(loop, window)
    needs = window.minimumSizeHint()
    assert needs.width() <= 1280 and needs.height() <= 800  # fits a 1280x800 screen however many are open
    assert window.maximumSize() == window.screen().availableGeometry().size()


def test_a_taller_window_gives_its_height_to_the_panels_not_to_activity(app_window, loop):
    """Maximised, the Activity log keeps its height and the deck and chat take the room."""
    window = app_window
    room = window.screen().availableGeometry().size()
    window.resize(room.width(), room.height() // 2)
    settle(loop, window)
    activity, chat = window.docks.docks["activity"], window.docks.docks["chat"]
    before = window.height(), activity.height(), chat.height()
    window.resize(room)
    settle(loop, window)
    grown = window.height() - before[0]
    assert grown > 100
    assert abs(activity.height() - before[1]) <= 2, (before, activity.height())
    assert chat.height() - before[2] >= grown - 2


def test_tabbed_panels_keep_their_whole_titles(app_window, loop):
    """With every panel open at 1280x800, the tabs of panels tabbed together read in full
    (scrolling when there is no room), never "Ch…"."""
    from PySide6.QtWidgets import QTabBar

    window = app_window
    window.resize(1280, 800)
    for pid in window.docks.specs:
        window.docks.show(pid)
    settle(loop, window)
    bars = [b for b in window.findChildren(QTabBar) if b.parent() is window and b.count() > 1]
    assert bars
    for bar in bars:
        assert bar.elideMode() == Qt.TextElideMode.ElideNone
        for i in range(bar.count()):
            assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i)), bar.tabText(i)


def test_an_unchecked_box_is_visible_in_either_theme(qapp):
    """A box's outline reads against the field behind it (Qt's own outline vanished on the dark theme)."""
    from PySide6.QtWidgets import QCheckBox

    from deck.ui import theme
    from deck.ui.colours import contrast

    for mode, colours in (("dark", theme.DARK), ("light", theme.LIGHT)):
        theme.apply(qapp, mode)
        box = QCheckBox("x")
        box.resize(box.sizeHint())
        image = box.grab().toImage()
        drawn = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        assert colours["muted"] in drawn  # the outline, in the theme's own colour
        assert contrast(colours["muted"], colours["base"]) >= 3  # WCAG's minimum for a control's outline
        assert contrast(colours["muted"], colours["window"]) >= 3
    theme.apply(qapp, "light")


def test_a_form_says_what_is_missing_only_once_something_is_typed(app_window, qtbot):
    panel = app_window.docks.show("actions")
    form = panel.select("missxss.timeout")
    assert not panel.run_button.isEnabled() and form.error_label.isHidden()  # required fields are starred
    qtbot.keyClicks(form.editor("duration"), "0")
    assert not form.error_label.isHidden() and "Username: required" in form.error_label.text()


def test_an_empty_answer_to_a_change_reads_done_and_to_a_read_reads_none():
    from deck.ui.activity import summarize

    assert summarize({"data": []}, read=False) == "done"  # Kick's "nothing refused" after accepting
    assert summarize({"data": []}, read=True) == "0 items"


def test_view_language_is_remembered_and_offers_a_restart(app_window, monkeypatch):
    from deck.ui import i18n

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    restarted = []
    monkeypatch.setattr(i18n, "restart", lambda: restarted.append(True))
    window = app_window
    turkish = next(a for a in window.language_group.actions() if a.data() == "tr")
    turkish.trigger()
    assert window.ui_state.language == "tr"
    assert json.loads(window.ui_state.path.read_text())["language"] == "tr"
    assert asked and "Türkçe" in asked[0] and not restarted  # "Later": nothing restarted
    assert UiState.load(window.ui_state.path).language == "tr"  # what the next start reads
