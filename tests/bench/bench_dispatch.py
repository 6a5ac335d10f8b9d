"""Dispatch overhead: ``invoke()`` until the request reaches a loopback server, against a raw
httpx request to the same server, on the app's qasync loop, for the two ways keys travel:
a Bearer POST with a JSON body (``missxss.send-message``) and a GET with the key in the query
string (``scottybot.get-points``). Target: <= 1 ms median overhead for each. Everything runs
as in the app: validation, the generic client, the auth kind, the limiter (its window shrunk
so 90/min does not throttle the run), redaction."""
from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from deck import runtime  # noqa: E402
from deck.actions.registry import Registry  # noqa: E402
from deck.actions.services import Services  # noqa: E402
from deck.core.credentials import Credentials  # noqa: E402
from deck.core.settings import Settings  # noqa: E402
from deck.net.http import shared_client  # noqa: E402
from deck.net.limiter import Limits  # noqa: E402

from _common import SMOKE, judged  # noqa: E402
from _server import StampServer  # noqa: E402

ROUNDS = 10 if SMOKE else int(os.environ.get("BENCH_ROUNDS", "400"))


KEY = "bench-key-0123456789"


async def bench(server: StampServer, scenario: str) -> tuple[list[float], list[float]]:
    url = f"http://127.0.0.1:{server.port}"
    credentials = Credentials(memory_only=True)
    credentials.set("missxss", KEY)
    credentials.set("scottybot", KEY, "authkey")
    services = Services(Settings(), credentials, Registry(Limits(margin=0, period=0.01)),
                        base_urls={"missxss": url, "scottybot": url})
    http = shared_client()
    raw, deck = [], []
    if scenario == "bearer POST":
        action, params = "missxss.send-message", {"message": "hello chat", "platform": "Kick"}

        async def send_raw():
            await http.post(f"{url}/v1/send-message", json=params, headers={"Authorization": f"Bearer {KEY}"})
    else:
        action, params = "scottybot.get-points", {"userid": 21655}

        async def send_raw():
            await http.get(f"{url}/points", params={"userid": "21655", "authkey": KEY})

    async def timed(send) -> float:
        await asyncio.sleep(0.011)  # same idle gap before every request; lets the shrunken window pass
        n = len(server.arrivals)
        start = time.perf_counter()
        await send()
        return server.arrivals[n] - start

    async def send_deck():
        await services.registry.invoke(action, params)

    for i in range(ROUNDS + 20):
        pair = (send_raw, send_deck) if i % 2 else (send_deck, send_raw)  # alternate the order
        times = {fn: await timed(fn) for fn in pair}
        if i >= 20:  # warm-up: connections, imports, first validation
            raw.append(times[send_raw])
            deck.append(times[send_deck])
    return raw, deck


def main() -> int:
    app = QApplication([])
    loop = runtime.make_loop(app)
    server = StampServer().start()
    ok = True
    for scenario in ("bearer POST", "query-key GET"):
        raw, deck = loop.run_until_complete(bench(server, scenario))
        r, d = statistics.median(raw) * 1000, statistics.median(deck) * 1000
        p90 = statistics.quantiles([b - a for a, b in zip(raw, deck)], n=10)[-1] * 1000
        print(f"{scenario}: raw httpx {r:.3f} ms, deck invoke() {d:.3f} ms median to arrival ({ROUNDS} rounds)")
        print(f"  overhead {d - r:.3f} ms median (p90 {p90:.3f} ms), ratio {d / r:.2f}x (target <= 1 ms)")
        ok = ok and d - r <= 1.0
    return judged(ok)


if __name__ == "__main__":
    sys.exit(main())
