"""Large option tiles for spending dots by tap, click or keyboard; the same grid on the laptop and on the projector.

A tile shows its option, a row of dot places (● placed on this ballot, ○ still possible), and a '−' to take a
dot off; meaning is carried by shape and label, never by colour alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from ui.theme import Theme
from ui.voting import texts
from ui.widgets import claims_key

GAP = 0.25
"""Space between tiles, as a share of the text size."""
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Look:
    """How tiles are drawn: theme colours, font family, text size in pixels."""

    theme: Theme
    family: str
    px: float

    def font(self, scale: float = 1.0) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(8, round(self.px * scale)))
        return font


DOT_RESERVE, NAME_RESERVE = 2.45, 0.9
"""Height (in text sizes) a tile keeps free around its label: with a row of dots or a count, or only a name."""
FLOOR = 0.6
"""Tiles may shrink their text to this share of the room's minimum before labels are shortened with '…'."""


def tile_action(key: int, text: str) -> tuple[str, int] | None:
    """What a key does on a tile: ('add'|'remove'|'confirm', 0) or ('set', n); None for other keys."""
    if key in (Qt.Key.Key_Space, Qt.Key.Key_Plus):
        return "add", 0
    if key in (Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return "remove", 0
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "confirm", 0
    return ("set", int(text)) if text.isdigit() else None


class Tile(QAbstractButton):
    """One option: tap or Space adds a dot, the '−' (or Backspace, −) takes one off, a digit sets the number."""

    addRequested = Signal(str)
    removeRequested = Signal(str)
    setRequested = Signal(str, int)
    confirmRequested = Signal()

    def __init__(self, code: str, label: str, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code, self.label, self.look = code, label, look
        self.dots, self.capacity, self.count_text = 0, 1, ""
        self.marked, self.reserve = False, DOT_RESERVE  # marked: the room's keyboard cursor (one screen)
        self.setAccessibleDescription(texts.TILE_HELP)
        self._name()

    def set_state(self, dots: int, capacity: int, enabled: bool = True, count_text: str = "") -> None:
        """Dots on this ballot, places on the tile, whether a tap can add one; or a count to show instead of dots."""
        if (dots, capacity, enabled, count_text) != (self.dots, self.capacity, self.isEnabled(), self.count_text):
            self.dots, self.capacity, self.count_text = dots, capacity, count_text
            self.setProperty("canAdd", enabled)
            self._name()
            self.update()

    def _name(self) -> None:
        amount = self.count_text or texts.TILE_DOTS.get(self.dots, f"{self.dots} stippen")
        self.setAccessibleName(texts.TILE_NAME.format(label=self.label, dots=amount))

    def minus_rect(self) -> QRectF:
        """The '−' place at the bottom right (only there while the tile has dots)."""
        size = self.look.px * 1.6
        return QRectF(self.width() - size - self.look.px * 0.3, self.height() - size - self.look.px * 0.3, size, size)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.dots and self.minus_rect().contains(event.position()):
            self.removeRequested.emit(self.code)
        else:
            self.addRequested.emit(self.code)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a press did the work: a tap must not also 'click'

    def event(self, event: QEvent) -> bool:
        return claims_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.act(tile_action(event.key(), event.text())):
            super().keyPressEvent(event)

    def act(self, action: tuple[str, int] | None) -> bool:
        """Do what a key asked (see tile_action); False when it asked nothing."""
        if action is None:
            return False
        kind, number = action
        signals = {"add": self.addRequested, "remove": self.removeRequested}
        if kind in signals:
            signals[kind].emit(self.code)
        elif kind == "confirm":
            self.confirmRequested.emit()
        else:
            self.setRequested.emit(self.code, number)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme, px = self.look.theme, self.look.px
        chosen = self.dots > 0
        painter.setPen(QPen(QColor(theme.accent if chosen or self.hasFocus() or self.marked else theme.border),
                            max(2.0, px * (0.18 if chosen else 0.08))))
        painter.setBrush(QColor(theme.sub if chosen else theme.card))
        inner = QRectF(self.rect()).adjusted(px * 0.1, px * 0.1, -px * 0.1, -px * 0.1)
        painter.drawRoundedRect(inner, px * 0.4, px * 0.4)
        if self.hasFocus() or self.marked:
            painter.setPen(QPen(QColor(theme.accent), max(1.0, px * 0.06), Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(inner.adjusted(px * 0.2, px * 0.2, -px * 0.2, -px * 0.2), px * 0.3, px * 0.3)
        self._paint_label(painter, inner)
        self._paint_dots(painter, inner)

    def _paint_label(self, painter: QPainter, inner: QRectF) -> None:
        px = self.look.px
        painter.setFont(self.look.font())
        painter.setPen(QColor(self.look.theme.foreground))
        area = inner.adjusted(px * 0.5, px * 0.35, -px * 0.5, -px * (self.reserve - 0.55))
        painter.drawText(area, TEXT_FLAGS, fitted_label(self.label, painter.font(), area.width(), area.height()))

    def _paint_dots(self, painter: QPainter, inner: QRectF) -> None:
        px, theme = self.look.px, self.look.theme
        y = inner.bottom() - px * 1.0
        if self.count_text:
            painter.setFont(self.look.font(1.1))
            painter.setPen(QColor(theme.foreground))
            painter.drawText(QRectF(inner.left() + px * 0.5, y - px * 0.8, inner.width(), px * 1.6),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.count_text)
            return
        radius = px * 0.38
        for i in range(self.capacity):
            centre = QPointF(inner.left() + px * 0.85 + i * px * 1.05, y)
            filled = i < self.dots
            painter.setPen(QPen(QColor(theme.accent if filled else theme.muted), max(1.5, px * 0.08)))
            painter.setBrush(QColor(theme.accent) if filled else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius, radius)
        if self.dots:
            self._paint_minus(painter)

    def _paint_minus(self, painter: QPainter) -> None:
        rect, theme = self.minus_rect(), self.look.theme
        painter.setPen(QPen(QColor(theme.foreground), max(1.5, self.look.px * 0.08)))
        painter.setBrush(QColor(theme.card))
        painter.drawEllipse(rect)
        painter.setFont(self.look.font(1.2))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), texts.REMOVE_DOT)

    def sizeHint(self) -> QSize:
        return QSize(int(self.look.px * 12), int(self.look.px * 4.6))


def text_fits(label: str, font: QFont, width: float, height: float) -> bool:
    """True when the label, wrapped at word boundaries, fits in width x height (no word broken or cut)."""
    metrics = QFontMetricsF(font)
    if any(metrics.horizontalAdvance(word) > width for word in label.split()):
        return False
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), TEXT_FLAGS, label).height() <= height


def fitted_label(label: str, font: QFont, width: float, height: float) -> str:
    """The label, or as many of its words as fit followed by '…' (never a word cut off by the tile's edge)."""
    if width <= 0 or height <= 0 or text_fits(label, font, width, height):
        return label
    metrics = QFontMetricsF(font)
    words = [metrics.elidedText(word, Qt.TextElideMode.ElideRight, width) for word in label.split()]
    kept, last = 0, len(words)
    while kept < last:  # the most words that fit, with the ellipsis
        mid = (kept + last + 1) // 2
        kept, last = (mid, last) if text_fits(" ".join(words[:mid]) + "…", font, width, height) else (kept, mid - 1)
    return " ".join(words[:kept]) + "…" if kept else metrics.elidedText(label, Qt.TextElideMode.ElideRight, width)


def grid_shape(labels: list[str], width: float, height: float, family: str, low: float, high: float,
               reserve: float = DOT_RESERVE) -> tuple[int, float]:
    """The number of columns and the largest text size (high at most) at which every label fits; below `low`
    (the room's minimum) only when nothing else fits, and never below FLOOR x low."""
    floor = max(8.0, low * FLOOR)
    best = (_natural_columns(len(labels), width, height), floor - 1)
    for columns in range(1, max(1, len(labels)) + 1):
        rows = math.ceil(len(labels) / columns)
        px = _largest_px(labels, width / columns, height / rows, family, floor, high, reserve)
        if px > best[1]:
            best = (columns, px)
    return best[0], max(best[1], floor)


def _natural_columns(count: int, width: float, height: float) -> int:
    """Columns that give tiles about three times as wide as high, for when no text size fits."""
    return max(1, min(count, round(math.sqrt(count * max(width, 1) / (3 * max(height, 1))))))


def _largest_px(labels: list[str], tile_w: float, tile_h: float, family: str, low: float, high: float,
                reserve: float = DOT_RESERVE) -> float:
    """Largest text size at which all labels fit their tile (a binary search); `low - 1` when even low does not."""
    def fits(px: float) -> bool:
        font = QFont(family)
        font.setPixelSize(round(px))
        area_w, area_h = tile_w - px * (1.2 + GAP), tile_h - px * (reserve + GAP)
        return area_w > 0 and area_h > 0 and all(text_fits(label, font, area_w, area_h) for label in labels)
    if not fits(low):
        return low - 1
    lo, hi = low, high
    while hi - lo > 1:
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


class TileGrid(QWidget):
    """The tiles of a round, laid out to fill the widget (projector) or in rows of a fixed text size (laptop)."""

    def __init__(self, look: Look, parent: QWidget | None = None, fill: bool = True, low: float = 12.0,
                 high: float = 80.0, reserve: float = DOT_RESERVE) -> None:
        super().__init__(parent)
        self.look, self.fill, self.low, self.high, self.reserve = look, fill, low, high, reserve
        self.tiles: list[Tile] = []
        self.columns, self.cursor = 1, -1
        self.cramped = False  # True when the labels only fit below the room's minimum text size
        self.setAccessibleName(texts.TILES_NAME)

    def set_options(self, options: list[tuple[str, str]]) -> list[Tile]:
        """Make a tile per (code, label); the old tiles go."""
        if [(t.code, t.label) for t in self.tiles] == options:
            return self.tiles
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = [Tile(code, label, self.look, self) for code, label in options]
        for tile in self.tiles:
            tile.setFocusPolicy(self.focusPolicy())
            tile.reserve = self.reserve
            tile.show()
        self._arrange()
        self.mark(min(self.cursor, len(self.tiles) - 1) if self.cursor >= 0 else -1)
        return self.tiles

    def tile(self, code: str) -> Tile | None:
        """The tile of an option."""
        return next((t for t in self.tiles if t.code == code), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        if not self.tiles:
            return
        labels = [t.label for t in self.tiles]
        if self.fill:
            self.columns, px = grid_shape(labels, self.width(), self.height(), self.look.family, self.low, self.high,
                                          self.reserve)
            self.look, self.cramped = Look(self.look.theme, self.look.family, px), px < self.low
        else:
            self.columns = max(1, min(len(labels), int(self.width() // (self.look.px * 14))))
        self._place()

    def _place(self) -> None:
        rows = math.ceil(len(self.tiles) / self.columns)
        width = self.width() / self.columns
        height = self.height() / rows if self.fill else self.look.px * 5.2
        for index, tile in enumerate(self.tiles):
            tile.look = self.look
            row, column = divmod(index, self.columns)
            tile.setGeometry(QRect(round(column * width), round(row * height), round(width), round(height)))
        if not self.fill:
            self.setMinimumHeight(round(rows * height))

    def _step(self, key: int) -> int | None:
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -self.columns, Qt.Key.Key_Down: self.columns}
        return moves.get(Qt.Key(key))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = next((i for i, t in enumerate(self.tiles) if t.hasFocus()), None)
        step = self._step(event.key())
        if step is None or focused is None:
            super().keyPressEvent(event)
            return
        self.tiles[max(0, min(len(self.tiles) - 1, focused + step))].setFocus(Qt.FocusReason.TabFocusReason)

    # -- the room's keyboard cursor (one screen: the presentation window has the keyboard) ---------------
    def mark(self, index: int) -> None:
        """Put the cursor on a tile (-1: none)."""
        self.cursor = max(-1, min(index, len(self.tiles) - 1))
        for i, tile in enumerate(self.tiles):
            if tile.marked != (i == self.cursor):
                tile.marked = i == self.cursor
                tile.update()

    def marked_tile(self) -> Tile | None:
        """The tile under the cursor."""
        return self.tiles[self.cursor] if 0 <= self.cursor < len(self.tiles) else None

    def move_cursor(self, key: int) -> bool:
        """Arrow keys move the cursor (it appears on the first tile); False for other keys."""
        step = self._step(key)
        if step is None or not self.tiles:
            return False
        self.mark(max(0, self.cursor + step) if self.cursor >= 0 else 0)
        return True
