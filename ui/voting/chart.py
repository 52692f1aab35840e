"""The result of a round drawn with pyqtgraph: sorted bars with the exact count, before/after, and whose voice.

Every bar is named above it in room-sized text and carries its number; ties say so ('3=' and a line on top);
before/after and the groups differ by pattern and label as well as by colour (Okabe–Ito).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import OKABE_ITO, Theme
from ui.voting import texts
from ui.voting.controller import View, VotingController
from ui.voting.results import BAR_LINES, TITLE_LINES, Bar, Chart, before_after, bars, split
from workshop.trajectory import Trajectory

MIN_TEXT = 0.035
LEGEND_LINES = 1.6
BAR_SHARE = 0.7
"""The longest bar takes this share of the width; the rest is for its caption."""
GROUP_COLOURS = ("sky_blue", "orange", "bluish_green", "yellow", "reddish_purple", "vermillion", "blue")
GROUP_PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.Dense4Pattern,
                  Qt.BrushStyle.CrossPattern, Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.HorPattern,
                  Qt.BrushStyle.DiagCrossPattern)
"""Per group a pattern as well as a colour, so a colour-blind eye (or a grey printout) still tells them apart."""


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes of one drawing: text, row height, rows that fit on a page."""

    px: float
    row: float
    rows: int


def sizes_for(height: float, lines_per_row: float, floor: float = 14.0) -> Sizes:
    """Text at least 3.5 % of the height, and how many rows of `lines_per_row` text lines fit."""
    px = max(floor, MIN_TEXT * height)
    row = px * lines_per_row
    return Sizes(px, row, max(1, int((height - px * 2.2) // row)))


class ChartView(pg.PlotWidget):  # type: ignore[misc]
    """A plot without axes, menus or mouse zoom, in the theme's colours, that draws one Chart page."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=QColor(theme.background))
        self.theme = theme
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(False, False)
        item.getViewBox().invertY(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(texts.CHART_NAME)

    def draw(self, chart: Chart, first: int, sizes: Sizes) -> None:
        """Draw bars first..first+sizes.rows of the chart; x is in pixels, y in lines of text."""
        item = self.getPlotItem()
        item.clear()
        width = float(max(200, self.width()))
        shown = chart.bars[first:first + sizes.rows]
        top = max((b.total for b in chart.bars), default=0) or 1
        scale = width * BAR_SHARE / top  # pixels per dot: the longest bar leaves room for its caption
        offset = self._legend(item, chart, width, sizes.px)
        for index, bar in enumerate(shown):
            self._bar(item, bar, offset + index * chart.lines_per_bar, scale, width, sizes.px)
        rows = max(sizes.rows, len(shown))
        item.getViewBox().setRange(xRange=(0, width), yRange=(0, offset + rows * chart.lines_per_bar), padding=0)
        self._accessible(chart, shown)

    def _legend(self, item: pg.PlotItem, chart: Chart, width: float, px: float) -> float:
        """Swatches with names, wrapped over as many lines as needed; returns the lines they take."""
        x, line = 0.0, 0
        for swatch in chart.legend:
            name_width = QFontMetricsF(self._font(px)).horizontalAdvance(swatch.name)
            if x and x + px * 2.2 + name_width > width:
                x, line = 0.0, line + 1
            y = line * LEGEND_LINES
            item.addItem(self._rect(x, y + 0.2, px * 1.6, 0.9, swatch.colour, swatch.pattern))
            item.addItem(self._text(self._elided(swatch.name, width - x - px * 2, px), x + px * 2, y + 0.65, px, (0, 0.5)))
            x += px * 2.6 + name_width
        return (line + 1) * LEGEND_LINES if chart.legend else 0.0

    def _bar(self, item: pg.PlotItem, bar: Bar, y: float, scale: float, width: float, px: float) -> None:
        title = self._elided(bar.title, width - px * 0.5, px, bold=bar.rank == 1 and bar.total > 0)
        item.addItem(self._text(title, 0, y, px, anchor=(0, 0), bold=bar.rank == 1 and bar.total > 0))
        for line, part in enumerate(bar.lines):
            top_y, left = y + TITLE_LINES + line * BAR_LINES, 0.0
            for segment in part.segments:
                if segment.value:
                    item.addItem(self._rect(left, top_y, segment.value * scale, BAR_LINES * 0.8, segment.colour, segment.pattern))
                left += segment.value * scale
            item.addItem(self._text(part.caption, left + px * 0.6, top_y + BAR_LINES * 0.4, px, anchor=(0, 0.5), bold=True))

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.theme.font_families[0])
        font.setPixelSize(max(8, round(px)))
        font.setBold(bold)
        return font

    def _elided(self, text: str, width: float, px: float, bold: bool = False) -> str:
        """The text, cut off with '…' where it would run past the right edge (the full text is in the tooltip)."""
        return QFontMetricsF(self._font(px, bold)).elidedText(text, Qt.TextElideMode.ElideRight, max(px, width))

    def _rect(self, x: float, y: float, width: float, height: float, colour: str, pattern: Qt.BrushStyle) -> pg.BarGraphItem:
        brush = QBrush(QColor(colour), pattern)
        pen = pg.mkPen(QColor(colour), width=2)  # cosmetic: 2 pixels, not 2 counts wide
        return pg.BarGraphItem(x0=[x], y0=[y], width=[width], height=[height], brush=brush, pen=pen)

    def _text(self, text: str, x: float, y: float, px: float, anchor: tuple[float, float], bold: bool = False) -> pg.TextItem:
        item = pg.TextItem(text, color=QColor(self.theme.foreground), anchor=anchor)
        item.setFont(self._font(px, bold))
        item.setPos(x, y)
        return item

    def _accessible(self, chart: Chart, shown: list[Bar]) -> None:
        self.setAccessibleDescription("; ".join(f"{b.title}: {', '.join(p.caption for p in b.lines)}" for b in shown))


class ResultChart(QWidget):
    """The chart of the controller's active round, in the view it asks for, paged when it does not fit."""

    def __init__(self, controller: VotingController, theme: Theme, parent: QWidget | None = None,
                 titled: bool = False) -> None:
        super().__init__(parent)
        self.controller, self.theme, self.titled = controller, theme, titled
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        self.setPalette(palette)
        self.view = ChartView(theme, self)
        self.note = pg.QtWidgets.QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.first = 0
        self.chart: Chart | None = None

    def build(self) -> Chart | None:
        """The chart of the active round in the current view, or None when there is nothing to show yet."""
        return chart_for(self.controller.document.trajectory, self.controller.round_id, self.controller.view,
                         self.controller.compare_with, self.controller.split_by, self.theme)

    def refresh(self) -> None:
        """Redraw from the trajectory (from the first page when the chart changed)."""
        chart = self.build()
        if chart != self.chart:
            self.first = 0
        self.chart = chart
        self._draw()

    def _draw(self) -> None:
        chart = self.chart
        sizes = sizes_for(self.height() or 600, chart.lines_per_bar if chart else 2, self.theme.min_text_floor)
        self.note.setStyleSheet(f"QLabel {{ color: {self.theme.foreground}; font-size: {round(sizes.px)}px; "
                                f"font-family: '{self.theme.font_families[0]}'; }}")
        if chart is None:
            self.view.getPlotItem().clear()
            self.note.setText(texts.NOT_REVEALED)
            return
        rows = self._rows(chart, sizes)
        self.view.draw(chart, self.first, Sizes(sizes.px, sizes.row, rows))
        self.note.setText(self._note(chart, rows))

    def _note(self, chart: Chart, rows: int) -> str:
        parts = ([chart.title] if self.titled else []) + list(chart.notes)
        if len(chart.bars) > rows:
            last = min(len(chart.bars), self.first + rows)
            parts.append(texts.PAGE_OF.format(first=self.first + 1, last=last, total=len(chart.bars)))
        return " · ".join(parts)

    def page(self, step: int) -> bool:
        """Show the next (or previous) options; False when there is no such page."""
        if self.chart is None:
            return False
        sizes = sizes_for(self.height() or 600, self.chart.lines_per_bar, self.theme.min_text_floor)
        rows = self._rows(self.chart, sizes)
        first = self.first + step * rows
        if first < 0 or first >= len(self.chart.bars):
            return False
        self.first = first
        self._draw()
        return True

    def pages(self) -> int:
        """How many pages the chart takes now."""
        if self.chart is None:
            return 0
        sizes = sizes_for(self.height() or 600, self.chart.lines_per_bar, self.theme.min_text_floor)
        return math.ceil(len(self.chart.bars) / self._rows(self.chart, sizes))

    def _rows(self, chart: Chart, sizes: Sizes) -> int:
        """How many bars fit in the plot below the legend (at most two lines of swatches)."""
        legend = LEGEND_LINES * sizes.px * (2 if len(chart.legend) > 3 else 1) if chart.legend else 0.0
        return max(1, int(((self.view.height() or 500) - legend) // sizes.row))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw()


def colours(theme: Theme) -> tuple[str, ...]:
    """Bar colours that stand out on the theme's background."""
    light = theme.background.upper() in ("#FFFFFF", "#FAFAFA")
    names = ("blue", "vermillion", "bluish_green", "reddish_purple", "orange", "sky_blue", "black") if light else GROUP_COLOURS
    return tuple(OKABE_ITO[n] for n in names)


def chart_for(t: Trajectory, round_id: str | None, view: View, compare_with: str | None, split_by: str,
              theme: Theme) -> Chart | None:
    """The chart a view asks for, or None while the round is not revealed."""
    palette = colours(theme)
    if view is View.COMPARE:
        return before_after(t, round_id, compare_with, palette)
    if view is View.SPLIT:
        return split(t, round_id, split_by, palette, GROUP_PATTERNS)
    return bars(t, round_id, palette[0])
