"""Baseline for the benchmarks: a bare PySide6 QMainWindow with 5 docks. It quits after its
first frame (the same test Deck's --quit-after-first-frame uses), or with ``--stay`` prints
"ready" and keeps running (the load benchmark's idle baseline)."""
import sys

from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QListWidget, QMainWindow


class Window(QMainWindow):
    painted = False

    def event(self, event):
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest:
            self.painted = True
        return handled


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
for i in range(5):
    dock = QDockWidget(f"Dock {i}")
    dock.setObjectName(f"dock{i}")
    dock.setWidget(QListWidget())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
window.show()
while not window.painted:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
if "--stay" in sys.argv:
    print("ready", flush=True)
    sys.exit(app.exec())
