"""An empty model on a view for the room (projector, presentation, export) shows no facilitator instructions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.canvas import texts
from ui.canvas.export import export_document
from ui.canvas.items import ROLE_NAME
from ui.canvas.layout import Layout
from ui.canvas.scene import SchemaScene
from ui.canvas.view import SchemaView
from ui.document import Document
from ui.selection import Selection
from ui.theme import LAPTOP, PROJECTOR
from workshop.trajectory import Trajectory

INSTRUCTIONS = ("klik", "rechtermuisknop")


def empty() -> Document:
    return Document(Trajectory(name="Leeg"))


def shown_texts(scene: SchemaScene) -> list[str]:
    """Every text drawn, every tooltip and every accessible name of the scene."""
    layout = scene.layout
    assert layout is not None
    items = scene.element_items().values()
    return [t.text for t in layout.text_blocks()] + [i.toolTip() for i in items] + [str(i.data(ROLE_NAME)) for i in items]


@pytest.fixture
def view_of(qtbot):  # type: ignore[no-untyped-def]
    """Makes views on an empty model; they live until the test's teardown (never collected mid-paint)."""
    views: list[SchemaView] = []

    def make(interactive: bool, pointing: bool = False) -> SchemaView:
        view = SchemaView(empty(), LAPTOP if interactive else PROJECTOR, Selection(), interactive=interactive, pointing=pointing)
        views.append(view)
        qtbot.addWidget(view)
        view.resize(1024, 768)
        view.show()
        qtbot.waitExposed(view)
        view.flush_layout()
        return view

    yield make
    for view in views:
        view.close()


@pytest.mark.parametrize("pointing", [False, True])
def test_the_room_sees_neutral_placeholders(view_of, pointing: bool) -> None:  # type: ignore[no-untyped-def]
    scene = view_of(interactive=False, pointing=pointing).schema
    shown = " ".join(shown_texts(scene)).lower()
    assert not any(word in shown for word in INSTRUCTIONS)
    assert texts.AMBITION_EMPTY_ROOM in shown_texts(scene) and texts.SUBS_EMPTY_ROOM in shown_texts(scene)


def test_the_facilitator_still_gets_the_instructions(view_of) -> None:  # type: ignore[no-untyped-def]
    shown = shown_texts(view_of(interactive=True).schema)
    assert texts.AMBITION_EMPTY in shown and texts.SUBS_EMPTY in shown


def test_the_neutral_text_sits_inside_its_box(view_of) -> None:  # type: ignore[no-untyped-def]
    layout: Layout | None = view_of(interactive=False).schema.layout
    assert layout is not None
    for box in (layout.banner, *layout.subs):
        text = box.texts[0]
        assert box.rect.contains(text.rect) and text.lines and text.italic


def test_an_exported_empty_schema_has_no_instructions(qapp: object, tmp_path: Path) -> None:
    svg = export_document(empty(), tmp_path / "leeg.svg").read_text(encoding="utf-8")
    assert "dubbelklik" not in svg and "rechtermuisknop" not in svg and "Nog geen hoofdambitie." in svg
