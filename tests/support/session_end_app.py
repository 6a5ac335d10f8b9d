"""The real app in demo mode, ended by its session (log out, shutdown): Qt quits its own loop.
Prints "cleaned up" once the clean-up has run to its end."""
from PySide6.QtCore import QTimer

from deck import runtime
from deck.app import Session, boot, open_window, shutdown

app, window = open_window(demo=True)
session = Session()


async def clean_up() -> None:
    await shutdown(session)
    print("cleaned up", flush=True)


def start() -> None:
    boot(app, window, True, session)
    QTimer.singleShot(1500, app.quit)  # as Qt does when the desktop session ends


runtime.run_until_quit(app, runtime.make_loop(app), start, clean_up)
