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
    return all(right <= o[0] or left >= o[2] or top <= o[3] or bottom >= o[1]
               for cell in _cells(rect) for o in grid[cell])


def _candidates(x: float, y: float, width: float, height: float, gap: float) -> list[Rect]:
    """Right, left, above, below, then further out to the right and left (pixels, label's left-middle anchor)."""
    half = height / 2
    spots = [(x + gap, y), (x - gap - width, y), (x - width / 2, y + gap + half), (x - width / 2, y - gap - half),
             (x + gap, y + height), (x + gap, y - height), (x - gap - width, y + height), (x - gap - width, y - height)]
    return [(sx, sy + half, sx + width, sy - half) for sx, sy in spots]


def place_labels(items: list[tuple[str, float, float, str]], font: QFont, units_per_px: tuple[float, float] | None,
                 gap: float) -> dict[str, tuple[float, float]]:
    """Per item (id, x, y, text) in map units: the position of its label's left-middle, in map units."""
    sx, sy = units_per_px if units_per_px and units_per_px[0] and units_per_px[1] else (0.01, 0.01)
    metrics = QFontMetricsF(font)
    grid: dict[tuple[int, int], list[Rect]] = defaultdict(list)
    for _aid, x, y, _text in items:  # the points themselves: no label covers another point
        dot = (x / sx - gap * 0.4, y / sy + gap * 0.4, x / sx + gap * 0.4, y / sy - gap * 0.4)
        for cell in _cells(dot):
            grid[cell].append(dot)
    placed: dict[str, tuple[float, float]] = {}
    for aid, x, y, text in items:
        px, py = x / sx, y / sy
        width, height = metrics.horizontalAdvance(text), metrics.height()
        options = _candidates(px, py, width, height, gap)
        rect = next((r for r in options if _free(r, grid)), options[0])  # crowded: right of the point, overlapping
        for cell in _cells(rect):
            grid[cell].append(rect)
        placed[aid] = (rect[0] * sx, (rect[1] + rect[3]) / 2 * sy)
    return placed
