"""Pure geometry of the schema 'house': banner, deelambities, cards, band, foundation, legend and lines."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from ui.canvas import parts
from ui.canvas.grid import Grid, card_grid, grid_of
from ui.canvas.geometry import Measure, Rect, TextBlock, heuristic_measure
from ui.canvas.parts import LegendEntry, Tier
from ui.canvas.plan import BAND, FOUNDATION, Plan
from ui.canvas.routing import RelationPath, route
from ui.canvas.subs import sub_rows
from ui.canvas.typeset import Box, Metrics, Typesetter
from workshop.theory import Theory

FLOOR_PX = 9
"""The smallest text the layout ever uses (times the UI scale)."""
MAX_TEXT_FRACTION = 0.05
"""Default largest text size, as a fraction of the canvas height."""
SMALL = 0.75
"""Tags (ids, 'eigen bouwsteen') are this fraction of the label size, but not below the minimum text size."""
MAX_SHRUNK = 3
"""At most this many labels are drawn smaller because a word is too long for their box (else the whole text shrinks)."""
FORCED_GROWTH, FORCED_STEPS = 1.25, 12
"""When nothing fits, the canvas grows by this factor (at most this many times) until it does; the view zooms out."""


@dataclass(frozen=True)
class Layout:
    """Everything the scene draws, in scene pixels.

    `minimum` is the smallest text size (in these pixels) that shows at the requested minimum on the screen:
    the requested size itself, or more when the schema had to be laid out larger and is shown zoomed out.
    """

    width: float
    height: float
    metrics: Metrics
    banner: Box
    subs: tuple[Box, ...]
    cards: tuple[Box, ...]
    tiers: tuple[Tier, ...]
    relations: tuple[RelationPath, ...]
    legend: tuple[LegendEntry, ...]
    minimum: float = 0.0

    @property
    def below_minimum(self) -> bool:
        """True when any text is drawn smaller than the minimum."""
        return any(t.px < self.minimum for t in self.text_blocks())

    @property
    def all_below_minimum(self) -> bool:
        """True when the common text size itself is below the minimum: the whole schema is too small."""
        return self.metrics.px < self.minimum

    @property
    def below_minimum_ids(self) -> tuple[str, ...]:
        """The elements (H, D1, B11, ...) with text drawn smaller than the minimum, in drawing order."""
        return tuple(b.id for b in self.boxes() if b.id and any(t.px < self.minimum for t in b.all_texts()))

    def boxes(self) -> tuple[Box, ...]:
        """Every element box, tier segments included."""
        return (self.banner, *self.subs, *self.cards, *(s for t in self.tiers for s in t.segments))

    def box(self, element_id: str) -> Box | None:
        """The box of an element id, or None."""
        return next((b for b in self.boxes() if b.id == element_id), None)

    def text_blocks(self) -> tuple[TextBlock, ...]:
        """Every piece of text in the layout."""
        boxed = tuple(t for b in self.boxes() for t in b.all_texts())
        return boxed + tuple(t.caption for t in self.tiers) + tuple(e.text for e in self.legend)

    def leaf_rects(self) -> list[Rect]:
        """Rectangles that must not overlap: boxes, tier captions and legend entries."""
        captions = [Rect(t.rect.x, t.rect.y, t.segments[0].rect.x - t.rect.x if t.segments else t.rect.w, t.rect.h) for t in self.tiers]
        legend = [r for e in self.legend for r in (e.sample, e.text.rect)]
        return [b.rect for b in self.boxes()] + captions + legend


@dataclass(frozen=True)
class _Style:
    """One way to arrange the house: deelambities in one row or two, normal or dense spacing."""

    sub_rows: int = 1
    dense: bool = False


STYLES = (_Style(), _Style(1, dense=True), _Style(2), _Style(2, dense=True))
"""Tried in this order; the first that reaches the minimum text size wins."""


@dataclass(frozen=True)
class _Frame:
    width: float
    height: float
    scale: float
    measure: Measure
    show_ids: bool = True
    style: _Style = _Style()
    grids: dict = field(default_factory=dict, compare=False)
    """Card grids already tried in this computation, shared by every style."""
    shrinkable: frozenset[str] = frozenset()
    """Labels that may be drawn smaller when one of their words does not fit their box."""

    def typesetter(self, px: int, small: int, force: bool = False) -> Typesetter:
        metrics = Metrics(px, small, self.scale, self.style.dense)
        return Typesetter(metrics, self.measure, force, self.show_ids, shrinkable=self.shrinkable)

    def subs(self, ts: Typesetter, plan: Plan, y: float) -> tuple[Box, ...] | None:
        m = ts.metrics
        return sub_rows(ts, plan, m.margin, y, self.width - 2 * m.margin, self.style.sub_rows)


def compute_layout(
    theory: Theory, width: float, height: float, scale: float = 1.0, *,
    min_text_px: float | None = None, max_text_px: float | None = None, measure: Measure = heuristic_measure,
    show_ids: bool = True, instructions: bool = True,
) -> Layout:
    """Lay the theory out in width x height with the largest text that fits.

    With `instructions=False` (a view for the room, a print) empty places say so without telling anyone to click.

    Every text (labels, tags, captions, legend) gets at least `min_text_px`, trying the STYLES in turn;
    failing that, the labels of the few bouwstenen or deelambities with the longest words are drawn smaller
    where a word does not fit their box (at most MAX_SHRUNK). Only when the schema as a whole does not fit
    does the common text size go below the minimum, towards the floor; as a last resort words too long for
    their box are drawn smaller and the layout may run larger than the canvas (the view zooms out).
    `Layout.below_minimum` and `below_minimum_ids` tell what ended up smaller than the minimum.
    """
    plan, grids = Plan.of(theory, instructions), {}
    frames = [_Frame(width, height, scale, measure, show_ids, style, grids) for style in STYLES]
    floor = max(6, round(FLOOR_PX * scale))
    minimum = round(max(floor, min_text_px or floor), 3)  # 3.5 % of 800 is 28.000000000000004: that is 28
    low = max(floor, math.ceil(minimum - 0.001))
    high = max(low, round(max_text_px or height * MAX_TEXT_FRACTION))
    shrink_sets = _shrink_sets(plan, frames[0], low)
    found = _at_minimum(plan, frames, shrink_sets, low, high)
    if found is None and low > floor:
        found = _largest_below(plan, frames, shrink_sets, floor, low - 1)
    found = found or _forced(plan, frames, floor)
    zoom = min(1.0, width / found.width, height / found.height)
    return replace(found, minimum=minimum / zoom)


def _at_minimum(plan: Plan, frames: list[_Frame], shrink_sets: list[frozenset[str]], low: int, high: int) -> Layout | None:
    """The largest text from `low` up in the first style that fits, with as few labels drawn smaller as possible."""
    for shrinkable in shrink_sets:
        tried = [replace(frame, shrinkable=shrinkable) for frame in frames]
        found = next((f for frame in tried if (f := _largest(plan, frame, low, high, low))), None)
        if found is not None:
            return found
    return None


def _shrink_sets(plan: Plan, frame: _Frame, px: int) -> list[frozenset[str]]:
    """No label, then the one, two, ... (up to MAX_SHRUNK) labels with the widest words at `px`."""
    labels = dict.fromkeys([*(b.label for b in (*plan.cards, *plan.foundation, *plan.band)), *(d.name for d in plan.subs)])
    widest = sorted(labels, key=lambda text: max((frame.measure(w, px, True) for w in text.split()), default=0.0), reverse=True)
    return [frozenset(widest[:k]) for k in range(min(MAX_SHRUNK, len(widest)) + 1)]


def _largest_below(plan: Plan, frames: list[_Frame], shrink_sets: list[frozenset[str]], floor: int, high: int) -> Layout | None:
    """The largest text under the minimum over all styles and shrink sets.

    Each attempt is only searched above the best so far, so drawing more labels smaller must buy larger text.
    """
    best: Layout | None = None
    for frame in (replace(f, shrinkable=shrinkable) for shrinkable in shrink_sets for f in frames):
        start = floor if best is None else best.metrics.px + 1
        found = _largest(plan, frame, start, high, floor) if start <= high else None
        best = found or best
    return best


def _forced(plan: Plan, frames: list[_Frame], floor: int) -> Layout:
    """The last resort: floor-sized text, long words drawn smaller, cards in as many rows as it takes.

    When even that does not fit, the schema is laid out on a larger canvas, which the view shows zoomed out.
    """
    for _ in range(FORCED_STEPS):
        for frame in frames:
            layout = _build(plan, frame, frame.typesetter(floor, floor, force=True))
            if layout is not None:
                return layout
        frames = [replace(f, width=f.width * FORCED_GROWTH, height=f.height * FORCED_GROWTH) for f in frames]
    raise ValueError(f"Het schema past niet in {frames[0].width:.0f} x {frames[0].height:.0f} pixels.")


def _largest(plan: Plan, frame: _Frame, low: int, high: int, small_floor: int) -> Layout | None:
    """Binary search for the largest text size in [low, high] whose layout fits; None at once when `low` does not.

    Tags are SMALL times the size but at least `small_floor`. Only sizes are tried here; the parts are placed
    and the lines routed once, for the winner.
    """
    def fit(px: int) -> tuple[Typesetter, _Fill] | None:
        ts = frame.typesetter(px, max(small_floor, round(px * SMALL)))
        found = _fit(plan, frame, ts)
        return None if found is None else (ts, found)

    best = fit(low)
    low += 1
    while best is not None and low <= high:
        px = (low + high) // 2
        found = fit(px)
        best, low, high = (best, low, px - 1) if found is None else (found, px + 1, high)
    return None if best is None else _place(plan, frame, best[0], best[1])


@dataclass(frozen=True)
class _Heights:
    banner: float
    subs: float
    tiers: tuple[float, ...]
    legend: float
    relations: float

    def fixed(self, m: Metrics, tucked: bool = False) -> float:
        """Everything but the cards; without the legend when it is tucked in beside the last row of cards."""
        tiers = sum(h + m.gap for h in self.tiers)
        legend = self.legend + m.gap if self.legend and not tucked else 0.0
        return 2 * m.margin + self.banner + m.gap + self.subs + self.relations + tiers + legend


def _tier_kinds(plan: Plan) -> list[str]:
    return [kind for kind in (BAND, FOUNDATION) if plan.tier_blocks(kind)]


def _measure(plan: Plan, frame: _Frame, ts: Typesetter) -> _Heights | None:
    """Natural heights of everything except the cards, or None when something does not fit."""
    m, w = ts.metrics, frame.width - 2 * ts.metrics.margin
    banner, subs, legend = parts.banner(ts, plan, 0, 0, w), frame.subs(ts, plan, 0), parts.legend(ts, plan, 0, 0, w)
    tiers = [parts.tier(ts, plan, kind, 0, 0, w) for kind in _tier_kinds(plan)]
    if banner is None or subs is None or legend is None or None in tiers:
        return None
    legend_h = max((e.text.rect.bottom for e in legend), default=0.0)
    relations = max((1.8 if m.dense else 2.6) * m.px, 40 * frame.scale)
    return _Heights(banner.rect.h, max(b.rect.bottom for b in subs), tuple(t.rect.h for t in tiers if t), legend_h, relations)


class _Fill(NamedTuple):
    """How one attempt fills the height: top of the banner, lines zone, card rows and growth, legend tucked in."""

    top: float
    relations: float
    rows: int
    grow: float
    tucked: bool


def _build(plan: Plan, frame: _Frame, ts: Typesetter) -> Layout | None:
    """One attempt at one text size, placed."""
    fill = _fit(plan, frame, ts)
    return None if fill is None else _place(plan, frame, ts, fill)


def _fit(plan: Plan, frame: _Frame, ts: Typesetter) -> _Fill | None:
    """Measure, fit the cards into what is left, share out the rest; None when it does not fit."""
    m, x, w = ts.metrics, ts.metrics.margin, frame.width - 2 * ts.metrics.margin
    heights = _measure(plan, frame, ts)
    if heights is None:
        return None
    for tucked in (False, True) if heights.legend else (False,):
        avail = frame.height - heights.fixed(m, tucked)
        grid = card_grid(ts, plan, x, 0, w, avail if not ts.force else max(avail, 0.0), frame.grids)
        if grid is not None and (not tucked or _corner_legend(ts, plan, grid, x + w)):
            break
    else:
        return None
    spare = max(0.0, avail - grid.height)
    extra_relations = min(spare * 0.6, max(0.0, frame.height * 0.22 - heights.relations))
    grow = 0.0 if not grid.rows else min((spare - extra_relations) * 0.5 / grid.rows, 1.5 * m.px)
    top = m.margin + max(0.0, spare - extra_relations - grow * grid.rows) / 2
    return _Fill(top, heights.relations + extra_relations, grid.rows, grow, tucked)


def _corner_legend(ts: Typesetter, plan: Plan, grid: Grid, right: float) -> tuple[LegendEntry, ...] | None:
    """The legend in the free space right of the last row of cards (past their lines), if it fits there."""
    if not grid.cards:
        return None
    last_y = max(c.rect.y for c in grid.cards)
    row = [c for c in grid.cards if c.rect.y == last_y]
    lanes = [lane for c in row for (_, _, lane) in grid.exits.get(c.id, ())]
    left = max([c.rect.right for c in row] + lanes) + 2 * ts.metrics.gap
    entries = parts.legend(ts, plan, left, last_y, right - left) if right - left > 4 * ts.metrics.px else None
    if not entries:
        return None
    height = max(e.text.rect.bottom for e in entries) - last_y
    if height > row[0].rect.h + 0.01:
        return None
    return tuple(_shifted(e, (row[0].rect.h - height) / 2) for e in entries)


def _shifted(entry: LegendEntry, dy: float) -> LegendEntry:
    sample, text = entry.sample, entry.text
    return replace(entry, sample=replace(sample, y=sample.y + dy), text=replace(text, rect=replace(text.rect, y=text.rect.y + dy)))


def _place(plan: Plan, frame: _Frame, ts: Typesetter, fill: _Fill) -> Layout | None:
    """Put every part at its final top, then route the lines."""
    (y, relations_h, rows, grow, tucked), m, x, w = fill, ts.metrics, ts.metrics.margin, frame.width - 2 * ts.metrics.margin
    banner = parts.banner(ts, plan, x, y, w)
    subs = frame.subs(ts, plan, banner.rect.bottom + m.gap) if banner else None
    if banner is None or not subs:
        return None
    cards_top = max(b.rect.bottom for b in subs) + relations_h
    grid = grid_of(ts, plan, x, cards_top, w, rows, grow)
    if grid is None:
        return None
    y = cards_top + grid.height + (m.gap if grid.rows else 0.0)
    tiers = []
    for kind in _tier_kinds(plan):
        tier = parts.tier(ts, plan, kind, x, y, w)
        if tier is None:
            return None
        tiers.append(tier)
        y = tier.rect.bottom + m.gap
    legend = (_corner_legend(ts, plan, grid, x + w) if tucked else None) or parts.legend(ts, plan, x, y, w) or ()
    bottom = max([y - m.gap, *(e.text.rect.bottom for e in legend)]) + m.margin
    fan_y = cards_top - min(relations_h * 0.15, m.px * 0.6)
    approach = min(relations_h * 0.45, max(relations_h * 0.3, 1.2 * (m.marker + m.arrow)))
    paths = route(subs, grid, plan.relations, fan_y, approach)
    return Layout(frame.width, max(frame.height, bottom), m, banner, subs, grid.cards, tuple(tiers), paths, legend)
