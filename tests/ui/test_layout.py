"""Pure layout tests: no overlaps, everything inside the canvas, and all text fits (no Qt needed)."""

from __future__ import annotations

import itertools

import pytest

from ui.canvas.geometry import Measure

from tests.ui.test_canvas_fixtures import sociale_basis_theory
from ui.canvas.geometry import Rect, TextBlock, heuristic_measure
from ui.canvas.layout import Layout, compute_layout
from ui.canvas.plan import BAND, FOUNDATION, Plan, focus_of, tier_of
from workshop.theory import Relation, RelationType, SubAmbition, Theory

SIZES = [(1024, 768), (1280, 800), (1366, 768), (1920, 1080), (2560, 1440), (3840, 2160)]


def assert_text_fits(block: TextBlock, measure: Measure = heuristic_measure, tolerance: float = 0.01) -> None:
    """Every line fits the width, all lines fit the height, and no word went missing or was broken."""
    for line in block.lines:
        assert measure(line, block.px, block.bold) <= block.rect.w + tolerance, (line, block.rect)
    assert len(block.lines) * block.line_height <= block.rect.h + 0.01
    assert " ".join(block.lines).split() == block.text.split(), block.lines


def assert_sound(layout: Layout, width: float, height: float, measure: Measure = heuristic_measure, tolerance: float = 0.01) -> None:
    """No overlaps, everything inside the canvas, and every text fits its box."""
    canvas = Rect(0, 0, width, height)
    rects = layout.leaf_rects()
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), (a, b)
    assert all(canvas.contains(r) for r in rects)
    assert all(canvas.contains(t.rect) for t in layout.tiers)
    for box in layout.boxes():
        for block in box.all_texts():
            assert box.rect.contains(block.rect), (box.id, block.text)
    for block in layout.text_blocks():
        assert_text_fits(block, measure, tolerance)


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("extra", [0, 40])
def test_no_overlap_inside_canvas_and_text_fits(width: int, height: int, extra: int) -> None:
    layout = compute_layout(sociale_basis_theory(extra), width, height, 1.0)
    assert layout.height == height
    assert_sound(layout, width, height)


@pytest.mark.parametrize("extra", [0, 40])
def test_every_element_placed_once(extra: int) -> None:
    theory = sociale_basis_theory(extra)
    layout = compute_layout(theory, 1280, 800, 1.0)
    ids = [b.id for b in layout.boxes()]
    assert sorted(ids) == sorted(["H", *(d.id for d in theory.sub_ambitions), *(b.id for b in theory.blocks)])


def test_house_foundation_band_and_cards() -> None:
    layout = compute_layout(sociale_basis_theory(), 1920, 1080)
    tiers = {t.kind: [s.id for s in t.segments] for t in layout.tiers}
    assert tiers == {FOUNDATION: ["B1", "B2"], BAND: ["B4"]}
    assert [c.id for c in layout.cards] == ["B3", "B5", "B6", "B7", "B8", "B9", "B10"]
    foundation = next(t for t in layout.tiers if t.kind == FOUNDATION)
    band = next(t for t in layout.tiers if t.kind == BAND)
    lowest_card = max(c.rect.bottom for c in layout.cards)
    assert lowest_card <= band.rect.y < foundation.rect.y
    assert all(s.rect.bottom <= min(c.rect.y for c in layout.cards) for s in layout.subs)
    assert layout.banner.rect.bottom <= min(s.rect.y for s in layout.subs)


def test_tiers_span_the_width_and_carry_their_caption() -> None:
    layout = compute_layout(sociale_basis_theory(), 1920, 1080)
    for tier in layout.tiers:
        assert tier.rect.w == pytest.approx(1920 - 2 * layout.metrics.margin)
    captions = {t.kind: t.caption.text for t in layout.tiers}
    assert captions[FOUNDATION] == "Randvoorwaardelijk voor alle deelambities"
    assert captions[BAND] == "Ondersteunend voor alle deelambities"


def on_border(rect: Rect, x: float, y: float) -> bool:
    inside = rect.x - 0.01 <= x <= rect.right + 0.01 and rect.y - 0.01 <= y <= rect.bottom + 0.01
    return inside and min(abs(x - rect.x), abs(x - rect.right), abs(y - rect.y), abs(y - rect.bottom)) < 0.01


@pytest.mark.parametrize("extra", [0, 2, 40])
def test_lines_run_from_card_border_to_deelambitie(extra: int) -> None:
    layout = compute_layout(sociale_basis_theory(extra), 1920, 1080)
    assert len(layout.relations) == 44 - 15 + sum(1 + (n % 3 == 0) for n in range(11, 11 + extra))
    for path in layout.relations:
        card, sub = layout.box(path.block_id), layout.box(path.sub_id)
        assert card is not None and sub is not None
        assert on_border(card.rect, *path.points[0])
        (x1, y1) = path.points[-1]
        assert y1 == pytest.approx(sub.rect.bottom) and sub.rect.x <= x1 <= sub.rect.right


def segments_before_the_fan(points: tuple) -> list[Rect]:
    """The trunk of a line as thin rectangles: every segment up to the point where it fans out (third from last)."""
    trunk = points[:-2]
    rects = []
    for (xa, ya), (xb, yb) in zip(trunk, trunk[1:], strict=False):
        rects.append(Rect(min(xa, xb) - 0.5, min(ya, yb) - 0.5, abs(xb - xa) + 1, abs(yb - ya) + 1))
    return rects


@pytest.mark.parametrize(("extra", "rows"), [(0, 2), (2, 3), (40, None)])
def test_lines_never_run_behind_another_card(extra: int, rows: int | None) -> None:
    layout = compute_layout(sociale_basis_theory(extra), 1920, 1080)
    if rows is not None:
        assert len({c.rect.y for c in layout.cards}) == rows
    for path in layout.relations:
        others = [c.rect for c in layout.cards if c.id != path.block_id]
        for segment in segments_before_the_fan(path.points):
            assert not any(segment.intersects(o) for o in others), path.key


def test_tier_rule_is_generic() -> None:
    theory = sociale_basis_theory()
    assert (tier_of(theory, "B1"), tier_of(theory, "B4"), tier_of(theory, "B5")) == (FOUNDATION, BAND, None)
    theory.sub_ambitions.append(SubAmbition(id="D6", name="Nieuwe deelambitie"))
    assert tier_of(theory, "B1") is None  # no longer randvoorwaardelijk for *all* deelambities
    plan = Plan.of(theory)
    assert "B1" in [b.id for b in plan.cards]
    assert RelationType.PRECONDITION.value in plan.legend


def test_group_block_joins_the_band_when_supporting_everything() -> None:
    theory = sociale_basis_theory(1)
    theory.relations = [r for r in theory.relations if r.block_id != "B11"]
    theory.relations += [Relation(block_id="B11", sub_ambition_id=d.id, type=RelationType.SUPPORTING) for d in theory.sub_ambitions]
    layout = compute_layout(theory, 1920, 1080)
    band = next(t for t in layout.tiers if t.kind == BAND)
    assert [s.id for s in band.segments] == ["B4", "B11"] and band.segments[1].group


def test_min_text_px_is_honoured_when_it_fits() -> None:
    layout = compute_layout(sociale_basis_theory(), 1920, 1080, min_text_px=30, show_ids=False)
    assert not layout.below_minimum
    assert all(t.px >= 30 for t in layout.text_blocks())  # tags too: the minimum is the floor for every text


def test_impossible_minimum_shrinks_but_still_fits() -> None:
    layout = compute_layout(sociale_basis_theory(40), 1024, 768, min_text_px=60)
    assert layout.below_minimum
    assert_sound(layout, 1024, 768)


def test_scale_makes_spacing_and_floor_larger() -> None:
    small = compute_layout(sociale_basis_theory(40), 1024, 768, 1.0)
    large = compute_layout(sociale_basis_theory(40), 2048, 1536, 2.0)
    assert large.metrics.px >= 2 * small.metrics.px - 1
    assert_sound(large, 2048, 1536)


def test_empty_theory_still_lays_out() -> None:
    layout = compute_layout(Theory(), 1024, 768)
    assert layout.banner.texts[0].italic and layout.subs[0].kind == "hint"
    assert layout.cards == () and layout.tiers == () and layout.relations == ()
    assert_sound(layout, 1024, 768)


def test_focus_of_block_sub_and_relation() -> None:
    theory = sociale_basis_theory()
    assert focus_of(theory, None) is None and focus_of(theory, "H") is None
    assert focus_of(theory, "B5") == {"B5", "D1", "D2", "D3", "D4", "D5", "B5-D1", "B5-D2", "B5-D3", "B5-D4", "B5-D5"}
    feeding_d4 = {x for x in focus_of(theory, "D4") or () if x.startswith("B") and "-" not in x}
    assert feeding_d4 == {"B1", "B2", "B4", "B5", "B8", "B9", "B10"}
    assert focus_of(theory, "B7-D3") == {"B7-D3", "B7", "D3"}


def test_narrow_screen_puts_the_deelambities_in_two_rows_with_windows_for_the_lines() -> None:
    layout = compute_layout(sociale_basis_theory(), 1024, 768, min_text_px=24, show_ids=False)  # the real fonts reach 27
    assert not layout.below_minimum and layout.metrics.px >= 24
    assert len({s.rect.y for s in layout.subs}) == 2
    assert_sound(layout, 1024, 768)
    for path in layout.relations:
        (x, y0), (_, y1) = path.points[-2], path.points[-1]
        rise = Rect(x - 0.5, y1, 1, y0 - y1)
        assert not any(rise.intersects(s.rect) for s in layout.subs if s.id != path.sub_id), path.key


def test_wide_screen_keeps_one_row_of_deelambities() -> None:
    layout = compute_layout(sociale_basis_theory(), 1920, 1080, min_text_px=30, show_ids=False)
    assert len({s.rect.y for s in layout.subs}) == 1


@pytest.mark.parametrize(("width", "height"), [(300, 400), (400, 500), (600, 450)])
@pytest.mark.parametrize("extra", [0, 40])
def test_a_tiny_canvas_never_breaks_words(width: int, height: int, extra: int) -> None:
    layout = compute_layout(sociale_basis_theory(extra), width, height, min_text_px=12)
    assert_sound(layout, layout.width, layout.height)
