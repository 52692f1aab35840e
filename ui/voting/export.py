"""Exporting a result chart as PNG or SVG, drawn afresh in the light theme for documents and slides."""

from __future__ import annotations

from pathlib import Path

from ui.voting import texts
from ui.voting.controller import VotingController
from ui.widget_export import ExportError, write_widget

EXPORT_WIDTH, EXPORT_TEXT, EXPORT_MARGIN = 1600, 30.0, 48
"""The picture's width, its text size and the white border around the chart, in pixels; the height fits the bars."""


def render_chart(controller: VotingController, path: Path, width: int = EXPORT_WIDTH) -> Path:
    """Draw the controller's current chart in the light theme into a PNG or SVG file (by its suffix), all its bars
    on one page, as high as they need, with a margin around."""
    from ui.theme import LAPTOP
    from ui.voting.chart import ResultChart

    chart = ResultChart(controller, LAPTOP, titled=True)  # a picture on its own says what was asked
    chart.text_px = EXPORT_TEXT
    chart.resize(width - 2 * EXPORT_MARGIN, 1000)
    chart.refresh()
    chart.resize(chart.width(), chart.fitted_height())
    try:
        return write_widget(chart, path if path.suffix.lower() in (".png", ".svg") else path.with_suffix(".png"),
                            texts.CHART_NAME, texts.EXPORT_FAILED, EXPORT_MARGIN, LAPTOP.background)
    finally:
        chart.deleteLater()


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
    path = ExportDialog.ask(host.window, folder / f"{stem}-{voting_round.id}.png",  # type: ignore[attr-defined]
                            texts.EXPORT_FILTER, texts.EXPORT_CAPTION)
    if path is None:
        return None
    try:
        written = render_chart(controller, path)
    except (ExportError, OSError) as exc:
        host.status(str(exc) if isinstance(exc, ExportError) else texts.EXPORT_FAILED.format(path=path, reason=exc))  # type: ignore[attr-defined]
        return None
    host.status(texts.EXPORTED.format(path=written))  # type: ignore[attr-defined]
    return written
