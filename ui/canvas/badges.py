"""Badges on the schema: a number on a card or a relation line (votes in the heat view, assumptions per relation)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.theme import Theme

BADGE_Z = 50
"""Badges lie above cards, relation lines and the focus lines."""


class BadgeItem(QGraphicsItem):
    """A pill with a short text (a count), centred on a point; bold for the strongest values."""

    def __init__(self, text: str, px: float, theme: Theme, strong: bool = False) -> None:
        super().__init__()
        self.text, self.px, self.theme, self.strong = text, px, theme, strong
        self.font = QFont(theme.font_families[0])
        self.font.setPixelSize(max(8, round(px)))
        self.font.setBold(True)
        width = QFontMetricsF(self.font).horizontalAdvance(text) + px * 0.9
        self._rect = QRectF(-max(width, px * 1.5) / 2, -px * 0.75, max(width, px * 1.5), px * 1.5)
        self.setZValue(BADGE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the card underneath

    def width(self) -> float:
        """The width of the pill."""
        return self._rect.width()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(2.0, self.px * (0.16 if self.strong else 0.09))
        painter.setPen(QPen(QColor(self.theme.accent), width))
        painter.setBrush(QColor(self.theme.card))
        painter.drawRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        painter.setFont(self.font)
        painter.setPen(QColor(self.theme.foreground))
        painter.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


def badge_point(scene: object, element_id: str, width: float = 0.0) -> QPointF | None:
    """Where a badge `width` wide goes: on a card's top edge, inside its right end (clear of its centred name);
    on a relation line near its card, where the lines still fan out (its path is in scene coordinates)."""
    item = scene.element_item(element_id)  # type: ignore[attr-defined]
    if item is not None:
        rect = item.sceneBoundingRect()
        return QPointF(max(rect.center().x(), rect.right() - width * 0.5 - rect.height() * 0.08), rect.top())
    relation = scene.relation_item(element_id)  # type: ignore[attr-defined]
    if relation is not None:
        return relation.glyph.line.pointAtPercent(0.3)  # near the card, where the lines still fan out
    return None
