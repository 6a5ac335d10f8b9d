"""An IRC server over WebSocket as the standards write it, for testing that Deck speaks IRC
and not only what one service tolerates: one IRC line per WebSocket message, without CRLF
(IRCv3's WebSocket binding); registration needs NICK and USER, and is held while a
capability negotiation is open until ``CAP END`` (IRCv3 capability negotiation); a JOIN
before registration is answered ``451``; no MOTD (``422``); the ``Origin`` must be the
server's own. It also sends what a real network sends beside channel chat: a NOTICE and a
PRIVMSG addressed to the client's own nick."""
from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import WSMsgType, web


@dataclass
class IrcServer:
    name: str = "irc.example"
    received: list[str] = field(default_factory=list)  # every message, as it came
    refused: list[str] = field(default_factory=list)  # why a message or connection was refused
    port: int = 0
    acks_end: bool = False  # answers CAP END too (as no server should), then pings to mark that answer read
    runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    async def start(self) -> "IrcServer":
        app = web.Application()
        app.router.add_get("/", self.serve)
        self.runner = web.AppRunner(app, shutdown_timeout=0.1)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    async def serve(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        if request.headers.get("Origin") != f"http://127.0.0.1:{self.port}":
            self.refused.append(f"origin {request.headers.get('Origin')!r}")
            raise web.HTTPForbidden(text="foreign origin")
        await ws.prepare(request)
        nick, user, negotiating, registered = "", "", False, False

        async def send(line: str) -> None:
            await ws.send_str(f":{self.name} {line}")

        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            line = msg.data
            self.received.append(line)
            if "\r" in line or "\n" in line:
                self.refused.append(f"more than one line in a message: {line!r}")
                await send("ERROR :one IRC line per WebSocket message")
                await ws.close()
                break
            command, _, rest = line.partition(" ")
            command = command.upper()
            if command == "CAP" and rest.startswith("REQ"):
                negotiating = True
                await send(f"CAP * NAK :{rest.partition(':')[2]}")  # no such capabilities here
            elif command == "CAP" and rest == "END":
                negotiating = False
                if self.acks_end:
                    await send("CAP * ACK :")
                    await send("PING :after-cap-end")
            elif command == "NICK":
                nick = rest.strip()
            elif command == "USER":
                user = rest.split(" ")[0]
            elif command == "JOIN":
                if not registered:
                    await send(f"451 {nick or '*'} :You have not registered")
                    continue
                channel = rest.strip()
                await ws.send_str(f":{nick}!{user}@deck.example JOIN {channel}")
                await send(f"353 {nick} = {channel} :{nick} ada")
                await send(f"366 {nick} {channel} :End of /NAMES list")
                await ws.send_str(f":ada!ada@people.example PRIVMSG {channel} :hello from a standard server")
                await ws.send_str(f":ada!ada@people.example NOTICE {channel} :the channel is in slow mode")
                await ws.send_str(f":ada!ada@people.example PRIVMSG {nick} :a private word")
                await send(f"NOTICE {nick} :*** a server notice to you")
            elif command == "PING":
                await send(f"PONG {self.name} {rest}")
            if nick and user and not negotiating and not registered:
                registered = True
                await send(f"001 {nick} :Welcome to the network")
                await send(f"422 {nick} :MOTD File is missing")
        return ws
