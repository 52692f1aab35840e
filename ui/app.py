"""GUI entry point: creates the QApplication, applies the theme and opens the facilitator window."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # no entry-point scan at start-up (about 25 ms)
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ui import texts


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(texts.APP_NAME)
    app.setOrganizationName(texts.ORGANISATION)
    app.setApplicationDisplayName(texts.APP_NAME)
    install_dutch_qt_texts(app)
    return app  # type: ignore[return-value]


def install_dutch_qt_texts(app: QApplication) -> bool:
    """Qt's own texts (text-field menus, file dialogs, standard buttons) in Dutch; False when not shipped."""
    if app.findChild(QTranslator, "dutchQtTexts") is not None:
        return True
    translator = QTranslator(app)  # the app owns it, so it lives as long as the app
    translator.setObjectName("dutchQtTexts")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands), "qtbase", "_", folder):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return True


def _start_target(path: str | None) -> tuple[Path | None, str]:
    """The workbook to open at start (the one asked for, else the last one used) and a note when that is missing."""
    from ui.recent import RecentFiles, missing_last_text

    if path:
        return Path(path), ""
    last = RecentFiles().last()
    if last is None or last.is_file():
        return last, ""
    return None, missing_last_text(last)  # e.g. on a USB stick not plugged in: the built-in model, and say so


def _preload(target: Path | None):  # type: ignore[no-untyped-def]
    """Load the start workbook before the window exists, so the canvas is laid out once; None on any problem."""
    from workshop import storage

    if target is None or not target.is_file():
        return None
    try:
        return storage.load(target)
    except storage.StorageError:
        return None  # MainWindow.start() opens it again and shows the Dutch message


def build_window(path: str | None = None):  # type: ignore[no-untyped-def]
    """Create the facilitator window on the start workbook, or on the built-in model."""
    from ui.document import Document
    from ui.main_window import MainWindow
    from ui.preferences import load_preferences
    from ui.theme import apply_app_theme, theme_named
    from workshop.content import new_trajectory

    prefs = load_preferences()
    apply_app_theme(theme_named(prefs.laptop_theme), prefs.ui_scale)
    target, note = _start_target(path)
    loaded = _preload(target)
    if loaded is not None:
        document = Document(loaded.trajectory, target)
        document.extras = loaded.extras
    else:
        document = Document(new_trajectory("sociale-basis"))
    return MainWindow(document, prefs, target, preloaded=loaded, start_note=note)


def run(path: str | None = None) -> int:
    """Start the app, optionally on a workbook; returns the exit code."""
    app = _application()
    window = build_window(path)
    window.show()
    QTimer.singleShot(0, window.start)
    if os.environ.get("WERKPLAATS_QUIT_WHEN_SHOWN"):
        QTimer.singleShot(0, lambda: (print("shown", flush=True), window.close(), app.quit()))
    return app.exec()
