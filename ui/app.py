"""GUI entry point: creates the QApplication, applies the theme and opens the facilitator window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui import texts


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(texts.APP_NAME)
    app.setOrganizationName(texts.ORGANISATION)
    app.setApplicationDisplayName(texts.APP_NAME)
    return app  # type: ignore[return-value]


def build_window(path: str | None = None):  # type: ignore[no-untyped-def]
    """Create the facilitator window on the built-in model (the document may be replaced in start())."""
    from ui.document import Document
    from ui.main_window import MainWindow
    from ui.preferences import load_preferences
    from ui.theme import theme_named
    from workshop.content import new_trajectory

    prefs = load_preferences()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(theme_named(prefs.laptop_theme).stylesheet(prefs.ui_scale))
    document = Document(new_trajectory("sociale-basis"))
    return MainWindow(document, prefs, Path(path) if path else None)


def run(path: str | None = None) -> int:
    """Start the app, optionally on a workbook; returns the exit code."""
    app = _application()
    window = build_window(path)
    window.show()
    QTimer.singleShot(0, window.start)
    if os.environ.get("WERKPLAATS_QUIT_WHEN_SHOWN"):
        QTimer.singleShot(0, lambda: (print("shown", flush=True), window.close(), app.quit()))
    return app.exec()
