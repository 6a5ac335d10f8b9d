"""The app as a streamer runs it for the load benchmark: every panel open, reading the chat
channels in its settings, against the services the environment points at. Runs until killed."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from deck import runtime
    from deck.app import Session, boot, open_window, shutdown

    app, window = open_window(demo=False)
    state = Session()

    def start() -> None:
        boot(app, window, False, state)
        for pid in window.docks.specs:  # every panel open, as in a busy layout
            window.docks.show(pid)
        window.docks.show("chat")  # and the chat in front, painting every message
        print("ready", flush=True)

    runtime.run_until_quit(app, runtime.make_loop(app), start, lambda: shutdown(state))
    return 0


if __name__ == "__main__":
    sys.exit(main())
