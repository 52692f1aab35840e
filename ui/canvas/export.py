"""Export the schema as PNG (print resolution), SVG or PDF (A4 landscape); errors in Dutch."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ui.canvas.scene import SchemaScene
from ui.document import Document
from ui.selection import Selection
from ui.theme import LAPTOP, Theme

PRINT_DPI = 300
A4_LONG_SIDE_PX = 3508
"""The long side of A4 at 300 dpi: PNGs are at least this wide (and at least twice the scene size)."""
A4_CANVAS = (1684.0, 1191.0)
"""Scene size for a fresh export: A4 landscape proportions at 144 dpi."""
SUFFIXES = (".png", ".svg", ".pdf")


class ExportError(Exception):
    """Exporting failed; the message is Dutch and fit to show the facilitator."""


@contextlib.contextmanager
def _uncached(scene: QGraphicsScene) -> Iterator[None]:
    """Paint items directly (vectors in SVG/PDF, sharp pixels in PNG) instead of from their pixmap caches."""
    modes = [(item, item.cacheMode()) for item in scene.items()]
    for item, _ in modes:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in modes:
            item.setCacheMode(mode)


def _paint(scene: QGraphicsScene, painter: QPainter, target: QRectF) -> None:
    """Background and scene into `target`, keeping the proportions."""
    source = scene.sceneRect()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, scene.backgroundBrush())
    with _uncached(scene):
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def _write_png(scene: QGraphicsScene, path: Path) -> None:
    rect = scene.sceneRect()
    factor = max(2.0, A4_LONG_SIDE_PX / max(rect.width(), rect.height(), 1.0))
    image = QImage(QSize(round(rect.width() * factor), round(rect.height() * factor)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(scene.backgroundBrush().color())
    image.setDotsPerMeterX(round(PRINT_DPI / 0.0254))
    image.setDotsPerMeterY(round(PRINT_DPI / 0.0254))
    painter = QPainter(image)
    _paint(scene, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(path)


def _write_svg(scene: QGraphicsScene, path: Path) -> None:
    rect = scene.sceneRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle("Verandertheorie")
    generator.setDescription("Schema van de verandertheorie, gemaakt met Werkplaats Verandertheorie")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(path)
    _paint(scene, painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.end()


def _write_pdf(scene: QGraphicsScene, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(PRINT_DPI)
    writer.setTitle("Verandertheorie")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(8, 8, 8, 8)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(path)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    _paint(scene, painter, QRectF(0, 0, page.width(), page.height()))
    painter.end()


WRITERS: dict[str, Callable[[QGraphicsScene, Path], None]] = {".png": _write_png, ".svg": _write_svg, ".pdf": _write_pdf}


def export_schema(scene: QGraphicsScene, path: str | Path) -> Path:
    """Write the scene to `path` as PNG, SVG or PDF (by suffix), atomically; raises ExportError in Dutch."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ExportError(f"Kan '{path.name}' niet maken: kies een bestandsnaam die eindigt op .png, .svg of .pdf.")
    if not path.parent.is_dir():
        raise ExportError(f"De map '{path.parent}' bestaat niet. Kies een andere map.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
        os.close(handle)
        writer(scene, Path(temporary))
        if os.path.getsize(temporary) == 0:
            raise OSError(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.remove(temporary)
        raise ExportError(f"Kon '{path.name}' niet opslaan in '{path.parent}'. Is de map schrijfbaar en is er ruimte genoeg?") from exc
    return path


def export_document(document: Document, path: str | Path, theme: Theme = LAPTOP, size: tuple[float, float] = A4_CANVAS) -> Path:
    """Export the document's schema laid out afresh on an A4-shaped canvas in `theme` (light for print)."""
    scene = SchemaScene(document, theme, Selection(), instructions=False)  # a print tells no one to click
    try:
        scene.set_size(*size)
        return export_schema(scene, path)
    finally:
        scene.deleteLater()

