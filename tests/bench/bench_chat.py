"""Live chat throughput: the sandbox's Twitch server streams at rising rates into the real
app's chat panel (offscreen, 1280x800, visible and word-wrapped).

Reports, per offered rate: messages per second taken into the panel, the event-loop stall
p99 (lateness of a 5 ms heartbeat timer) and repaints per second; then RSS after 100k and
after 1M messages. Baseline, same run: a bare QTableView over a 10k-row ring buffer fed
500-row batches as fast as it goes (the ceiling in ../shared/STACK.md).
Targets: >= 20,000 msg/s sustained at a stall p99 <= 16 ms (a frame at 60 Hz), RSS growth
<= 10 MiB from 100k to 1M messages, at most ~60 repaints a second.
Run: python tests/bench/bench_chat.py   (BENCH_QUICK=1: shorter, no 1M run)
"""
from __future__ import annotations

import asyncio
import json
import os
import re
import resource
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DECK_HOME"] = tempfile.mkdtemp(prefix="deck-bench-chat-")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import SMOKE, start_sandbox  # noqa: E402

QUICK = bool(os.environ.get("BENCH_QUICK"))
RATES = [2_000] if SMOKE else [2_000, 5_000, 10_000, 15_000, 20_000, 30_000]
SECONDS = 0.3 if SMOKE else 2.0 if QUICK else 4.0
TOTAL = 6_000 if SMOKE else 200_000 if QUICK else 1_000_000
BASELINE_SECONDS = 0.3 if SMOKE else SECONDS

import httpx  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) / 1024


def p99(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * 0.99))] if values else 0.0


class Heartbeat:
    """Lateness of a 5 ms timer: how long the event loop was busy elsewhere."""

    def __init__(self) -> None:
        self.last = 0.0
        self.stalls: list[float] = []
        self.timer = QTimer(interval=5, timeout=self.tick)

    def start(self) -> None:
        self.stalls, self.last = [], time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.stalls

    def tick(self) -> None:
        now = time.perf_counter()
        self.stalls.append(max(0.0, (now - self.last) * 1000 - 5))
        self.last = now


class Ring(QAbstractTableModel):
    def __init__(self, size: int = 10_000):
        super().__init__()
        self.rows: list[tuple[str, str]] = []
        self.size = size

    def rowCount(self, parent=QModelIndex()) -> int:
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def add(self, batch: list[tuple[str, str]]) -> None:
        extra = len(self.rows) + len(batch) - self.size
        if extra > 0:
            self.beginRemoveRows(QModelIndex(), 0, extra - 1)
            del self.rows[:extra]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
        self.rows.extend(batch)
        self.endInsertRows()


def baseline(app: QApplication) -> tuple[float, float]:
    """A bare table view fed 500-row batches: (messages per second, stall p99 in ms)."""
    view = QTableView()
    model = Ring()
    view.setModel(model)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.resize(640, 560)
    view.show()
    batch = [(f"user{i % 40}", f"message number {i} with a few words in it Kappa") for i in range(500)]
    beat = Heartbeat()
    sent = 0
    feeder = QTimer(interval=0)

    def feed() -> None:
        nonlocal sent
        model.add(batch)
        view.scrollToBottom()
        sent += len(batch)

    feeder.timeout.connect(feed)
    beat.start()
    feeder.start()
    start = time.perf_counter()
    while time.perf_counter() - start < BASELINE_SECONDS:
        app.processEvents()
    feeder.stop()
    stalls = beat.stop()
    view.close()
    return sent / (time.perf_counter() - start), p99(stalls)


async def main(app, window, urls) -> dict:
    from deck import runtime

    ctx = window.ctx
    feed = ctx.chat
    panel = window.docks.show("chat")
    window.resize(1280, 800)
    control = f"{urls['twitch-chat']}/_sandbox/chat"
    async with httpx.AsyncClient() as client:
        async def knobs(**values):
            return (await client.post(control, json=values)).json()

        await knobs(rate=0, events=True)
        while not any(r.health.state == "connected" for r in ctx.services.chat.readers.values()):
            await asyncio.sleep(0.05)
        rss: dict[str, float] = {}

        async def at_100k() -> None:
            while feed.total < min(100_000, TOTAL // 2):
                await asyncio.sleep(0.02)
            rss[f"{feed.total // 1000}k"] = rss_mib()

        watcher = asyncio.ensure_future(at_100k())
        levels = []
        beat = Heartbeat()
        for rate in RATES:
            await knobs(rate=rate)
            await asyncio.sleep(0.1 if SMOKE else 0.5)  # settle into the rate
            taken, paints, sent = feed.total, panel.view.paints, (await knobs())["sent"]
            beat.start()
            start = time.perf_counter()
            await asyncio.sleep(SECONDS)
            elapsed = time.perf_counter() - start
            stalls = beat.stop()
            offered = ((await knobs())["sent"] - sent) / elapsed
            levels.append({"offered": round(offered), "taken": round((feed.total - taken) / elapsed),
                           "stall_p99_ms": round(p99(stalls), 1), "paints_per_s": round((panel.view.paints - paints) / elapsed)})
            print(f"  offered {levels[-1]['offered']:>6,}/s  taken {levels[-1]['taken']:>6,}/s  "
                  f"stall p99 {levels[-1]['stall_p99_ms']:>5} ms  repaints {levels[-1]['paints_per_s']}/s", flush=True)
        # memory: a long stream at a rate the panel keeps up with
        await knobs(rate=15_000)
        await watcher
        while feed.total < TOTAL:
            await asyncio.sleep(0.2)
        rss[f"{feed.total // 1000}k"] = rss_mib()
        await knobs(rate=0)
    runtime.spawn(asyncio.sleep(0))
    return {"levels": levels, "rss_mib": rss, "scrollback": feed.limit, "kept": len(feed.entries)}


def run() -> None:
    process, exports = start_sandbox(dict(os.environ))
    try:
        os.environ.update(exports)
        urls = {"twitch-chat": exports["DECK_TWITCH_EMOTES_URL"]}  # the Twitch chat stand-in's own address
        settings_dir = os.path.join(os.environ["DECK_HOME"], "config")
        os.makedirs(settings_dir, exist_ok=True)
        with open(os.path.join(settings_dir, "settings.json"), "w") as f:
            json.dump({"schema_version": 2, "chat": {"channels": ["twitch:benchchannel"]}}, f)

        from deck import runtime
        from deck.app import Session, boot, open_window, shutdown

        app, window = open_window(False)
        print("Baseline: a bare QTableView fed 500-row batches…", flush=True)
        base_rate, base_stall = baseline(app)
        print(f"  {base_rate:,.0f} msg/s, stall p99 {base_stall:.1f} ms", flush=True)
        print("Deck's chat panel, rising rates:", flush=True)
        loop = runtime.make_loop(app)
        state = Session()
        result: dict = {}

        async def go() -> None:
            boot(app, window, False, state)
            result.update(await main(app, window, urls))
            await shutdown(state)

        with loop:
            loop.run_until_complete(go())
        sustained = max((lv["taken"] for lv in result["levels"] if lv["taken"] >= 0.95 * lv["offered"]
                         and lv["stall_p99_ms"] <= 16), default=0)
        rss = result["rss_mib"]
        growth = list(rss.values())[-1] - list(rss.values())[0]
        print(f"\nSustained (taken >= 95% of offered, stall p99 <= 16 ms): {sustained:,} msg/s "
              f"= {sustained / base_rate:.2f}x the bare table's {base_rate:,.0f} msg/s")
        print(f"Repaints at most {max(lv['paints_per_s'] for lv in result['levels'])}/s")
        print(f"RSS {rss} -> growth {growth:+.1f} MiB (scrollback {result['scrollback']}, kept {result['kept']})")
        print(f"Peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    run()
