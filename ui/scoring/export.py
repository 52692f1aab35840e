"""Exporting the assumption map as PNG or SVG, drawn afresh in the light theme for documents and slides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, QSize

from ui.scoring import texts
from ui.scoring.controller import ScoringController
from ui.widget_export import ExportError, write_widget

EXPORT_SIZE = QSize(1600, 1200)
EXPORT_MARGIN = 48
"""White border around the map inside the picture, in pixels."""


def render_map(controller: ScoringController, path: Path, size: QSize = EXPORT_SIZE) -> Path:
    """Draw the controller's round (with its movement and filter) in the light theme into a PNG or SVG file."""
    from ui.scoring.projector import MapPage
    from ui.theme import LAPTOP

    page = MapPage(controller, LAPTOP)
    page.room = False  # the export's own text size, not the room's
    page.resize(size.shrunkBy(QMargins(EXPORT_MARGIN, EXPORT_MARGIN, EXPORT_MARGIN, EXPORT_MARGIN)))
    page.map.set_px(max(16.0, size.height() * 0.022))
    page.refresh()
    try:
        return write_widget(page, path if path.suffix.lower() in (".png", ".svg") else path.with_suffix(".png"),
                            texts.MAP_NAME, texts.EXPORT_FAILED, EXPORT_MARGIN, LAPTOP.background)
    finally:
        page.deleteLater()


def export_map(host: object, controller: ScoringController) -> Path | None:
    """Ask where to save the map of the active (revealed) round and write it."""
    from ui.dialogs.export_dialog import ExportDialog
    from workshop.paths import default_sessions_dir
    from workshop.voting import RoundStatus

    document, scoring_round = controller.document, controller.round
    if scoring_round is None or scoring_round.status is not RoundStatus.REVEALED:
        host.status(texts.NOT_REVEALED)  # type: ignore[attr-defined]
        return None
    folder = document.path.parent if document.path else default_sessions_dir()
    stem = document.path.stem if document.path else "traject"
    path = ExportDialog.ask(host.window, folder / f"{stem}-aannamekaart-ronde{scoring_round.number}.png",  # type: ignore[attr-defined]
                            texts.EXPORT_FILTER, texts.EXPORT.replace("&", "").rstrip("…"))
    if path is None:
        return None
    try:
        written = render_map(controller, path)
    except (ExportError, OSError) as exc:
        host.status(str(exc) if isinstance(exc, ExportError) else texts.EXPORT_FAILED.format(path=path, reason=exc))  # type: ignore[attr-defined]
        return None
    host.status(texts.EXPORTED.format(path=written))  # type: ignore[attr-defined]
    return written
