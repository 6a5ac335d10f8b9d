"""Regulars and the bot's subscribers in the Community panel: searched, paged, added by
name (what the contract refuses refused before sending), removed; the platform choice,
which they do not use, hidden."""
from __future__ import annotations

import pytest

from .conftest import open_panel, until


@pytest.fixture
def nb(app_window):
    return app_window.sandbox.nightbot


@pytest.fixture
def panel(app_window, loop):
    return open_panel(app_window, loop, "community")


def show(panel, loop, tab):
    panel.tabs.setCurrentIndex(next(i for i in range(panel.tabs.count()) if panel.tabs.widget(i).isAncestorOf(tab)))
    loader = getattr(tab, "loader", None) or tab.table.loader
    until(loop, lambda: loader.state in ("content", "empty"), what="the list")


def test_regulars_search_add_remove(panel, loop, nb):
    people = panel.regulars
    show(panel, loop, people)
    assert not panel.platform_row.isVisibleTo(panel)
    assert people.table.table.texts(0) == [r["displayName"] for r in nb.regulars]
    assert people.table.table.texts(1)[0] == "Twitch"
    first = nb.regulars[0]["displayName"]
    people.search.setText(first[:4])
    until(loop, lambda: people.table.table.texts(0) == [first], what="the search")
    assert nb.received[-1][:2] == ("regulars", {"limit": 25, "offset": 0, "q": first[:4]})
    people.search.clear()
    until(loop, lambda: len(people.table.table.texts(0)) == len(nb.regulars))

    people.name.setText("x" * 201)
    assert not people.add.isEnabled() and "name" in people.note.text()
    people.name.setText("newregular")
    people.name.returnPressed.emit()  # Enter in the field adds, as the button does
    until(loop, lambda: people.note.text() == "Newregular added ✓" and "Newregular" in people.table.table.texts(0))
    assert nb.regulars[-1]["name"] == "newregular" and people.name.text() == ""

    people.table.table.selectRow(people.table.table.texts(0).index("Newregular"))
    people.remove.click()
    until(loop, lambda: people.note.text() == "Newregular removed ✓" and "Newregular" not in people.table.table.texts(0))
    assert all(r["name"] != "newregular" for r in nb.regulars)


def test_bot_subscribers_and_the_platform_row(panel, loop, nb):
    show(panel, loop, panel.listed)
    assert panel.listed.table.table.texts(0) == [s["displayName"] for s in nb.subscribers]
    assert not panel.listed.remove.isEnabled()  # nothing selected
    panel.tabs.setCurrentIndex(0)
    assert panel.platform_row.isVisibleTo(panel)


def test_kicks_leaderboard_and_who_a_user_is(panel, loop, app_window):
    ks = app_window.sandbox.kick
    gifts = panel.gifts
    show(panel, loop, gifts)  # the KICKs tab: Kick's own leaderboard
    until(loop, lambda: gifts.table.rowCount() == 5)
    assert gifts.table.texts(1)[0] == ks.leaderboard[0]["username"] and gifts.table.texts(2)[0] == "500"
    gifts.period.setCurrentIndex(gifts.period.findData("week"))
    assert gifts.table.rowCount() == 1
    gifts.top.setValue(3)
    until(loop, lambda: ks.received[-1][:2] == ("kicks-leaderboard", {"top": 3}))
    gifts.lookup.setText("12, abc")
    assert not gifts.lookup_button.isEnabled() and "should be a whole number" in gifts.note.text()
    gifts.lookup.setText("12, 34")
    gifts.lookup_button.click()
    until(loop, lambda: gifts.found.text() == "12: <b>user12</b>, 34: <b>user34</b>")
    assert ks.received[-1][:2] == ("users", {"id": [12, 34]})
