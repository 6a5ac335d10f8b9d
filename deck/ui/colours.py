"""Colour contrast as WCAG 2 measures it, so text on a coloured button stays readable."""
from __future__ import annotations

from PySide6.QtGui import QColor

READABLE = 4.5  # WCAG AA for normal text
LIGHT_TEXT, DARK_TEXT = "#ffffff", "#111318"


def _luminance(colour: str) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_text(background: str) -> str:
    """White or near-black, whichever reads better on ``background``."""
    return max((LIGHT_TEXT, DARK_TEXT), key=lambda text: contrast(text, background))
