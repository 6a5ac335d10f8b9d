"""The Spam filters panel: each filter with the fields it has, switched on at once, its
settings saved together sending only what changed, its word lists explained and checked,
and what the contract refuses refused before sending."""
from __future__ import annotations

import pytest

from deck.ui.panels.filters import read_list

from .conftest import open_panel, until


@pytest.fixture
def nb(app_window):
    return app_window.sandbox.nightbot


def sent(sandbox, op):
    return [body for o, body, status in sandbox.received if o == op]


def select(panel, name):
    panel.table.selectRow(panel.table.texts(0).index(name))


@pytest.fixture
def panel(app_window, loop, nb):
    panel = open_panel(app_window, loop, "filters")
    until(loop, lambda: panel.loader.state == "content" and panel.table.rowCount() == len(nb.filters),
          what="the filters")
    return panel


def test_each_filter_shows_the_fields_it_has(panel, nb):
    assert panel.table.texts(1) == ["Nightbot"] * len(nb.filters)
    assert panel.table.item(0, 4).text() == "10 min" and panel.table.item(0, 3).text() == "Regular and up"
    select(panel, "Excessive Caps")
    assert panel.limit.isVisibleTo(panel) and not panel.blacklist.isVisibleTo(panel)
    assert (panel.limit.minimum(), panel.limit.maximum(), panel.limit.value()) == (1, 100, 70)
    select(panel, "Blacklisted Words/Phrases")
    assert panel.blacklist.isVisibleTo(panel) and not panel.limit.isVisibleTo(panel)
    assert panel.blacklist.summary.text() == "3 entries: 1 word or phrase, 1 with wildcards, 1 regular expression"
    assert panel.doc.text() == '<a href="https://docs.nightbot.tv/spam-protection/blacklist">How it works</a>'
    assert not panel.save.isEnabled()  # nothing changed


def test_switch_on_at_once(panel, loop, nb):
    select(panel, "Excessive Caps")
    caps = next(f for f in nb.filters if f["_type"] == "caps")
    assert not caps["enabled"] and not panel.enabled.isChecked()
    panel.enabled.click()
    until(loop, lambda: caps["enabled"] and panel.table.item(panel.table.texts(0).index("Excessive Caps"), 2).text()
          == "✓ on")
    assert sent(nb, "edit-spam-filter")[-1] == {"type": "caps", "enabled": True}
    assert panel.editor_note.text() == "Excessive Caps on ✓"


def test_save_sends_only_what_changed(panel, loop, nb):
    select(panel, "Blacklisted Words/Phrases")
    panel.blacklist.edit.setPlainText("badword\n*spoiler*\n~/fr+ee/i\n~/(unclosed/")
    assert "line 4: missing ), unterminated subpattern" in panel.blacklist.summary.text()
    assert panel.blacklist.summary.property("role") == "error" and panel.save.isEnabled()  # the service decides
    panel.blacklist.edit.setPlainText("badword\n*spoiler*\n~/fr+ee/i\nscam.link")
    panel.length.setValue(3600)
    assert panel.length_words.text() == "= 1 h"
    panel.exempt.setCurrentIndex(panel.exempt.findData("subscriber"))
    panel.save.click()
    until(loop, lambda: panel.editor_note.text() == "Blacklisted Words/Phrases saved ✓")
    assert sent(nb, "edit-spam-filter")[-1] == {"type": "blacklist", "length": 3600, "exemptUserLevel": "subscriber",
                                                "blacklist": "badword\n*spoiler*\n~/fr+ee/i\nscam.link"}
    assert panel.table.item(0, 4).text() == "1 h" and not panel.save.isEnabled()


def test_refused_before_sending(panel, loop, nb):
    select(panel, "Links")
    panel.message.setText("x" * 401)
    assert not panel.save.isEnabled() and "message" in panel.editor_note.text()
    assert panel.counter.text() == "401/400"
    before = len(sent(nb, "edit-spam-filter"))
    panel.save.click()
    assert len(sent(nb, "edit-spam-filter")) == before


def test_read_list():
    assert read_list("") == ((0, 0, 0), [])
    counts, problems = read_list("a\n\n~/x/q\n~/nope")
    assert counts == (1, 0, 2)
    assert problems == ["line 3: unknown flag q (i, m, s, u, g, y)",
                        "line 4: a regular expression is written ~/pattern/flags"]
