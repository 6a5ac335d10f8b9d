"""The language Deck speaks: chosen from the system (Turkish for ``tr_*``, English otherwise)
or by the user (*View → Language*), loaded from Qt translation files before the window is
built. Deck's own texts are in ``resources/i18n/deck_<lang>.qm`` (compiled from the ``.ts``
sources, see ``packaging/translations.py``); Qt's standard dialogs use Qt's own translation."""
from __future__ import annotations

import sys
import unicodedata
from typing import Callable, Iterable, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator

from deck.actions.texts import CONTEXT
from deck.core import words
from deck.core.paths import resources_dir

SOURCE = "en"  # the language the texts are written in
LANGUAGES = {"en": "English", "tr": "Türkçe"}  # each in its own words
_installed: list[QTranslator] = []
T = TypeVar("T")


def pick(choice: str, system: str = "") -> str:
    """The language for a choice: ``system`` follows the system's locale (``system`` given:
    that locale's name, as "tr_TR")."""
    if choice in LANGUAGES:
        return choice
    name = system or QLocale.system().name()  # "tr_TR" (from LANG / LC_* on Linux)
    return next((code for code in LANGUAGES if code != SOURCE and name.startswith(code)), SOURCE)


def install(app: QCoreApplication, language: str) -> bool:
    """Speak ``language`` from now on (texts made from now on); False when a file is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    words.install(QCoreApplication.translate)  # what Qt-free code composes, in the same language
    system = QLocale.system()
    QLocale.setDefault(system if system.name().startswith(language) else QLocale(language))  # dates, numbers
    found = True
    files = [(str(resources_dir() / "i18n"), f"deck_{language}")]  # English: only its plural forms
    if language != SOURCE:
        files.append((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"))
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            found = False
    return found


def contract(text: str) -> str:
    """One of the catalogue's words (an action's title or group, a parameter's name or choice)
    in the language Deck speaks (see ``deck.actions.texts``)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def ordered(items: Iterable[T], text: Callable[[T], str]) -> list[T]:
    """``items`` in the order the language sorts their ``text`` ("Ali, Çağla, Ilgaz, İsmail, Zeynep"
    in Turkish: not after Z, as code points would put them), case aside."""
    turkish = QLocale().name().startswith("tr")
    return sorted(items, key=lambda item: sort_key(text(item), turkish))


_TURKISH_CASE = str.maketrans({"I": "ı", "İ": "i"})
_OWN_LETTERS = {"ç": "c", "ğ": "g", "ö": "o", "ş": "s", "ü": "u"}  # Turkish letters that follow their base


def sort_key(text: str, turkish: bool = False) -> tuple[list[int], str, str]:
    """How the languages Deck speaks order ``text``: letters first, an accent or case only
    between otherwise equal words; in Turkish ç, ğ, ö, ş, ü are letters of their own after
    c, g, o, s, u, and ı comes before i (elsewhere after i). (Qt's ICU collator orders the
    same way but keeps about 2 MiB of collation tables for the rest of the session.)"""
    folded = (text.translate(_TURKISH_CASE) if turkish else text).casefold()
    letters = []
    for char in folded:
        if turkish and char in _OWN_LETTERS:
            letters.append(ord(_OWN_LETTERS[char]) * 2 + 1)
        elif char == "ı":  # dotless i: before i in Turkish, after it elsewhere
            letters.append(ord("i") * 2 + (-1 if turkish else 1))
        else:
            letters.append(ord(unicodedata.normalize("NFD", char)[0]) * 2)
    return letters, folded, text


def restart() -> bool:
    """Start Deck again, as it was started (the caller then closes this one)."""
    if getattr(sys, "frozen", False):
        return bool(QProcess.startDetached(sys.executable, sys.argv[1:]))
    return bool(QProcess.startDetached(sys.executable, ["-m", "deck", *sys.argv[1:]]))
