"""Global hotkeys: one backend thread watches the keyboard while a game has focus.

:func:`create_backend` picks what this OS allows (pynput on Windows, macOS and X11; the
desktop's GlobalShortcuts portal on Wayland, see :mod:`deck.input.portal`) or an
:class:`Unavailable` backend that says exactly what to do. The backend's thread never
runs Deck code: it hands ``(hotkey id, pressed)`` to the event loop with
``call_soon_threadsafe`` and returns at once (Windows drops slow keyboard hooks). Keys
are watched, never swallowed: the game still gets them.
"""
from __future__ import annotations

import asyncio
import logging
import os
import sys
from typing import Any, Callable, Iterable, Optional

from deck.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
Deliver = Callable[[str, bool], None]  # (hotkey id, pressed) on the event loop

MODIFIERS = {"ctrl", "alt", "shift", "meta"}
ALIASES = {"control": "ctrl", "option": "alt", "altgr": "alt", "cmd": "meta", "command": "meta", "super": "meta",
           "win": "meta", "windows": "meta", "return": "enter", "escape": "esc", "del": "delete", "ins": "insert",
           "pgup": "page_up", "pgdown": "page_down", "pageup": "page_up", "pagedown": "page_down",
           "capslock": "caps_lock", "numlock": "num_lock", "scrolllock": "scroll_lock", "print": "print_screen"}


def combo(keys: str) -> frozenset[str]:
    """``"Ctrl+Alt+H"`` (Qt's portable text) as a set of key names: {"ctrl", "alt", "h"}."""
    parts = [p.strip().lower() for p in keys.replace("++", "+plus").split("+") if p.strip()]
    return frozenset(ALIASES.get(p, p).replace(" ", "_") for p in parts)


class Backend:
    name = "none"
    problem = ""  # empty when global hotkeys work

    def start(self, loop: asyncio.AbstractEventLoop, deliver: Deliver) -> None: ...

    def set_hotkeys(self, hotkeys: dict[str, frozenset[str]], descriptions: Optional[dict[str, str]] = None) -> None:
        """The hotkeys to watch, {id: key set}; ``descriptions`` name what each runs (the
        portal's dialog shows them)."""

    def stop(self) -> None: ...


class Unavailable(Backend):
    def __init__(self, problem: str):
        self.problem = problem


class Matcher:
    """Turns key downs and ups into hotkey presses and releases (thread-safe enough:
    only the backend thread calls it; ``set_hotkeys`` swaps one dict)."""

    def __init__(self) -> None:
        self.hotkeys: dict[str, frozenset[str]] = {}
        self.down: set[str] = set()
        self.active: set[str] = set()

    def key(self, name: Optional[str], pressed: bool) -> list[tuple[str, bool]]:
        if not name:
            return []
        events: list[tuple[str, bool]] = []
        if pressed:
            if name in self.down:
                return []  # auto-repeat
            self.down.add(name)
            for hotkey_id, keys in self.hotkeys.items():
                if hotkey_id not in self.active and keys == self.down:
                    self.active.add(hotkey_id)
                    events.append((hotkey_id, True))
        else:
            self.down.discard(name)
            for hotkey_id in [h for h in self.active if name in self.hotkeys.get(h, ())]:
                self.active.discard(hotkey_id)
                events.append((hotkey_id, False))
        return events


class PynputBackend(Backend):
    name = "pynput"

    def __init__(self, keyboard: Any):
        self.keyboard = keyboard
        self.matcher = Matcher()
        self.listener: Any = None

    def start(self, loop: asyncio.AbstractEventLoop, deliver: Deliver) -> None:
        def handle(key: Any, pressed: bool) -> None:
            for hotkey_id, down in self.matcher.key(self._name(key), pressed):
                loop.call_soon_threadsafe(deliver, hotkey_id, down)

        self.listener = self.keyboard.Listener(on_press=lambda k, *_: handle(k, True),
                                               on_release=lambda k, *_: handle(k, False))
        self.listener.daemon = True
        self.listener.start()
        self.listener.wait()
        if sys.platform == "darwin" and not getattr(self.listener, "IS_TRUSTED", True):
            self.problem = MACOS_PERMISSION

    def set_hotkeys(self, hotkeys: dict[str, frozenset[str]], descriptions: Optional[dict[str, str]] = None) -> None:
        self.matcher.hotkeys = dict(hotkeys)
        self.matcher.active &= set(hotkeys)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _name(self, key: Any) -> Optional[str]:
        name = getattr(key, "name", None)  # a special key: ctrl_l, f5, space…
        if name:
            base = name.split("_")[0] if name.split("_")[0] in ("ctrl", "alt", "shift", "cmd") else name
            return ALIASES.get(base, base)
        vk = getattr(key, "vk", None)
        if vk is not None:
            if 0x41 <= vk <= 0x5A or 0x30 <= vk <= 0x39:  # Windows virtual keys (and ASCII digits)
                return chr(vk).lower()
            if 0x61 <= vk <= 0x7A:  # X11 keysyms of lower-case letters
                return chr(vk)
        char = getattr(key, "char", None)
        if char and char.isprintable():
            return char.lower()
        return None


# why global hotkeys do not work, said in the window's language (context "GlobalKeys")
MACOS_PERMISSION = QT_TRANSLATE_NOOP(
    "GlobalKeys", "macOS blocks global hotkeys until you allow Deck: System Settings → Privacy & Security → "
                  "Accessibility and → Input Monitoring, switch on Deck, then quit and reopen Deck. "
                  "In-app shortcuts work meanwhile.")
WAYLAND = QT_TRANSLATE_NOOP(
    "GlobalKeys", "This Wayland desktop has no GlobalShortcuts portal, so apps cannot see keys pressed in other "
                  "windows. In-app shortcuts work. For hotkeys while a game has focus, use a desktop that has the "
                  "portal (KDE Plasma 6, GNOME 48 or later, Hyprland with xdg-desktop-portal-hyprland), log in to an "
                  "X11 session, or bind a shortcut in your desktop's keyboard settings to a command such as "
                  "`deck run missxss.clip`.")
NO_X = QT_TRANSLATE_NOOP(
    "GlobalKeys", "Global hotkeys need an X server connection (DISPLAY is not set or the server refused). "
                  "In-app shortcuts work.")


def create_backend(environ: Optional[dict[str, str]] = None) -> Backend:
    env = os.environ if environ is None else environ
    if sys.platform.startswith("linux"):
        if env.get("XDG_SESSION_TYPE") == "wayland" or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
            from deck.input.portal import PortalBackend, portal_version

            return PortalBackend() if portal_version() else Unavailable(WAYLAND)
        if not env.get("DISPLAY"):
            return Unavailable(NO_X)
    try:
        from pynput import keyboard
    except ImportError as exc:  # pynput raises ImportError when the platform backend cannot start
        reason = str(exc).splitlines()[0]
        log.warning("global hotkeys unavailable: %s", reason)
        if "X connection" in reason or "display" in reason.lower():
            return Unavailable(NO_X)
        return Unavailable(f"Global hotkeys are unavailable ({reason}). In-app shortcuts work.")
    return PynputBackend(keyboard)


def conflicts(bindings: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """{keys: [ids]} for key combinations bound more than once."""
    seen: dict[frozenset[str], list[tuple[str, str]]] = {}
    for hotkey_id, keys in bindings:
        seen.setdefault(combo(keys), []).append((keys, hotkey_id))
    return {items[0][0]: [i for _, i in items] for items in seen.values() if len(items) > 1}
