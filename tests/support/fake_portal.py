"""A stand-in ``org.freedesktop.portal.Desktop`` with the GlobalShortcuts interface (version 2)
on a private D-Bus session: it answers the calls the way xdg-desktop-portal does (a Request
object per call, the answer in its Response signal) and lets a test press a bound shortcut."""
from __future__ import annotations

import os
import shutil
import subprocess
import threading
from typing import Any, Optional

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.GlobalShortcuts"


def start_session_bus() -> tuple[subprocess.Popen, str]:
    """A private session bus: (process, address)."""
    read, write = os.pipe()
    bus = subprocess.Popen([shutil.which("dbus-daemon"), "--session", "--nofork", f"--print-address={write}"],
                           pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        return bus, pipe.readline().strip()


class FakePortal:
    def __init__(self, address: str, answer: int = 0):
        self.answer = answer  # 0 bound, 1 the user closed the dialog
        self.conn = open_dbus_connection(address)
        self.conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.portal.Desktop"))
        self.calls: list[tuple[str, Any]] = []
        self.sessions: dict[str, dict[str, str]] = {}  # open session -> {shortcut id: trigger}
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                msg = self.conn.receive()
            except OSError:
                return
            if msg.header.message_type is not MessageType.method_call:
                continue
            member = msg.header.fields[HeaderFields.member]
            with self.changed:
                self.calls.append((member, msg.body))
                self._answer(msg, member)
                self.changed.notify_all()

    def _answer(self, msg: Any, member: str) -> None:
        sender = msg.header.fields[HeaderFields.sender].lstrip(":").replace(".", "_")
        if member == "Get":  # Properties.Get(interface, "version")
            self.conn.send(new_method_return(msg, "v", (("u", 2),)))
        elif member == "CreateSession":
            options = msg.body[0]
            session = f"{PATH}/session/{sender}/{options['session_handle_token'][1]}"
            self.sessions[session] = {}
            self._respond(msg, sender, options["handle_token"][1], 0, {"session_handle": ("s", session)})
        elif member == "BindShortcuts":
            session, shortcuts, _parent, options = msg.body
            if self.answer == 0:
                self.sessions[session] = {sid: info["preferred_trigger"][1] for sid, info in shortcuts}
            bound = [(sid, {"description": info["description"], "trigger_description": info["preferred_trigger"]})
                     for sid, info in shortcuts]
            self._respond(msg, sender, options["handle_token"][1], self.answer,
                          {"shortcuts": ("a(sa{sv})", bound)} if self.answer == 0 else {})
        elif member == "Close":
            self.sessions.pop(msg.header.fields[HeaderFields.path], None)
            self.conn.send(new_method_return(msg))
        else:
            self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,)))

    def _respond(self, msg: Any, sender: str, token: str, response: int, results: dict) -> None:
        handle = f"{PATH}/request/{sender}/{token}"
        self.conn.send(new_method_return(msg, "o", (handle,)))
        request = DBusAddress(handle, interface="org.freedesktop.portal.Request")
        self.conn.send(new_signal(request, "Response", "ua{sv}", (response, results)))

    def wait_bound(self, trigger: str, timeout: float = 20.0) -> tuple[str, str]:
        """(session, shortcut id) once a shortcut with this trigger is bound in an open session."""
        with self.changed:
            found: Optional[tuple[str, str]] = None

            def bound() -> bool:
                nonlocal found
                found = next(((s, sid) for s, shortcuts in self.sessions.items() for sid, t in shortcuts.items()
                              if t == trigger), None)
                return found is not None
            if not self.changed.wait_for(bound, timeout):
                raise AssertionError(f"{trigger} was never bound; calls: {[c for c, _ in self.calls]}")
            return found

    def press(self, session: str, shortcut_id: str, pressed: bool) -> None:
        signal = new_signal(DBusAddress(PATH, interface=IFACE), "Activated" if pressed else "Deactivated", "osta{sv}",
                            (session, shortcut_id, 0, {}))
        self.conn.send(signal)

    def close(self) -> None:
        """Hang up, let the serving thread see the end of the connection, then close it (closing
        under a thread still waiting in it could fail that thread in a way it does not expect)."""
        import socket

        try:
            self.conn.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.thread.join(5)
        self.conn.close()
