"""Asks where to export the schema (PNG, SVG or PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui import texts


class ExportDialog:
    """File dialog wrapper with an `ask` that tests monkeypatch."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The chosen export path, or None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, "Schema exporteren", str(suggested), texts.EXPORT_FILTER)
        return Path(path) if path else None
