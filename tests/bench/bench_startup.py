"""Start to first frame: ``deck --quit-after-first-frame`` against a bare PySide6 window
with 5 docks, alternating runs in one session. Targets: <= 1.3x time, <= 1.5x peak RSS."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from _common import SMOKE, judged  # noqa: E402

RUNS = 1 if SMOKE else int(os.environ.get("BENCH_RUNS", "15"))


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{cmd} exited with {status}")
    return elapsed, usage.ru_maxrss / 1024  # MiB (Linux reports KiB)


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECK_HOME": tempfile.mkdtemp(prefix="deck-bench-")}
    bare = [sys.executable, str(HERE / "bare_window.py")]
    deck = [sys.executable, "-m", "deck", "--quit-after-first-frame"]
    if not SMOKE:
        measure(bare, env), measure(deck, env)  # warm the page cache for both
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "deck": []}
    for _ in range(RUNS):
        results["bare"].append(measure(bare, env))
        results["deck"].append(measure(deck, env))
    t = {k: statistics.median(x[0] for x in v) for k, v in results.items()}
    m = {k: statistics.median(x[1] for x in v) for k, v in results.items()}
    print(f"bare window : {t['bare'] * 1000:7.1f} ms  {m['bare']:6.1f} MiB peak RSS (median of {RUNS})")
    print(f"deck        : {t['deck'] * 1000:7.1f} ms  {m['deck']:6.1f} MiB peak RSS")
    time_ratio, rss_ratio = t["deck"] / t["bare"], m["deck"] / m["bare"]
    print(f"ratio       : {time_ratio:.2f}x time (target <= 1.3), {rss_ratio:.2f}x RSS (target <= 1.5)")
    return judged(time_ratio <= 1.3 and rss_ratio <= 1.5)


if __name__ == "__main__":
    sys.exit(main())
