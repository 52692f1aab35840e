"""Writing a widget (a chart, the assumption map) to a PNG or SVG file, for documents and slides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget


class ExportError(Exception):
    """The picture could not be written; the message is Dutch and names the file."""


def write_widget(widget: QWidget, path: Path, title: str, failed: str, margin: int = 0,
                 background: str = "#FFFFFF") -> Path:
    """Render the widget into `path` (SVG by its suffix, else PNG) with `margin` pixels of `background` around it;
    `failed` words an error with {path} and {reason}."""
    widget.grab()  # lays out and paints everything once (a graphics view inside is drawn empty before that)
    size = widget.size() + QSize(2 * margin, 2 * margin)
    if path.suffix.lower() == ".svg":
        _write_svg(widget, path, title, size, margin, background)
    else:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(background))
        widget.render(image, QPoint(margin, margin))
        if not image.save(str(path)):
            raise ExportError(failed.format(path=path, reason="schrijven mislukt"))
    if not path.is_file():
        raise ExportError(failed.format(path=path, reason="het bestand is niet gemaakt"))
    return path


def _write_svg(widget: QWidget, path: Path, title: str, size: QSize, margin: int, background: str) -> None:
    from PySide6.QtSvg import QSvgGenerator  # QtSvg only when an SVG is asked for

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(background))
    widget.render(painter, QPoint(margin, margin))
    painter.end()
