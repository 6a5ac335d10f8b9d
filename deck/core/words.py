"""Words as a person reads them: amounts, matching that reads Turkish letters right, and the one
translation the Qt-free code speaks through (installed by the window or the command line)."""
from __future__ import annotations

from typing import Callable, Mapping


def _same(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _same


def install(translation: Callable[[str, str], str]) -> None:
    """Say what Qt-free code composes in a language: the window installs Qt's translation, the
    command line its own (both read Deck's translation files)."""
    global _translate
    _translate = translation


def translate(context: str, text: str) -> str:
    """``text`` in the installed language (as written, when none is)."""
    return _translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the marker Qt's lupdate reads)
    """Marks a text the window and the command line show translated (Qt-free code writes it in
    English; whoever shows it looks it up under ``context``)."""
    return text


def amount(context: str, n: object, one: str, many: str) -> str:
    """The wording for ``n`` things (``one`` for a single one, ``many`` otherwise), translated,
    with ``{n}`` filled in (the rest of its fields are the caller's to fill)."""
    return translate(context, one if n == 1 else many).replace("{n}", str(n))


def sentence(text: str) -> str:
    """``text`` as a sentence of its own: its first letter capital, a full stop at its end."""
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


_DOTS = str.maketrans({"İ": "i", "I": "i", "ı": "i"})  # Turkish dotted and dotless i, one letter for matching


def fold(text: str) -> str:
    """``text`` for case-insensitive matching that reads Turkish right in any language: "istanbul"
    finds "İSTANBUL" and "ılık" finds "ILIK" (İ/i and I/ı are each one letter to a Turkish reader;
    Python's own lower() makes "İ" two characters and "I" an "i")."""
    return text.translate(_DOTS).casefold()


def duration(seconds: float) -> str:
    """A length of time in its largest fitting unit: 6 -> "6 s", 300 -> "5 min", 99999 -> "28 h"."""
    if seconds == float("inf"):
        return translate("Words", "indefinitely")
    for unit, size, least in ((QT_TRANSLATE_NOOP("Words", "{n} years"), 365 * 86400, 365 * 86400),
                              (QT_TRANSLATE_NOOP("Words", "{n} d"), 86400, 2 * 86400),
                              (QT_TRANSLATE_NOOP("Words", "{n} h"), 3600, 3600),
                              (QT_TRANSLATE_NOOP("Words", "{n} min"), 60, 60)):
        if seconds >= least:
            return translate("Words", unit).format(n=f"{seconds / size:.0f}")
    return translate("Words", QT_TRANSLATE_NOOP("Words", "{n} s")).format(n=f"{seconds:.2g}" if seconds < 10 else f"{seconds:.0f}")


def _name(key: object, names: Mapping[str, str]) -> str:
    return names.get(str(key)) or str(key).replace("_", " ")


def _short(value: object, nested: bool = True, names: Mapping[str, str] = {}) -> str:
    """One value in a few words: a small object or list is shown (its first three entries and
    how many more), a large one counted. ``names`` are a service's codes in words."""
    if isinstance(value, bool):
        return translate("Words", "yes") if value else translate("Words", "no")
    def more(count: int) -> str:
        return translate("Words", " +{count} more").format(count=count) if count > 0 else ""

    if isinstance(value, dict):
        if nested and value and all(not isinstance(v, (dict, list)) for v in value.values()):
            shown = ", ".join(f"{_name(k, names)} {_short(v, False, names)}" for k, v in list(value.items())[:3])
            return shown + more(len(value) - 3)
        return (translate("Words", "{count} field") if len(value) == 1 else
                translate("Words", "{count} fields")).format(count=len(value))
    if isinstance(value, list):
        if nested and value and all(not isinstance(v, (dict, list)) for v in value):
            shown = ", ".join(_short(v, False, names) for v in value[:3])
            return shown + more(len(value) - 3)
        return (translate("Words", "{count} item") if len(value) == 1 else
                translate("Words", "{count} items")).format(count=len(value))
    text = names.get(value, str(value)) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _is_id(name: str) -> bool:
    """A field that holds an identifier (``id``, ``user_id``, ``ttsId``, ``User ID``)."""
    low = name.lower()
    return low == "id" or low.endswith(("_id", " id")) or name.endswith("Id")


def in_words(data: object, most: int = 6, answer: bool = False, names: Mapping[str, str] = {}) -> str:
    """Parameters or an answer in one readable line: "username: ada · duration: 10". In an
    ``answer``, identifiers are left out where something else says what it is about. ``names``
    are the service's own codes in words (MissXss's ``spam_korumasi``: "Spam protection")."""
    if isinstance(data, dict):
        given = [(str(k), v) for k, v in data.items() if v is not None and v != ""]
        named = [(k, v) for k, v in given if not _is_id(k)] if answer else given
        parts = [f"{_name(k, names)}: {_short(v, names=names)}" for k, v in (named or given)]
        more = translate("Words", " · +{count} more").format(count=len(parts) - most) if len(parts) > most else ""
        return " · ".join(parts[:most]) + more
    if isinstance(data, list):
        return _short(data, names=names)
    return "" if data is None else _short(data, names=names)
