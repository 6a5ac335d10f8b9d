"""CPU and memory at a streamer's load: the real app with every panel open, reading three
chats (Kick, Twitch, Owncast) at a combined 100 msg/s from the sandbox in another process,
then idle while connected with no messages, then a raid (1,000 msg/s, with the event loop's
stalls measured inside the app), against a bare window in the same run.
Targets: <= 1% of one core at 100 msg/s, <= 0.3% idle, RSS flat once the scrollback is full and at
most twice the bare window's;
in a raid <= 10% of a core at a stall p99 <= 16 ms.

    python3 tests/bench/bench_load.py            # 1 min idle, 2 min at 100 msg/s, RSS every 10 s
    BENCH_MINUTES=10 python3 tests/bench/bench_load.py   # the 10-minute RSS run

Linux only (reads /proc)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from _common import SMOKE, judged, start, start_sandbox, wait_ready  # noqa: E402

MINUTES = 0.015 if SMOKE else float(os.environ.get("BENCH_MINUTES", "2"))
IDLE_SECONDS = 0.5 if SMOKE else float(os.environ.get("BENCH_IDLE_SECONDS", "60"))
RAID_SECONDS = 0.5 if SMOKE else float(os.environ.get("BENCH_RAID_SECONDS", "30"))
SAMPLE = 0.5 if SMOKE else 10.0  # seconds between RSS samples
WARM_UP = 0.5 if SMOKE else 15.0  # first loads, connections, emote images
TICK = os.sysconf("SC_CLK_TCK")
CHANNELS = ["kick:deckdemo", "twitch:deckdemo", "owncast:deckdemo"]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def set_rate(control: str, rate: float) -> None:
    request = urllib.request.Request(control, data=json.dumps({"rate": rate}).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=5).read()


def measure(pids: dict[str, int], seconds: float, samples: dict[str, list[float]]) -> dict[str, float]:
    """CPU as a share of one core over ``seconds``, sampling RSS every 10 s."""
    before = {k: cpu_seconds(p) for k, p in pids.items()}
    started = time.monotonic()
    while (left := seconds - (time.monotonic() - started)) > 0:
        time.sleep(min(SAMPLE, left))
        for k, p in pids.items():
            samples[k].append(rss_mib(p))
    wall = time.monotonic() - started
    return {k: (cpu_seconds(p) - before[k]) / wall * 100 for k, p in pids.items()}


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="deck-bench-load-"))
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps({"schema_version": 3, "chat": {"channels": CHANNELS}}))
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"  # a real X server when there is one
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "DECK_HOME": str(home),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parents[1]), os.environ.get("PYTHONPATH", "")]))}
    sandbox, exports = start_sandbox(env)
    app_env = {**env, **exports}
    control = exports["DECK_TWITCH_EMOTES_URL"] + "/_sandbox/chat"  # the Twitch chat stand-in's own address
    deck = start([sys.executable, str(HERE / "load_app.py")], app_env)
    bare = start([sys.executable, str(HERE / "bare_window.py"), "--stay"], env)
    try:
        wait_ready(deck)
        wait_ready(bare)
        pids = {"deck": deck.pid, "bare": bare.pid}
        samples: dict[str, list[float]] = {"deck": [], "bare": []}
        time.sleep(WARM_UP)
        idle = measure(pids, IDLE_SECONDS, samples)
        set_rate(control, 100 / len(CHANNELS))
        time.sleep(0.2 if SMOKE else 5)
        busy = measure(pids, MINUTES * 60, samples)
        set_rate(control, 1000 / len(CHANNELS))
        time.sleep(0.2 if SMOKE else 3)
        deck.send_signal(signal.SIGUSR1)  # the app measures its loop's stalls while the raid goes on
        raid = measure(pids, RAID_SECONDS, {"deck": [], "bare": []})
        deck.send_signal(signal.SIGUSR2)
        stalls = home / "stalls.json"
        waited = time.monotonic()
        while not stalls.exists() and time.monotonic() - waited < 10:
            time.sleep(0.05)
        raid_p99 = json.loads(stalls.read_text())["p99_ms"] if stalls.exists() else float("nan")
        set_rate(control, 0)
    finally:
        for proc in (deck, bare, sandbox):
            proc.terminate()
        for proc in (deck, bare, sandbox):
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    load = samples["deck"][len(samples["deck"]) - max(1, int(MINUTES * 60 / SAMPLE)):]
    print(f"platform: {platform}")
    print(f"idle (connected, no messages, {IDLE_SECONDS:.0f} s): deck {idle['deck']:.2f}% of one core, "
          f"bare window {idle['bare']:.2f}%  (target <= 0.3%)")
    print(f"100 msg/s over 3 chats ({MINUTES:g} min): deck {busy['deck']:.2f}% of one core, "
          f"bare window {busy['bare']:.2f}%  (target <= 1%)")
    print(f"RSS at 100 msg/s: {load[0]:.1f} MiB -> {load[-1]:.1f} MiB (max {max(load):.1f}), "
          f"bare window {samples['bare'][-1]:.1f} MiB, ratio {load[-1] / samples['bare'][-1]:.2f}  (target <= 2)")
    print(f"raid, 1,000 msg/s over 3 chats ({RAID_SECONDS:g} s): deck {raid['deck']:.2f}% of one core, "
          f"bare window {raid['bare']:.2f}%, event-loop stall p99 {raid_p99:.1f} ms  (targets <= 10%, <= 16 ms)")
    per_minute = load[::max(1, int(60 / SAMPLE))]
    print("RSS each minute under load: " + ", ".join(f"{v:.0f}" for v in per_minute) + " MiB")
    # the first minutes fill the scrollback (5 000 messages a view) and the caches: flat means
    # no growth once they are full, over the second half of the run
    grew = load[-1] - load[len(load) // 2]
    ok = (idle["deck"] <= 0.3 and busy["deck"] <= 1.0 and grew <= 10 and load[-1] <= 2 * samples["bare"][-1]
          and raid["deck"] <= 10 and raid_p99 <= 16)
    print(f"RSS change over the second half: {grew:+.1f} MiB (target: flat, within 10 MiB)")
    return judged(ok)


if __name__ == "__main__":
    sys.exit(main())
