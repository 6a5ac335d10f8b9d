"""Baseline for the load benchmark: a bare PySide6 QMainWindow with 5 docks, left running."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QListWidget, QMainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
for i in range(5):
    dock = QDockWidget(f"Dock {i}")
    dock.setObjectName(f"dock{i}")
    dock.setWidget(QListWidget())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
window.show()
print("ready", flush=True)
sys.exit(app.exec())
