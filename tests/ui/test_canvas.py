"""SchemaScene follows the Document (commands, undo, replace) and the shared Selection."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from tests.ui.test_canvas_fixtures import document, make_document, selection, sociale_basis_theory  # noqa: F401 - shared fixtures
from ui.canvas.fonts import schema_font
from ui.canvas.items import ROLE_ID, ROLE_NAME, Emphasis
from ui.canvas.scene import SchemaScene
from ui.document import Document
from ui.selection import Selection
from ui.theme import LAPTOP, PROJECTOR
from workshop import theory_edits as edits
from workshop.theory import RelationType
from workshop.trajectory import Trajectory

BLOCKS = [f"B{n}" for n in range(1, 11)]
SUBS = ["D1", "D2", "D3", "D4", "D5"]


@pytest.fixture
def scene(qapp: object, document: Document, selection: Selection) -> SchemaScene:
    scene = SchemaScene(document, LAPTOP, selection)
    scene.set_size(1600, 900)
    return scene


def label_of(scene: SchemaScene, element_id: str) -> str:
    item = scene.element_item(element_id)
    assert item is not None and item.box is not None
    return next(t.text for t in item.box.texts if t.bold or t.px == item.metrics.px)


def test_every_element_gets_an_item(scene: SchemaScene) -> None:
    assert set(scene.element_items()) == {"H", *SUBS, *BLOCKS}
    assert len(scene.relation_items()) == 29
    assert scene.tier_item("foundation") is not None and scene.tier_item("band") is not None
    assert scene.element_item("B1").kind == "foundation" and scene.element_item("B4").kind == "band"  # type: ignore[union-attr]
    assert scene.relation_item("B1-D1") is None  # drawn as the plinth, not as a line


def test_add_block_then_undo(scene: SchemaScene, document: Document) -> None:
    document.push(edits.add_block(document.trajectory, "Buurtkracht"))
    card = scene.element_item("B11")
    assert card is not None and card.kind == "card" and card.box is not None and card.box.group
    assert "Eigen bouwsteen B11" in card.data(ROLE_NAME)
    document.stack.undo()
    assert scene.element_item("B11") is None


def test_rename_changes_label_text(scene: SchemaScene, document: Document) -> None:
    document.push(edits.edit_sub_ambition("D4", "name", "Plezier maken"))
    assert label_of(scene, "D4") == "Plezier maken"
    document.stack.undo()
    assert label_of(scene, "D4") == "Ontspanning en plezier"


def test_remove_block_removes_its_relation_items_and_undo_restores(scene: SchemaScene, document: Document) -> None:
    keys = {"B5-D1", "B5-D2", "B5-D3", "B5-D4", "B5-D5"}
    assert keys <= set(scene.relation_items())
    document.push(edits.remove_block(document.trajectory, "B5"))
    assert scene.element_item("B5") is None and not keys & set(scene.relation_items())
    document.stack.undo()
    assert scene.element_item("B5") is not None and keys <= set(scene.relation_items())


def test_retyping_a_relation_restyles_its_line(scene: SchemaScene, document: Document) -> None:
    document.push(edits.set_relation(document.trajectory, "B5", "D1", RelationType.INDIRECT))
    item = scene.relation_item("B5-D1")
    assert item is not None and item.path is not None and item.path.type == RelationType.INDIRECT
    assert "indirect" in item.toolTip()


def test_a_new_deelambitie_keeps_the_house_standing(scene: SchemaScene, document: Document) -> None:
    document.push(edits.add_sub_ambition(document.trajectory, "Gezondheid"))
    new_id = document.trajectory.theory.sub_ambitions[-1].id
    assert scene.tier_item("foundation") is not None and scene.element_item(new_id) is not None
    assert scene.element_item("B1").kind != "card"  # type: ignore[union-attr]
    document.stack.undo()
    assert scene.tier_item("foundation") is not None and scene.element_item(new_id) is None


def test_replaced_document_rebuilds(scene: SchemaScene, document: Document) -> None:
    document.replace(Trajectory(theory=sociale_basis_theory(3)), None)
    assert {"B11", "B12", "B13"} <= set(scene.element_items())


def test_other_changes_do_not_relayout(scene: SchemaScene, document: Document, qtbot: object) -> None:
    layout = scene.layout
    document.changed.emit(frozenset({"sessions"}))
    assert scene.layout is layout


def emphasis(scene: SchemaScene, element_id: str) -> Emphasis:
    item = scene.element_item(element_id) or scene.relation_item(element_id)
    assert item is not None, element_id
    return item.emphasis


def test_selecting_a_block_highlights_its_relations_and_dims_the_rest(scene: SchemaScene, selection: Selection) -> None:
    selection.select("B5")
    assert emphasis(scene, "B5") == Emphasis.SELECTED
    assert all(emphasis(scene, f"B5-{d}") == Emphasis.FOCUS for d in SUBS)
    assert all(emphasis(scene, d) == Emphasis.FOCUS for d in SUBS)
    assert emphasis(scene, "B6-D1") == Emphasis.DIM and emphasis(scene, "B3") == Emphasis.DIM
    assert scene.relation_item("B5-D1").zValue() > scene.relation_item("B6-D1").zValue()  # type: ignore[union-attr]
    foreground = LAPTOP.foreground
    assert scene.element_item("B3").colour(foreground).name() != foreground.lower()  # type: ignore[union-attr]
    assert scene.element_item("B5").colour(foreground).name() == foreground.lower()  # type: ignore[union-attr]
    assert scene.tier_item("foundation").dim  # type: ignore[union-attr]


def test_selecting_a_deelambitie_highlights_every_feeding_block(scene: SchemaScene, selection: Selection) -> None:
    selection.select("D4")
    feeding = {"B1", "B2", "B4", "B5", "B8", "B9", "B10"}
    assert {b for b in BLOCKS if emphasis(scene, b) == Emphasis.FOCUS} == feeding
    assert {b for b in BLOCKS if emphasis(scene, b) == Emphasis.DIM} == {"B3", "B6", "B7"}
    assert emphasis(scene, "B5-D4") == Emphasis.FOCUS and emphasis(scene, "B5-D1") == Emphasis.DIM
    assert not scene.tier_item("foundation").dim  # type: ignore[union-attr]


def test_hover_overrides_selection_until_the_pointer_leaves(scene: SchemaScene, selection: Selection) -> None:
    selection.select("D1")
    scene.set_hover("B7")
    assert emphasis(scene, "B7") == Emphasis.SELECTED and emphasis(scene, "D4") == Emphasis.DIM
    scene.set_hover(None)
    assert emphasis(scene, "D1") == Emphasis.SELECTED and emphasis(scene, "B7") == Emphasis.FOCUS


def test_clearing_the_selection_shows_everything_normally(scene: SchemaScene, selection: Selection) -> None:
    selection.select("B5")
    selection.clear()
    assert all(item.emphasis == Emphasis.NORMAL for item in scene.element_items().values())
    assert all(item.emphasis == Emphasis.NORMAL for item in scene.relation_items().values())
    assert not scene.tier_item("band").dim  # type: ignore[union-attr]


def test_every_item_has_an_accessible_name_and_tooltip(scene: SchemaScene) -> None:
    items = [*scene.element_items().values(), *scene.relation_items().values()]
    for item in items:
        assert item.data(ROLE_ID) and item.data(ROLE_NAME) and item.toolTip(), item.data(ROLE_ID)
    assert scene.relation_item("B7-D5").toolTip() == "Mantelzorg heeft een wisselwerking met Eigenaarschap, zeggenschap en eigen regie"  # type: ignore[union-attr]
    legend = scene.legend_item()
    assert legend is not None and "Wisselwerking" in legend.data(ROLE_NAME)
    assert scene.tier_item("foundation").toolTip() == "Randvoorwaardelijk voor alle deelambities"  # type: ignore[union-attr]


@pytest.mark.parametrize("theme", [LAPTOP, PROJECTOR])
@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080), (3840, 2160)])
def test_text_fits_with_real_font_metrics(qapp: object, document: Document, theme: object, width: int, height: int) -> None:
    scene = SchemaScene(make_document(40), theme, Selection())  # type: ignore[arg-type]
    scene.set_size(width, height)
    layout = scene.layout
    assert layout is not None and layout.height == height
    for block in layout.text_blocks():
        metrics = QFontMetricsF(schema_font(theme.font_families, block.px, block.bold))  # type: ignore[attr-defined]
        assert all(metrics.horizontalAdvance(line) <= block.rect.w + 0.5 for line in block.lines), block.text


def test_projector_text_is_at_least_3_5_percent_of_the_screen_height(qapp: object, document: Document) -> None:
    scene = SchemaScene(document, PROJECTOR, Selection())
    scene.set_size(1920, 1080)
    layout = scene.layout
    assert layout is not None and not layout.below_minimum
    labels = [b for b in layout.text_blocks() if b.px == layout.metrics.px]
    assert len(labels) > 20 and all(b.px >= 0.035 * 1080 for b in labels)
    assert all(b.px >= 0.75 * 0.035 * 1080 for b in layout.text_blocks())
    assert not any(item.box.chip for item in scene.element_items().values() if item.box)  # ids hidden for the room


def test_switching_theme_restyles(scene: SchemaScene) -> None:
    scene.set_theme(PROJECTOR)
    assert scene.backgroundBrush().color().name().upper() == PROJECTOR.background.upper()
    assert all(item.theme is PROJECTOR for item in scene.element_items().values())
