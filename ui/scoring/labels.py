"""Placing the map's labels so they do not cover each other: try right, left, above and below each point, keep the
first free place (a grid of cells makes each check cheap, also with 300 assumptions)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QFont, QFontMetricsF

CELL = 48.0
"""Side of a grid cell, in pixels."""

Rect = tuple[float, float, float, float]  # left, top, right, bottom in pixels (y up, like the map)


def _cells(rect: Rect) -> list[tuple[int, int]]:
    left, top, right, bottom = rect
    return [(i, j) for i in range(int(left // CELL), int(right // CELL) + 1)
            for j in range(int(bottom // CELL), int(top // CELL) + 1)]


def _free(rect: Rect, grid: dict[tuple[int, int], list[Rect]]) -> bool:
    left, top, right, bottom = rect
    for cell in _cells(rect):
        for o in grid.get(cell, ()):
            if right > o[0] and left < o[2] and top > o[3] and bottom < o[1]:
                return False
    return True


def _candidates(x: float, y: float, width: float, height: float, gap: float) -> list[Rect]:
    """Right, left, above, below, then further out to the right and left (pixels, label's left-middle anchor)."""
    half = height / 2
    spots = [(x + gap, y), (x - gap - width, y), (x - width / 2, y + gap + half), (x - width / 2, y - gap - half),
             (x + gap, y + height), (x + gap, y - height), (x - gap - width, y + height), (x - gap - width, y - height)]
    return [(sx, sy + half, sx + width, sy - half) for sx, sy in spots]


Item = tuple[str, float, float, str]
"""An assumption id, its point (x, y in map units) and its label text."""


class LabelPlacer:
    """Places labels, and after a change re-places only the labels whose point or text changed (the others stay:
    a score entered moves one point, and the map is redrawn at once)."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[float, float, str, Rect]] = {}
        self._setting: tuple[object, ...] = ()

    def place(self, items: list[Item], font: QFont, units_per_px: tuple[float, float] | None,
              gap: float) -> dict[str, tuple[float, float]]:
        """Per item: the position of its label's left-middle, in map units."""
        sx, sy = units_per_px if units_per_px and units_per_px[0] and units_per_px[1] else (0.01, 0.01)
        setting = (sx, sy, font.key(), gap)
        if setting != self._setting:
            self._kept, self._setting = {}, setting
        wanted = {aid: (x, y, text) for aid, x, y, text in items}
        self._kept = {aid: v for aid, v in self._kept.items() if wanted.get(aid) == v[:3]}
        grid = _grid(items, [v[3] for v in self._kept.values()], sx, sy, gap)
        metrics = QFontMetricsF(font)
        for aid, x, y, text in items:
            if aid not in self._kept:
                rect = _place(x / sx, y / sy, metrics.horizontalAdvance(text), metrics.height(), gap, grid)
                self._kept[aid] = (x, y, text, rect)
        return {aid: (v[3][0] * sx, (v[3][1] + v[3][3]) / 2 * sy) for aid, v in self._kept.items()}


def _grid(items: list[Item], rects: list[Rect], sx: float, sy: float, gap: float) -> dict[tuple[int, int], list[Rect]]:
    """The cells taken by every point (no label covers another point) and by the labels already placed."""
    grid: dict[tuple[int, int], list[Rect]] = defaultdict(list)
    dots = [(x / sx - gap * 0.4, y / sy + gap * 0.4, x / sx + gap * 0.4, y / sy - gap * 0.4) for _, x, y, _ in items]
    for rect in [*dots, *rects]:
        for cell in _cells(rect):
            grid[cell].append(rect)
    return grid


def _place(px: float, py: float, width: float, height: float, gap: float, grid: dict[tuple[int, int], list[Rect]]) -> Rect:
    options = _candidates(px, py, width, height, gap)
    rect = next((r for r in options if _free(r, grid)), options[0])  # crowded: right of the point, overlapping
    for cell in _cells(rect):
        grid[cell].append(rect)
    return rect


def place_labels(items: list[Item], font: QFont, units_per_px: tuple[float, float] | None,
                 gap: float) -> dict[str, tuple[float, float]]:
    """Per item (id, x, y, text) in map units: the position of its label's left-middle, in map units (afresh)."""
    return LabelPlacer().place(items, font, units_per_px, gap)
