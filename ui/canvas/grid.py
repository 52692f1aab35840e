"""The bouwsteen cards in rows, and where each card's lines leave it so they never run behind another card.

One or two rows: a brick bond, so the lines of a bottom card rise through the gap between two top cards.
Three rows or more: columns with channels between them; cards below the top row send their lines out
of their side into the channel, one lane per line, and up past the cards above.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from ui.canvas import texts
from ui.canvas.geometry import LINE_FACTOR, Rect
from ui.canvas.plan import Plan
from ui.canvas.typeset import Box, Part, Typesetter
from workshop.theory import BuildingBlock, Origin

Exit = tuple[float, float, float]
"""Where one line leaves its card (x, y on the card's edge) and the x of the lane it rises in."""


@dataclass(frozen=True)
class Grid:
    """The placed cards, their number of rows, the height they take, and the exits of their lines."""

    cards: tuple[Box, ...]
    rows: int
    height: float
    exits: dict[str, tuple[Exit, ...]] = field(default_factory=dict, compare=False)


def is_group(block: BuildingBlock) -> bool:
    """True for a bouwsteen the group added itself."""
    return block.origin == Origin.GROUP


def block_content(block: BuildingBlock, ts: Typesetter) -> tuple[Part | None, list[Part]]:
    """The id chip, and the bold label (above 'eigen bouwsteen' for the group's own)."""
    m = ts.metrics
    label = [Part(block.label, m.px, bold=True)]
    return ts.chip(block.id), label + ([Part(texts.GROUP_TAG, m.small, italic=True)] if is_group(block) else [])


def line_counts(plan: Plan) -> Counter[str]:
    """How many drawn lines leave each card."""
    return Counter(r.block_id for r in plan.relations)


def card_gap(ts: Typesetter, plan: Plan) -> float:
    """Gap between cards of a brick bond: wide enough for the lines of a card in the row below."""
    m = ts.metrics
    return max(m.gap, (len(plan.subs) + 1) * m.port_spacing + 2 * m.line_width)


def card_grid(ts: Typesetter, plan: Plan, x: float, y: float, w: float, avail: float, cache: dict | None = None) -> Grid | None:
    """Cards in as few rows as fit `avail`; None when they do not (unless forced).

    `cache` keeps the grids tried for one plan, so other attempts at the same text size reuse them.
    """
    if not plan.cards:
        return Grid((), 0, 0.0)
    m = ts.metrics
    smallest = 2 * m.pad + m.px * LINE_FACTOR  # a one-line card: a lower bound on any row
    fallback: Grid | None = None
    for rows in range(_fewest_rows(ts, plan, w), len(plan.cards) + 1):
        if rows * smallest + (rows - 1) * m.gap * 1.5 > avail and not ts.force:
            return None
        grid = _cached_grid(ts, plan, (x, y, w), rows, {} if cache is None else cache)
        if grid is not None and grid.height <= avail + 0.01:
            return grid
        if grid is not None and (fallback is None or grid.height < fallback.height):
            fallback = grid
    return fallback if ts.force else None


def _cached_grid(ts: Typesetter, plan: Plan, area: tuple[float, float, float], rows: int, cache: dict) -> Grid | None:
    key = (ts.metrics.px, ts.metrics.small, ts.metrics.dense, ts.force, ts.show_ids, ts.shrinkable, area, rows)
    if key not in cache:
        cache[key] = grid_of(ts, plan, *area, rows)
    return cache[key]


def _fewest_rows(ts: Typesetter, plan: Plan, w: float) -> int:
    """A lower bound on the rows: cards must at least be as wide as the longest word of any label (that may not shrink)."""
    if ts.force:
        return 1
    m, gap_x = ts.metrics, card_gap(ts, plan)
    labels = [card.label for card in plan.cards if card.label not in ts.shrinkable]
    word = max((ts.measure(word, m.px, True) for label in labels for word in label.split()), default=0.0)
    per_row = max(1, int((w + gap_x) // (word + 2 * m.pad + gap_x)))
    return 1 if per_row >= len(plan.cards) else max(2, math.ceil(len(plan.cards) / per_row))


def grid_of(ts: Typesetter, plan: Plan, x: float, y: float, w: float, rows: int, grow: float = 0.0) -> Grid | None:
    """The cards in exactly `rows` rows, each `grow` taller than its text needs; None when text does not fit."""
    if not plan.cards:
        return Grid((), 0, 0.0)
    if rows >= 3:
        return _channel_grid(ts, plan, x, y, w, rows, grow)
    count, gap_x = len(plan.cards), card_gap(ts, plan)
    per_row = count if rows == 1 else math.ceil((count + 1) / 2)
    card_w = (w - (per_row - 1) * gap_x) / (max(per_row, 3) if rows == 1 else per_row)
    return _brick_grid(ts, plan, (x, y, w), rows, per_row, card_w, gap_x, grow)


def _card_height(ts: Typesetter, plan: Plan, card_w: float, grow: float, cols: int | None = None) -> tuple[list[float], bool, list] | None:
    """Card height per row of `cols` cards (one row of all when None), chips beside or not, and the content."""
    content = [block_content(card, ts) for card in plan.cards]
    measured = ts.heights([(card_w, chip, p) for chip, p in content])
    if measured is None:
        return None
    cols = cols or len(content)
    rows = [measured[0][start : start + cols] for start in range(0, len(content), cols)]
    return [max(row) + grow for row in rows], measured[1], content


def _card(ts: Typesetter, plan: Plan, index: int, rect: Rect, sized: tuple[float, bool, list]) -> Box | None:
    card_h, beside, content = sized
    card, (chip, parts) = plan.cards[index], content[index]
    return ts.box(card.id, "card", rect, parts, chip=chip, group=is_group(card), min_h=card_h, beside=beside)


def _tallest(sized: tuple[list[float], bool, list]) -> tuple[float, bool, list]:
    """All cards as tall as the tallest."""
    return max(sized[0]), sized[1], sized[2]


def _top_exits(box: Box, count: int, spacing: float) -> tuple[Exit, ...]:
    """Lines leaving the top edge side by side around its centre, each rising straight up."""
    xs = [box.rect.center_x + (i - (count - 1) / 2) * spacing for i in range(count)]
    return tuple((x, box.rect.y, x) for x in xs)


def _brick_grid(ts, plan, area, rows, per_row, card_w, gap_x, grow) -> Grid | None:
    measured = _card_height(ts, plan, card_w, grow)
    if measured is None:
        return None
    sized = _tallest(measured)
    x, y, w = area
    count, pitch, gap_y = len(plan.cards), card_w + gap_x, ts.metrics.gap * 1.5
    first = min(per_row, count)
    starts = [(x + (w - (first * card_w + (first - 1) * gap_x)) / 2, first)]
    if rows == 2:
        starts = [(x, per_row), (x + pitch / 2 + ((per_row - 1 - (count - per_row)) // 2) * pitch, count - per_row)]
    boxes, index = [], 0
    for row, (left, n) in enumerate(starts):
        for col in range(n):
            rect = Rect(left + col * pitch, y + row * (sized[0] + gap_y), card_w, 0)
            boxes.append(_card(ts, plan, index, rect, sized))
            index += 1
    placed = tuple(b for b in boxes if b is not None)
    counts = line_counts(plan)
    exits = {b.id: _top_exits(b, counts[b.id], ts.metrics.port_spacing) for b in placed}
    return Grid(placed, rows, rows * sized[0] + (rows - 1) * gap_y, exits)


def _channel_of(col: int, cols: int) -> int:
    """Cards in the left half use the channel on their left, the others the one on their right."""
    return col if col < cols / 2 else col + 1


def _channel_widths(ts: Typesetter, plan: Plan, cols: int) -> list[float]:
    """Width of the channel left of each column (and one after the last): a lane per line, or a gap."""
    m, counts, lanes = ts.metrics, line_counts(plan), [0] * (cols + 1)
    for index, card in enumerate(plan.cards):
        if index >= cols:
            lanes[_channel_of(index % cols, cols)] += counts[card.id]
    widths = [max(m.gap, (n + 1.5) * m.port_spacing) if n else m.gap for n in lanes]
    return [0.0 if n == 0 and k in (0, cols) else width for k, (n, width) in enumerate(zip(lanes, widths, strict=True))]


def _channel_grid(ts: Typesetter, plan: Plan, x: float, y: float, w: float, rows: int, grow: float) -> Grid | None:
    """Columns with channels between them; each row as tall as its tallest card."""
    cols = math.ceil(len(plan.cards) / rows)
    widths = _channel_widths(ts, plan, cols)
    card_w = (w - sum(widths)) / cols
    measured = None if card_w <= 0 else _card_height(ts, plan, card_w, grow, cols)
    if measured is None:
        return None
    heights, gap_y = measured[0], ts.metrics.gap * 1.5
    lefts = [x + sum(widths[: c + 1]) + c * card_w for c in range(cols)]
    tops = [y + sum(heights[:r]) + r * gap_y for r in range(len(heights))]
    boxes = []
    for index in range(len(plan.cards)):
        row, col = divmod(index, cols)
        boxes.append(_card(ts, plan, index, Rect(lefts[col], tops[row], card_w, 0), (heights[row], *measured[1:])))
    placed = tuple(b for b in boxes if b is not None)
    return Grid(placed, rows, sum(heights) + (len(heights) - 1) * gap_y, _channel_exits(ts, plan, placed, cols))


def _channel_exits(ts: Typesetter, plan: Plan, placed: tuple[Box, ...], cols: int) -> dict[str, tuple[Exit, ...]]:
    """Top row: straight up. Lower rows: out of the side at spread heights, into lanes further out per row."""
    counts, spacing = line_counts(plan), ts.metrics.port_spacing
    used = Counter[int]()
    exits = {}
    for index, box in enumerate(placed):
        col, n = index % cols, counts[box.id]
        if index < cols:
            exits[box.id] = _top_exits(box, n, spacing)
            continue
        channel = _channel_of(col, cols)
        left = channel == col
        edge = box.rect.x if left else box.rect.right
        lanes = []
        for k in range(n):
            used[channel] += 1
            lane = edge + (-1 if left else 1) * used[channel] * spacing
            lanes.append((edge, box.rect.y + box.rect.h * (k + 1) / (n + 1), lane))
        exits[box.id] = tuple(lanes)
    return exits

