"""The deck: buttons, multi-action and toggle buttons, editing, the palette, hotkeys and
profiles, against the demo sandbox."""
from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from deck.actions.profiles import Cell, Hotkey, Step
from deck.ui.cell_editor import CellEditor
from deck.ui.grid import MIME
from deck.ui.hotkeys import HotkeyEditor, HotkeysDialog
from deck.ui.palette import CommandPalette, ParamsPrompt

from .conftest import settle, until


def sent(mx, scope):
    return [body for s, body, status in mx.received if s == scope and status == 200]


def button(grid, label):
    return next(b for b in grid.buttons.values() if b.cell.label == label)


def grid_of(window):
    return window.docks.show("grid")


def test_first_start_has_a_useful_default_profile(app_window, deck_home):
    grid = grid_of(app_window)
    assert [grid.tabs.tabText(i) for i in range(grid.tabs.count())] == ["Stream", "OBS", "Moderation", "Songs", "Discord voice"]
    assert grid.profile_box.currentText() == "Default"
    assert {"Clip 30 s", "Shield", "BRB", "Clear chat"} <= {b.cell.label for b in grid.buttons.values()}
    saved = json.loads((deck_home / "config" / "profiles" / "default.json").read_text())
    assert saved["name"] == "Default" and len(saved["pages"]) == 5


def test_a_button_runs_its_action_and_shows_success(app_window, loop, mx, qtbot):
    grid = grid_of(app_window)
    clip = button(grid, "Clip 30 s")
    qtbot.mouseClick(clip, Qt.MouseButton.LeftButton)
    until(loop, lambda: clip.state == "ok", what="clip button ok")
    assert sent(mx, "clip")[-1]["duration"] == 30


def test_a_click_never_moves_a_button_and_a_held_drag_does(app_window, loop, mx, qtbot, monkeypatch):
    """A click runs the button; moving the pointer afterwards, with no button held, starts no
    drag. Only a press held past the platform's drag distance picks the button up."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDrag, QMouseEvent

    grid = grid_of(app_window)
    clip = button(grid, "Clip 30 s")
    drags: list[bytes] = []
    monkeypatch.setattr(QDrag, "exec", lambda drag, *a: drags.append(bytes(drag.mimeData().data(MIME).data())) or 0)
    far = QPointF(clip.width() - 2, clip.height() - 2)

    def move(buttons):
        event = QMouseEvent(QMouseEvent.Type.MouseMove, far, clip.mapToGlobal(far), Qt.MouseButton.NoButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(clip, event)

    qtbot.mouseClick(clip, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    move(Qt.MouseButton.NoButton)  # the pointer moves on after the click
    assert drags == []
    until(loop, lambda: clip.state == "ok", what="the click ran the button")
    qtbot.mousePress(clip, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    move(Qt.MouseButton.LeftButton)  # held, and past the drag distance
    assert drags == [clip.cell.id.encode()]


def test_a_failing_button_says_why_on_hover(app_window, loop, mx, qtbot):
    grid = grid_of(app_window)
    mx.overlay_connected = False
    loop.expect_failure(Exception)
    tts = button(grid, "Hello TTS")
    tts.click()
    until(loop, lambda: tts.state == "failed", what="tts button failed")
    assert "Failed" in tts.toolTip() and "Overlay is not connected" in tts.toolTip()


def test_multi_action_runs_in_order_and_stops_or_continues_on_error(app_window, loop, mx):
    grid = grid_of(app_window)
    control = app_window.ctx.deck
    brb = button(grid, "BRB")
    assert brb.cell.on_error == "continue"
    ks = app_window.sandbox.kick  # chat on Kick goes through Kick's own API when signed in
    brb.click()
    until(loop, lambda: brb.state == "ok", what="BRB ok")
    assert ks.sent[-1]["content"] == "Be right back!"
    assert mx.tts[-1]["text"] == "Be right back"

    # the first step fails: "continue" still runs the second, "stop" does not
    loop.expect_failure(Exception)
    cell = control.profile.cell(brb.cell.id)
    cell.steps = list(reversed(cell.steps))  # TTS first: it needs the overlay
    control.save()
    mx.overlay_connected = False
    brb = button(grid, "BRB")
    messages = len(ks.sent)
    brb.click()
    until(loop, lambda: brb.state == "failed", what="BRB failed")
    assert len(ks.sent) == messages + 1
    assert "Text to speech" in brb.toolTip() and "Overlay is not connected" in brb.toolTip()
    cell = control.profile.cell(brb.cell.id)
    cell.on_error = "stop"
    control.save()
    brb = button(grid, "BRB")
    brb.click()
    until(loop, lambda: brb.state == "failed", what="BRB failed again")
    assert len(ks.sent) == messages + 1
    assert "The other 1 step was not run." in brb.toolTip()


def test_shield_toggle_follows_live_state_from_anywhere(app_window, loop, mx, answers):
    grid = grid_of(app_window)
    shield = button(grid, "Shield")
    until(loop, lambda: shield.toggle_state is False, what="shield state read")
    assert shield.text() == "Shield\n○ off" and not shield.isChecked()
    answers.yes = False
    shield.click()  # turning it on acts on chatters: asked first
    assert len(answers) == 1 and "shield mode" in answers[0]
    settle(loop, app_window)
    assert mx.shield["mode"] != 1 and shield.toggle_state is False
    answers.yes = True
    shield.click()
    until(loop, lambda: shield.toggle_state is True, what="shield on")
    assert mx.shield["mode"] == 1 and shield.isChecked() and shield.text() == "Shield\n● ON"
    app_window.ctx.run("missxss.shield-mode", {"mode": "off"})  # e.g. from the moderation panel
    until(loop, lambda: shield.toggle_state is False, what="shield followed off")
    mx.shield["mode"] = 1  # changed elsewhere (MissXss's own panel): the periodic read picks it up
    app_window.ctx.deck.refresh_toggles()
    until(loop, lambda: shield.toggle_state is True, what="shield refreshed")


def test_song_command_and_discord_toggles(app_window, loop, mx):
    control = app_window.ctx.deck
    grid = grid_of(app_window)
    grid.show_page(next(p.id for p in control.profile.pages if p.name == "Songs"))
    song = button(grid, "Play / pause")
    assert song.toggle_state is None  # MissXss cannot be asked; known after the first press
    song.click()
    until(loop, lambda: song.toggle_state is True)
    assert mx.song["playing"] is True
    song.click()
    until(loop, lambda: song.toggle_state is False)
    assert mx.song["playing"] is False

    command = loop.run_until_complete(app_window.ctx.registry.invoke("missxss.list-commands")).commands[0]
    members = loop.run_until_complete(app_window.ctx.registry.invoke("missxss.discord-voice-members"))
    member = next(m for ch in members.channels for m in ch.members)
    page = next(p for p in control.profile.pages if p.name == "Moderation")
    page.cells += [Cell(row=2, col=0, label="Cmd", kind="toggle", toggle="command", toggle_arg=command.command),
                   Cell(row=2, col=1, label="Mute", kind="toggle", toggle="discord-mute", toggle_arg=str(member.discord_id))]
    control.save()
    grid.show_page(page.id)
    control.refresh_toggles()
    cmd, mute = button(grid, "Cmd"), button(grid, "Mute")
    until(loop, lambda: cmd.toggle_state is not None and mute.toggle_state is not None, what="both read")
    was_active, was_muted = cmd.toggle_state, mute.toggle_state
    cmd.click()
    mute.click()
    until(loop, lambda: cmd.toggle_state is (not was_active) and mute.toggle_state is (not was_muted))
    assert sent(mx, "toggle-command")[-1] == {"command": command.command.lstrip("!"), "mode": "toggle"}
    assert sent(mx, "discord-voice-mute")[-1] == {"discord_id": str(member.discord_id), "mode": "toggle"}


def test_drag_copy_paste_duplicate_delete(app_window, loop, answers):
    control = app_window.ctx.deck
    grid = grid_of(app_window)
    clip = button(grid, "Clip 30 s")
    target = grid.grid.itemAtPosition(2, 4).widget()
    assert target.cell is None
    mime = QMimeData()
    mime.setData(MIME, clip.cell.id.encode())
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target.dropEvent(drop)
    until(loop, lambda: grid.page.at(2, 4) is not None and grid.page.at(2, 4).label == "Clip 30 s")
    assert grid.page.at(0, 0) is None
    # onto another button: the two swap places
    grid.move(grid.page.at(2, 4).id, grid.page, 0, 1)
    assert grid.page.at(0, 1).label == "Clip 30 s" and grid.page.at(2, 4).label == "Shield"

    grid.copy(grid.page.at(0, 1))
    grid.paste(grid.page, 2, 0)
    pasted = grid.page.at(2, 0)
    assert pasted.label == "Clip 30 s" and pasted.id != grid.page.at(0, 1).id
    grid.duplicate(pasted)
    assert sum(c.label == "Clip 30 s" for c in grid.page.cells) == 3
    answers.yes = False
    grid.delete(pasted)
    assert grid.page.at(2, 0) is not None
    answers.yes = True
    grid.delete(pasted)
    assert grid.page.at(2, 0) is None
    saved = json.loads(control.store.path("Default").read_text())
    assert sum(c["label"] == "Clip 30 s" for c in saved["pages"][0]["cells"]) == 2


def test_a_new_buttons_editor_says_what_is_missing_only_once_touched(app_window, qtbot):
    grid = grid_of(app_window)
    editor = CellEditor(app_window.ctx, Cell(row=2, col=2), grid.page, grid)
    qtbot.addWidget(editor)
    editor.show()
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and editor.problem.isHidden()  # not an error before anything was done
    editor.kind.setCurrentIndex(editor.kind.findData("toggle"))
    editor.kind.setCurrentIndex(editor.kind.findData("action"))
    assert not editor.problem.isHidden() and "Pick an action" in editor.problem.text()


def test_cell_editor_search_validate_test_and_save(app_window, loop, mx, qtbot):
    grid = grid_of(app_window)
    empty = grid.grid.itemAtPosition(2, 2).widget()
    editor = CellEditor(app_window.ctx, Cell(row=2, col=2), grid.page, grid)
    qtbot.addWidget(editor)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Pick an action" in editor.problem.text()
    picker = editor.step_editor.picker
    picker.search.setText("time out")
    shown = [picker.list.item(i) for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert any(item.data(Qt.ItemDataRole.UserRole) == "missxss.timeout" for item in shown)
    assert all("time" in (item.text() + item.toolTip()).lower() for item in shown)
    # the title on its line, where it goes under it; the id only in the tip
    timeout = next(item for item in shown if item.data(Qt.ItemDataRole.UserRole) == "missxss.timeout")
    assert timeout.text().splitlines()[1].strip() == "MissXss · Moderation" and "missxss." not in timeout.text()
    picker.search.setText("clip")
    picker.select("missxss.clip")
    form = editor.step_editor.form
    form.editor("duration").setText("900")
    assert not ok.isEnabled() and "Duration" in editor.problem.text()  # the command line's rule: 5–180
    form.editor("duration").setText("45")
    assert ok.isEnabled()
    editor.label.setText("Clip 45")
    editor.icon.setCurrentIndex(editor.icon.findData("camera"))
    editor.app_keys.setKeySequence("Ctrl+Shift+F9")
    editor.test_button.click()
    until(loop, lambda: editor.test_result.text().startswith("✓"), what="test result")
    assert sent(mx, "clip")[-1]["duration"] == 45
    grid._put(empty.page, editor.result_cell())
    cell = grid.page.at(2, 2)
    assert (cell.label, cell.icon, cell.steps[0].params) == ("Clip 45", "camera", {"duration": 45})
    assert app_window.ctx.deck.keys_for(cell_id=cell.id) == ["Ctrl+Shift+F9 (in Deck)"]
    assert app_window.ctx.deck.keys_for(action_id="missxss.clip") == ["Ctrl+Shift+F9 (in Deck)"]

    # an in-app shortcut now runs the button
    clips = len(sent(mx, "clip"))
    qtbot.keyClick(app_window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    until(loop, lambda: len(sent(mx, "clip")) == clips + 1, what="shortcut ran the button")


def test_multi_editor_and_conflicting_keys(app_window, loop):
    grid = grid_of(app_window)
    control = app_window.ctx.deck
    control.profile.hotkeys.append(Hotkey(keys="Ctrl+Alt+B", scope="global", step=Step(action="missxss.skip-song")))
    control.save()
    brb = button(grid, "BRB").cell
    editor = CellEditor(app_window.ctx, brb, grid.page, grid)
    assert editor.step_list.count() == 2
    editor._add_step()
    assert editor.step_list.count() == 3
    editor.delay.setValue(1500)
    assert editor.steps[2].delay_ms == 1500
    editor._shift(-1)
    assert editor.steps[1].delay_ms == 1500
    editor.global_keys.setKeySequence("Ctrl+Alt+B")
    assert "Ctrl+Alt+B already runs missxss.skip-song" in editor.problem.text()
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    editor.global_keys.clear()
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    editor.deleteLater()


def test_palette_runs_actions_and_buttons_with_a_params_prompt(app_window, loop, mx, qtbot, monkeypatch):
    app_window.palette_action.trigger()
    palette = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CommandPalette) and w.isVisible())
    full = palette.list.height()
    qtbot.keyClicks(palette.query, "skip song")
    current = palette.list.currentItem()
    assert current.data(0, Qt.ItemDataRole.UserRole)[1] == "missxss.skip-song"
    assert [current.text(c) for c in range(3)] == ["Skip song", "missxss.skip-song", "Songs"]  # three columns
    assert palette.list.height() < full  # it shrinks to its results
    index = mx.song["index"]
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    until(loop, lambda: mx.song["index"] == index + 1, what="skip from the palette")

    def fill(prompt):
        assert not prompt.run.isEnabled()  # text is required
        prompt.form.editor("text").setText("from the palette")
        assert prompt.run.isEnabled()
        return 1

    monkeypatch.setattr(ParamsPrompt, "exec", fill)
    palette = CommandPalette(app_window.ctx, app_window)
    palette.query.setText("text to speech")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    until(loop, lambda: mx.tts and mx.tts[-1]["text"] == "from the palette", what="tts from the palette")

    palette = CommandPalette(app_window.ctx, app_window)
    palette.query.setText("button clip")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    until(loop, lambda: sent(mx, "clip"), what="button from the palette")


def test_the_palette_runs_every_action_a_button_can(app_window, loop, mx, qtbot, monkeypatch):
    """A capability run from the palette goes where its form's platform says, as from a
    button or the command line ("Time out viewer" used to say it was not available)."""
    def fill(prompt):
        prompt.form.set_values({"username": "troll", "duration": 5, "platform": "twitch"})
        assert prompt.run.isEnabled(), prompt.form.problems
        return 1

    monkeypatch.setattr(ParamsPrompt, "exec", fill)
    palette = CommandPalette(app_window.ctx, app_window)
    palette.query.setText("chat.timeout")
    assert palette.list.currentItem().data(0, Qt.ItemDataRole.UserRole)[1] == "chat.timeout"
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    until(loop, lambda: sent(mx, "timeout"), what="the timeout from the palette")
    assert sent(mx, "timeout")[-1]["username"] == "troll" and sent(mx, "timeout")[-1]["platform"] == "Twitch"


def test_hotkey_editor_tester_and_hold_to_talk(app_window, loop, mx, qtbot):
    control = app_window.ctx.deck
    dialog = HotkeysDialog(app_window.ctx, app_window)
    qtbot.addWidget(dialog)
    assert "X server" in dialog.status.text()  # no display in the test run: it says what to do
    editor = HotkeyEditor(app_window.ctx, Hotkey(keys="F13"), dialog)
    editor.keys.setKeySequence("Ctrl+Alt+T")
    editor.scope.setCurrentIndex(editor.scope.findData("global"))
    editor.press.picker.select("missxss.start-song")
    editor.use_release.setCurrentIndex(1)
    editor.release.picker.select("missxss.stop-song")
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    hotkey = editor.result_hotkey()
    control.profile.hotkeys.append(hotkey)
    control.save()
    dialog.refresh()
    assert dialog.table.item(0, 0).text() == "Ctrl+Alt+T" and dialog.table.item(0, 3).text() == "Pause song"

    mx.song["playing"] = False
    control.hotkeys.fire(hotkey.id, True)  # what the global backend delivers on the loop
    until(loop, lambda: mx.song["playing"] is True, what="press ran")
    control.hotkeys.fire(hotkey.id, False)
    until(loop, lambda: mx.song["playing"] is False, what="release ran")
    log = dialog.tester.toPlainText()
    assert "global  Ctrl+Alt+T  pressed  → missxss.start-song" in log
    assert "global  Ctrl+Alt+T  released  → missxss.stop-song" in log

    control.profile.hotkeys.append(Hotkey(keys="ctrl+alt+t", scope="app", step=Step(action="missxss.clip")))
    control.save()
    dialog.refresh()
    assert "Conflict: Ctrl+Alt+T is bound 2 times." in dialog.conflict_note.text()
    assert dialog.table.item(1, 0).text().endswith("⚠")


def test_profiles_switch_by_action_export_and_import(app_window, loop, tmp_path, qtbot):
    control = app_window.ctx.deck
    grid = grid_of(app_window)
    control.create("Just chatting")
    assert grid.profile_box.currentText() == "Just chatting"
    control.profile.pages[0].name = "Chatting"
    control.save()
    loop.run_until_complete(app_window.ctx.registry.invoke("deck.profile-switch", {"name": "default"}))
    until(loop, lambda: control.profile.name == "Default", what="switch by action")
    assert grid.tabs.tabText(0) == "Stream" and control.store.active == "Default"
    loop.run_until_complete(app_window.ctx.registry.invoke("deck.page", {"name": "songs"}))
    assert grid.page.name == "Songs"

    path = tmp_path / "shared.json"
    control.export(path)
    imported = control.import_file(path)
    assert imported.name == "Default (2)" and control.profile.name == "Default (2)"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"version": 1, "name": "Evil", "pages": [{"name": "P", "cells": [
        {"row": 0, "col": 0, "steps": [{"action": "missxss.nuke"}]}]}]}))
    names = control.store.names()
    try:
        control.import_file(bad)
    except Exception as exc:
        assert "unknown action 'missxss.nuke'" in str(exc)
    else:
        raise AssertionError("a bad profile was imported")
    assert control.store.names() == names and control.profile.name == "Default (2)"


def test_a_corrupt_profile_never_stops_the_app(qtbot, loop, qapp, deck_home):
    from deck.app import Session, boot, shutdown
    from deck.ui.main_window import MainWindow
    from deck.ui.panels import PANELS
    from deck.ui.ui_state import UiState

    folder = deck_home / "config" / "profiles"
    folder.mkdir(parents=True)
    (folder / "default.json").write_text('{"version": 1, "name": "Default", "pages": [oops')
    (folder / "active.txt").write_text("Default")
    window = MainWindow(UiState.load(deck_home / "config" / "ui-state.json"), PANELS, demo=True)
    window.show()
    state = Session()

    async def start():
        return boot(qapp, window, True, state)

    ctx = loop.run_until_complete(start())
    assert ctx.deck.profile.pages  # the default pages took its place
    assert "Profile 'Default' could not be read" in ctx.deck.store.notice
    assert list(folder.glob("default.json.corrupt-*"))
    settle(loop, window)
    loop.run_until_complete(shutdown(state))
    window.close()
    window.deleteLater()


def test_the_editor_warns_of_hard_to_read_colours(app_window, loop):
    from deck.ui.cell_editor import CellEditor

    grid = app_window.docks.panels["grid"]
    editor = CellEditor(app_window.ctx, Cell(row=2, col=2, color="#c62828", text_color="#111318"), grid.page, grid)
    assert editor.contrast_note.isVisibleTo(editor) and "3.3:1" in editor.contrast_note.text()
    editor.text_color.set("")  # Default: Deck picks white on this red
    assert not editor.contrast_note.isVisibleTo(editor)
    editor.text_color.set("#ffffff")
    assert not editor.contrast_note.isVisibleTo(editor)
    editor.close()


def test_a_button_shows_running_done_failed_and_what_it_read(app_window, loop, mx):
    grid = grid_of(app_window)
    info = button(grid, "Stream info")
    states = []
    app_window.ctx.deck.cell_state.connect(lambda cell_id, state, detail: cell_id == info.cell.id and states.append(state))
    info.click()
    until(loop, lambda: info.answer != "", what="the read shown beside the button")
    assert "running" in states and states[-1] == "ok" and info.state == "ok"
    assert "platform: Kick" in info.answer and "Last read: platform: Kick" in info.toolTip()
    image = info.grab().toImage()  # the state is drawn on the button: a green bar along the bottom
    bar = image.pixelColor(info.width() // 2, info.height() - 5)
    assert bar.name() == "#1f7a3d"
    mx.error_rate = 1.0
    loop.expect_failure(Exception)
    info.click()
    until(loop, lambda: info.state == "failed", what="the failure on the button")
    assert "Failed:" in info.toolTip()
    assert info.grab().toImage().pixelColor(info.width() // 2, info.height() - 5).name() == "#d13438"


def test_protection_switches_on_the_deck_show_on_or_off(app_window, loop, mx):
    """The default deck's link and spam filters are switches that show the service's real
    state, flip it when pressed, and follow a change made anywhere else."""
    grid = grid_of(app_window)
    grid.show_page(next(p.id for p in app_window.ctx.deck.profile.pages if p.name == "Moderation"))
    links = button(grid, "Link filter")
    until(loop, lambda: links.toggle_state is not None, what="the link filter's state read")
    before = links.toggle_state
    assert before == bool(mx.features["link_korumasi"]) and links.text().endswith("ON" if before else "off")
    links.click()
    until(loop, lambda: links.toggle_state is (not before), what="the link filter switched")
    assert bool(mx.features["link_korumasi"]) is (not before)
    app_window.ctx.run("missxss.set-moderation-feature", {"feature": "link_korumasi", "mode": "on" if before else "off"})
    until(loop, lambda: links.toggle_state is before, what="followed from elsewhere")


def test_a_choice_the_service_names_in_code_reads_in_words_and_travels_as_its_code(qtbot):
    """A service's coded choices (MissXss's ``spam_korumasi``) read as words in every form;
    the code is what is sent."""
    from deck.actions import providers
    from deck.actions.registry import Registry
    from deck.providers.missxss import PROVIDER
    from deck.ui.params_form import ParamsForm

    registry = Registry()
    providers.register(registry, PROVIDER, lambda: None)
    action = registry.get("missxss.set-moderation-feature")
    form = ParamsForm(action.id, action.params)
    qtbot.addWidget(form)
    box = form.editor("feature")
    shown = [box.itemText(i) for i in range(box.count())]
    assert "Spam protection" in shown and not any("_" in text for text in shown)
    box.setCurrentIndex(box.findText("Spam protection"))
    assert form.raw_values()["feature"] == "spam_korumasi"
