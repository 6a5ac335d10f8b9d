"""A minimal loopback HTTP server for benchmarks: stamps each request's arrival and answers at once."""
from __future__ import annotations

import asyncio
import threading
import time


class StampServer:
    def __init__(self) -> None:
        self.arrivals: list[float] = []
        self.port = 0
        self._ready = threading.Event()

    def start(self) -> "StampServer":
        threading.Thread(target=lambda: asyncio.run(self._serve()), daemon=True).start()
        self._ready.wait(5)
        return self

    async def _serve(self) -> None:
        body = b'{"success": true, "message_id": "bench"}'
        reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        server_self = self

        class Proto(asyncio.Protocol):
            def connection_made(self, transport):
                self.t, self.buf = transport, b""

            def data_received(self, data):
                if not self.buf:
                    server_self.arrivals.append(time.perf_counter())
                self.buf += data
                head, sep, rest = self.buf.partition(b"\r\n\r\n")
                if sep:
                    length = next((int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length")), 0)
                    if len(rest) >= length:
                        self.buf = b""
                        self.t.write(reply)

        server = await asyncio.get_running_loop().create_server(Proto, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        await asyncio.Event().wait()
