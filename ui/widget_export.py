"""Writing a widget (a chart, the assumption map) to a PNG or SVG file, for documents and slides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget


class ExportError(Exception):
    """The picture could not be written; the message is Dutch and names the file."""


def write_widget(widget: QWidget, path: Path, title: str, failed: str) -> Path:
    """Render the widget into `path` (SVG by its suffix, else PNG); `failed` words an error with {path} and {reason}."""
    widget.grab()  # lays out and paints everything once (a graphics view inside is drawn empty before that)
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator  # QtSvg only when an SVG is asked for

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(widget.size())
        generator.setViewBox(QRectF(0, 0, widget.width(), widget.height()))
        generator.setTitle(title)
        painter = QPainter(generator)
        widget.render(painter, QPoint())
        painter.end()
    else:
        image = QImage(widget.size(), QImage.Format.Format_ARGB32)
        widget.render(image)
        if not image.save(str(path)):
            raise ExportError(failed.format(path=path, reason="schrijven mislukt"))
    if not path.is_file():
        raise ExportError(failed.format(path=path, reason="het bestand is niet gemaakt"))
    return path
