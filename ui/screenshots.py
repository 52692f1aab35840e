"""Writes README screenshots of the facilitator window and the projector view (demo data, two sizes)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1920, 1080), (1024, 768))


SCREENS = {
    "synchronousWindowSystemEvents": False, "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ],
}
"""A laptop and a full-HD projector, so the preview and the readability check show the usual room setup."""


def _prepare_environment() -> None:
    home = tempfile.mkdtemp(prefix="werkplaats-shots-")
    screens = Path(home) / "schermen.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screens}")
    if not os.environ.get("WERKPLAATS_HOME"):  # never the facilitator's own settings and recent files
        os.environ["WERKPLAATS_HOME"] = home


def _facilitator(width: int, height: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from workshop.demo import build_demo

    window = build_window()
    window.document.replace(build_demo(), None)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    window.show()
    window.selection.select("B5")
    QApplication.processEvents()
    window.view.fit()
    QApplication.processEvents()
    path = out / f"facilitator-{width}x{height}.png"
    window.grab().save(str(path))
    window.close()
    return path


def _projector(width: int, height: int, out: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from ui.canvas.view import SchemaView
    from ui.document import Document
    from ui.selection import Selection
    from ui.theme import PROJECTOR
    from workshop.demo import build_demo

    selection = Selection()
    view = SchemaView(Document(build_demo()), PROJECTOR, selection, interactive=False)
    view.resize(width, height)
    view.show()
    selection.select("B5")
    QApplication.processEvents()
    view.fit()
    QApplication.processEvents()
    path = out / f"projector-{width}x{height}.png"
    view.grab().save(str(path))
    view.close()
    return path


def main(argv: list[str] | None = None) -> int:
    """Render all screenshots into the given folder (default docs/screenshots)."""
    parser = argparse.ArgumentParser(description="Schermafbeeldingen maken voor de README.")
    parser.add_argument("map", nargs="?", default="docs/screenshots")
    args = parser.parse_args(argv)
    _prepare_environment()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.map)
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        print(_facilitator(width, height, out))
        print(_projector(width, height, out))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
