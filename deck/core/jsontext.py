"""JSON that comes from outside Deck (files, parameters, services' answers, live events) and
text that goes out of it, each under one rule.

- :func:`loads`: one depth limit for every JSON text Deck reads. A text nested deeper is a
  plain ``ValueError`` saying so, never a ``RecursionError`` from the parser or from whatever
  walks the value afterwards.
- :func:`text_problem`: one rule for every text a user gives Deck to send (parameters, and
  every string inside a list or object parameter): no control characters, no lone surrogates
  (they cannot be encoded), and, where a text must show something, not only invisible
  characters (spaces, zero-width or direction marks).
- :func:`printable`: a service's text as a terminal may show it (no escape sequences).
"""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, Optional

from .words import translate

MAX_DEPTH = 64  # levels of any JSON text Deck reads


def depth(value: object, limit: int = MAX_DEPTH) -> int:
    """How deeply ``value`` nests (a scalar is 0), counted without recursion; stops counting past ``limit``."""
    stack = [(value, 0)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            items: Any = item.values()
        elif isinstance(item, list):
            items = item
        else:
            continue
        deepest = max(deepest, level + 1)
        if deepest > limit:
            break
        stack.extend((v, level + 1) for v in items)
    return deepest


class TooDeep(ValueError):
    def __init__(self, limit: int):
        super().__init__(translate("Errors", "it is nested too deeply (more than {count} levels)").format(count=limit))


def loads(data: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """The value of a JSON text, refusing (:class:`TooDeep`) one nested deeper than ``max_depth`` levels."""
    try:
        value = json.loads(data)
    except RecursionError:
        raise TooDeep(max_depth) from None
    if depth(value, max_depth) > max_depth:
        raise TooDeep(max_depth)
    return value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_INVISIBLE = ("Cf", "Zs", "Zl", "Zp", "Mn", "Cc")


def visible(text: str) -> bool:
    """Whether ``text`` shows anything: not only spaces, zero-width, direction or other format characters."""
    return any(not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE for ch in text)


def text_problem(text: str, must_show: bool = True) -> Optional[str]:
    """What is wrong with a text Deck would send, or None. An empty text is not judged here
    (whether it may be empty is the parameter's own minimum)."""
    if _SURROGATE.search(text):
        return translate("Params", "must be valid Unicode text (it holds a lone surrogate)")
    if _CONTROL.search(text):
        return translate("Params", "must not contain control characters")
    if must_show and text and not visible(text):
        return translate("Params", "must have at least one visible character")
    return None


def repair(value: object) -> object:
    """``value`` with every lone surrogate in its texts (keys included) replaced by U+FFFD, so
    that it can be written back as UTF-8. A file Deck reads may hold ``"\\ud800"``."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {repair(k): repair(v) for k, v in value.items()}
    return value


_ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with terminal escape sequences and control characters removed (tabs and line
    breaks kept) and lone surrogates replaced, safe to print."""
    return str(repair(_ESCAPES.sub("", text)))
