"""The real app in demo mode, used then quit from its File menu: dialogs, the palette and
every panel opened first. The test reads what it printed."""
import argparse
import sys

from deck import app as deck_app

boot = deck_app.boot


def busy_boot(app, window, demo, state):
    ctx = boot(app, window, demo, state)
    from PySide6.QtCore import QTimer

    from deck.ui.accounts import AccountsDialog
    from deck.ui.hotkeys import HotkeysDialog

    def use() -> None:
        for dialog in (AccountsDialog(ctx, window), HotkeysDialog(ctx, window)):
            dialog.show()
            QTimer.singleShot(300, dialog.close)
        window.palette_action.trigger()
        window.show_help()
        for pid in window.docks.specs:
            window.docks.show(pid)
        window.docks.docks["chat"].setFloating(True)
        quit_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Quit")
        QTimer.singleShot(1500, quit_action.trigger)

    QTimer.singleShot(1500, use)
    return ctx


deck_app.boot = busy_boot
sys.exit(deck_app.run_app(argparse.Namespace(demo=True, quit_after_first_frame=False)))
