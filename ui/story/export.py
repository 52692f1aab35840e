"""Exporting the story as a PDF, ODT or HTML document, chosen in a file dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.file_dialogs import choose_file
from ui.story import texts

if TYPE_CHECKING:
    from ui.features import FeatureHost

SUFFIXES = (".pdf", ".odt", ".html", ".htm")


class StoryExportDialog:
    """Asks where to save the story; tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The chosen file (ending in .pdf when no known suffix was typed), or None when cancelled."""
        chosen = choose_file(parent, texts.EXPORT_CAPTION, suggested, texts.EXPORT_FILTER, save=True)
        if chosen is None or chosen.suffix.lower() in SUFFIXES:
            return chosen
        return chosen.with_name(chosen.name + ".pdf")


def suggested_path(host: FeatureHost) -> Path:
    """Next to the workbook, named after it ('traject-verhaal.pdf'); else in the sessions folder."""
    from workshop.paths import default_sessions_dir

    path = host.document.path
    return path.with_name(f"{path.stem}-{texts.DEFAULT_NAME}.pdf") if path else default_sessions_dir() / "verhaal.pdf"


def export_story(host: FeatureHost) -> Path | None:
    """Ask for a file and write the story there (the saved one, else as written from the schema now)."""
    from ui.documents import write_document
    from workshop.story_text import story_html

    path = StoryExportDialog.ask(host.window, suggested_path(host))
    if path is None:
        return None
    try:
        write_document(story_html(host.document.trajectory), path)
    except OSError as exc:
        host.status(str(exc) if path.name in str(exc) else texts.EXPORT_FAILED.format(path=path, reason=exc))
        return None
    host.status(texts.EXPORTED.format(path=path))
    return path
