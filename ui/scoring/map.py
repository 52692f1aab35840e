"""The assumption map with pyqtgraph: zekerheid across, belang up, four labelled quadrants, a point per assumption
at its means with its spread, dissent flagged with '!' and a ring, short ids as labels, arrows of movement.

Meaning never rests on colour alone: quadrants are named, dissent has a ring and '!', the earlier round is a hollow
square and the arrows point the way.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QVBoxLayout, QWidget

from ui.scoring import texts
from ui.scoring.labels import LabelPlacer
from ui.scoring.mapdata import MapData
from ui.theme import OKABE_ITO, Theme
from workshop.assumptions import MIDPOINT

LOW, HIGH, MARGIN = 1.0, 5.0, 0.35
QUADRANTS = ((1.0, 3.0, 3.0, 5.0, "belangrijk en onzeker"), (3.0, 5.0, 3.0, 5.0, "belangrijk en zeker"),
             (1.0, 3.0, 1.0, 3.0, "minder belangrijk en onzeker"), (3.0, 5.0, 1.0, 3.0, "minder belangrijk en zeker"))
"""x from, x to, y from, y to, quadrant: the first is where the group should test first."""


def point_colour(theme: Theme) -> str:
    """Points that stand out on the theme's background (Okabe–Ito)."""
    return OKABE_ITO["sky_blue"] if theme.name == "projector" else OKABE_ITO["blue"]


class AssumptionMap(QWidget):
    """The map of one round (and the movement from another), in the theme's colours and the room's text size."""

    def __init__(self, theme: Theme, px: float, on_click: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme, self.px, self.on_click = theme, px, on_click
        self.data: MapData | None = None
        self.selected: str | None = None
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        self.setPalette(palette)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.plot = pg.PlotWidget(self, background=QColor(theme.background))
        self.plot.setAccessibleName(texts.MAP_NAME)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self._setup_plot()

    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.theme.font_families[0])
        font.setPixelSize(max(8, round(self.px * scale)))
        font.setBold(bold)
        return font

    def _setup_plot(self) -> None:
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        box = item.getViewBox()
        box.setMouseEnabled(False, False)
        box.setRange(xRange=(LOW - MARGIN, HIGH + MARGIN), yRange=(LOW - MARGIN, HIGH + MARGIN), padding=0)
        pen = pg.mkPen(QColor(self.theme.foreground), width=1)
        for side, title in (("bottom", texts.X_AXIS), ("left", texts.Y_AXIS)):
            axis = item.getAxis(side)
            axis.setPen(pen)
            axis.setTextPen(pen)
            axis.setTicks([[(v, str(v)) for v in range(1, 6)]])
            axis.setStyle(tickFont=self._font(1.0))
            axis.setLabel(title, color=self.theme.foreground, **{"font-size": f"{round(self.px)}px"})
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, pxMode=True)
        self.scatter.sigClicked.connect(self._clicked)
        self.rings = pg.ScatterPlotItem(pxMode=True)
        self.before = pg.ScatterPlotItem(pxMode=True)
        self.bars = pg.ErrorBarItem(beam=0.0, pen=pg.mkPen(QColor(self.theme.muted), width=1))
        self.moves = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(QColor(self.theme.muted), width=2))
        self._background(item)
        for each in (self.bars, self.moves, self.before, self.rings, self.scatter):
            item.addItem(each)
        self.labels: dict[str, pg.TextItem] = {}
        self.placer = LabelPlacer()
        self.heads: list[pg.ArrowItem] = []

    def _background(self, item: pg.PlotItem) -> None:
        """Quadrant tints (the tint is extra: every quadrant is also named) and the lines at the midpoint."""
        for x0, x1, y0, y1, quadrant in QUADRANTS:
            shade = QGraphicsRectItem(QRectF(x0 - (MARGIN if x0 == LOW else 0), y0 - (MARGIN if y0 == LOW else 0),
                                             x1 - x0 + MARGIN, y1 - y0 + MARGIN))
            tint = QColor(self.theme.banner if quadrant.startswith("belangrijk en onzeker") else self.theme.background)
            shade.setBrush(tint)
            shade.setPen(pg.mkPen(None))
            shade.setZValue(-10)
            item.addItem(shade)
            name = pg.TextItem(texts.QUADRANTS[quadrant], color=QColor(self.theme.muted),
                               anchor=(0 if x0 == LOW else 1, 0 if y1 == HIGH else 1))
            name.setFont(self._font(1.0, bold=True))
            name.setPos(x0 - MARGIN * 0.9 if x0 == LOW else x1 + MARGIN * 0.9, y1 + MARGIN * 0.9 if y1 == HIGH else y0 - MARGIN * 0.9)
            name.setZValue(-5)
            item.addItem(name)
        for line in (pg.InfiniteLine(MIDPOINT, 90), pg.InfiniteLine(MIDPOINT, 0)):
            line.setPen(pg.mkPen(QColor(self.theme.border), width=2, style=Qt.PenStyle.DashLine))
            item.addItem(line)

    # -- drawing --------------------------------------------------------------------------------
    def refresh(self, data: MapData | None, caption: str = "") -> None:
        """Draw a map (None: empty, with a caption saying why)."""
        self.data = data
        points = data.points if data else ()
        colour = QColor(point_colour(self.theme))
        size = max(10.0, self.px * 0.55)
        self.scatter.setData(x=[p.x for p in points], y=[p.y for p in points], data=[p.assumption_id for p in points],
                             size=size, brush=pg.mkBrush(colour), pen=pg.mkPen(QColor(self.theme.foreground), width=1.5))
        dissent = [p for p in points if p.stats.dissent]
        self.rings.setData(x=[p.x for p in dissent], y=[p.y for p in dissent], size=size * 2.1, brush=pg.mkBrush(None),
                           pen=pg.mkPen(QColor(self.theme.foreground), width=2, style=Qt.PenStyle.DashLine))
        self._spreads(points)
        self._movement(data)
        self._labels(points)
        self._caption(data, caption)

    def _spreads(self, points: tuple) -> None:  # type: ignore[type-arg]
        if not points:
            empty = np.array([])
            self.bars.setData(x=empty, y=empty, left=empty, right=empty, top=empty, bottom=empty)
            return
        self.bars.setData(x=np.array([p.x for p in points]), y=np.array([p.y for p in points]),
                          left=np.array([p.stats.certainty_spread for p in points]),
                          right=np.array([p.stats.certainty_spread for p in points]),
                          top=np.array([p.stats.importance_spread for p in points]),
                          bottom=np.array([p.stats.importance_spread for p in points]))

    def _movement(self, data: MapData | None) -> None:
        item = self.plot.getPlotItem()
        for head in self.heads:
            item.removeItem(head)
        self.heads = []
        arrows = data.arrows if data else ()
        xs = [v for a in arrows for v in (a.start[0], a.end[0])]
        ys = [v for a in arrows for v in (a.start[1], a.end[1])]
        self.moves.setData(x=np.array(xs), y=np.array(ys))
        self.before.setData(x=[a.start[0] for a in arrows], y=[a.start[1] for a in arrows], symbol="s",
                            size=max(8.0, self.px * 0.4), brush=pg.mkBrush(None), pen=pg.mkPen(QColor(self.theme.muted), width=2))
        for arrow in arrows:
            if arrow.start != arrow.end:
                self.heads.append(self._head(arrow.start, arrow.end))
                item.addItem(self.heads[-1])

    def _head(self, start: tuple[float, float], end: tuple[float, float]) -> pg.ArrowItem:
        angle = float(np.degrees(np.arctan2(-(end[1] - start[1]), end[0] - start[0])))  # screen y runs down
        head = pg.ArrowItem(angle=180 + angle, headLen=max(10.0, self.px * 0.45), tipAngle=35,
                            brush=QColor(self.theme.muted), pen=pg.mkPen(None))
        head.setPos(*end)
        return head

    def _labels(self, points: tuple) -> None:  # type: ignore[type-arg]
        item, box = self.plot.getPlotItem(), self.plot.getPlotItem().getViewBox()
        wanted = {p.assumption_id: p for p in points}
        for aid in [a for a in self.labels if a not in wanted]:
            item.removeItem(self.labels.pop(aid))
        scale = box.viewPixelSize()
        places = self.placer.place([(p.assumption_id, p.x, p.y, self._label_text(p)) for p in points], self._font(1.0),
                                   scale, self.px * 0.55)
        for p in points:
            label = self.labels.get(p.assumption_id)
            if label is None:
                label = self.labels[p.assumption_id] = pg.TextItem(color=QColor(self.theme.foreground), anchor=(0, 0.5))
                label.setFont(self._font(1.0))
                item.addItem(label)
            text, spot = self._label_text(p), QPointF(*places[p.assumption_id])
            if label.toPlainText() != text:
                label.setText(text)
            if label.pos() != spot:
                label.setPos(spot)

    def _label_text(self, point: object) -> str:
        mark = texts.DISSENT_MARK if point.stats.dissent else ""  # type: ignore[attr-defined]
        selected = "◀ " if point.assumption_id == self.selected else ""  # type: ignore[attr-defined]
        return f"{point.assumption_id}{mark}{' ' + selected if selected else ''}"  # type: ignore[attr-defined]

    def _caption(self, data: MapData | None, extra: str) -> None:
        self.caption.setStyleSheet(f"QLabel {{ color: {self.theme.foreground}; font-size: {round(self.px)}px; }}")
        if data is None:
            self.caption.setText(extra or texts.EMPTY_MAP)
            return
        parts = [texts.ROUND_OF.format(number=data.number)]
        if data.compare_with is not None:
            parts.append(texts.MOVES.format(first=data.compare_with, second=data.number))
        parts.append(texts.DISSENT_NOTE)
        chosen = next((p for p in data.points if p.assumption_id == self.selected), None)
        if chosen is not None:
            parts.append(f"{chosen.assumption_id}: {chosen.text}")
        self.caption.setText(" · ".join([*parts, extra] if extra else parts))

    def _tip(self, x: float, y: float, data: object) -> str:
        point = next((p for p in (self.data.points if self.data else ()) if p.assumption_id == data), None)
        if point is None:
            return str(data)
        s = point.stats
        return (f"{point.assumption_id}: {point.text}\nbelang {s.importance_mean:.1f} (± {s.importance_spread:.1f}), "
                f"zekerheid {s.certainty_mean:.1f} (± {s.certainty_spread:.1f}), n = {s.count}")

    def _clicked(self, _item: object, points: object) -> None:
        found = list(points)  # type: ignore[call-overload]
        if found and self.on_click is not None:
            self.on_click(str(found[0].data()))

    def select(self, assumption_id: str | None) -> None:
        """Mark the selected assumption (its text appears under the map)."""
        if assumption_id != self.selected:
            self.selected = assumption_id
            self.refresh(self.data)

    def set_px(self, px: float) -> None:
        """Another text size (the room's, when the projector window changes size): the plot is set up anew."""
        if abs(px - self.px) > 0.5:
            self.px = px
            self.plot.getPlotItem().clear()
            self._setup_plot()
            self.refresh(self.data)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.data is not None:
            self._labels(self.data.points)
