"""A bar segment in a solid colour with its pattern drawn over it in black or white, in screen pixels."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from ui.theme import contrast_ratio

Line = tuple[QPointF, QPointF]
SLASH, BACKSLASH, ACROSS, DOWN = (1, -1), (1, 1), (1, 0), (0, 1)
"""Directions of hatch lines on the screen (y grows downwards)."""
HATCHES: dict[Qt.BrushStyle, tuple[tuple[int, int], ...]] = {
    Qt.BrushStyle.BDiagPattern: (SLASH,), Qt.BrushStyle.FDiagPattern: (BACKSLASH,),
    Qt.BrushStyle.HorPattern: (ACROSS,), Qt.BrushStyle.VerPattern: (DOWN,),
    Qt.BrushStyle.CrossPattern: (ACROSS, DOWN), Qt.BrushStyle.DiagCrossPattern: (SLASH, BACKSLASH),
}
DOTTED = (Qt.BrushStyle.Dense4Pattern, Qt.BrushStyle.Dense5Pattern, Qt.BrushStyle.Dense6Pattern)


def ink_for(colour: str) -> str:
    """Black or white, whichever stands out more on `colour`: the pattern's and the count's colour."""
    return "#000000" if contrast_ratio("#000000", colour) >= contrast_ratio("#FFFFFF", colour) else "#FFFFFF"


def _clipped(a: QPointF, b: QPointF, rect: QRectF) -> Line | None:
    """The part of the line a–b inside `rect` (Liang–Barsky), or None."""
    low, high = 0.0, 1.0
    dx, dy = b.x() - a.x(), b.y() - a.y()
    for p, q in ((-dx, a.x() - rect.left()), (dx, rect.right() - a.x()), (-dy, a.y() - rect.top()), (dy, rect.bottom() - a.y())):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        low, high = (max(low, t), high) if p < 0 else (low, min(high, t))
    if low >= high:
        return None
    return QPointF(a.x() + low * dx, a.y() + low * dy), QPointF(a.x() + high * dx, a.y() + high * dy)


def hatch_lines(rect: QRectF, direction: tuple[int, int], spacing: float) -> Iterator[Line]:
    """Parallel lines `spacing` pixels apart across `rect`, on a grid anchored at 0 so neighbours line up."""
    length = math.hypot(*direction)
    ux, uy = direction[0] / length, direction[1] / length  # along the line
    nx, ny = -uy, ux  # across it
    offsets = [c.x() * nx + c.y() * ny for c in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight())]
    centre, reach = rect.center(), rect.width() + rect.height()
    for step in range(math.floor(min(offsets) / spacing), math.ceil(max(offsets) / spacing) + 1):
        shift = step * spacing - (centre.x() * nx + centre.y() * ny)  # from the centre across to this line
        middle = QPointF(centre.x() + shift * nx, centre.y() + shift * ny)
        line = _clipped(middle - QPointF(ux * reach, uy * reach), middle + QPointF(ux * reach, uy * reach), rect)
        if line is not None:
            yield line


def dot_centres(rect: QRectF, spacing: float, radius: float) -> Iterator[QPointF]:
    """Dots on a staggered grid, only those wholly inside `rect`."""
    for row in range(math.ceil(rect.top() / spacing), math.floor(rect.bottom() / spacing) + 1):
        shift = spacing / 2 if row % 2 else 0.0
        for column in range(math.ceil((rect.left() - shift) / spacing), math.floor((rect.right() - shift) / spacing) + 1):
            centre = QPointF(column * spacing + shift, row * spacing)
            if rect.adjusted(radius, radius, -radius, -radius).contains(centre):
                yield centre


class PatternRect(pg.GraphicsObject):  # type: ignore[misc]
    """A rectangle in chart units, filled with its colour; the pattern's lines keep their pixel size when scaled."""

    def __init__(self, rect: QRectF, colour: str, pattern: Qt.BrushStyle, px: float, gap: str) -> None:
        super().__init__()
        self.rect, self.colour, self.pattern, self.gap = rect, colour, pattern, gap
        self.ink = ink_for(colour)
        self.spacing, self.stroke = max(6.0, px * 0.42), max(2.0, px * 0.11)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, *_args: object) -> None:
        """The solid colour, then the pattern in screen pixels, then a thin edge in the background's colour."""
        painter.save()
        device = painter.transform()
        painter.setTransform(QTransform())  # from here on in pixels (a render offset stays: it is not in the transform)
        box = device.mapRect(self.rect)
        painter.fillRect(box, QColor(self.colour))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_pattern(painter, box)
        painter.setPen(QPen(QColor(self.gap), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.restore()

    def _draw_pattern(self, painter: QPainter, box: QRectF) -> None:
        inner = box.adjusted(1, 1, -1, -1)
        if self.pattern in DOTTED:
            radius = self.spacing * 0.24
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.ink))
            for centre in dot_centres(inner, self.spacing, radius):
                painter.drawEllipse(centre, radius, radius)
            return
        painter.setPen(QPen(QColor(self.ink), self.stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        for direction in HATCHES.get(self.pattern, ()):
            painter.drawLines([QLineF(a, b) for a, b in hatch_lines(inner, direction, self.spacing)])
