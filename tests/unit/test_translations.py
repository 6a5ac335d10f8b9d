"""Deck's translations: every text Deck writes has its Turkish, each keeps the original's
placeholders, the compiled files are those of the sources, and the language is chosen from
the system or by the user."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

PLACEHOLDERS = re.compile(r"\{[a-z_]*\}|%n|%\d")


def messages(path: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message: one, or one per plural form ([] when
    not translated)."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = (forms or [translation.text or ""]) if done and translation is not None else []
            out.append((name, message.findtext("source") or "", [t for t in texts if t.strip()]))
    return out


@pytest.mark.parametrize("language", (*translations.LANGUAGES, translations.SOURCE))
def test_every_text_has_its_translation_with_the_same_placeholders(language):
    for context, source, translated in messages(translations.FOLDER / f"deck_{language}.ts"):
        assert translated, f"{context}: {source!r} has no {language} translation"
        for text in translated:
            assert sorted(PLACEHOLDERS.findall(source)) == sorted(PLACEHOLDERS.findall(text)), \
                f"{context}: {source!r} -> {text!r} changes the placeholders"


@pytest.mark.skipif(not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)),
                    reason="pyside6-lupdate comes with PySide6")
def test_the_sources_hold_every_text_deck_writes_and_the_compiled_files_are_theirs(tmp_path):
    translations.update(tmp_path)  # what the code says now, into a scratch copy
    for language in (*translations.LANGUAGES, translations.SOURCE):
        now = {(c, s) for c, s, _ in messages(tmp_path / f"deck_{language}.ts")}
        kept = {(c, s) for c, s, _ in messages(translations.FOLDER / f"deck_{language}.ts")}
        assert now <= kept, f"new texts: run packaging/translations.py update and translate {sorted(now - kept)[:5]}"
        compiled = tmp_path / f"deck_{language}.qm"
        subprocess.run([translations.tool("pyside6-lrelease"), str(translations.FOLDER / f"deck_{language}.ts"),
                        "-qm", str(compiled)], check=True, capture_output=True)
        assert compiled.read_bytes() == (translations.FOLDER / f"deck_{language}.qm").read_bytes(), \
            "run packaging/translations.py compile"


def test_the_language_follows_the_system_unless_chosen():
    from deck.ui import i18n

    assert i18n.pick("system", "tr_TR") == "tr"
    assert i18n.pick("system", "de_DE") == "en" and i18n.pick("system", "en_US") == "en"
    assert i18n.pick("en", "tr_TR") == "en" and i18n.pick("tr", "en_US") == "tr"


def test_turkish_is_loaded_for_decks_texts_and_qts_own(qapp):
    from PySide6.QtCore import QCoreApplication

    from deck.ui import i18n

    try:
        assert i18n.install(qapp, "tr")
        assert QCoreApplication.translate("Via", "not connected") == "bağlı değil"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "İptal"  # Qt's own dialogs
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("Via", "not connected") == "not connected"
    assert QCoreApplication.translate("StatusBar", "%n reconnect(s)", "", 1) == "1 reconnect"  # English plurals
    assert QCoreApplication.translate("StatusBar", "%n reconnect(s)", "", 2) == "2 reconnects"


def test_matching_reads_turkish_right_in_any_language():
    from deck.core.words import fold
    from deck.ui.cell_editor import matches

    assert fold("istanbul") in fold("İSTANBUL'dan selam") and fold("ılık") == fold("ILIK")
    assert fold("Ice") == fold("ice")  # English stays as it was
    assert matches("ığdır", "IĞDIR") and matches("izmir", "İZMİR") and not matches("ankara", "İzmir")


def test_lists_sort_as_the_language_does_and_near_words_match_turkish_letters(qapp):
    from PySide6.QtCore import QLocale

    from deck.core.errors import did_you_mean
    from deck.ui.i18n import ordered

    names = ["Zeynep", "Çağla", "ali", "Ömer", "İsmail", "Ilgaz", "Can", "ırmak"]
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("tr_TR"))
        assert ordered(names, str) == ["ali", "Can", "Çağla", "Ilgaz", "ırmak", "İsmail", "Ömer", "Zeynep"]
        QLocale.setDefault(QLocale("en_GB"))
        assert ordered(["Zeynep", "élan", "Eagle", "Ilgaz", "ırmak"], str) == ["Eagle", "élan", "Ilgaz", "ırmak",
                                                                              "Zeynep"]
    finally:
        QLocale.setDefault(previous)
    assert sorted(names)[-1] == "ırmak"  # code-point order would put the Turkish letters after Z
    assert did_you_mean("İSTANBUL", ["istanbul", "izmir"]) == "; did you mean istanbul?"


def test_the_wheel_carries_every_icon_and_translation():
    """An installed wheel finds its icons and compiled translations under <prefix>/share/deck
    (``pyproject.toml``'s data files; ``deck.core.paths.resources_dir``)."""
    import fnmatch
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    carried = {Path(target) / Path(p).name for target, patterns in data.items() for pattern in patterns
               for p in ROOT.glob(pattern)}
    needed = {Path("share/deck") / p.relative_to(ROOT) for p in (ROOT / "resources").rglob("*")
              if p.is_file() and not fnmatch.fnmatch(p.name, "*.ts")}
    assert needed and needed <= carried, sorted(needed - carried)[:5]


# Where a window puts words a person reads (the positions of the words among a call's arguments): a
# literal given there is English whatever the language (a text is translated first, formatted after).
SINKS = {**dict.fromkeys(("setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName", "ok",
                          "error", "busy", "say", "label", "button", "switch", "QLabel", "QPushButton", "QCheckBox",
                          "QGroupBox", "addMenu", "addItem", "addButton", "addAction"), (0,)),
         "ask": (0, 1, 2), "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "getText": (1, 2),
         "getInt": (1, 2), "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getColor": (2,)}
WORDS_KEYWORDS = {"question", "done", "title", "placeholder", "tip"}
NAMED = {"button", "switch"}  # their ``name`` is what a screen reader says (a label's is its object name)
TYPED = re.compile(r"[A-Za-z]{3}|\be\.g\.")


def _literal_words(node: object) -> str:
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # its own text, and the words of what it puts in ("on" if … else "off")
        return "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else
                       _literal_words(v.value) if isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.IfExp)
                       else "" for v in node.values)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) + _literal_words(node.orelse)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + _literal_words(node.right)
    if isinstance(node, ast.Lambda):
        return _literal_words(node.body)
    return ""


def test_windows_give_people_translated_words_only():
    """No literal words reach a label, a button, a note, a menu, a dialog or a question untranslated; and a
    class other windows build on translates under its own name (``self.tr`` would look a subclass's up)."""
    import ast

    found, bases, trs = [], set(), {}
    for path in sorted((ROOT / "deck").glob("ui/**/*.py")) + sorted((ROOT / "deck").glob("webdeck/*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.update(b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases)
                trs[node.name] = any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "tr"
                                     and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"
                                     for c in ast.walk(node))
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            places = SINKS.get(name, ())
            if name == "addAction" and node.args and not _literal_words(node.args[0]):
                places = (1,)  # an icon first
            given = [node.args[i] for i in places if i < len(node.args)] + [
                k.value for k in node.keywords if k.arg in WORDS_KEYWORDS or (k.arg == "name" and name in NAMED)]
            for arg in given:
                words = _literal_words(arg)
                if words != "Deck" and TYPED.search(re.sub(r"<[^>]+>|&\w+;", "", words)):  # (the product's name)
                    found.append(f"{where}:{node.lineno}: {words[:60]!r}")
    assert found == [], "untranslated words:\n" + "\n".join(found)
    assert [c for c, calls in trs.items() if calls and c in bases] == []
