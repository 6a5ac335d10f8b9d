"""The running app's control endpoint: ``deck run`` from a terminal or a hardware deck's key acts
through the app when it runs, so one process owns the sign-ins, the rate limits and the queue,
and what is run shows in Activity as run from the command line.

It listens on 127.0.0.1 only, at the port in settings (``remote.control_port``), and writes
where it is and a token made anew at each start to ``control.json`` in Deck's folder, readable
by this OS user alone (0600). A request is refused unless it carries that token, names this
address as its Host (no DNS rebinding) and comes with no Origin (no web page in a browser);
nothing is done for a GET, and a body larger than 64 KB is refused. The command line's own
code runs the command, so the answer and the exit code are what they are in a terminal.

One endpoint, one request per connection: it is served on asyncio's own streams (HTTP/1.1 as
far as ``deck run`` and curl speak it), which keeps a web framework out of every start of the app.
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
from typing import TYPE_CHECKING, Any, Optional

from deck.core.errors import DeckError
from deck.core.fileio import atomic_write
from deck.core.paths import config_dir

if TYPE_CHECKING:
    from deck.actions.services import Services

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
MAX_HEAD = 8 * 1024
READ_SECONDS = 10.0  # a client that does not send its request within this is let go
FILE = "control.json"
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 408: "Request Timeout", 413: "Payload Too Large", 421: "Misdirected Request"}


def control_file() -> Path:
    return config_dir() / FILE


class Confirm(Exception):
    """The command asks before acting: the terminal asks the user, then sends it again."""

    def __init__(self, question: str):
        self.question = question


class ControlServer:
    def __init__(self, services: "Services", port: int):
        self.services, self.port = services, port
        self.token = secrets.token_urlsafe(32)
        self.server: Optional[asyncio.Server] = None
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}

    async def start(self) -> bool:
        try:
            self.server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, limit=MAX_HEAD)
        except OSError as exc:  # another app has the port: commands run in their own process then
            log.warning("the control endpoint cannot listen on 127.0.0.1:%s (%s)", self.port, exc.strerror or exc)
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
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                async with asyncio.timeout(READ_SECONDS):
                    status, answer = await self._answer(reader)
            except TimeoutError:
                status, answer = 408, {"error": "the request did not arrive in time"}
            except (ValueError, asyncio.LimitOverrunError, asyncio.IncompleteReadError):
                status, answer = 400, {"error": "not a request"}
            body = json.dumps(answer, ensure_ascii=False).encode()
            writer.write(f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}\r\nContent-Type: application/json\r\n"
                         f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
            await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    async def _answer(self, reader: asyncio.StreamReader) -> tuple[int, dict[str, Any]]:
        """Read one request and answer it: (status, JSON body)."""
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        request_line, *lines = head.split("\r\n")
        method, path, _ = (request_line.split(" ") + ["", ""])[:3]
        headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines if line)}
        if headers.get("host") not in self.hosts:
            return 421, {"error": "this endpoint answers only at its own address"}
        if "origin" in headers:
            return 403, {"error": "requests from web pages are refused"}
        if not secrets.compare_digest(headers.get("authorization", "").encode(), f"Bearer {self.token}".encode()):
            return 401, {"error": "a valid token is required"}
        if path != "/v1/run":
            return 404, {"error": "no such endpoint"}
        if method != "POST":
            return 405, {"error": "nothing is done for a GET"}
        length = int(headers.get("content-length", "0") or 0)
        if not 0 <= length <= MAX_BODY:
            return 413, {"error": "the request is too large"}
        try:
            body = json.loads(await reader.readexactly(length))
            argv = [str(a) for a in body["argv"]]
        except (ValueError, KeyError, TypeError):
            return 400, {"error": "the body is not a command"}
        if not argv or argv[0] != "run":
            return 400, {"error": "only deck run is taken here"}
        return 200, await self.run(argv, bool(body.get("tty")), bool(body.get("confirmed")))

    async def run(self, argv: list[str], tty: bool, confirmed: bool) -> dict[str, Any]:
        """``{"code", "out", "err"}``, or ``{"ask": question}`` when the command asks first and
        was not confirmed yet."""
        from deck import cli

        out, err = io.StringIO(), io.StringIO()

        def ask(question: str) -> bool:
            if not confirmed:
                raise Confirm(cli.shown(question))  # as the terminal would show it: no secret, no escape
            return True

        try:
            args = _parse(argv, err)
            code = await cli._run(args, services=self.services, out=out, err=err, ask=ask, tty=tty)
        except Confirm as exc:
            return {"ask": exc.question}
        except DeckError as exc:
            print(f"error: {cli.shown(str(exc))}", file=err)
            code = exc.exit_code
        except SystemExit as exc:  # argparse: a usage error, said on err
            code = exc.code if isinstance(exc.code, int) else 2
        return {"code": code, "out": out.getvalue(), "err": err.getvalue()}


def _parse(argv: list[str], err: io.StringIO) -> argparse.Namespace:
    from contextlib import redirect_stderr, redirect_stdout

    from deck.cli import build_parser

    with redirect_stderr(err), redirect_stdout(err):
        return build_parser().parse_args(argv)
