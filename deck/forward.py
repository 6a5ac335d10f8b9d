"""``deck run`` through the running app, when there is one (``deck/control.py`` serves it).

Only the standard library and Deck's paths are imported, so a key on a hardware deck that
runs ``deck run …`` reaches the app in a few tens of milliseconds: the app checks the
parameters against the contract, asks (the question comes back here) and runs the action.
Without a running app, or when it cannot be reached, the command runs in this process."""
from __future__ import annotations

import http.client
import json
import os
import sys
from typing import Any, Optional

from deck.core.paths import config_dir

TIMEOUT = 60.0  # the app answers when the action is done: a rate-limit wait or a slow service included


def _app() -> Optional[dict[str, Any]]:
    try:
        with open(config_dir() / "control.json", encoding="utf-8") as handle:
            info = json.loads(handle.read(4096))
        port, token, pid = int(info["port"]), str(info["token"]), int(info["pid"])
        os.kill(pid, 0)  # the app that wrote it is still there
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        return None
    return {"port": port, "token": token}


class Lost(Exception):
    """The app took the command but its answer did not come back: it may or may not have run."""


def _post(app: dict[str, Any], body: dict[str, Any]) -> Optional[dict[str, Any]]:
    """The app's answer; None when the app did not take the command (nothing ran there)."""
    connection = http.client.HTTPConnection("127.0.0.1", app["port"], timeout=TIMEOUT)
    try:
        try:
            connection.request("POST", "/v1/run", json.dumps(body), {
                "Authorization": f"Bearer {app['token']}", "Content-Type": "application/json",
                "Host": f"127.0.0.1:{app['port']}"})
        except OSError:
            return None  # not reached: no app listens there any more
        try:
            response = connection.getresponse()
            answer = json.loads(response.read(16 * 1024 * 1024))
        except (OSError, ValueError, http.client.HTTPException) as exc:
            raise Lost(str(exc) or type(exc).__name__) from None
        return answer if response.status == 200 and isinstance(answer, dict) else None
    finally:
        connection.close()


def forward(argv: list[str]) -> Optional[int]:
    """The exit code of ``deck run`` run by the app, or None to run it here."""
    if os.environ.get("DECK_IN_PROCESS") == "1":
        return None
    app = _app()
    if app is None:
        return None
    tty = sys.stdin.isatty()
    try:
        answer = _post(app, {"argv": argv, "tty": tty})
        if answer is not None and "ask" in answer:
            try:
                said = input(str(answer["ask"]) + " [y/N] ")
            except (EOFError, KeyboardInterrupt):
                said = ""
            if said.strip().lower() not in ("y", "yes"):
                print("Not run.", file=sys.stderr)
                return 6  # as deck.cli.DECLINED
            answer = _post(app, {"argv": argv, "tty": tty, "confirmed": True})
    except Lost as exc:  # never run again here: it may have happened already
        print(f"error: the running Deck took the command but its answer was lost ({exc}); it may or may "
              "not have run: see Activity in the app.", file=sys.stderr)
        return 5
    if answer is None or not isinstance(answer.get("code"), int):
        return None  # the app did not take it: run it here
    sys.stdout.write(str(answer.get("out", "")))
    sys.stderr.write(str(answer.get("err", "")))
    return int(answer["code"])
