"""Plain rectangles, text blocks and word wrapping for the schema layout (no Qt at all)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

Measure = Callable[[str, int, bool], float]
"""Width in pixels of one line of text at a pixel size, bold or not."""

LINE_FACTOR = 1.25
"""Line height as a multiple of the pixel size (fonts here need about 1.17)."""


_NARROW, _SEMI, _WIDE = set("ijlI.,:;'!|"), set("ftr()-/ "), set("mwMW&@%")


def _em(char: str) -> float:
    if char in _NARROW:
        return 0.34
    if char in _SEMI:
        return 0.46
    if char in _WIDE:
        return 1.02
    return 0.80 if char.isupper() else 0.65


@lru_cache(maxsize=65536)
def heuristic_measure(text: str, px: int, bold: bool) -> float:
    """A font-free guess of a line's width, a little wider than DejaVu Sans (for pure tests and fallbacks)."""
    return sum(_em(c) for c in text) * px * (1.12 if bold else 1.0)


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in layout units (scene pixels)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center_x(self) -> float:
        return self.x + self.w / 2

    def intersects(self, other: Rect, tolerance: float = 0.01) -> bool:
        """True when the interiors overlap (touching edges do not count)."""
        return (
            self.x < other.right - tolerance and other.x < self.right - tolerance
            and self.y < other.bottom - tolerance and other.y < self.bottom - tolerance
        )

    def contains(self, other: Rect, tolerance: float = 0.01) -> bool:
        """True when `other` lies completely inside this rectangle."""
        return (
            other.x >= self.x - tolerance and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance and other.bottom <= self.bottom + tolerance
        )

    def inset(self, dx: float, dy: float) -> Rect:
        """This rectangle shrunk by dx left and right and dy top and bottom."""
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))


def open_span(rect: Rect, below: list[Rect]) -> tuple[float, float]:
    """The widest piece of `rect`'s bottom edge that none of the rectangles below it covers (x from, x to)."""
    cuts = sorted((max(rect.x, o.x), min(rect.right, o.right)) for o in below if o.y >= rect.bottom - 0.01 and o.x < rect.right and o.right > rect.x)
    spans, left = [], rect.x
    for start, end in cuts:
        spans.append((left, start))
        left = max(left, end)
    spans.append((left, rect.right))
    return max(spans, key=lambda span: span[1] - span[0])


@dataclass(frozen=True)
class TextBlock:
    """Text already broken into lines, at one pixel size, placed in a rectangle."""

    text: str
    lines: tuple[str, ...]
    px: int
    bold: bool
    rect: Rect
    center: bool = False
    italic: bool = False

    @property
    def line_height(self) -> float:
        return self.px * LINE_FACTOR


def text_height(lines: int, px: int) -> float:
    """Height needed for `lines` lines at pixel size `px`."""
    return lines * px * LINE_FACTOR


def _greedy(words: list[str], width: float, px: int, bold: bool, measure: Measure) -> tuple[str, ...]:
    lines: list[str] = []
    for word in words:
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and measure(candidate, px, bold) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return tuple(lines) or ("",)


def wrap(text: str, width: float, px: int, bold: bool, measure: Measure) -> tuple[str, ...] | None:
    """Greedy word wrap into `width`; None when a single word is wider than the width."""
    words = text.split()
    if any(measure(word, px, bold) > width for word in words):
        return None
    return _greedy(words, width, px, bold, measure)


def place(text: str, rect: Rect, px: int, bold: bool, measure: Measure, **style: bool) -> TextBlock | None:
    """Wrap `text` into `rect`'s width; None when it does not fit its width or height."""
    lines = wrap(text, rect.w, px, bold, measure)
    if lines is None or text_height(len(lines), px) > rect.h + 0.01:
        return None
    return TextBlock(text, lines, px, bold, rect, **style)
