"""Sizes derived from the text size, and stacking wrapped text into element boxes (pure, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from ui.canvas.geometry import Measure, Rect, TextBlock, text_height, wrap

MAX_LABEL_LINES = 3
"""A bold label may wrap to at most this many lines before the layout tries smaller text."""


@dataclass(frozen=True)
class Metrics:
    """Spacing, strokes, arrowheads and markers, all proportional to the chosen text size `px`.

    `dense` trims margins, gaps and padding, for a small screen that must still show large text.
    """

    px: int
    small: int
    scale: float = 1.0
    dense: bool = False

    def _at_least(self, pixels: float, factor: float) -> float:
        return max(pixels * self.scale, factor * self.px)

    @cached_property
    def margin(self) -> float:
        return self._at_least(6, 0.3 if self.dense else 0.45)

    @cached_property
    def gap(self) -> float:
        return self._at_least(4, 0.25 if self.dense else 0.35)

    @cached_property
    def pad(self) -> float:
        return self._at_least(4, 0.2 if self.dense else 0.3)

    @cached_property
    def line_width(self) -> float:
        return self._at_least(1.5, 1 / 14)

    @cached_property
    def arrow(self) -> float:
        return self._at_least(6, 0.34)

    @cached_property
    def marker(self) -> float:
        return self._at_least(6, 0.36)

    @cached_property
    def radius(self) -> float:
        return self._at_least(3, 0.2)

    @cached_property
    def port_spacing(self) -> float:
        return 2.6 * self.line_width


class Part(NamedTuple):
    """One piece of text in a box: the text, its pixel size and style."""

    text: str
    px: int
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Box:
    """One selectable element: the banner (H), a deelambitie, a card, a tier segment, or a hint."""

    id: str
    kind: str
    rect: Rect
    texts: tuple[TextBlock, ...]
    group: bool = False
    chip: TextBlock | None = None

    def all_texts(self) -> tuple[TextBlock, ...]:
        """The chip (if any) and the stacked texts."""
        return self.texts if self.chip is None else (self.chip, *self.texts)


class Stacked(NamedTuple):
    """Result of stacking text into a box: the id chip, the other texts, and the box height."""

    chip: TextBlock | None
    texts: tuple[TextBlock, ...]
    height: float


@dataclass(frozen=True)
class Typesetter:
    """Wraps and stacks text for one attempt at one text size.

    Words are never broken. With `force` a part whose longest word is wider than its box is drawn smaller
    instead of failing, and labels may take any number of lines. Parts whose text is in `shrinkable` are
    drawn smaller in the same way without `force`, so one long word need not shrink the whole schema.
    """

    metrics: Metrics
    measure: Measure
    force: bool = False
    show_ids: bool = True
    shrinkable: frozenset[str] = frozenset()
    _wrapped: dict = field(default_factory=dict, compare=False, repr=False)
    """Wrapped parts by (width, parts): measuring a box and then placing it wraps its text once."""

    def chip(self, element_id: str) -> Part | None:
        """The id chip of an element, or None when ids are hidden (the projector)."""
        return Part(element_id, self.metrics.small) if self.show_ids else None

    def lines(self, part: Part, width: float) -> tuple[str, ...] | None:
        """The wrapped lines of a part, or None when it does not fit the width."""
        lines = wrap(part.text, width, part.px, part.bold, self.measure)
        too_long = lines is not None and part.bold and len(lines) > MAX_LABEL_LINES and not self.force
        return None if too_long else lines

    def may_shrink(self, part: Part) -> bool:
        """True when this part may be drawn smaller than the others where a word does not fit its box."""
        return self.force or part.text in self.shrinkable

    def shrunk(self, part: Part, width: float) -> Part:
        """The part, drawn smaller when (and only when) forced or shrinkable and one of its words is wider than `width`."""
        if not self.may_shrink(part):
            return part
        widest = max((self.measure(word, part.px, part.bold) for word in part.text.split()), default=0.0)
        if widest <= width:
            return part
        px = max(1, int(part.px * width / widest))
        while px > 1 and any(self.measure(word, px, part.bold) > width for word in part.text.split()):
            px -= 1
        return part._replace(px=px)

    def narrowest(self, part: Part, max_lines: int) -> float | None:
        """The narrowest text width that wraps `part` into at most `max_lines` lines, or None."""
        words = part.text.split()
        runs = sorted({self.measure(" ".join(words[i:j]), part.px, part.bold) for i in range(len(words)) for j in range(i + 1, len(words) + 1)})
        for width in runs:
            lines = wrap(part.text, width + 0.01, part.px, part.bold, self.measure)
            if lines is not None and len(lines) <= max_lines:
                return width + 0.01
        return None

    def width_of(self, part: Part) -> float:
        """The width of a part on one line."""
        return self.measure(part.text, part.px, part.bold)

    def stack(
        self, rect: Rect, parts: list[Part], min_h: float = 0.0, chip: Part | None = None, beside: bool | None = None,
    ) -> Stacked | None:
        """Parts wrapped and centred, with the id chip beside them on the left or above them.

        `beside` None tries beside first and falls back to above when the box is too narrow.
        """
        if beside is not None or chip is None:
            return self._stack(rect, parts, min_h, chip, beside=bool(beside))
        return self._stack(rect, parts, min_h, chip, beside=True) or self._stack(rect, parts, min_h, chip, beside=False)

    def _stack(self, rect: Rect, parts: list[Part], min_h: float, chip: Part | None, beside: bool) -> Stacked | None:
        m = self.metrics
        chip_w = 0.0 if chip is None else self.width_of(chip) + m.pad
        inner = Rect(rect.x + m.pad + (chip_w if beside else 0.0), rect.y, rect.w - 2 * m.pad - (chip_w if beside else 0.0), 0)
        wrapped = self._wrap(inner.w, tuple(parts))
        if inner.w <= 0 or chip_w - m.pad > rect.w - 2 * m.pad or any(lines is None for _, lines in wrapped):
            return None
        spacing, chip_h = m.pad * 0.3, 0.0 if chip is None else text_height(1, chip.px)
        content = sum(text_height(len(lines or ()), p.px) + spacing for p, lines in wrapped) - spacing
        first_h = text_height(1, wrapped[0][0].px) if wrapped else chip_h
        lower = 0.0 if chip is None else max(0.0, chip_h - first_h) / 2 if beside else chip_h + spacing  # texts below the chip's top
        total = max(content + lower, chip_h)
        height = max(min_h, total + 2 * m.pad)
        y = rect.y + (height - total) / 2
        chip_block = None
        if chip is not None:
            chip_y = y + max(0.0, first_h - chip_h) / 2 if beside else y
            chip_block = TextBlock(chip.text, (chip.text,), chip.px, chip.bold, Rect(rect.x + m.pad, chip_y, chip_w - m.pad, chip_h))
        y += lower
        blocks = []
        for part, lines in wrapped:
            block_h = text_height(len(lines or ()), part.px)
            blocks.append(TextBlock(part.text, lines or (), part.px, part.bold, Rect(inner.x, y, inner.w, block_h), True, part.italic))
            y += block_h + spacing
        return Stacked(chip_block, tuple(blocks), height)

    def _wrap(self, width: float, parts: tuple[Part, ...]) -> list[tuple[Part, tuple[str, ...] | None]]:
        key = (width, parts)
        if key not in self._wrapped:
            fitted = [self.shrunk(part, width) for part in parts]
            self._wrapped[key] = [(part, self.lines(part, width)) for part in fitted]
        return self._wrapped[key]

    def height(self, width: float, parts: list[Part], chip: Part | None = None, beside: bool | None = None) -> float | None:
        """Natural height of a box of this width holding these parts, or None when they do not fit."""
        stacked = self.stack(Rect(0, 0, width, 0), parts, chip=chip, beside=beside)
        return None if stacked is None else stacked.height

    def heights(self, boxes: list[tuple[float, Part | None, list[Part]]]) -> tuple[list[float], bool] | None:
        """Heights of a row of (width, chip, parts) boxes with their chips all beside, or else all above."""
        for beside in (True, False):
            heights = [self.height(width, parts, chip, beside) for width, chip, parts in boxes]
            if all(h is not None for h in heights):
                return [h for h in heights if h is not None], beside
        return None

    def box(
        self, box_id: str, kind: str, rect: Rect, parts: list[Part], *,
        chip: Part | None = None, group: bool = False, min_h: float = 0.0, beside: bool | None = None,
    ) -> Box | None:
        """A Box at rect's position and width, as tall as its text needs (at least min_h)."""
        stacked = self.stack(rect, parts, min_h, chip, beside)
        if stacked is None:
            return None
        return Box(box_id, kind, Rect(rect.x, rect.y, rect.w, stacked.height), stacked.texts, group, stacked.chip)
