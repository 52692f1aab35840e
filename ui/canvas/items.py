"""Graphics items for schema elements (banner, deelambitie, card, tier segment) and tiers."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.canvas.fonts import schema_font
from ui.canvas.geometry import Rect, TextBlock
from ui.canvas.parts import Tier
from ui.canvas.typeset import Box, Metrics
from ui.theme import Theme

ROLE_ID, ROLE_NAME, ROLE_KIND = 0, 1, 2
"""QGraphicsItem.data keys: element id, accessible name, kind."""
DIM = 0.28
"""A dimmed item is drawn at this strength over the background (baked into its cache, not an opacity)."""


class Emphasis(Enum):
    """How an item shows against the current selection or hover."""

    NORMAL = "normal"
    FOCUS = "focus"        # related to what is selected
    SELECTED = "selected"  # the selected element itself
    DIM = "dim"            # unrelated while something is selected


def blend(colour: str, background: str, amount: float = 1.0) -> QColor:
    """`amount` of colour over the background, as an opaque colour (much cheaper to draw than opacity)."""
    if amount >= 1.0:
        return QColor(colour)
    front, back = QColor(colour), QColor(background)
    return QColor(*(round(f * amount + b * (1 - amount)) for f, b in zip(front.getRgb()[:3], back.getRgb()[:3], strict=True)))


def qrect(rect: Rect) -> QRectF:
    """A layout Rect as a QRectF."""
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def text_runs(block: TextBlock, families: tuple[str, ...]) -> list[tuple[QRectF, str, object, int]]:
    """Precomputed (rect, line, font, flags) per line, so paint() only draws."""
    font = schema_font(families, block.px, block.bold, block.italic)
    align = Qt.AlignmentFlag.AlignHCenter if block.center else Qt.AlignmentFlag.AlignLeft
    flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine | Qt.TextFlag.TextDontClip)
    height = block.line_height
    return [(QRectF(block.rect.x, block.rect.y + i * height, block.rect.w, height), line, font, flags) for i, line in enumerate(block.lines)]


def draw_runs(painter: QPainter, runs: list, colour: QColor) -> None:
    """Draw precomputed text runs in one colour."""
    painter.setPen(colour)
    for rect, line, font, flags in runs:
        painter.setFont(font)
        painter.drawText(rect, flags, line)


class SchemaItem(QGraphicsItem):
    """Base of every selectable schema item: id, accessible name, tooltip and emphasis."""

    def __init__(self, element_id: str, kind: str) -> None:
        super().__init__()
        self.element_id, self.kind = element_id, kind
        self.emphasis = Emphasis.NORMAL
        self.setData(ROLE_ID, element_id)
        self.setData(ROLE_KIND, kind)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_name(self, name: str, tooltip: str) -> None:
        """Accessible name (data) and tooltip."""
        self.setData(ROLE_NAME, name)
        self.setToolTip(tooltip)

    def set_emphasis(self, emphasis: Emphasis) -> None:
        """Show as normal, related, selected or dimmed."""
        if emphasis != self.emphasis:
            self.emphasis = emphasis
            self.update()

    def colour(self, name: str) -> QColor:
        """A theme colour as drawn in the current emphasis (faded when dimmed)."""
        theme = self.theme  # type: ignore[attr-defined]
        return blend(name, theme.background, DIM if self.emphasis == Emphasis.DIM else 1.0)


class ElementItem(SchemaItem):
    """A box with its texts: the hoofdambitie banner, a deelambitie, a card, or a foundation/band segment."""

    def __init__(self, box: Box, theme: Theme, metrics: Metrics) -> None:
        super().__init__(box.id, box.kind)
        self.drop_target = False
        self.box: Box | None = None
        self.set_box(box, theme, metrics)
        self.setZValue(2)

    def set_box(self, box: Box, theme: Theme, metrics: Metrics) -> None:
        """Update geometry and texts when the layout or theme changed."""
        if (box, theme, metrics) == (self.box, getattr(self, "theme", None), getattr(self, "metrics", None)):
            return
        self.prepareGeometryChange()
        self.box, self.theme, self.metrics, self.kind = box, theme, metrics, box.kind
        self.setData(ROLE_KIND, box.kind)
        self._rect = qrect(box.rect)
        self._outline = QPainterPath()
        self._outline.addRoundedRect(self._rect, metrics.radius, metrics.radius)
        self._labels = [run for block in box.texts if not block.italic for run in text_runs(block, theme.font_families)]
        self._tags = [run for block in box.texts if block.italic for run in text_runs(block, theme.font_families)]
        self._chip = None if box.chip is None else (self._chip_path(box.chip, metrics), text_runs(box.chip, theme.font_families))
        self.update()

    @staticmethod
    def _chip_path(chip: TextBlock, m: Metrics) -> QPainterPath:
        path = QPainterPath()
        rect = qrect(chip.rect).adjusted(-m.pad * 0.35, m.pad * 0.1, m.pad * 0.35, -m.pad * 0.1)
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        return path

    def set_drop_target(self, on: bool) -> None:
        """Mark the box as the place a dragged bouwsteen would land."""
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def boundingRect(self) -> QRectF:
        grow = self.metrics.line_width * 3
        return self._rect.adjusted(-grow, -grow, grow, grow)

    def shape(self) -> QPainterPath:
        return self._outline

    def _fill(self) -> QColor:
        colours = {"ambition": self.theme.banner, "sub": self.theme.sub, "hint": self.theme.background}
        return self.colour(colours.get(self.kind, self.theme.card))

    def _border(self) -> QPen:
        t, lw = self.theme, self.metrics.line_width
        selected = self.emphasis == Emphasis.SELECTED or self.drop_target
        width = lw * (2.6 if selected else 1.8 if self.emphasis == Emphasis.FOCUS else 0.8)
        pen = QPen(self.colour(t.accent if selected else t.foreground if self.emphasis == Emphasis.FOCUS else t.border), width)
        if self.box is not None and (self.box.group or self.kind == "hint" or self.drop_target):
            pen.setDashPattern([4.0, 2.5] if width > lw else [6.0, 3.0])
        return pen

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._border())
        painter.setBrush(self._fill())
        painter.drawPath(self._outline)
        if self._chip is not None:
            path, runs = self._chip
            painter.setPen(QPen(self.colour(self.theme.muted), self.metrics.line_width * 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            draw_runs(painter, runs, self.colour(self.theme.muted))
        draw_runs(painter, self._labels, self.colour(self.theme.foreground))
        draw_runs(painter, self._tags, self.colour(self.theme.muted))


class TierItem(QGraphicsItem):
    """The shape under the segments: the foundation as a plinth, the band as a beam; with its caption."""

    def __init__(self, tier: Tier, theme: Theme, metrics: Metrics) -> None:
        super().__init__()
        self.tier: Tier | None = None
        self.dim = False
        self.set_tier(tier, theme, metrics)
        self.setZValue(1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_tier(self, tier: Tier, theme: Theme, metrics: Metrics) -> None:
        """Update when the layout or theme changed."""
        if (tier, theme, metrics) == (self.tier, getattr(self, "theme", None), getattr(self, "metrics", None)):
            return
        self.prepareGeometryChange()
        self.tier, self.theme, self.metrics = tier, theme, metrics
        self._rect = qrect(tier.rect)
        self._body, self._lines = self._shape_paths(tier, metrics)
        self._caption = text_runs(tier.caption, theme.font_families)
        self.setData(ROLE_ID, tier.kind)
        self.setData(ROLE_NAME, tier.caption.text)
        self.setToolTip(tier.caption.text)
        self.update()

    def _shape_paths(self, tier: Tier, m: Metrics) -> tuple[QPainterPath, QPainterPath]:
        """Body and detail lines: a plinth widening at the foot, or a beam with heavy flanges."""
        r, body, lines = self._rect, QPainterPath(), QPainterPath()
        if tier.kind == "foundation":
            inset = m.pad * 0.8
            body.addPolygon(QPolygonF([QPointF(r.left() + inset, r.top()), QPointF(r.right() - inset, r.top()),
                                       QPointF(r.right(), r.bottom()), QPointF(r.left(), r.bottom())]))
            body.closeSubpath()
            for y in (r.bottom() - m.pad * 0.3, ):
                lines.moveTo(r.left(), y)
                lines.lineTo(r.right(), y)
        else:
            body.addRect(r)
            for y in (r.top(), r.bottom()):
                lines.moveTo(r.left(), y)
                lines.lineTo(r.right(), y)
        return body, lines

    def set_dim(self, dim: bool) -> None:
        """Fade the tier when none of its bouwstenen relates to the selection."""
        if dim != self.dim:
            self.dim = dim
            self.update()

    def boundingRect(self) -> QRectF:
        grow = self.metrics.line_width * 2
        return self._rect.adjusted(-grow, -grow, grow, grow)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        t, lw, amount = self.theme, self.metrics.line_width, DIM if self.dim else 1.0
        painter.setPen(QPen(blend(t.border, t.background, amount), lw * 0.8))
        painter.setBrush(QBrush(blend(t.foundation if self.tier and self.tier.kind == "foundation" else t.band, t.background, amount)))
        painter.drawPath(self._body)
        painter.setPen(QPen(blend(t.foreground, t.background, amount), lw * 1.6))
        painter.drawPath(self._lines)
        draw_runs(painter, self._caption, blend(t.foreground, t.background, amount))
