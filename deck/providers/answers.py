"""Reading a service's answer tolerantly, for the routes' mappers: a field of another shape
reads as empty, never as a crash (the neutral record says what could be read)."""
from __future__ import annotations

from typing import Optional


def obj(value: object) -> dict[str, object]:
    """``value`` when it is an object, else an empty one."""
    return value if isinstance(value, dict) else {}


def objects(value: object) -> list[dict[str, object]]:
    """The objects of a list (anything else in it, or no list, reads as nothing)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def texts(value: object) -> dict[str, str]:
    """An object of texts (value -> what the user reads); anything else in it reads as nothing."""
    return {str(k): v for k, v in obj(value).items() if isinstance(v, str)}


def whole(value: object) -> Optional[int]:
    """An integer, or None (true/false are not numbers here)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def items(value: object) -> list[object]:
    """A list's items, none when there is no list; anything else is an answer of another shape."""
    if not value:
        return []
    if not isinstance(value, list):
        raise TypeError(f"a list was expected, not {type(value).__name__}")
    return value


def first(value: object) -> dict[str, object]:
    """The first object of a list, or an empty one."""
    found = objects(value)
    return found[0] if found else {}
