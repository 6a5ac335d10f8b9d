"""The phone deck's and the HTTP API's server (aiohttp), started only when the user allows
the phone deck (``deck.webdeck.RemoteDeck``); see the package's docstring for what it lets in."""
from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import time
from pathlib import Path
from typing import Any, Optional

from aiohttp import WSMsgType, web

from deck.core.paths import config_dir, resources_dir
from deck.core.words import QT_TRANSLATE_NOOP, translate

from . import Devices

log = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")
# what the page says, in the language Deck speaks: the page's own texts, then those its script shows
PAGE_WORDS = (QT_TRANSLATE_NOOP("WebDeck", "Connecting…"), QT_TRANSLATE_NOOP("WebDeck", "Pair this browser"),
              QT_TRANSLATE_NOOP("WebDeck", "In Deck on your computer, choose <b>Remote → Pair a phone…</b> and type the "
                                           "code it shows."),
              QT_TRANSLATE_NOOP("WebDeck", "Code"), QT_TRANSLATE_NOOP("WebDeck", "This device's name"),
              QT_TRANSLATE_NOOP("WebDeck", "My phone"), QT_TRANSLATE_NOOP("WebDeck", "Pair"))
SCRIPT_WORDS = (QT_TRANSLATE_NOOP("WebDeck", "Not paired"), QT_TRANSLATE_NOOP("WebDeck", "Deck did not answer"),
                QT_TRANSLATE_NOOP("WebDeck", "waiting"), QT_TRANSLATE_NOOP("WebDeck", "running"),
                QT_TRANSLATE_NOOP("WebDeck", "✗ failed"), QT_TRANSLATE_NOOP("WebDeck", "Not run"),
                QT_TRANSLATE_NOOP("WebDeck", "Live"), QT_TRANSLATE_NOOP("WebDeck", "Reconnecting…"))


def page_in_language() -> str:
    """The page with its words in the language Deck speaks, and its script's words beside it
    (a data attribute: the page allows no inline script)."""
    from html import escape

    from PySide6.QtCore import QCoreApplication, QLocale

    page = (STATIC / "index.html").read_text(encoding="utf-8")
    for text in PAGE_WORDS:
        page = page.replace(f">{text}<", f">{QCoreApplication.translate('WebDeck', text)}<").replace(
            f">{text} <", f">{QCoreApplication.translate('WebDeck', text)} <").replace(
            f'placeholder="{text}"', f'placeholder="{escape(QCoreApplication.translate("WebDeck", text))}"')
    words = {text: QCoreApplication.translate("WebDeck", text) for text in SCRIPT_WORDS}
    language = QLocale().name().split("_")[0] or "en"
    return page.replace('<html lang="en">', f'<html lang="{language}">').replace(
        "<body>", f'<body data-words="{escape(json.dumps(words, ensure_ascii=False))}">')
FILES = {"deck.js": "text/javascript", "deck.css": "text/css"}
COOKIE = "deck_device"
CODE_SECONDS = 120
ATTEMPTS_PER_MINUTE = 5
MAX_BODY = 16 * 1024
ICON = re.compile(r"^[a-z0-9-]{1,40}$")
TOKEN: "web.RequestKey[dict[str, Any]]" = web.RequestKey("token", dict)  # the API token a request came with
PUSH_MS = 50  # changes within this go to the browsers as one


class WebDeck:
    def __init__(self, control: Any, host: str, port: int, devices: Optional[Devices] = None,
                 tokens: Optional[Devices] = None):
        self.control, self.host, self.port = control, host, port
        self.devices = devices or Devices()
        self.tokens = tokens or Devices(config_dir() / "api-tokens.json")
        self.code: Optional[tuple[str, float]] = None  # the pairing code and when it stops working
        self.failures: list[float] = []  # wrong codes in the last minute
        self.sockets: dict[web.WebSocketResponse, str] = {}  # live pages -> the device each one is
        self.cells: dict[str, tuple[str, str]] = {}  # a button's last run: state, detail
        self.runner: Optional[web.AppRunner] = None
        self._push: Optional[asyncio.TimerHandle] = None
        self.hosts = {f"{host}:{port}"} | ({f"localhost:{port}"} if host == "127.0.0.1" else set())

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    # ---- the app's side
    async def revoke(self, device_id: str) -> None:
        """A paired device's or an API token's key stops working now, its open sockets too."""
        self.devices.revoke(device_id)
        self.tokens.revoke(device_id)
        for ws, owner in list(self.sockets.items()):
            if owner == device_id:
                await ws.close(code=4001, message=b"removed from Deck")

    def new_code(self) -> str:
        """A pairing code: six digits, once, for two minutes (a new one ends the old)."""
        code = f"{secrets.randbelow(10**6):06d}"
        self.code = (code, time.monotonic() + CODE_SECONDS)
        return code

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/", self.page)
        app.router.add_get("/static/{name}", self.static)
        app.router.add_get("/icons/{name}.svg", self.icon)
        app.router.add_post("/api/pair", self.pair)
        app.router.add_get("/api/deck", self.deck)
        app.router.add_post("/api/press", self.press)
        app.router.add_get("/api/live", self.live)
        app.router.add_get("/api/v1/actions", self.api_actions)
        app.router.add_post("/api/v1/actions/{action}", self.api_run)
        app.router.add_get("/api/v1/deck", self.deck)
        app.router.add_post("/api/v1/buttons/{cell}", self.api_press)
        app.router.add_get("/api/v1/live", self.live)
        self.runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self.runner.setup()
        await web.TCPSite(self.runner, self.host, self.port).start()
        for signal_name in ("cell_state", "toggle_changed", "profile_changed"):
            getattr(self.control, signal_name).connect(self._changed)

    async def stop(self) -> None:
        for signal_name in ("cell_state", "toggle_changed", "profile_changed"):
            try:
                getattr(self.control, signal_name).disconnect(self._changed)
            except (RuntimeError, TypeError, ValueError):
                pass
        for ws in list(self.sockets):
            await ws.close()
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    def _changed(self, *args: Any) -> None:
        if len(args) == 3 and isinstance(args[0], str) and args[1] in ("idle", "queued", "running", "ok", "failed"):
            self.cells[args[0]] = (args[1], str(args[2]))
        if self._push is None:
            self._push = asyncio.get_event_loop().call_later(PUSH_MS / 1000, self._send_all)  # (signals come from Qt too)

    def _send_all(self) -> None:
        self._push = None
        snapshot = json.dumps(self.snapshot())
        for ws in list(self.sockets):
            if not ws.closed:
                asyncio.ensure_future(ws.send_str(snapshot))

    def snapshot(self) -> dict[str, Any]:
        """The deck as the desktop grid shows it now."""
        from deck.actions.toggles import KINDS

        pages = []
        for page in self.control.profile.pages:
            cells = []
            for cell in page.cells:
                kind = KINDS.get(cell.toggle) if cell.kind == "toggle" else None
                state = self.control.toggles.get(cell.toggle, cell.toggle_arg) if kind is not None else None
                ran = self.cells.get(cell.id, ("idle", ""))
                cells.append({"id": cell.id, "row": cell.row, "col": cell.col, "label": cell.label, "icon": cell.icon,
                              "color": cell.color, "text_color": cell.text_color, "kind": cell.kind,
                              "folder": cell.folder, "on": state, "words": list(kind.words) if kind else None,
                              "state": ran[0], "detail": ran[1][:200]})
            pages.append({"id": page.id, "name": page.name, "rows": page.rows, "cols": page.cols, "cells": cells})
        return {"type": "deck", "profile": self.control.profile.name, "pages": pages}

    # ---- the gate
    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.host not in self.hosts:
            return _refused(421, QT_TRANSLATE_NOOP("WebDeck", "this deck answers only at its own address"))
        if request.path.startswith("/api/v1/"):  # scripts, Companion: a bearer token, never a web page
            if "Origin" in request.headers:
                return _refused(403, QT_TRANSLATE_NOOP("WebDeck", "requests from web pages are refused"))
            given = request.headers.get("Authorization", "")
            token = self.tokens.find(given[7:]) if given.startswith("Bearer ") else None
            if token is None:
                return _refused(401, QT_TRANSLATE_NOOP("WebDeck", "a valid API token is required (made in Deck: Remote → API tokens)"))
            request[TOKEN] = token
            answer: web.StreamResponse = await handler(request)
            return answer
        acting = request.method != "GET" or request.path == "/api/live"
        if acting and request.headers.get("Origin") != f"http://{request.host}":
            return _refused(403, QT_TRANSLATE_NOOP("WebDeck", "only the deck's own page may do this"))
        if request.path.startswith("/api/") and request.path != "/api/pair":
            device = self.devices.find(request.cookies.get(COOKIE, ""))
            if device is None:
                return _refused(401, QT_TRANSLATE_NOOP("WebDeck", "this browser is not paired (or was removed): pair it again"))
            if time.time() - device.get("last_used", 0) > 60:
                device["last_used"] = time.time()
                self.devices.save()
        answered: web.StreamResponse = await handler(request)
        return answered

    # ---- pages
    async def page(self, request: web.Request) -> web.Response:
        return web.Response(text=page_in_language(), content_type="text/html",
                            headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                                     "Content-Security-Policy": "default-src 'self'; connect-src 'self'; "
                                                                "img-src 'self'; frame-ancestors 'none'"})

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in FILES:
            raise web.HTTPNotFound()
        return web.Response(text=(STATIC / name).read_text(encoding="utf-8"), content_type=FILES[name])

    async def icon(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        path = resources_dir() / "icons" / "actions" / f"{name}.svg"
        if not ICON.match(name) or not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(body=path.read_bytes(), content_type="image/svg+xml",
                            headers={"Cache-Control": "max-age=86400"})

    # ---- api
    async def pair(self, request: web.Request) -> web.Response:
        now = time.monotonic()
        self.failures = [t for t in self.failures if now - t < 60]
        if len(self.failures) >= ATTEMPTS_PER_MINUTE:
            return _refused(429, QT_TRANSLATE_NOOP("WebDeck", "too many wrong codes: wait a minute"))
        try:
            body = await request.json()
            code, name = str(body["code"]).strip(), str(body.get("name") or "")
        except (ValueError, KeyError, TypeError):
            return _refused(400, QT_TRANSLATE_NOOP("WebDeck", "send the code"))
        current = self.code
        if current is None or now > current[1] or not secrets.compare_digest(code, current[0]):
            self.failures.append(now)
            return _refused(403, QT_TRANSLATE_NOOP("WebDeck", "that code is wrong or has run out: ask Deck for a new one"))
        self.code = None  # once
        token = self.devices.add(name)
        response = web.json_response({"paired": True})
        response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", max_age=400 * 86400, path="/")
        return response

    async def deck(self, request: web.Request) -> web.Response:
        return web.json_response(self.snapshot())

    async def press(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
            cell_id, confirmed = str(body["cell"]), bool(body.get("confirmed"))
        except (ValueError, KeyError, TypeError):
            return _refused(400, QT_TRANSLATE_NOOP("WebDeck", "name the button"))
        cell = self.control.profile.cell(cell_id)
        if cell is None:
            return _refused(404, QT_TRANSLATE_NOOP("WebDeck", "no such button (the deck changed): reload"))
        question = "" if confirmed else self.control.question_of(cell)
        if question:
            return web.json_response({"ask": question})
        if cell.kind == "folder":
            return web.json_response({"folder": cell.folder})
        self.control.run_cell(cell, confirmed=True)
        return web.json_response({"pressed": cell_id})

    # ---- the HTTP API
    def _allowed(self, request: web.Request, action_id: str) -> bool:
        groups = request[TOKEN].get("groups") or []
        return not groups or action_id.split(".", 1)[0] in groups

    async def api_actions(self, request: web.Request) -> web.Response:
        registry = self.control.ctx.registry
        return web.json_response([
            {"id": a.id, "title": a.title, "group": a.group, "provider": a.provider, "asks_first": a.destructive,
             "reads_only": a.read_only, "params": a.params.model_json_schema()}
            for a in registry.actions() if self._allowed(request, a.id)])

    async def api_run(self, request: web.Request) -> web.Response:
        """Run an action with the command line's checks: 400 with the problems (nothing sent), 409
        when it asks first and ``confirmed`` was not given, 502 with the service's own words."""
        from deck.core.errors import DeckError, InvalidParams

        action_id = request.match_info["action"]
        if not self._allowed(request, action_id):
            return _refused(403, translate("WebDeck", "this token may not run {action}").format(action=action_id))
        try:
            body = await request.json() if request.can_read_body else {}
            params, confirmed = dict(body.get("params") or {}), bool(body.get("confirmed"))
        except (ValueError, TypeError, AttributeError):
            return _refused(400, QT_TRANSLATE_NOOP("WebDeck", "the body is not JSON with params"))
        ctx = self.control.ctx
        try:
            planned = ctx.plan(action_id, params)
            if planned.confirm and not confirmed:
                return web.json_response({"error": translate("WebDeck", "this cannot be undone: send it again with confirmed"),
                                          "question": f"{planned.question} {planned.why}"}, status=409)
            result = await ctx.registry.invoke(planned.action.id, planned.model,
                                               source=f"api: {request[TOKEN]['name']}")
        except InvalidParams as exc:
            return web.json_response({"error": str(exc), "problems": exc.problems}, status=400)
        except DeckError as exc:
            return web.json_response({"error": str(exc), "exit_code": exc.exit_code}, status=502)
        dump = getattr(result, "model_dump", None)
        return web.json_response({"result": dump(mode="json") if dump else result}, dumps=_dumps)

    async def api_press(self, request: web.Request) -> web.Response:
        cell = self.control.profile.cell(request.match_info["cell"])
        if cell is None:
            return _refused(404, QT_TRANSLATE_NOOP("WebDeck", "no such button"))
        steps = [s.action for s in getattr(cell, "steps", [])]
        if not all(self._allowed(request, a) for a in steps):
            return _refused(403, QT_TRANSLATE_NOOP("WebDeck", "this token may not run every step of that button"))
        try:
            body = await request.json() if request.can_read_body else {}
            confirmed = bool(body.get("confirmed"))
        except (ValueError, TypeError, AttributeError):
            return _refused(400, QT_TRANSLATE_NOOP("WebDeck", "the body is not JSON"))
        question = "" if confirmed else self.control.question_of(cell)
        if question:
            return web.json_response({"error": translate("WebDeck", "this asks first: send it again with confirmed"),
                                      "question": question},
                                     status=409)
        self.control.run_cell(cell, confirmed=True)
        return web.json_response({"pressed": cell.id})

    async def live(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=20, max_msg_size=4096)
        await ws.prepare(request)
        device = request.get(TOKEN) or self.devices.find(request.cookies.get(COOKIE, ""))
        self.sockets[ws] = device["id"] if device else ""
        try:
            await ws.send_str(json.dumps(self.snapshot()))
            async for message in ws:
                if message.type == WSMsgType.ERROR:
                    break
        finally:
            self.sockets.pop(ws, None)
        return ws


def _dumps(value: object) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


def _refused(status: int, reason: str) -> web.Response:
    """An error answer; ``reason`` is marked for translation and said in Deck's language."""
    return web.json_response({"error": translate("WebDeck", reason)}, status=status)


