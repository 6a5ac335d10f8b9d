"""Deck in Turkish: every panel, its pages, the menus and the dialogs opened, every text they
show gathered, and none may be one of Deck's English texts (service and product names and
the demo's own data excepted)."""
from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# names, not words: the same in every language
NAMES = {"Deck", "OBS", "OBS Studio", "MissXss", "Kick", "Twitch", "YouTube", "Owncast", "Nightbot", "ScottyBot",
         "Discord", "Spotify", "TTS", "Twitch VIP", "URL", "ID", "OK", "Chat", "Ctrl+K", "English", "Türkçe", "DEMO",
         "Deck — demo",
         "Integrations"}  # the section of Owncast's own (English) admin that its help points to
TAGS = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-z]{2,}")


def turkish_texts() -> set[str]:
    """Every Turkish translation: a text that reads the same in both languages ("Platform") is Turkish too."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "i18n" / "deck_tr.ts").getroot()
    return {t.text or "" for t in root.iter("translation")} | {t.text or "" for t in root.iter("numerusform")}


def english_texts() -> tuple[set[str], set[str]]:
    """Deck's English texts as the code writes them: whole texts, and the fixed parts of texts
    composed with placeholders (two words or more)."""
    whole: set[str] = set()
    parts: set[str] = set()
    for path in (ROOT / "deck" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.strip()
                if re.search(r"[A-Za-z]{2}", text) and " " in text or text[:1].isupper():
                    whole.add(text)
                    parts.update(p.strip() for p in re.split(r"\{[^}]*\}", text) if len(WORD.findall(p)) >= 2)
            elif isinstance(node, ast.JoinedStr):
                for value in node.values:
                    if isinstance(value, ast.Constant) and len(WORD.findall(str(value.value))) >= 2:
                        parts.add(str(value.value).strip())
    return whole, parts


def shown_texts(root) -> set[str]:
    """Every text a person can read in ``root`` and its children (hidden ones as well: they
    show at some point)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QWidget,
    )

    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        found = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QDockWidget):
            found.append(widget.windowTitle())
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            found += [str(widget.model().headerData(c, widget.orientation()) or "") for c in range(widget.count())]
        for action in widget.actions():
            found += [action.text(), action.toolTip()]
            if action.menu() is not None:
                found += [a.text() for a in action.menu().actions()]
        for text in found:
            for line in html.unescape(TAGS.sub("\n", text or "")).replace("&", "").split("\n"):
                line = line.split("\t")[0]  # a menu item's shortcut after a tab
                if line.strip():
                    texts.add(line.strip())
    return texts


def english_left(texts: set[str]) -> list[str]:
    whole, parts = english_texts()
    turkish = turkish_texts()
    left = []
    for text in sorted(texts):
        bare = text.rstrip(":…").strip()
        if text in NAMES or bare in NAMES or text in turkish or bare in turkish:
            continue
        if text in whole or bare in whole or any(part in text for part in parts - NAMES):
            left.append(text)
    return left


@pytest.fixture
def turkish(qapp):
    from deck.ui import i18n

    assert i18n.install(qapp, "tr")
    yield
    i18n.install(qapp, "en")


def test_every_panel_page_menu_and_dialog_speaks_turkish(turkish, app_window, loop, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog, QTabWidget

    from deck.actions.profiles import Cell
    from deck.ui.accounts import AccountsDialog
    from deck.ui.cell_editor import CellEditor
    from deck.ui.hotkeys import HotkeysDialog
    from deck.ui.palette import CommandPalette

    from .conftest import settle

    window = app_window
    for pid in window.docks.specs:
        panel = window.docks.show(pid)
        for tabs in panel.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)  # each page built
    settle(loop, window)
    texts = shown_texts(window)
    for action in window.menuBar().actions():
        if action.menu() is not None:
            texts |= shown_texts(action.menu())
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    grid = window.docks.panels["grid"]
    dialogs = [AccountsDialog(window.ctx, window), HotkeysDialog(window.ctx, window), CommandPalette(window.ctx, window),
               CellEditor(window.ctx, Cell(row=2, col=2), grid.page, grid)]
    for dialog in dialogs:
        texts |= shown_texts(dialog)
    left = english_left(texts)
    assert not left, f"{len(left)} English texts in Turkish Deck: {left}"


def test_a_confirmation_asks_in_turkish(turkish, app_window, loop):
    """The question, its button and what will be done are in the window's language."""
    asked = []
    window = app_window
    plan = window.ctx.plan("chat.ban", {"username": "trol", "reason": "spam"}, platform="kick")
    original = window.ctx.ask
    window.ctx.ask = lambda text, verb, detail="", parent=None: asked.append((text, verb, detail)) or False
    try:
        assert not window.ctx.confirm(plan)
    finally:
        window.ctx.ask = original
    text, verb, detail = asked[0]
    assert text.startswith("<b>Kick üzerinde: İzleyiciyi yasakla?</b> Bu geri alınamaz.")
    assert verb == "İzleyiciyi yasakla" and "Kullanıcı adı: trol" in detail and "Sebep: spam" in detail


def test_the_phone_deck_page_speaks_turkish(turkish, qapp):
    """The page's words and its script's, in the language Deck speaks (the page allows no inline script)."""
    import json
    import re

    from deck.webdeck.server import page_in_language

    page = page_in_language()
    assert '<html lang="tr">' in page and ">Bu tarayıcıyı eşleştir<" in page and 'placeholder="Telefonum"' in page
    assert "<b>Uzaktan → Telefon eşleştir…</b>" in page and ">Kod <" in page
    words = json.loads(html.unescape(re.search(r'<body data-words="([^"]*)">', page).group(1)))
    assert words["Reconnecting…"] == "Yeniden bağlanıyor…" and words["✗ failed"] == "✗ başarısız"


def test_a_form_says_what_is_wrong_in_turkish(turkish, app_window, loop):
    """What Deck itself composes about a wrong value is in the window's language too."""
    panel = app_window.docks.show("actions")
    form = panel.select("missxss.timeout")
    form.editor("duration").setText("0")
    assert "Kullanıcı adı: zorunlu" in form.error_label.text()


def test_an_answer_reads_in_turkish_in_activity(turkish):
    from deck.ui.activity import summarize

    said = summarize({"active": True, "ids": [1, 2, 3, 4, 5], "rows": [{"a": 1}, {"a": 2}]})
    assert said == "active: evet · ids: 1, 2, 3 +2 tane daha · rows: 2 öğe"
