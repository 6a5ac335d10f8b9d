"""The Chat bot panel against the demo sandbox's ScottyBot: points and hours, quotes, banned
words, ranks, 8-ball answers, auctions, speaking and the settings form."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSpinBox

from .conftest import open_panel, settle, until


def last(sb, op):
    return [(params, status) for o, params, status in sb.received if o == op][-1]


def bot(app_window, loop):
    panel = open_panel(app_window, loop, "bot")
    until(loop, lambda: panel.chanid == 1581, what="the settings (and the channel id)")
    return panel, app_window.sandbox.scottybot


def test_points_and_hours_lookup_give_take_and_give_all(app_window, loop, qtbot, answers):
    panel, sb = bot(app_window, loop)
    assert "14,785 channels" in panel.header.text()
    assert not panel.lookup.isEnabled()
    qtbot.keyClicks(panel.userid, "bob")
    assert "userid" in panel.viewer_note.text() and not panel.give.isEnabled()  # checked before sending
    panel.userid.setText("20001")
    panel.lookup.click()
    until(loop, lambda: "hours watched" in panel.viewer_shown.text())
    assert f"{sb.viewers[20001]['points']:,} points" in panel.viewer_shown.text() and "rank:" in panel.viewer_shown.text()
    before = sb.viewers[20001]["points"]
    panel.amount.setValue(250)
    panel.give.click()
    until(loop, lambda: panel.viewer_note.text() == "Points given ✓")
    assert sb.viewers[20001]["points"] == before + 250
    answers.yes = False
    panel.give_all.click()
    assert "every viewer" in answers[-1] and last(sb, "add-points")[0]["points"] == 250  # declined: nothing sent
    answers.yes = True
    panel.give_all.click()
    until(loop, lambda: panel.viewer_note.text() == "Everyone got points ✓")
    assert sb.viewers[20002]["points"] >= 250
    panel.amount.setValue(99_999_999)
    panel.take.click()
    until(loop, lambda: panel.viewer_note.property("role") == "error")
    assert "only has" in panel.viewer_note.text()  # the service's own words


def test_quotes_add_edit_delete(app_window, loop, qtbot, answers):
    panel, sb = bot(app_window, loop)
    panel.tabs.setCurrentIndex(1)
    until(loop, lambda: panel.quotes_loader.state == "content")
    assert panel.quotes.rowCount() == 2
    panel.person.setText("Deck")
    panel.quote.setText("Ship it")
    panel.add_quote.click()
    until(loop, lambda: panel.quotes.rowCount() == 3)
    assert sb.quotes[-1]["quote"] == "Ship it - @Deck" and panel.quote.text() == ""
    panel.quotes.selectRow(2)
    panel.quote.setText("Ship it, carefully")
    panel.edit_quote.click()
    until(loop, lambda: sb.quotes[-1]["quote"] == "Ship it, carefully")
    settle(loop, app_window)
    panel.quotes.selectRow(0)
    panel.delete_quote.click()
    until(loop, lambda: len(sb.quotes) == 2)
    assert "Delete quote #0?" in answers[-1] and [q["id"] for q in sb.quotes] == [1, 2]


def test_banned_words_and_ranks(app_window, loop, qtbot, answers):
    panel, sb = bot(app_window, loop)
    panel.tabs.setCurrentIndex(2)
    until(loop, lambda: panel.words.count() == 4)
    qtbot.keyClicks(panel.word, "spoilers")
    qtbot.keyClick(panel.word, Qt.Key.Key_Return)
    until(loop, lambda: panel.words.count() == 5)
    assert sb.badwords[-1] == "spoilers"
    panel.words.setCurrentRow(0)
    panel.remove_word.click()
    until(loop, lambda: panel.words.count() == 4)
    assert "bagels" not in sb.badwords

    panel.tabs.setCurrentIndex(3)
    until(loop, lambda: panel.rank_table.rowCount() == 5)
    assert [panel.rank_table.item(r, 0).text() for r in range(5)] == ["0", "2", "4", "8", "16"]  # in hour order
    panel.add_rank.click()
    panel.rank_table.item(5, 0).setText("soon")
    panel.rank_table.item(5, 1).setText("Legend")
    assert not panel.save_ranks.isEnabled() and "not a number of hours" in panel.ranks_note.text()
    panel.rank_table.item(5, 0).setText("100")
    assert panel.save_ranks.isEnabled()
    panel.save_ranks.click()
    until(loop, lambda: panel.ranks_note.text() == "Ranks saved ✓")
    assert sb.ranks["100"] == "Legend"
    panel.reset_ranks.click()
    until(loop, lambda: panel.ranks_note.text() == "Ranks reset ✓")
    assert "default ranks" in answers[-1] and panel.rank_table.rowCount() == 8


def test_eightball_auction_and_speak(app_window, loop, qtbot):
    panel, sb = bot(app_window, loop)
    panel.tabs.setCurrentIndex(4)
    panel.eightball.setPlainText("Yes\nNo\nMaybe")
    panel.save_eightball.click()
    until(loop, lambda: sb.eightball == ["Yes", "No", "Maybe"])
    panel.item.setText("Steam key")
    panel.bid.setValue(500)
    panel.whisper.setText("AAAA-BBBB")
    panel.start_auction.click()
    until(loop, lambda: panel.auction_note.text() == "Auction started ✓")
    panel.start_auction.click()
    until(loop, lambda: "already running" in panel.auction_note.text())
    assert panel.findChild(type(panel.speak), "botSpeak") is panel.speak
    via = next(w for w in panel.findChildren(object) if getattr(w, "objectName", lambda: "")() == "via.chat.send-bot")
    assert via.text().startswith("via ScottyBot")
    qtbot.keyClicks(panel.say, "Hello from the deck")
    qtbot.keyClick(panel.say, Qt.Key.Key_Return)
    until(loop, lambda: sb.spoken[-1:] == ["Hello from the deck"])
    until(loop, lambda: "cannot confirm" in panel.speak_note.text())


def test_settings_are_grouped_and_typed(app_window, loop, qtbot):
    panel, sb = bot(app_window, loop)
    panel.tabs.setCurrentIndex(5)
    until(loop, lambda: panel.settings_loader.state == "content")
    groups = [panel.sections.itemText(i) for i in range(panel.sections.count())]
    assert groups[:3] == ["Bot", "Points", "Greetings and alerts"]
    usebot = panel.setting_widgets["usebot"]
    cooldown = panel.setting_widgets["cooldown"]
    caps = panel.setting_widgets["cappercent"]
    assert isinstance(usebot, QCheckBox) and usebot.isChecked()
    assert isinstance(cooldown, QSpinBox) and cooldown.value() == 30 and caps.maximum() == 100
    # built from the answer, after the panel: the wheel over it without the focus leaves it alone too
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    panel.tabs.setFocus()
    centre = QPointF(cooldown.width() / 2, cooldown.height() / 2)
    QApplication.sendEvent(cooldown, QWheelEvent(centre, cooldown.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                                                 Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                                 Qt.ScrollPhase.NoScrollPhase, False))
    assert cooldown.value() == 30
    assert panel.setting_widgets["welcomemsg"].text() == "Welcome to the stream (_user_)!"
    usebot.click()
    until(loop, lambda: sb.settings["usebot"] == 0)
    assert last(sb, "set-setting") == ({"setting": "usebot", "value": "0"}, 201)
    cooldown.setValue(45)
    until(loop, lambda: sb.settings["cooldown"] == 45)
    welcome = panel.setting_widgets["welcomemsg"]
    welcome.setText("Hi (_user_)!")
    welcome.editingFinished.emit()
    until(loop, lambda: sb.settings["welcomemsg"] == "Hi (_user_)!")
    sb.error_rate = 1.0
    loop.expect_failure(Exception)
    usebot.click()
    until(loop, lambda: panel.settings_note.property("role") == "error")
    assert not usebot.isChecked()  # the service did not change it: the switch shows the real value
