"""What the canvas draws over itself while a bouwsteen is dragged: zones for places not drawn, 'Niet hier', the refusal."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QWidget

from ui.canvas import texts
from ui.canvas.items import HOVER_TINT, DropMark, blend, drop_pen
from ui.theme import OKABE_ITO, Theme
from workshop.placement import BAND, FOUNDATION, TRAY

REFUSE_COLOUR = OKABE_ITO["vermillion"]
"""The colour of a refusal; it always comes with the crossed-out circle and words, never alone."""
ZONE_TEXTS = {FOUNDATION: texts.ZONE_FOUNDATION, BAND: texts.ZONE_BAND, TRAY: texts.ZONE_TRAY}
TOAST_MS = 5000


@dataclass(frozen=True)
class Zone:
    """A place to drop that the schema does not draw (yet): an empty foundation or band, the tray; viewport pixels."""

    target: str
    rect: QRect


def zones_for(targets: list[str], viewport: QRect, font: QFont) -> list[Zone]:
    """The zones in a strip along the bottom of the viewport, side by side, at most 460 pixels wide each."""
    if not targets:
        return []
    line = QFontMetrics(font).height()
    height, gap = round(line * 2.6), round(line * 0.6)
    width = min(460, (viewport.width() - gap * (len(targets) + 1)) // len(targets))
    left = viewport.left() + (viewport.width() - width * len(targets) - gap * (len(targets) - 1)) // 2
    top = viewport.bottom() - gap - height
    return [Zone(target, QRect(left + i * (width + gap), top, width, height)) for i, target in enumerate(targets)]


def paint_zone(painter: QPainter, zone: Zone, theme: Theme, font: QFont, hover: bool) -> None:
    """A zone in the shape of its place: a plinth for the foundation, a beam for the band, a tray for the bak."""
    r, mark = QRectF(zone.rect), DropMark.HOVER if hover else DropMark.CANDIDATE
    fill = {FOUNDATION: theme.foundation, BAND: theme.band}.get(zone.target, theme.card)
    painter.setBrush(blend(theme.accent, fill, HOVER_TINT) if hover else QColor(fill))
    painter.setPen(drop_pen(theme, 2.0, mark))
    if zone.target == FOUNDATION:
        inset = r.height() * 0.35
        painter.drawPolygon(QPolygonF([QPointF(r.left() + inset, r.top()), QPointF(r.right() - inset, r.top()),
                                       r.bottomRight(), r.bottomLeft()]))
    elif zone.target == BAND:
        painter.drawRect(r)
        painter.setPen(QPen(QColor(theme.foreground), 4.0 if hover else 3.0))
        painter.drawLine(r.topLeft(), r.topRight())
        painter.drawLine(r.bottomLeft(), r.bottomRight())
    else:
        painter.drawRoundedRect(r.adjusted(0, r.height() * 0.2, 0, 0), 8, 8)
    _zone_text(painter, zone, theme, font, hover)


def _zone_text(painter: QPainter, zone: Zone, theme: Theme, font: QFont, hover: bool) -> None:
    bold = QFont(font)
    bold.setBold(hover)
    painter.setFont(bold)
    painter.setPen(QColor(theme.foreground))
    text = ("+ " if hover else "") + ZONE_TEXTS[zone.target]
    inner = QRectF(zone.rect).adjusted(12, 4, -12, -2)
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


def not_here_rect(pos: QPoint, viewport: QRect, font: QFont) -> QRect:
    """Where 'Niet hier' is drawn: just below and right of the pointer, inside the viewport."""
    metrics = QFontMetrics(font)
    size = QRect(0, 0, metrics.horizontalAdvance(texts.NOT_HERE) + metrics.height() * 2, round(metrics.height() * 1.6))
    x = min(pos.x() + 16, viewport.right() - size.width())
    y = min(pos.y() + 18, viewport.bottom() - size.height())
    return size.translated(max(viewport.left(), x), max(viewport.top(), y))


def paint_not_here(painter: QPainter, rect: QRect, theme: Theme, font: QFont) -> None:
    """A crossed-out circle and the words 'Niet hier', on a card-coloured pill with a refusal-coloured edge."""
    r = QRectF(rect).adjusted(1, 1, -1, -1)
    painter.setPen(QPen(QColor(REFUSE_COLOUR), 2.0))
    painter.setBrush(QColor(theme.card))
    painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
    d = r.height() * 0.56
    circle = QRectF(r.left() + r.height() * 0.3, r.center().y() - d / 2, d, d)
    painter.setPen(QPen(QColor(REFUSE_COLOUR), 2.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(circle)
    painter.drawLine(QPointF(circle.left() + d * 0.18, circle.bottom() - d * 0.18), QPointF(circle.right() - d * 0.18, circle.top() + d * 0.18))
    painter.setFont(font)
    painter.setPen(QColor(theme.foreground))
    painter.drawText(r.adjusted(circle.right() - r.left() + 6, 0, -6, 0), int(Qt.AlignmentFlag.AlignVCenter), texts.NOT_HERE)


class Toast(QLabel):
    """A refusal said on the canvas for a few seconds, at the bottom in the middle (the status bar may be far away)."""

    def __init__(self, parent: QWidget, theme: Callable[[], Theme]) -> None:
        super().__init__(parent)
        self.setObjectName("dropRefusal")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._theme = theme
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, refusal: bool = True) -> None:
        """Show the text for a few seconds, in the canvas' theme of the moment: a refusal with its sign and dashed
        border, else (what a placing also did) with an 'i' and a solid one."""
        theme = self._theme()
        edge, colour, mark = ("dashed", REFUSE_COLOUR, "⊘") if refusal else ("solid", theme.foreground, "ℹ")
        self.setStyleSheet(f"#dropRefusal {{ background: {theme.card}; color: {theme.foreground}; "
                           f"border: 2px {edge} {colour}; border-radius: 6px; padding: 8px 12px; }}")
        sign = f'<span style="color:{colour}; font-size:large; font-weight:bold">{mark}</span>'
        self.setText(f"{sign}&nbsp; {html.escape(text)}")
        self.setAccessibleName(text)
        room = self.parentWidget().rect()
        self.setFixedWidth(min(room.width() - 40, 640))
        self.adjustSize()
        self.move(room.center().x() - self.width() // 2, room.bottom() - self.height() - 24)
        self.show()
        self.raise_()
        self._timer.start(TOAST_MS)
