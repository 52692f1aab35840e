"""Pure geometry of the schema 'house': banner, deelambities, cards, band, foundation, legend and lines."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ui.canvas import parts
from ui.canvas.grid import card_grid, grid_of
from ui.canvas.geometry import Measure, Rect, TextBlock, heuristic_measure
from ui.canvas.parts import LegendEntry, Tier
from ui.canvas.plan import BAND, FOUNDATION, Plan
from ui.canvas.routing import RelationPath, route
from ui.canvas.typeset import Box, Metrics, Typesetter
from workshop.theory import Theory

FLOOR_PX = 9
"""The smallest text the layout ever uses (times the UI scale)."""
MAX_TEXT_FRACTION = 0.05
"""Default largest text size, as a fraction of the canvas height."""
SMALL = 0.75
"""Tags (ids, 'eigen bouwsteen') are this fraction of the label size."""


@dataclass(frozen=True)
class Layout:
    """Everything the scene draws, in scene pixels; `below_minimum` when text had to go under the minimum."""

    width: float
    height: float
    metrics: Metrics
    banner: Box
    subs: tuple[Box, ...]
    cards: tuple[Box, ...]
    tiers: tuple[Tier, ...]
    relations: tuple[RelationPath, ...]
    legend: tuple[LegendEntry, ...]
    below_minimum: bool = False

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
class _Frame:
    width: float
    height: float
    scale: float
    measure: Measure
    show_ids: bool = True

    def typesetter(self, px: int, small: int, force: bool = False) -> Typesetter:
        return Typesetter(Metrics(px, small, self.scale), self.measure, force, self.show_ids)


def compute_layout(
    theory: Theory, width: float, height: float, scale: float = 1.0, *,
    min_text_px: float | None = None, max_text_px: float | None = None, measure: Measure = heuristic_measure,
    show_ids: bool = True,
) -> Layout:
    """Lay the theory out in width x height with the largest text that fits.

    Labels get at least `min_text_px` and tags (ids, 'eigen bouwsteen') at least three quarters of it,
    unless that cannot fit: then the text shrinks to the floor and `below_minimum` is set.
    """
    plan, frame = Plan.of(theory), _Frame(width, height, scale, measure, show_ids)
    floor = max(6, round(FLOOR_PX * scale))
    low = max(floor, round(min_text_px or floor))
    high = max(low, round(max_text_px or height * MAX_TEXT_FRACTION))
    found = _largest(plan, frame, low, high, max(floor, round(low * SMALL)))
    if found is None and low > floor:
        below = _largest(plan, frame, floor, low - 1, floor)
        found = None if below is None else replace(below, below_minimum=True)
    forced = found or _build(plan, frame, frame.typesetter(floor, floor, force=True))
    if forced is None:
        raise ValueError(f"Het schema past niet in {width:.0f} x {height:.0f} pixels.")
    return forced


def _largest(plan: Plan, frame: _Frame, low: int, high: int, small_floor: int) -> Layout | None:
    """Binary search for the largest text size in [low, high] whose layout fits."""
    best: Layout | None = None
    while low <= high:
        px = (low + high) // 2
        layout = _build(plan, frame, frame.typesetter(px, max(small_floor, round(px * SMALL))))
        best, low, high = (best, low, px - 1) if layout is None else (layout, px + 1, high)
    return best


@dataclass(frozen=True)
class _Heights:
    banner: float
    subs: float
    tiers: tuple[float, ...]
    legend: float
    relations: float

    def fixed(self, m: Metrics) -> float:
        tiers = sum(h + m.gap for h in self.tiers)
        legend = self.legend + m.gap if self.legend else 0.0
        return 2 * m.margin + self.banner + m.gap + self.subs + self.relations + tiers + legend


def _tier_kinds(plan: Plan) -> list[str]:
    return [kind for kind in (BAND, FOUNDATION) if plan.tier_blocks(kind)]


def _measure(plan: Plan, frame: _Frame, ts: Typesetter) -> _Heights | None:
    """Natural heights of everything except the cards, or None when something does not fit."""
    m, w = ts.metrics, frame.width - 2 * ts.metrics.margin
    banner, subs, legend = parts.banner(ts, plan, 0, 0, w), parts.sub_row(ts, plan, 0, 0, w), parts.legend(ts, plan, 0, 0, w)
    tiers = [parts.tier(ts, plan, kind, 0, 0, w) for kind in _tier_kinds(plan)]
    if banner is None or subs is None or legend is None or None in tiers:
        return None
    legend_h = max((e.text.rect.bottom for e in legend), default=0.0)
    relations = max(2.6 * m.px, 40 * frame.scale)
    return _Heights(banner.rect.h, subs[0].rect.h, tuple(t.rect.h for t in tiers if t), legend_h, relations)


def _build(plan: Plan, frame: _Frame, ts: Typesetter) -> Layout | None:
    """One attempt at one text size: measure, fit the cards into what is left, share out the rest."""
    m, x, w = ts.metrics, ts.metrics.margin, frame.width - 2 * ts.metrics.margin
    heights = _measure(plan, frame, ts)
    if heights is None:
        return None
    avail = frame.height - heights.fixed(m)
    grid = card_grid(ts, plan, x, 0, w, avail if not ts.force else max(avail, 0.0))
    if grid is None:
        return None
    spare = max(0.0, avail - grid.height)
    extra_relations = min(spare * 0.6, max(0.0, frame.height * 0.22 - heights.relations))
    grow = 0.0 if not grid.rows else min((spare - extra_relations) * 0.5 / grid.rows, 1.5 * m.px)
    top = m.margin + max(0.0, spare - extra_relations - grow * grid.rows) / 2
    return _place(plan, frame, ts, top, heights.relations + extra_relations, grid.rows, grow)


def _place(plan: Plan, frame: _Frame, ts: Typesetter, y: float, relations_h: float, rows: int, grow: float) -> Layout | None:
    """Put every part at its final top, then route the lines."""
    m, x, w = ts.metrics, ts.metrics.margin, frame.width - 2 * ts.metrics.margin
    banner = parts.banner(ts, plan, x, y, w)
    subs = parts.sub_row(ts, plan, x, banner.rect.bottom + m.gap, w) if banner else None
    if banner is None or not subs:
        return None
    cards_top = subs[0].rect.bottom + relations_h
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
    legend = parts.legend(ts, plan, x, y, w) or ()
    bottom = max([y - m.gap, *(e.text.rect.bottom for e in legend)]) + m.margin
    fan_y = cards_top - min(relations_h * 0.15, m.px * 0.6)
    approach = min(relations_h * 0.45, max(relations_h * 0.3, 1.2 * (m.marker + m.arrow)))
    paths = route(subs, grid, plan.relations, fan_y, approach)
    return Layout(frame.width, max(frame.height, bottom), m, banner, subs, grid.cards, tuple(tiers), paths, legend)
