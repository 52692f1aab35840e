"""Exporting a result chart as PNG or SVG, drawn afresh in the light theme for documents and slides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from ui.voting import texts
from ui.voting.controller import VotingController

EXPORT_SIZE = QSize(1600, 1000)


class ExportError(Exception):
    """The chart could not be written; the message is Dutch and names the file."""


def render_chart(controller: VotingController, path: Path, size: QSize = EXPORT_SIZE) -> Path:
    """Draw the controller's current chart in the light theme into a PNG or SVG file (by its suffix)."""
    from ui.theme import LAPTOP
    from ui.voting.chart import ResultChart

    chart = ResultChart(controller, LAPTOP, titled=True)  # a picture on its own says what was asked
    chart.resize(size)
    chart.refresh()
    try:
        return _write(chart, path if path.suffix.lower() in (".png", ".svg") else path.with_suffix(".png"))
    finally:
        chart.deleteLater()


def _write(chart: QWidget, path: Path) -> Path:
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(chart.size())
        generator.setViewBox(QRectF(0, 0, chart.width(), chart.height()))
        generator.setTitle(texts.CHART_NAME)
        painter = QPainter(generator)
        chart.render(painter, QPoint())
        painter.end()
    else:
        image = QImage(chart.size(), QImage.Format.Format_ARGB32)
        chart.render(image)
        if not image.save(str(path)):
            raise ExportError(texts.EXPORT_FAILED.format(path=path, reason="schrijven mislukt"))
    if not path.is_file():
        raise ExportError(texts.EXPORT_FAILED.format(path=path, reason="het bestand is niet gemaakt"))
    return path


def export_chart(host: object, controller: VotingController) -> Path | None:
    """Ask where to save the chart of the active round (after the reveal) and write it."""
    from ui.dialogs.export_dialog import ExportDialog
    from workshop.paths import default_sessions_dir

    document = controller.document
    voting_round = controller.round
    if voting_round is None or voting_round.status.value != "onthuld":
        host.status(texts.NOT_REVEALED)  # type: ignore[attr-defined]
        return None
    folder = document.path.parent if document.path else default_sessions_dir()
    stem = document.path.stem if document.path else "traject"
    path = ExportDialog.ask(host.window, folder / f"{stem}-{voting_round.id}.png", texts.EXPORT_FILTER)  # type: ignore[attr-defined]
    if path is None:
        return None
    try:
        written = render_chart(controller, path)
    except (ExportError, OSError) as exc:
        host.status(str(exc) if isinstance(exc, ExportError) else texts.EXPORT_FAILED.format(path=path, reason=exc))  # type: ignore[attr-defined]
        return None
    host.status(texts.EXPORTED.format(path=written))  # type: ignore[attr-defined]
    return written
