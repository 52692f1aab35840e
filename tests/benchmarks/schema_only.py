"""Reference for the start-up benchmark: the lightest window that shows a loaded workbook's schema (no docks, menus or projector)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from ui.canvas.view import SchemaView  # noqa: E402
from ui.document import Document  # noqa: E402
from ui.selection import Selection  # noqa: E402
from ui.theme import LAPTOP  # noqa: E402
from workshop import storage  # noqa: E402

app = QApplication(sys.argv[:1])
path = Path(sys.argv[1])
document = Document(storage.load(path).trajectory, path)
window = QMainWindow()
window.resize(1280, 800)
window.setCentralWidget(SchemaView(document, LAPTOP, Selection(window), True, window))
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
