"""Pure layout tests of the projector's minimum text size: every text honours it, or the layout names what does not."""

from __future__ import annotations

import math
from functools import cache

import pytest

from tests.ui.test_canvas_fixtures import sociale_basis_theory
from tests.ui.test_layout import assert_sound
from ui.canvas.layout import Layout, compute_layout
from ui.canvas.texts import GROUP_TAG
from ui.theme import LAPTOP, PROJECTOR
from workshop import theory_edits as te
from workshop.commands import CommandStack
from workshop.content import new_trajectory
from workshop.demo import build_demo
from workshop.theory import RelationType, Theory

PROJECTOR_SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]
OWN_NAMES = [
    "Buurtbudget voor bewonersinitiatieven", "Samenwerking huisartsen en welzijn", "Digitale inclusie voor ouderen",
    "Jongerenwerk in de wijk", "Taalcafé", "Schuldhulp dichtbij", "Wijkrestaurant", "Sport en bewegen", "Burenhulp",
    "Cultuur voor iedereen",
]
LONG_WORD = "Ervaringsdeskundigheidsondersteuning"


@cache
def demo_theory() -> Theory:
    return build_demo().theory


@cache
def with_own_blocks(names: tuple[str, ...]) -> Theory:
    """The built-in model plus the group's own bouwstenen, each direct for D1 and in wisselwerking with D3."""
    t = new_trajectory("sociale-basis")
    stack = CommandStack(t)
    for name in names:
        stack.push(te.add_block(t, name))
        block_id = t.theory.blocks[-1].id
        stack.push(te.set_relation(t, block_id, "D1", RelationType.DIRECT))
        stack.push(te.set_relation(t, block_id, "D3", RelationType.INTERACTION))
    return t.theory


def on_projector(theory: Theory, width: int, height: int) -> Layout:
    return compute_layout(
        theory, width, height, min_text_px=PROJECTOR.min_text_px(height), max_text_px=PROJECTOR.max_text_px(height),
        show_ids=False,
    )


def assert_minimum_told(layout: Layout, minimum: float) -> None:
    """Every text is at least `minimum`, unless `below_minimum` is set and names exactly the elements that are not."""
    small = {b.id for b in layout.boxes() if any(t.px < minimum for t in b.all_texts())}
    loose = [t for t in layout.text_blocks() if t.px < minimum]
    assert layout.below_minimum == bool(loose)
    assert set(layout.below_minimum_ids) == small and len(layout.below_minimum_ids) == len(small)
    assert layout.all_below_minimum == (layout.metrics.px < minimum)
    if not layout.all_below_minimum:  # captions and legend are set at the common size
        assert all(t.px >= minimum for t in (*(tier.caption for tier in layout.tiers), *(e.text for e in layout.legend)))


THEORIES = {
    "demo": demo_theory,
    "1 eigen": lambda: with_own_blocks(tuple(OWN_NAMES[:1])),
    "4 eigen": lambda: with_own_blocks(tuple(OWN_NAMES[:4])),
    "10 eigen": lambda: with_own_blocks(tuple(OWN_NAMES)),
}


@pytest.mark.parametrize(("width", "height"), PROJECTOR_SIZES)
@pytest.mark.parametrize("name", list(THEORIES))
def test_projector_text_is_at_least_the_minimum_or_says_which_is_not(name: str, width: int, height: int) -> None:
    layout = on_projector(THEORIES[name](), width, height)
    minimum = PROJECTOR.min_text_px(height)
    assert layout.minimum == pytest.approx(minimum) and layout.height == height
    assert_minimum_told(layout, minimum)
    assert_sound(layout, width, height)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (3840, 2160)])
def test_the_own_bouwsteen_tag_is_never_smaller_than_the_minimum(width: int, height: int) -> None:
    layout = on_projector(demo_theory(), width, height)
    tags = [t for c in layout.cards for t in c.texts if t.text == GROUP_TAG]
    assert tags and not layout.below_minimum
    assert all(t.px >= PROJECTOR.min_text_px(height) for t in tags)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (3840, 2160)])
def test_one_long_word_shrinks_only_its_own_card(width: int, height: int) -> None:
    layout = on_projector(with_own_blocks((LONG_WORD,)), width, height)
    minimum = PROJECTOR.min_text_px(height)
    assert layout.below_minimum and layout.below_minimum_ids == ("B11",) and not layout.all_below_minimum
    long_label = next(t for t in layout.box("B11").texts if t.text == LONG_WORD)  # type: ignore[union-attr]
    assert long_label.px < minimum and long_label.lines == (LONG_WORD,)
    assert all(t.px >= minimum for t in layout.text_blocks() if t is not long_label)
    assert_sound(layout, width, height)


@pytest.mark.parametrize(("width", "height"), PROJECTOR_SIZES)
def test_a_long_word_costs_the_schema_no_more_than_a_short_name(width: int, height: int) -> None:
    long = on_projector(with_own_blocks((LONG_WORD,)), width, height)
    short = on_projector(with_own_blocks(("Taalcafé",)), width, height)
    assert long.metrics.px >= short.metrics.px
    assert len({c.rect.y for c in long.cards}) <= len({c.rect.y for c in short.cards})
    assert_minimum_told(long, PROJECTOR.min_text_px(height))


def test_a_minimum_with_decimals_is_rounded_up() -> None:
    layout = compute_layout(sociale_basis_theory(), 1920, 1080, min_text_px=37.2, show_ids=False)
    assert not layout.below_minimum and all(t.px >= 38 for t in layout.text_blocks())


def test_laptop_id_chips_and_tags_keep_the_minimum() -> None:
    layout = compute_layout(sociale_basis_theory(3), 1280, 800, min_text_px=LAPTOP.min_text_px(800), max_text_px=LAPTOP.max_text_px(800))
    chips = [b.chip for b in layout.boxes() if b.chip is not None]
    assert chips and not layout.below_minimum
    assert all(t.px >= 12 for t in layout.text_blocks())


def test_a_schema_shown_zoomed_out_is_below_the_minimum() -> None:
    layout = compute_layout(sociale_basis_theory(40), 300, 400, min_text_px=9)
    assert layout.width > 300 or layout.height > 400  # laid out larger: the view zooms out
    zoom = min(300 / layout.width, 400 / layout.height)
    assert layout.minimum == pytest.approx(9 / zoom)
    assert layout.below_minimum and layout.all_below_minimum


def test_without_a_minimum_nothing_is_below_it() -> None:
    layout = compute_layout(sociale_basis_theory(), 1280, 800)
    assert not layout.below_minimum and layout.below_minimum_ids == ()


@pytest.mark.parametrize(("width", "height"), PROJECTOR_SIZES)
@pytest.mark.parametrize("name", ["demo", "long"])
def test_the_same_with_the_real_fonts(qapp: object, name: str, width: int, height: int) -> None:
    from ui.canvas.fonts import qt_measure

    theory = demo_theory() if name == "demo" else with_own_blocks((LONG_WORD,))
    layout = compute_layout(
        theory, width, height, min_text_px=PROJECTOR.min_text_px(height), max_text_px=PROJECTOR.max_text_px(height),
        measure=qt_measure(PROJECTOR.font_families), show_ids=False,
    )
    assert_minimum_told(layout, PROJECTOR.min_text_px(height))
    if name == "long" and width > 1024:
        assert layout.below_minimum_ids == ("B11",)


@cache
def with_sub_name(sub_id: str, name: str) -> Theory:
    """The built-in model with one deelambitie renamed."""
    t = new_trajectory("sociale-basis")
    CommandStack(t).push(te.edit_sub_ambition(sub_id, "name", name))
    return t.theory


SUB_IDS = ["D1", "D2", "D3", "D4", "D5"]
"""On 1024x768 the deelambities sit in two rows: D1-D3 above, D4 and D5 below."""


@pytest.mark.parametrize(("width", "height"), PROJECTOR_SIZES)
@pytest.mark.parametrize("sub_id", SUB_IDS)
def test_a_long_word_in_a_deelambitie_costs_the_schema_nothing(sub_id: str, width: int, height: int) -> None:
    long = on_projector(with_sub_name(sub_id, LONG_WORD), width, height)
    plain = on_projector(new_trajectory("sociale-basis").theory, width, height)
    minimum = PROJECTOR.min_text_px(height)
    assert long.metrics.px >= min(plain.metrics.px, math.ceil(minimum))  # the minimum is reached without shrinking
    if not plain.below_minimum:
        assert set(long.below_minimum_ids) <= {sub_id}
    assert_minimum_told(long, minimum)
    assert_sound(long, width, height)


@pytest.mark.parametrize("sub_id", SUB_IDS)
def test_a_long_word_shrinks_only_its_own_deelambitie_on_1024_with_the_real_fonts(qapp: object, sub_id: str) -> None:
    from ui.canvas.fonts import qt_measure

    measure = qt_measure(PROJECTOR.font_families)
    long, plain = (
        compute_layout(theory, 1024, 768, min_text_px=PROJECTOR.min_text_px(768), max_text_px=PROJECTOR.max_text_px(768),
                       measure=measure, show_ids=False)
        for theory in (with_sub_name(sub_id, LONG_WORD), new_trajectory("sociale-basis").theory)
    )
    assert not plain.below_minimum and len({b.rect.y for b in plain.subs}) == 2  # two rows of deelambities
    assert long.metrics.px == plain.metrics.px and long.below_minimum_ids == (sub_id,)
    label = long.box(sub_id).texts[0]  # type: ignore[union-attr]
    assert label.text == LONG_WORD and label.lines == (LONG_WORD,) and label.px < long.minimum
    assert_sound(long, 1024, 768, measure)


def test_a_minimum_a_hair_above_a_whole_size_is_that_size() -> None:
    minimum = 0.035 * 800  # 28.000000000000004
    layout = compute_layout(sociale_basis_theory(), 1280, 800, min_text_px=minimum, max_text_px=minimum)
    assert layout.metrics.px == 28 and not layout.below_minimum and not layout.all_below_minimum
