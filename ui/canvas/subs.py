"""The deelambities: one row, or two staggered rows whose lower row leaves windows for the lines above (pure).

Two rows (3 + 2 for five) are for screens too narrow for every deelambitie side by side at the minimum
text size. The upper row spans the width; the lower row is sized to its text and spread out, so each
upper deelambitie keeps an open piece of its bottom edge where its lines arrive.
"""

from __future__ import annotations

from collections import Counter

from ui.canvas import texts
from ui.canvas.geometry import Rect, open_span
from ui.canvas.plan import Plan
from ui.canvas.typeset import MAX_LABEL_LINES, Box, Part, Typesetter
from workshop.theory import SubAmbition


def columns(x: float, y: float, w: float, n: int, gap: float) -> list[Rect]:
    """`n` equal columns across `w` with `gap` between them (height 0)."""
    col_w = (w - (n - 1) * gap) / n
    return [Rect(x + i * (col_w + gap), y, col_w, 0) for i in range(n)]


def sub_rows(ts: Typesetter, plan: Plan, x: float, y: float, w: float, rows: int = 1) -> tuple[Box, ...] | None:
    """The deelambities in one row or two; a hint when there are none; None when they do not fit."""
    if not plan.subs:
        text = texts.SUBS_EMPTY if plan.instructions else texts.SUBS_EMPTY_ROOM
        hint = ts.box("", "hint", Rect(x, y, w, 0), [Part(text, ts.metrics.small, italic=True)])
        return None if hint is None else (hint,)
    if rows == 1 or len(plan.subs) < 3:
        return _row(ts, plan.subs, columns(x, y, w, len(plan.subs), ts.metrics.gap))
    return _two_rows(ts, plan, x, y, w)


def _content(ts: Typesetter, sub: SubAmbition) -> tuple[Part | None, list[Part]]:
    return ts.chip(sub.id), [Part(sub.name, ts.metrics.px, bold=True)]


def _row(ts: Typesetter, subs: tuple[SubAmbition, ...], rects: list[Rect]) -> tuple[Box, ...] | None:
    """Deelambities in these rectangles, all as tall as the tallest."""
    content = [_content(ts, s) for s in subs]
    measured = ts.heights([(r.w, chip, p) for r, (chip, p) in zip(rects, content, strict=True)])
    if measured is None:
        return None
    tallest, beside = max(measured[0]), measured[1]
    boxes = [
        ts.box(s.id, "sub", r, p, chip=chip, min_h=tallest, beside=beside)
        for s, r, (chip, p) in zip(subs, rects, content, strict=True)
    ]
    return None if None in boxes else tuple(b for b in boxes if b is not None)


def _two_rows(ts: Typesetter, plan: Plan, x: float, y: float, w: float) -> tuple[Box, ...] | None:
    """Upper row sized to its text across the width, lower row sized to its text and spread out: fewest lines first."""
    lower_n = (len(plan.subs) - 1) // 2
    upper, lower = plan.subs[: len(plan.subs) - lower_n], plan.subs[len(plan.subs) - lower_n :]
    share = (w - (len(upper) - 1) * ts.metrics.gap) / len(upper)
    widen = (True, False) if any(ts.may_shrink(_content(ts, s)[1][0]) for s in upper) else (False,)
    for top_lines in range(1, MAX_LABEL_LINES + 1):
        tops = [top for widened in widen if (top := _fitted_row(ts, upper, (x, y, w), top_lines, share, widened))]
        for lines in range(1, MAX_LABEL_LINES + 1):  # fewer lines below beat a wider long word above
            for top in tops:
                if both := _with_lower(ts, plan, top, lower, (x, w, lines), share):
                    return both
    return None


def _with_lower(
    ts: Typesetter, plan: Plan, top: tuple[Box, ...], lower: tuple[SubAmbition, ...], row: tuple[float, float, int], share: float,
) -> tuple[Box, ...] | None:
    """`top` with the lower row in `lines` lines under it, if every upper deelambitie stays open enough for its lines."""
    (x, w, lines), below_y = row, max(b.rect.bottom for b in top) + ts.metrics.gap
    bottom = _spread_row(ts, lower, (x, below_y, w), lines, share)
    return top + bottom if bottom is not None and _open_enough(ts, plan, top, bottom) else None


def _fitted_row(
    ts: Typesetter, subs: tuple[SubAmbition, ...], area: tuple[float, float, float], lines: int, share: float, widen: bool,
) -> tuple[Box, ...] | None:
    """A full-width row whose boxes are as wide as `lines` lines of their text need, plus an equal share of the rest.

    A label that may be drawn smaller is at most `share` wide; `widen` first gives it what the others leave.
    """
    (x, y, w), gap = area, ts.metrics.gap
    room, naturals = w - gap * (len(subs) - 1), _widths(ts, subs, lines)
    if naturals is None or sum(widths := _capped(ts, subs, naturals, share)) > room:
        return None
    widths = _widened(widths, naturals, room) if widen else widths
    extra = (room - sum(widths)) / len(subs)
    lefts = [x + sum(widths[:i]) + i * (extra + gap) for i in range(len(subs))]
    return _row(ts, subs, [Rect(left, y, width + extra, 0) for left, width in zip(lefts, widths, strict=True)])


def _spread_row(
    ts: Typesetter, subs: tuple[SubAmbition, ...], area: tuple[float, float, float], lines: int, share: float,
) -> tuple[Box, ...] | None:
    """A row of boxes just wide enough for `lines` lines, with equal windows before, between and after them."""
    x, y, w = area
    naturals = _widths(ts, subs, lines)
    if naturals is None or sum(widths := _capped(ts, subs, naturals, share)) > w:
        return None
    window = (w - sum(widths)) / (len(widths) + 1)
    lefts = [x + window * (i + 1) + sum(widths[:i]) for i in range(len(widths))]
    return _row(ts, subs, [Rect(left, y, width, 0) for left, width in zip(lefts, widths, strict=True)])


def _widths(ts: Typesetter, subs: tuple[SubAmbition, ...], lines: int) -> list[float] | None:
    """Box widths that wrap each deelambitie into at most `lines` lines (the id chip above the name)."""
    widths = []
    for sub in subs:
        chip, parts = _content(ts, sub)
        text_w = ts.narrowest(parts[0], lines)
        if text_w is None:
            return None
        widths.append(max(text_w + 2 * ts.metrics.pad, _least(ts, chip)))
    return widths


def _least(ts: Typesetter, chip: Part | None) -> float:
    """The narrowest box that still holds its id chip (or only its padding)."""
    return (0.0 if chip is None else ts.width_of(chip)) + 2 * ts.metrics.pad


def _capped(ts: Typesetter, subs: tuple[SubAmbition, ...], widths: list[float], share: float) -> list[float]:
    """The widths, with a label that may be drawn smaller (a too long word) no wider than an equal `share` of a row.

    Its word is then drawn smaller in its own box, instead of the whole schema getting smaller text.
    """
    return [
        min(width, max(share, _least(ts, chip))) if ts.may_shrink(parts[0]) else width
        for width, (chip, parts) in zip(widths, (_content(ts, s) for s in subs), strict=True)
    ]


def _widened(widths: list[float], naturals: list[float], room: float) -> list[float]:
    """Capped widths grown back towards what their text needs, as far as `room` lasts."""
    widths = list(widths)
    for i, natural in enumerate(naturals):
        widths[i] += max(0.0, min(natural - widths[i], room - sum(widths)))
    return widths


def _open_enough(ts: Typesetter, plan: Plan, top: tuple[Box, ...], bottom: tuple[Box, ...]) -> bool:
    """Every upper deelambitie keeps an open bottom edge wide enough for the lines that arrive there."""
    m, arriving = ts.metrics, Counter(r.sub_ambition_id for r in plan.relations)
    below = [b.rect for b in bottom]
    for box in top:
        start, end = open_span(box.rect, below)
        if end - start < max(2 * m.px, (arriving[box.id] + 1) * m.port_spacing / 0.8):
            return False
    return True
