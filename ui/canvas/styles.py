"""How each relation type is drawn: line pattern, width, arrowheads and a marker shape, never colour alone."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF

from ui.theme import Theme
from workshop.theory import RelationType


@dataclass(frozen=True)
class LineStyle:
    """Pattern (Qt dash pattern in pen widths, empty = solid), width factor, heads and marker of a type."""

    dashes: tuple[float, ...]
    width: float
    both_heads: bool
    marker: str


LINE_STYLES: dict[RelationType, LineStyle] = {
    RelationType.DIRECT: LineStyle((), 1.0, False, "disc"),
    RelationType.INDIRECT: LineStyle((3.0, 2.0), 1.0, False, "ring"),
    RelationType.INTERACTION: LineStyle((), 1.0, True, "diamond"),
    RelationType.CONTRIBUTES: LineStyle((), 0.55, False, "bar"),
    RelationType.PRECONDITION: LineStyle((), 1.6, False, "square"),
    RelationType.SUPPORTING: LineStyle((4.0, 1.5, 1.0, 1.5), 1.0, False, "triangle"),
}


def relation_pen(theme: Theme, kind: RelationType, line_width: float, boost: float = 1.0) -> QPen:
    """The pen of a relation line: the type's colour, width and dash pattern."""
    style = LINE_STYLES[kind]
    pen = QPen(QColor(theme.relation_colours[kind]), line_width * style.width * boost)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if style.dashes:
        pen.setDashPattern(list(style.dashes))
    return pen


def arrow_head(tip: QPointF, towards: QPointF, size: float) -> QPolygonF:
    """A filled arrowhead with its point at `tip`, pointing along the direction from `towards` to `tip`."""
    angle = math.atan2(tip.y() - towards.y(), tip.x() - towards.x())
    spread = math.radians(26)
    left = QPointF(tip.x() - size * math.cos(angle - spread), tip.y() - size * math.sin(angle - spread))
    right = QPointF(tip.x() - size * math.cos(angle + spread), tip.y() - size * math.sin(angle + spread))
    return QPolygonF([tip, left, right])


def pull_back(tip: QPointF, towards: QPointF, distance: float) -> QPointF:
    """The point `distance` from `tip` in the direction of `towards` (where a line stops under its arrowhead)."""
    dx, dy = towards.x() - tip.x(), towards.y() - tip.y()
    length = math.hypot(dx, dy) or 1.0
    return QPointF(tip.x() + dx / length * distance, tip.y() + dy / length * distance)


def marker_path(shape: str, center: QPointF, size: float) -> QPainterPath:
    """The marker of a relation type: disc, ring, diamond, bar, square or triangle, `size` across."""
    half, path = size / 2, QPainterPath()
    x, y = center.x(), center.y()
    if shape in ("disc", "ring"):
        path.addEllipse(center, half, half)
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(x, y - half * 1.2), QPointF(x + half, y), QPointF(x, y + half * 1.2), QPointF(x - half, y)]))
    elif shape == "bar":
        path.addRect(QRectF(x - half, y - half * 0.35, size, half * 0.7))
    elif shape == "square":
        path.addRect(QRectF(x - half, y - half, size, size))
    else:
        path.addPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y + half), QPointF(x - half, y + half)]))
    path.closeSubpath()
    return path


def is_hollow(shape: str) -> bool:
    """True for markers drawn as an outline only."""
    return shape == "ring"
