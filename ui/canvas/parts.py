"""The parts of the schema house, each laid out across the full width at a given top (pure, no Qt)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ui.canvas import texts
from ui.canvas.geometry import LINE_FACTOR, Rect, TextBlock
from ui.canvas.grid import block_content, is_group
from ui.canvas.plan import FOUNDATION, Plan
from ui.canvas.subs import columns
from ui.canvas.typeset import Box, Part, Typesetter


@dataclass(frozen=True)
class Tier:
    """The foundation or the band: a full-width shape with a caption and one segment per bouwsteen."""

    kind: str
    rect: Rect
    caption: TextBlock
    segments: tuple[Box, ...]


@dataclass(frozen=True)
class LegendEntry:
    """One legend item: a sample drawing of `key` (a relation type value or 'group') and its text."""

    key: str
    sample: Rect
    text: TextBlock


def banner(ts: Typesetter, plan: Plan, x: float, y: float, w: float) -> Box | None:
    """The hoofdambitie across the top, with its name in the chip."""
    text = plan.ambition or (texts.AMBITION_EMPTY if plan.instructions else texts.AMBITION_EMPTY_ROOM)
    parts = [Part(text, ts.metrics.px, italic=not plan.ambition)]
    chip = Part(texts.AMBITION_TAG, ts.metrics.small) if ts.show_ids else None
    return ts.box("H", "ambition", Rect(x, y, w, 0), parts, chip=chip)


def tier(ts: Typesetter, plan: Plan, kind: str, x: float, y: float, w: float) -> Tier | None:
    """A caption cell on the left and the tier's bouwstenen as segments across the rest: the lowest that fits."""
    caption = Part(texts.FOUNDATION_CAPTION if kind == FOUNDATION else texts.BAND_CAPTION, ts.metrics.px)
    fits = []
    for cap_w in _caption_widths(ts, caption, w):
        found = _tier_at(ts, plan, kind, (x, y, w), caption, cap_w)
        if found is not None and len(found.caption.lines) == 1:
            return found  # the caption on one line: nothing lower
        fits += [found] if found else []
    return min(fits, key=lambda t: t.rect.h, default=None)


def _caption_widths(ts: Typesetter, caption: Part, w: float) -> list[float]:
    """Caption cell widths to try: the narrowest for one, two and three lines, at most half the width."""
    widths = {min(w * 0.5, text_w + 2 * ts.metrics.pad) for n in (1, 2, 3) if (text_w := ts.narrowest(caption, n))}
    return sorted(widths, reverse=True)


def _tier_at(ts: Typesetter, plan: Plan, kind: str, area: tuple[float, float, float], caption: Part, cap_w: float) -> Tier | None:
    (x, y, w), m, blocks = area, ts.metrics, plan.tier_blocks(kind)
    seg_rects = columns(x + cap_w, y + m.pad / 2, w - cap_w - m.pad / 2, len(blocks), m.gap)
    content = [block_content(b, ts) for b in blocks]
    measured = ts.heights([(r.w, chip, p) for r, (chip, p) in zip(seg_rects, content, strict=True)])
    cap_h = ts.height(cap_w, [caption])
    if cap_h is None or measured is None:
        return None
    seg_h, beside = max([cap_h - m.pad, *measured[0]]), measured[1]
    stacked = ts.stack(Rect(x, y, cap_w, 0), [caption], seg_h + m.pad)
    segments = [
        ts.box(b.id, kind, r, p, chip=chip, group=is_group(b), min_h=seg_h, beside=beside)
        for b, r, (chip, p) in zip(blocks, seg_rects, content, strict=True)
    ]
    if stacked is None or None in segments:
        return None
    return Tier(kind, Rect(x, y, w, seg_h + m.pad), stacked.texts[0], tuple(s for s in segments if s is not None))


def legend(ts: Typesetter, plan: Plan, x: float, y: float, w: float) -> tuple[LegendEntry, ...] | None:
    """The legend entries flowing in centred rows."""
    m = ts.metrics
    sample_w, text_max = 2.6 * m.px, w - 2.6 * m.px - m.pad
    labels = {**{k.value: v for k, v in texts.RELATION_LABELS.items()}, "group": texts.GROUP_LEGEND}
    items = [(key, Part(labels[key], m.px)) for key in plan.legend]
    wrapped = [ts.lines(part, text_max) for _, part in items]
    if text_max <= 0 or any(lines is None for lines in wrapped):
        return None
    widths = [min(ts.width_of(part), text_max) for _, part in items]
    entries: list[LegendEntry] = []
    for row in _flow([sample_w + m.pad + tw for tw in widths], w, 1.2 * m.px):
        row_entries = _legend_row(ts, [(items[i], wrapped[i] or (), widths[i]) for i in row], x, y, w, sample_w)
        entries += row_entries
        y = max(e.text.rect.bottom for e in row_entries) + m.pad * 0.5
    return tuple(entries)


def _flow(widths: list[float], w: float, spacing: float) -> list[list[int]]:
    """Indices of items per row when flowing items of these widths into rows of width w."""
    rows: list[list[int]] = []
    used = math.inf
    for i, width in enumerate(widths):
        if used + spacing + width > w:
            rows.append([])
            used = -spacing
        rows[-1].append(i)
        used += spacing + width
    return rows


def _legend_row(ts: Typesetter, row: list, x: float, y: float, w: float, sample_w: float) -> list[LegendEntry]:
    m, line_h = ts.metrics, ts.metrics.px * LINE_FACTOR
    spacing = 1.2 * m.px
    total = sum(sample_w + m.pad + text_w for _, _, text_w in row) + spacing * (len(row) - 1)
    left, entries = x + (w - total) / 2, []
    for (key, part), lines, text_w in row:
        area = Rect(left + sample_w + m.pad, y, text_w, line_h * len(lines))
        entries.append(LegendEntry(key, Rect(left, y, sample_w, line_h), TextBlock(part.text, lines, part.px, False, area)))
        left += sample_w + m.pad + text_w + spacing
    return entries
