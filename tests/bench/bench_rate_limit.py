"""300 ``missxss.timeout`` calls fired at once against the sandbox, which enforces the
documented 200/min. Deck's limiter must queue them so that the sandbox answers no 429.
Reports the duration against the ideal (200 now, 100 one window later) and the busiest
60 s window the sandbox saw."""
from __future__ import annotations

import asyncio
import os
import sys
import time

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from deck.sandbox import Sandbox

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import SMOKE  # noqa: E402

CALLS = 30 if SMOKE else 300  # the smoke run stays within one window: it queues nothing


async def fire(services: Services) -> float:
    start = time.perf_counter()
    results = await asyncio.gather(*(services.registry.invoke("missxss.timeout", {"username": f"viewer{i}", "duration": 1})
                                     for i in range(CALLS)))
    assert all(r.success for r in results)
    await close_shared_client()
    return time.perf_counter() - start


def main() -> int:
    with Sandbox() as sandbox:
        arrivals: list[float] = []
        limiter = sandbox.missxss.limiter  # asked for every request, before it is answered or refused

        def stamped(op):
            if op.id == "timeout":
                arrivals.append(time.monotonic())
            return limiter(op)

        sandbox.missxss.limiter = stamped
        credentials = Credentials(memory_only=True)
        credentials.set("missxss", sandbox.missxss.token)
        services = Services(Settings(), credentials, base_urls={"missxss": sandbox.missxss_url})
        elapsed = asyncio.run(fire(services))
        statuses = [s for scope, _, s in sandbox.missxss.received if scope == "timeout"]
    busiest = max(sum(1 for t in arrivals if a <= t < a + 60) for a in arrivals)
    ideal = 60.0 * (CALLS // 200)  # the first 200 at once, the rest one window later
    print(f"{CALLS} timeouts: {statuses.count(200)} answered 200, {statuses.count(429)} answered 429")
    print(f"took {elapsed:.1f} s (ideal {ideal:.0f} s at 200/min: ratio {elapsed / max(ideal, 1):.3f}x); "
          f"busiest 60 s window at the server: {busiest} requests (limit 200)")
    # the counts hold in a smoke run too: they are correctness, not speed
    return 0 if statuses.count(429) == 0 and statuses.count(200) == CALLS and busiest <= 200 else 1


if __name__ == "__main__":
    sys.exit(main())
