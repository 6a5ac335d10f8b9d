"""Baseline for the start-up benchmark: a bare PySide6 QMainWindow with 5 docks, quitting
after its first frame (the same test Deck's --quit-after-first-frame uses)."""
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
