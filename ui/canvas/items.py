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


class DropMark(Enum):
    """How an item shows while a bouwsteen is dragged: not a target, a place it may land, or where it lands now."""

    NONE = "none"
    CANDIDATE = "candidate"  # dashed accent outline
    HOVER = "hover"          # thick accent outline, tinted, a plus in the corner


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


HOVER_TINT = 0.16
"""How much of the accent colour tints the place a dragged bouwsteen lands on now."""


def drop_pen(theme: Theme, line_width: float, mark: DropMark) -> QPen:
    """The outline of a drop target: dashed and medium while it may be chosen, thick and solid when it is."""
    pen = QPen(QColor(theme.accent), line_width * (3.4 if mark == DropMark.HOVER else 1.8))
    if mark == DropMark.CANDIDATE:
        pen.setDashPattern([3.0, 2.0])
    return pen


def draw_plus(painter: QPainter, rect: QRectF, theme: Theme, m: Metrics) -> None:
    """A plus in a disc in the top right corner: 'it lands here' by shape, not only by colour."""
    size = max(m.px * 0.9, 12.0)
    disc = QRectF(rect.right() - size - m.pad * 0.5, rect.top() + m.pad * 0.5, size, size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.accent))
    painter.drawEllipse(disc)
    painter.setPen(QPen(QColor(theme.background), max(2.0, size * 0.14)))
    c, arm = disc.center(), size * 0.28
    painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
    painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))


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
        lit = getattr(self, "drop_mark", DropMark.NONE) != DropMark.NONE  # a drop target shows at full strength
        return blend(name, theme.background, DIM if self.emphasis == Emphasis.DIM and not lit else 1.0)


class ElementItem(SchemaItem):
    """A box with its texts: the hoofdambitie banner, a deelambitie, a card, or a foundation/band segment."""

    def __init__(self, box: Box, theme: Theme, metrics: Metrics) -> None:
        super().__init__(box.id, box.kind)
        self.drop_mark = DropMark.NONE
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

    def set_drop_mark(self, mark: DropMark) -> None:
        """Show the box as a place a dragged bouwsteen may land, or lands now."""
        if mark != self.drop_mark:
            self.drop_mark = mark
            self.update()

    def boundingRect(self) -> QRectF:
        grow = self.metrics.line_width * 3
        return self._rect.adjusted(-grow, -grow, grow, grow)

    def shape(self) -> QPainterPath:
        return self._outline

    def _fill(self) -> QColor:
        colours = {"ambition": self.theme.banner, "sub": self.theme.sub, "hint": self.theme.background}
        fill = self.colour(colours.get(self.kind, self.theme.card))
        return blend(self.theme.accent, fill.name(), HOVER_TINT) if self.drop_mark == DropMark.HOVER else fill

    def _border(self) -> QPen:
        if self.drop_mark != DropMark.NONE:
            return drop_pen(self.theme, self.metrics.line_width, self.drop_mark)
        t, lw = self.theme, self.metrics.line_width
        selected = self.emphasis == Emphasis.SELECTED
        width = lw * (2.6 if selected else 1.8 if self.emphasis == Emphasis.FOCUS else 0.8)
        pen = QPen(self.colour(t.accent if selected else t.foreground if self.emphasis == Emphasis.FOCUS else t.border), width)
        if self.box is not None and (self.box.group or self.kind == "hint"):
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
        if self.drop_mark == DropMark.HOVER:
            draw_plus(painter, self._rect, self.theme, self.metrics)


class TierItem(QGraphicsItem):
    """The shape under the segments: the foundation as a plinth, the band as a beam; with its caption."""

    def __init__(self, tier: Tier, theme: Theme, metrics: Metrics) -> None:
        super().__init__()
        self.tier: Tier | None = None
        self.dim = False
        self.drop_mark = DropMark.NONE
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

    def set_drop_mark(self, mark: DropMark) -> None:
        """Show the foundation or band as a place a dragged bouwsteen may land, or lands now."""
        if mark != self.drop_mark:
            self.drop_mark = mark
            self.update()

    def boundingRect(self) -> QRectF:
        grow = self.metrics.line_width * 2
        return self._rect.adjusted(-grow, -grow, grow, grow)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        t, lw, amount = self.theme, self.metrics.line_width, DIM if self.dim and self.drop_mark == DropMark.NONE else 1.0
        fill = blend(t.foundation if self.tier and self.tier.kind == "foundation" else t.band, t.background, amount)
        marked = self.drop_mark != DropMark.NONE
        painter.setPen(drop_pen(t, lw, self.drop_mark) if marked else QPen(blend(t.border, t.background, amount), lw * 0.8))
        painter.setBrush(QBrush(blend(t.accent, fill.name(), HOVER_TINT) if self.drop_mark == DropMark.HOVER else fill))
        painter.drawPath(self._body)
        painter.setPen(QPen(blend(t.foreground, t.background, amount), lw * 1.6))
        painter.drawPath(self._lines)
        draw_runs(painter, self._caption, blend(t.foreground, t.background, amount))
        if self.drop_mark == DropMark.HOVER:
            draw_plus(painter, self._caption_rect(), t, self.metrics)

    def _caption_rect(self) -> QRectF:
        """The caption cell left of the segments (where the plus goes: the segments cover the rest)."""
        segments = self.tier.segments if self.tier else ()
        right = min((s.rect.x for s in segments), default=self._rect.right())
        return QRectF(self._rect.left(), self._rect.top(), right - self._rect.left(), self._rect.height())
