"""Asks where to export the schema (PNG, SVG or PDF) or a chart (PNG or SVG)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui import texts
from ui.file_dialogs import choose_file


class ExportDialog:
    """File dialog wrapper with an `ask` that tests monkeypatch."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path, name_filter: str = texts.EXPORT_FILTER,
            caption: str = "Schema exporteren") -> Path | None:
        """The chosen export path, or None when cancelled."""
        return choose_file(parent, caption, suggested, name_filter, save=True)
