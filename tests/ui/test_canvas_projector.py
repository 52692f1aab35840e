"""The projector schema with real fonts: 3.5 % text from 1024x768 to 4K, graceful shrinking, and one layout at start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from tests.ui.test_canvas_fixtures import make_document
from tests.ui.test_layout import SIZES, assert_sound
from ui.canvas.fonts import schema_font
from ui.canvas.layout import Layout
from ui.canvas.scene import SchemaScene
from ui.canvas.view import SchemaView
from ui.document import Document
from ui.selection import Selection
from ui.theme import LAPTOP, PROJECTOR, Theme
from workshop.content import new_trajectory


def real_measure(theme: Theme):  # type: ignore[no-untyped-def]
    """Width of a line with QFontMetrics, as the items paint it."""
    return lambda text, px, bold: QFontMetricsF(schema_font(theme.font_families, px, bold)).horizontalAdvance(text)


def projector_layout(document: Document, width: int, height: int) -> Layout:
    scene = SchemaScene(document, PROJECTOR, Selection(), size=None)
    scene.set_size(width, height)
    assert scene.layout is not None
    return scene.layout


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_built_in_model_reaches_3_5_percent_everywhere(qapp: object, width: int, height: int) -> None:
    layout = projector_layout(Document(new_trajectory()), width, height)
    assert not layout.below_minimum and layout.height == height
    assert all(block.px >= 0.035 * height for block in layout.text_blocks())  # legend and captions included
    assert_sound(layout, width, height, real_measure(PROJECTOR), tolerance=0.5)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_fifty_blocks_shrink_gracefully_and_say_so(qapp: object, width: int, height: int) -> None:
    layout = projector_layout(make_document(40), width, height)
    assert layout.below_minimum and layout.height == height
    assert_sound(layout, width, height, real_measure(PROJECTOR), tolerance=0.5)


@pytest.mark.parametrize(("width", "height"), [(700, 700), (420, 560)])
def test_narrow_laptop_canvas_keeps_words_whole(qapp: object, width: int, height: int) -> None:
    scene = SchemaScene(Document(new_trajectory()), LAPTOP, Selection(), size=(width, height))
    assert scene.layout is not None
    assert_sound(scene.layout, scene.layout.width, scene.layout.height, real_measure(LAPTOP), tolerance=0.5)


def test_a_scene_without_size_lays_out_on_the_first_lookup(qapp: object) -> None:
    scene = SchemaScene(Document(new_trajectory()), PROJECTOR, Selection(), size=None)
    assert scene.layout is None
    assert scene.element_item("B5") is not None and scene.layout is not None


def test_a_view_lays_out_once_when_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SchemaView(Document(new_trajectory()), PROJECTOR, Selection(), interactive=False)
    qtbot.addWidget(view)
    layouts: list[tuple[float, float]] = []
    view.schema.layoutChanged.connect(lambda: layouts.append((view.schema.width(), view.schema.height())))
    view.resize(1024, 768)
    view.show()
    qtbot.waitUntil(lambda: bool(layouts))
    assert layouts == [(1024.0, 768.0)]
    assert view.schema.layout is not None and not view.schema.layout.below_minimum
