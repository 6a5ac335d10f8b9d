"""A key on a hardware deck runs ``deck run …``: from the command's start to its request on the
wire, forwarded through the running app (its control endpoint) against the same command run in
its own process, each as a new process as a deck key starts it. The service is a loopback
server that stamps each request's arrival. Target: forwarded <= 150 ms at the median.

    python3 tests/bench/bench_forward.py      # 30 runs of each"""
from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from _common import SMOKE, judged  # noqa: E402
from _server import StampServer  # noqa: E402

RUNS = 3 if SMOKE else int(os.environ.get("BENCH_RUNS", "30"))
KEY = "bench-key-0123456789"
COMMAND = [sys.executable, "-m", "deck", "run", "missxss.send-message", "--set", "message=bench", "--set",
           "platform=kick"]


def main() -> int:
    os.environ.setdefault("DECK_HOME", tempfile.mkdtemp(prefix="deck-bench-forward-"))
    server = StampServer().start()
    url = f"http://127.0.0.1:{server.port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DECK_MISSXSS_URL": url, "DECK_MISSXSS_TOKEN": KEY}

    from deck.actions.services import Services
    from deck.control import ControlServer
    from deck.core.credentials import Credentials
    from deck.core.settings import Settings
    from tests.support.real_obs import free_port

    os.environ.update({"DECK_MISSXSS_URL": url, "DECK_MISSXSS_TOKEN": KEY})
    services = Services(Settings(), Credentials(memory_only=True))
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    control = ControlServer(services, free_port())
    assert asyncio.run_coroutine_threadsafe(control.start(), loop).result(10)

    def timed(extra: dict[str, str]) -> list[float]:
        figures = []
        for _ in range(RUNS):
            before = len(server.arrivals)
            started = time.perf_counter()
            done = subprocess.run(COMMAND, env={**env, **extra}, capture_output=True, text=True, timeout=60)
            assert done.returncode == 0, done.stderr
            figures.append((server.arrivals[before] - started) * 1000)
        return figures

    try:
        forwarded = timed({})
        own = timed({"DECK_IN_PROCESS": "1"})
    finally:
        asyncio.run_coroutine_threadsafe(control.stop(), loop).result(10)
    f, o = statistics.median(forwarded), statistics.median(own)
    print(f"deck run, start to request on the wire ({RUNS} runs each): through the running app median {f:.0f} ms "
          f"(p90 {sorted(forwarded)[int(RUNS * 0.9)]:.0f}), in its own process {o:.0f} ms, ratio {f / o:.2f}  "
          f"(target <= 150 ms)")
    return judged(f <= 150)


if __name__ == "__main__":
    sys.exit(main())
