"""The app as a streamer runs it for the load benchmark: every panel open, reading the chat
channels in its settings, against the services the environment points at. Runs until killed.

SIGUSR1 starts measuring how late a 5 ms timer fires (the event loop's stalls); SIGUSR2
stops and writes the p99 in milliseconds to ``$DECK_HOME/stalls.json``. Off by default, so
the heartbeat costs nothing in the CPU figures."""
import json
import os
import signal
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer

    from deck import runtime
    from deck.app import Session, boot, open_window, shutdown

    app, window = open_window(demo=False)
    session = Session()
    lateness: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, now - last[0] - 0.005))
        last[0] = now

    heartbeat = QTimer(interval=5, timeout=beat)

    def measure(on: bool) -> None:
        if on:
            lateness.clear()
            last[0] = time.perf_counter()
            heartbeat.start()
            return
        heartbeat.stop()
        ordered = sorted(lateness)
        p99 = ordered[int(len(ordered) * 0.99)] * 1000 if ordered else 0.0
        with open(os.path.join(os.environ["DECK_HOME"], "stalls.json"), "w") as out:
            json.dump({"p99_ms": p99, "beats": len(ordered)}, out)

    def start() -> None:
        boot(app, window, False, session)
        for pid in window.docks.specs:  # every panel open, as in a busy layout
            window.docks.show(pid)
        window.docks.show("chat")  # and the chat in front, painting every message
        loop = runtime.asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGUSR1, measure, True)
        loop.add_signal_handler(signal.SIGUSR2, measure, False)
        print("ready", flush=True)

    runtime.run_until_quit(app, runtime.make_loop(app), start, lambda: shutdown(session))
    return 0


if __name__ == "__main__":
    sys.exit(main())
