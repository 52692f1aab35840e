"""Graphics items for relation lines and for the legend that explains their styles."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.canvas import texts
from ui.canvas.items import ROLE_ID, ROLE_NAME, Emphasis, SchemaItem, blend, draw_runs, qrect, text_runs
from ui.canvas.parts import LegendEntry
from ui.canvas.plan import GROUP
from ui.canvas.routing import RelationPath
from ui.canvas.styles import LINE_STYLES, arrow_head, is_hollow, marker_path, pull_back, relation_pen
from ui.canvas.typeset import Metrics
from ui.theme import Theme
from workshop.theory import RelationType


class Glyph:
    """A relation drawing (line, arrowheads, marker) computed once from its points."""

    def __init__(self, kind: RelationType, points: list[QPointF], marker: QPointF, m: Metrics) -> None:
        style = LINE_STYLES[kind]
        self.kind, self.marker_shape = kind, style.marker
        end, before_end = points[-1], points[-2]
        self.heads = [arrow_head(end, before_end, m.arrow)]
        trimmed = [*points[:-1], pull_back(end, before_end, m.arrow * 0.8)]
        if style.both_heads:
            self.heads.append(arrow_head(points[0], points[1], m.arrow))
            trimmed[0] = pull_back(points[0], points[1], m.arrow * 0.8)
        self.line = QPainterPath(trimmed[0])
        for point in trimmed[1:]:
            self.line.lineTo(point)
        self.marker = marker_path(style.marker, marker, m.marker)
        self.bounds = self.line.boundingRect().united(self.marker.boundingRect())
        for head in self.heads:
            self.bounds = self.bounds.united(head.boundingRect())

    def paint(self, painter: QPainter, theme: Theme, line_width: float, boost: float = 1.0, fade: float = 1.0) -> None:
        """Draw line, heads and marker in the type's colour (faded); hollow markers get the background inside."""
        colour = blend(theme.relation_colours[self.kind], theme.background, fade)
        pen = relation_pen(theme, self.kind, line_width, boost)
        pen.setColor(colour)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.line)
        painter.setPen(QPen(colour, line_width * 0.8))
        painter.setBrush(colour)
        for head in self.heads:
            painter.drawPolygon(head)
        painter.setBrush(QColor(theme.background) if is_hollow(self.marker_shape) else colour)
        painter.setPen(QPen(colour, line_width * (1.1 if is_hollow(self.marker_shape) else 0.5)))
        painter.drawPath(self.marker)


class RelationItem(SchemaItem):
    """One relation line, for hit-testing, tooltip and accessible name; the RelationLayer paints it."""

    def __init__(self, path: RelationPath, theme: Theme, metrics: Metrics) -> None:
        super().__init__(path.key, "relation")
        self.path: RelationPath | None = None
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.set_path(path, theme, metrics)

    def set_path(self, path: RelationPath, theme: Theme, metrics: Metrics) -> None:
        """Update when the layout or theme changed."""
        if (path, theme, metrics) == (self.path, getattr(self, "theme", None), getattr(self, "metrics", None)):
            return
        self.prepareGeometryChange()
        self.path, self.theme, self.metrics = path, theme, metrics
        self.glyph = Glyph(path.type, [QPointF(x, y) for x, y in path.points], QPointF(*path.marker), metrics)
        margin = metrics.line_width * 3
        self._bounds = self.glyph.bounds.adjusted(-margin, -margin, margin, margin)
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, metrics.line_width * 4))
        self._shape = stroker.createStroke(self.glyph.line)

    def set_emphasis(self, emphasis: Emphasis) -> None:
        """Record the emphasis (the layer paints it); emphasised lines are also hit first."""
        self.emphasis = emphasis
        self.setZValue(1.5 if emphasis in (Emphasis.FOCUS, Emphasis.SELECTED) else 0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        return None


def paint_lines(painter: QPainter, items: list[RelationItem], clip: QRectF | None = None, boost: float = 1.0, fade: float = 1.0) -> None:
    """Draw the relation lines (those crossing `clip`) in one pass, faded towards the background if fade < 1."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for item in items:
        if clip is None or item.boundingRect().intersects(clip):
            item.glyph.paint(painter, item.theme, item.metrics.line_width, boost, fade)


class FocusLines(QGraphicsItem):
    """The lines related to the selection, drawn thicker above the faded lines of the scene background."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[RelationItem] = []
        self._state: tuple = ()
        self._bounds = QRectF()
        self.setZValue(0.5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def refresh(self, items: list[RelationItem]) -> None:
        """Show the emphasised lines among `items`; cheap when nothing changed."""
        focus = [i for i in items if i.emphasis in (Emphasis.FOCUS, Emphasis.SELECTED)]
        state = tuple((i.path, i.theme) for i in focus)
        if state == self._state:
            return
        bounds = QRectF()
        for item in focus:
            bounds = bounds.united(item.boundingRect())
        self.prepareGeometryChange()
        self._items, self._state, self._bounds = focus, state, bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_lines(painter, self._items, boost=1.8)


class LegendItem(QGraphicsItem):
    """Explains every line style in use, and the marking of the group's own bouwstenen."""

    def __init__(self, entries: tuple[LegendEntry, ...], theme: Theme, metrics: Metrics) -> None:
        super().__init__()
        self.entries: tuple[LegendEntry, ...] | None = None
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setData(ROLE_ID, "legend")
        self.set_entries(entries, theme, metrics)

    def set_entries(self, entries: tuple[LegendEntry, ...], theme: Theme, metrics: Metrics) -> None:
        """Update when the layout or theme changed."""
        if (entries, theme, metrics) == (self.entries, getattr(self, "theme", None), getattr(self, "metrics", None)):
            return
        self.prepareGeometryChange()
        self.entries, self.theme, self.metrics = entries, theme, metrics
        self._runs = [run for e in entries for run in text_runs(e.text, theme.font_families)]
        self._glyphs = [self._sample(e, metrics) for e in entries if e.key != GROUP]
        self._group = [qrect(e.sample).adjusted(metrics.pad, metrics.pad * 0.6, -metrics.pad, -metrics.pad * 0.6) for e in entries if e.key == GROUP]
        self._bounds = QRectF()
        for e in entries:
            self._bounds = self._bounds.united(qrect(e.sample)).united(qrect(e.text.rect))
        pad = metrics.line_width * 3
        self._bounds = self._bounds.adjusted(-pad, -pad, pad, pad)
        summary = "; ".join(e.text.text for e in entries)
        self.setData(ROLE_NAME, f"{texts.LEGEND_NAME}: {summary}")
        self.setToolTip(f"{texts.LEGEND_NAME}: {summary}")
        self.update()

    @staticmethod
    def _sample(entry: LegendEntry, m: Metrics) -> Glyph:
        r = entry.sample
        y = r.y + r.h / 2
        kind = RelationType(entry.key)
        points = [QPointF(r.x + m.pad * 0.3, y), QPointF(r.x + r.w / 2, y), QPointF(r.right - m.pad * 0.2, y)]
        return Glyph(kind, points, QPointF(r.x + r.w * 0.45, y), m)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for glyph in self._glyphs:
            glyph.paint(painter, self.theme, self.metrics.line_width)
        pen = QPen(QColor(self.theme.border), self.metrics.line_width)
        pen.setDashPattern([6.0, 3.0])
        painter.setPen(pen)
        painter.setBrush(QColor(self.theme.card))
        for rect in self._group:
            painter.drawRoundedRect(rect, self.metrics.radius * 0.6, self.metrics.radius * 0.6)
        draw_runs(painter, self._runs, QColor(self.theme.foreground))

