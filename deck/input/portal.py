"""Global hotkeys on Wayland through the desktop's GlobalShortcuts portal.

Wayland does not let an app watch keys pressed in other windows; the desktop does it for
the app through ``org.freedesktop.portal.GlobalShortcuts`` (KDE Plasma 6, GNOME 48+,
Hyprland). Deck creates a session, binds its hotkeys with the keys it would like
(the desktop may show a dialog and lets the user choose others), and gets ``Activated`` /
``Deactivated`` signals: press and release. A session's shortcuts are bound once, so a
changed set closes the session and binds a new one.

One backend thread owns the session: it takes new hotkey sets and the portal's signals
from one queue and hands ``(hotkey id, pressed)`` to the event loop.
"""
from __future__ import annotations

import asyncio
import logging
import queue
import secrets
import threading
from typing import Any, Optional

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, Properties, message_bus, new_method_call
from jeepney.io.threading import DBusRouter, open_dbus_connection

from deck.core.words import QT_TRANSLATE_NOOP, translate
from deck.input.global_keys import MODIFIERS, Backend, Deliver

log = logging.getLogger(__name__)

PORTAL = DBusAddress("/org/freedesktop/portal/desktop", bus_name="org.freedesktop.portal.Desktop",
                     interface="org.freedesktop.portal.GlobalShortcuts")
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
BIND_WAIT = 600.0  # seconds the desktop's "choose the keys" dialog may stay open
TRIGGER_MODIFIERS = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "meta": "LOGO"}
KEYSYMS = {"enter": "Return", "esc": "Escape", "delete": "Delete", "insert": "Insert", "page_up": "Page_Up",
           "page_down": "Page_Down", "space": "space", "tab": "Tab", "backspace": "BackSpace", "home": "Home",
           "end": "End", "up": "Up", "down": "Down", "left": "Left", "right": "Right", "print_screen": "Print",
           "caps_lock": "Caps_Lock", "num_lock": "Num_Lock", "scroll_lock": "Scroll_Lock", "pause": "Pause",
           "plus": "plus", "minus": "minus", "menu": "Menu"}
DECLINED = QT_TRANSLATE_NOOP("GlobalKeys", "The desktop's shortcut dialog was closed without binding Deck's global "
                                           "hotkeys. Change a hotkey (or restart Deck) to be asked again; in-app "
                                           "shortcuts work.")


def trigger(keys: frozenset[str]) -> str:
    """Deck's key set as the XDG shortcuts text the portal expects: {"ctrl", "alt", "h"} -> "CTRL+ALT+h"."""
    mods = [TRIGGER_MODIFIERS[m] for m in ("ctrl", "alt", "shift", "meta") if m in keys]
    rest = sorted(keys - MODIFIERS)
    names = [k.upper() if len(k) > 1 and k[0] == "f" and k[1:].isdigit() else KEYSYMS.get(k, k) for k in rest]
    return "+".join(mods + names)


def portal_version(timeout: float = 1.0) -> int:
    """The portal's GlobalShortcuts version, or 0 when this session has none."""
    try:
        conn = open_dbus_connection("SESSION")
    except Exception as exc:  # no session bus
        log.info("no D-Bus session for the shortcuts portal: %s", exc)
        return 0
    try:
        with DBusRouter(conn) as router:
            reply = router.send_and_get_reply(Properties(PORTAL).get("version"), timeout=timeout)
        if reply.header.message_type is MessageType.error:
            return 0
        return int(reply.body[0][1])
    except Exception as exc:
        log.info("the GlobalShortcuts portal did not answer: %s", exc)
        return 0
    finally:
        conn.close()


class PortalBackend(Backend):
    name = "GlobalShortcuts portal"

    def __init__(self) -> None:
        self.inbox: queue.Queue[Any] = queue.Queue()
        self.thread: Optional[threading.Thread] = None
        self.bound: dict[str, str] = {}  # hotkey id -> the keys the desktop says trigger it
        self.wanted: Any = None

    def start(self, loop: asyncio.AbstractEventLoop, deliver: Deliver) -> None:
        self.thread = threading.Thread(target=self._run, args=(loop, deliver), name="deck-portal-hotkeys", daemon=True)
        self.thread.start()

    def set_hotkeys(self, hotkeys: dict[str, frozenset[str]], descriptions: Optional[dict[str, str]] = None) -> None:
        wanted = (dict(hotkeys), dict(descriptions or {}))
        if wanted != self.wanted:  # each new binding may ask the user, so only when something changed
            self.wanted = wanted
            self.inbox.put(("bind", *wanted))

    def stop(self) -> None:
        if self.thread is not None:
            self.inbox.put(("stop",))
            self.thread.join(5)
            self.thread = None

    # The backend thread ---------------------------------------------------------------

    def _run(self, loop: asyncio.AbstractEventLoop, deliver: Deliver) -> None:
        try:
            conn = open_dbus_connection("SESSION")
        except Exception as exc:
            self.problem = translate("GlobalKeys", "Global hotkeys need the D-Bus session ({why}). In-app shortcuts "
                                                   "work.").format(why=exc)
            return
        with DBusRouter(conn) as router:
            self.router = router
            signals = MatchRule(type="signal", interface=PORTAL.interface, path=PORTAL.object_path)
            self._add_match(signals)
            session = ""
            with router.filter(signals, queue=self.inbox):
                while True:
                    item = self.inbox.get()
                    if isinstance(item, Message):
                        member = item.header.fields.get(HeaderFields.member)
                        if member in ("Activated", "Deactivated") and item.body[0] == session:
                            loop.call_soon_threadsafe(deliver, item.body[1], member == "Activated")
                        continue
                    if session:
                        self._call(DBusAddress(session, bus_name=PORTAL.bus_name, interface=SESSION), "Close", "", ())
                        session = ""
                    if item[0] == "stop":
                        break
                    try:
                        session = self._bind(item[1], item[2]) if item[1] else ""
                    except Exception as exc:  # the portal refused: say so, keep in-app shortcuts
                        log.warning("global hotkeys through the portal failed: %s", exc)
                        self.problem = translate("GlobalKeys", "The desktop refused Deck's global hotkeys: {why}. "
                                                               "In-app shortcuts work.").format(why=exc)
        conn.close()

    def _bind(self, hotkeys: dict[str, frozenset[str]], descriptions: dict[str, str]) -> str:
        response, results = self._request("CreateSession", "a{sv}",
                                          lambda token: ({"handle_token": ("s", token),
                                                          "session_handle_token": ("s", f"deck_{secrets.token_hex(6)}")},))
        if response != 0:
            raise RuntimeError(f"no session (portal answer {response})")
        session = results["session_handle"][1]
        shortcuts = [(hotkey_id, {"description": ("s", descriptions.get(hotkey_id) or f"Deck: {trigger(keys)}"),
                                  "preferred_trigger": ("s", trigger(keys))}) for hotkey_id, keys in hotkeys.items()]
        response, results = self._request("BindShortcuts", "oa(sa{sv})sa{sv}",
                                          lambda token: (session, shortcuts, "", {"handle_token": ("s", token)}),
                                          timeout=BIND_WAIT)
        if response != 0:
            self.problem = DECLINED
            return session
        self.problem = ""
        self.bound = {sid: info.get("trigger_description", ("s", ""))[1] for sid, info in results.get("shortcuts", ("", []))[1]}
        log.info("global hotkeys bound through the portal: %s", self.bound)
        return session

    def _request(self, method: str, signature: str, body: Any, timeout: float = 30.0) -> tuple[int, dict[str, Any]]:
        """Call a portal method that answers with a Request's Response signal."""
        token = f"deck_{secrets.token_hex(6)}"
        sender = self.router.unique_name.lstrip(":").replace(".", "_")
        rule = MatchRule(type="signal", interface=REQUEST, member="Response",
                         path=f"/org/freedesktop/portal/desktop/request/{sender}/{token}")
        self._add_match(rule)
        with self.router.filter(rule, queue=queue.Queue()) as answers:
            self._call(PORTAL, method, signature, body(token))
            response, results = answers.get(timeout=timeout).body
        return response, results

    def _call(self, address: DBusAddress, method: str, signature: str, body: tuple) -> tuple:
        return self._send(new_method_call(address, method, signature, body))

    def _send(self, message: Message) -> tuple:
        reply = self.router.send_and_get_reply(message, timeout=10)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(" ".join(str(part) for part in reply.body) or "D-Bus error")
        return reply.body

    def _add_match(self, rule: MatchRule) -> None:
        self._send(message_bus.AddMatch(rule))
