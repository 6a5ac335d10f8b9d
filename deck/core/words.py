"""Amounts as a person reads them."""
from __future__ import annotations


def duration(seconds: float) -> str:
    """A length of time in its largest fitting unit: 6 -> "6 s", 300 -> "5 min", 99999 -> "28 h"."""
    if seconds == float("inf"):
        return "indefinitely"
    for unit, size, least in (("years", 365 * 86400, 365 * 86400), ("d", 86400, 2 * 86400), ("h", 3600, 3600),
                              ("min", 60, 60)):
        if seconds >= least:
            return f"{seconds / size:.0f} {unit}"
    return f"{seconds:.0f} s"
