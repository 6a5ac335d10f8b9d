"""Reading a service's answer tolerantly, for the routes' mappers: a field of another shape
reads as empty, never as a crash (the neutral record says what could be read)."""
from __future__ import annotations

from typing import Any, Optional


def obj(value: Any) -> dict[str, Any]:
    """``value`` when it is an object, else an empty one."""
    return value if isinstance(value, dict) else {}


def objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a list (anything else in it, or no list, reads as nothing)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def whole(value: Any) -> Optional[int]:
    """An integer, or None (true/false are not numbers here)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def first(value: Any) -> dict[str, Any]:
    """The first object of a list, or an empty one."""
    found = objects(value)
    return found[0] if found else {}
