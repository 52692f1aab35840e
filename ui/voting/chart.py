"""The result of a round drawn with pyqtgraph: sorted bars with the exact count, before/after, and whose voice.

Every bar is named above it in room-sized text and carries its number; ties say so ('3=' and a line on top);
before/after and the groups differ by pattern and label as well as by colour (Okabe–Ito).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import OKABE_ITO, Theme
from ui.voting import texts
from ui.voting.chart_patterns import PatternRect, ink_for
from ui.voting.controller import View, VotingController
from ui.voting.results import TITLE_LINES, Bar, Chart, Segment, before_after, bars, split
from workshop.trajectory import Trajectory

MIN_TEXT = 0.035
LEGEND_LINES = 1.6
SWATCH = 2.2
"""A legend swatch's width in text sizes: wide enough to show its pattern."""
CAPTION_GAP, RIGHT_AIR = 0.6, 0.5
"""Text sizes between a bar and its caption, and kept free at the right edge."""
TEXT_PAD = 8.0
"""A TextItem's document margins, left and right together, in pixels."""
MESSAGE_SIZE, MESSAGE_LINES = 1.3, 3.0
"""The message instead of bars: its text size (times the room's) and the lines it takes."""
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


def sizes_for(height: float, lines_per_row: float, floor: float = 14.0, screen: float = 0.0) -> Sizes:
    """Text at least 3.5 % of the height (of the `screen` height when given: the window the chart shows in), and
    how many rows of `lines_per_row` text lines fit in `height`."""
    px = max(floor, MIN_TEXT * max(height, screen))
    row = px * lines_per_row
    return Sizes(px, row, max(1, int((height - px * 2.2) // row)))


def font_for(theme: Theme, px: float, bold: bool = False) -> QFont:
    """The theme's font at `px` pixels."""
    font = QFont(theme.font_families[0])
    font.setPixelSize(max(8, round(px)))
    font.setBold(bold)
    return font


def legend_places(chart: Chart, theme: Theme, width: float, px: float) -> list[tuple[float, int]]:
    """Where each legend swatch goes: its x in pixels and its line, wrapped at the width."""
    metrics, places, x, line = QFontMetricsF(font_for(theme, px)), [], 0.0, 0
    for swatch in chart.legend:
        name_width = metrics.horizontalAdvance(swatch.name)
        if x and x + px * (SWATCH + 0.4) + name_width + TEXT_PAD > width:
            x, line = 0.0, line + 1
        places.append((x, line))
        x += px * (SWATCH + 1.0) + name_width + TEXT_PAD
    return places


def legend_height(chart: Chart, theme: Theme, width: float, px: float) -> float:
    """The lines of text the legend takes (none without a legend)."""
    places = legend_places(chart, theme, width, px)
    return (places[-1][1] + 1) * LEGEND_LINES if places else 0.0


def bar_scale(chart: Chart, theme: Theme, width: float, px: float) -> float:
    """Pixels per dot: as many as let every bar end with its whole caption inside the width (on every page)."""
    metrics = QFontMetricsF(font_for(theme, px, bold=True))
    free = width - px * (CAPTION_GAP + RIGHT_AIR) - TEXT_PAD
    room = [(free - metrics.horizontalAdvance(line.caption)) / value for bar in chart.bars for line in bar.lines
            if (value := sum(s.value for s in line.segments))]
    top = max((b.total for b in chart.bars), default=0) or 1
    return max(min(room, default=width / top), width * 0.1 / top)  # a caption wider than the chart: still a bar


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
        item.layout.setContentsMargins(0, 0, 0, 0)  # x and y units are then whole pixels and text sizes
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(texts.CHART_NAME)

    def draw(self, chart: Chart, first: int, sizes: Sizes) -> None:
        """Draw bars first..first+sizes.rows of the chart; x is in pixels, y in lines of text."""
        item = self.getPlotItem()
        item.clear()
        width = float(max(200, self.width()))
        if chart.message:
            self._message(item, chart.message, width, sizes.px)
            return
        shown = chart.bars[first:first + sizes.rows]
        scale = bar_scale(chart, self.theme, width, sizes.px)
        offset = self._legend(item, chart, width, sizes.px)
        for index, bar in enumerate(shown):
            self._bar(item, bar, offset + index * chart.lines_per_bar, scale, chart.bar_lines, sizes.px)
        rows = max(sizes.rows, len(shown))
        item.getViewBox().setRange(xRange=(0, width), yRange=(0, offset + rows * chart.lines_per_bar), padding=0)
        self.setAccessibleDescription("; ".join(f"{b.title}: {', '.join(p.caption for p in b.lines)}" for b in shown))

    def _message(self, item: pg.PlotItem, message: str, width: float, px: float) -> None:
        """One message, large and centred, instead of bars."""
        lines = max(MESSAGE_LINES, (self.height() or 1) / px)
        text = self._text(message, width / 2, lines / 2, px * MESSAGE_SIZE, anchor=(0.5, 0.5), bold=True)
        text.setTextWidth(width - px * 2)
        text.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        item.addItem(text)
        item.getViewBox().setRange(xRange=(0, width), yRange=(0, lines), padding=0)
        self.setAccessibleDescription(message)

    def _legend(self, item: pg.PlotItem, chart: Chart, width: float, px: float) -> float:
        """Swatches with names, wrapped over as many lines as needed; returns the lines they take."""
        for swatch, (x, line) in zip(chart.legend, legend_places(chart, self.theme, width, px)):
            y = line * LEGEND_LINES
            item.addItem(self._rect(x, y + 0.35, px * SWATCH, 0.9, swatch, px))
            name = self._elided(swatch.name, width - x - px * (SWATCH + 0.4) - TEXT_PAD, px)
            item.addItem(self._text(name, x + px * (SWATCH + 0.4), y + 0.8, px, (0, 0.5)))
        return legend_height(chart, self.theme, width, px)

    def _bar(self, item: pg.PlotItem, bar: Bar, y: float, scale: float, bar_lines: float, px: float) -> None:
        width = float(max(200, self.width()))
        bold = bar.rank == 1 and bar.total > 0
        item.addItem(self._text(self._elided(bar.title, width - px * 0.5, px, bold), 0, y, px, anchor=(0, 0), bold=bold))
        for line, part in enumerate(bar.lines):
            top_y, left, height = y + TITLE_LINES + line * bar_lines, 0.0, bar_lines * 0.8
            for segment in part.segments:
                if segment.value:
                    item.addItem(self._rect(left, top_y, segment.value * scale, height, segment, px))
                    if len(part.segments) > 1:
                        self._count(item, segment, QRectF(left, top_y, segment.value * scale, height), px)
                left += segment.value * scale
            item.addItem(self._text(part.caption, left + px * CAPTION_GAP, top_y + height / 2, px, anchor=(0, 0.5), bold=True))

    def _count(self, item: pg.PlotItem, segment: Segment, rect: QRectF, px: float) -> None:
        """The segment's count in its middle, on a patch of its own colour, when that fits inside it."""
        metrics, margin = QFontMetricsF(font_for(self.theme, px, bold=True)), max(2.0, px * 0.08)
        text = f"\u202f{segment.value}\u202f"  # narrow spaces: a little of the patch either side of the digits
        wide, high = metrics.horizontalAdvance(text) + 2 * margin + px * 0.4, metrics.height() + 2 * margin
        if wide > rect.width() or high > rect.height() * px:  # a y unit is at least px pixels
            return
        label = pg.TextItem(text, color=QColor(ink_for(segment.colour)), anchor=(0.5, 0.5), fill=QColor(segment.colour))
        label.textItem.document().setDocumentMargin(margin)
        label.setFont(font_for(self.theme, px, bold=True))
        label.setPos(rect.center())
        item.addItem(label)

    def _elided(self, text: str, width: float, px: float, bold: bool = False) -> str:
        """The text, cut off with '…' where it would run past the right edge (the full text is in the tooltip)."""
        return QFontMetricsF(font_for(self.theme, px, bold)).elidedText(text, Qt.TextElideMode.ElideRight, max(px, width))

    def _rect(self, x: float, y: float, width: float, height: float, segment: Segment, px: float) -> PatternRect:
        return PatternRect(QRectF(x, y, width, height), segment.colour, segment.pattern, px, self.theme.background)

    def _text(self, text: str, x: float, y: float, px: float, anchor: tuple[float, float], bold: bool = False) -> pg.TextItem:
        item = pg.TextItem(text, color=QColor(self.theme.foreground), anchor=anchor)
        item.setFont(font_for(self.theme, px, bold))
        item.setPos(x, y)
        return item


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
        self.first, self.rows = 0, 1
        self.chart: Chart | None = None
        self.text_px: float | None = None
        """A fixed text size in pixels (an export), instead of the room's share of the height."""

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

    def _sizes(self) -> Sizes:
        """The text size: the room's share of the height, or the fixed `text_px` (an export)."""
        lines = self.chart.lines_per_bar if self.chart else 2
        if self.text_px:
            return Sizes(self.text_px, self.text_px * lines, 1)
        return sizes_for(self.height() or 600, lines, self.theme.min_text_floor, self.window().height())

    def _draw(self) -> None:
        chart, sizes = self.chart, self._sizes()
        self.note.setStyleSheet(f"QLabel {{ color: {self.theme.foreground}; font-size: {round(sizes.px)}px; "
                                f"font-family: '{self.theme.font_families[0]}'; }}")
        if chart is None:
            self.view.getPlotItem().clear()
            self._set_note(texts.NOT_REVEALED)
            return
        self.rows, note = self._layout(chart, sizes)
        self._set_note(note)
        self.view.draw(chart, self.first, Sizes(sizes.px, sizes.row, self.rows))

    def _set_note(self, text: str) -> None:
        """The line above the chart, hidden when it has nothing to say (no empty band)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _layout(self, chart: Chart, sizes: Sizes) -> tuple[int, str]:
        """How many bars fit below the note, and the note (which names the page when not all of them fit)."""
        rows = max(1, len(chart.bars))
        for _ in range(2):  # the page's words may take another line of the note, leaving room for fewer bars
            rows = self._rows(chart, sizes, self._plot_height(self._note(chart, rows)))
        return rows, self._note(chart, rows)

    def _plot_height(self, note: str) -> float:
        """The height left for the plot under this note."""
        if not note:
            return float(self.height())
        self.note.setText(note)
        self.note.ensurePolished()
        return float(self.height() - self.note.heightForWidth(self.width()) - max(0, self.layout().spacing()))

    def _note(self, chart: Chart, rows: int) -> str:
        parts = ([chart.title] if self.titled else []) + list(chart.notes)
        if len(chart.bars) > rows:
            last = min(len(chart.bars), self.first + rows)
            parts.append(texts.PAGE_OF.format(first=self.first + 1, last=last, total=len(chart.bars)))
        return " · ".join(parts)

    def fitted_height(self) -> int:
        """The height that shows the whole chart at once (every bar, or the message), with no empty band below."""
        chart, px = self.chart, self._sizes().px
        if chart is None:
            return self.height()
        body = MESSAGE_LINES if not chart.bars else (
            legend_height(chart, self.theme, float(max(200, self.width())), px) + len(chart.bars) * chart.lines_per_bar)
        return math.ceil(self.height() - self._plot_height(self._note(chart, len(chart.bars))) + (body + 0.3) * px)

    def page(self, step: int) -> bool:
        """Show the next (or previous) options; False when there is no such page."""
        if self.chart is None:
            return False
        first = self.first + step * self.rows
        if first < 0 or first >= len(self.chart.bars):
            return False
        self.first = first
        self._draw()
        return True

    def pages(self) -> int:
        """How many pages the chart takes now."""
        return 0 if self.chart is None else math.ceil(len(self.chart.bars) / self.rows)

    def _rows(self, chart: Chart, sizes: Sizes, height: float) -> int:
        """How many bars fit in a plot this high below the legend."""
        legend = legend_height(chart, self.theme, float(max(200, self.width())), sizes.px) * sizes.px
        return max(1, int((height - legend) // sizes.row))

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
