"""The running app's control endpoint: ``deck run`` from a terminal or a hardware deck's key acts
through the app when it runs, so one process owns the sign-ins, the rate limits and the queue,
and what is run shows in Activity as run from the command line.

It listens on 127.0.0.1 only, at the port in settings (``remote.control_port``), and writes
where it is and a token made anew at each start to ``control.json`` in Deck's folder, readable
by this OS user alone (0600). A request is refused unless it carries that token, names this
address as its Host (no DNS rebinding) and comes with no Origin (no web page in a browser);
nothing is done for a GET, and a body larger than 64 KB is refused. The command line's own
code runs the command, so the answer and the exit code are what they are in a terminal.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any, Optional

from aiohttp import web

from deck.core.errors import DeckError
from deck.core.fileio import atomic_write
from deck.core.paths import config_dir

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
FILE = "control.json"


def control_file() -> Path:
    return config_dir() / FILE


class Confirm(Exception):
    """The command asks before acting: the terminal asks the user, then sends it again."""

    def __init__(self, question: str):
        self.question = question


class ControlServer:
    def __init__(self, services: Any, port: int):
        self.services, self.port = services, port
        self.token = secrets.token_urlsafe(32)
        self.runner: Optional[web.AppRunner] = None
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}

    async def start(self) -> bool:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_post("/v1/run", self.run)
        self.runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self.runner.setup()
        try:
            await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        except OSError as exc:  # another app has the port: commands run in their own process then
            log.warning("the control endpoint cannot listen on 127.0.0.1:%s (%s)", self.port, exc.strerror or exc)
            await self.runner.cleanup()
            self.runner = None
            return False
        atomic_write(control_file(), json.dumps({"port": self.port, "token": self.token, "pid": os.getpid()}),
                     backup=False)  # a new file, 0600: this user alone reads the token
        return True

    async def stop(self) -> None:
        path = control_file()
        try:
            if json.loads(path.read_text(encoding="utf-8")).get("token") == self.token:
                path.unlink()
        except (OSError, ValueError, AttributeError):
            pass
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.host not in self.hosts:
            return _refused(421, "this endpoint answers only at its own address")
        if "Origin" in request.headers:
            return _refused(403, "requests from web pages are refused")
        given = request.headers.get("Authorization", "")
        if not secrets.compare_digest(given.encode(), f"Bearer {self.token}".encode()):
            return _refused(401, "a valid token is required")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return _refused(413, "the request is too large")
        answer: web.StreamResponse = await handler(request)
        return answer

    async def run(self, request: web.Request) -> web.Response:
        """``{"argv": ["run", ...], "tty": bool, "confirmed": bool}`` -> ``{"code", "out", "err"}``
        or ``{"ask": question}`` when the command asks first and was not confirmed yet."""
        from deck import cli

        try:
            body = await request.json()
            argv = [str(a) for a in body["argv"]]
        except (ValueError, KeyError, TypeError, web.HTTPRequestEntityTooLarge):
            return _refused(400, "the body is not a command")
        if not argv or argv[0] != "run":
            return _refused(400, "only deck run is taken here")
        out, err = io.StringIO(), io.StringIO()
        confirmed = bool(body.get("confirmed"))

        def ask(question: str) -> bool:
            if not confirmed:
                raise Confirm(cli.shown(question))  # as the terminal would show it: no secret, no escape
            return True

        try:
            args = _parse(argv, err)
            code = await cli._run(args, services=self.services, out=out, err=err, ask=ask, tty=bool(body.get("tty")))
        except Confirm as exc:
            return web.json_response({"ask": exc.question})
        except DeckError as exc:
            print(f"error: {cli.shown(str(exc))}", file=err)
            code = exc.exit_code
        except SystemExit as exc:  # argparse: a usage error, said on err
            code = exc.code if isinstance(exc.code, int) else 2
        except asyncio.CancelledError:
            raise
        return web.json_response({"code": code, "out": out.getvalue(), "err": err.getvalue()})


def _parse(argv: list[str], err: io.StringIO) -> argparse.Namespace:
    from contextlib import redirect_stderr, redirect_stdout

    from deck.cli import build_parser

    with redirect_stderr(err), redirect_stdout(err):
        return build_parser().parse_args(argv)


def _refused(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)
