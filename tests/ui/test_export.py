"""Export of the schema to PNG, SVG and PDF: files are written, complete, and errors are Dutch."""

from __future__ import annotations

from pathlib import Path

import defusedxml.ElementTree as ET
import pytest
from PySide6.QtGui import QImage

from tests.ui.test_canvas_fixtures import make_document
from ui.canvas.export import A4_LONG_SIDE_PX, ExportError, export_document, export_schema
from ui.canvas.scene import SchemaScene
from ui.selection import Selection
from ui.theme import LAPTOP, PROJECTOR


@pytest.fixture
def scene(qapp: object) -> SchemaScene:
    scene = SchemaScene(make_document(), PROJECTOR, Selection())
    scene.set_size(1600, 900)
    return scene


def test_png_is_print_resolution(scene: SchemaScene, tmp_path: Path) -> None:
    path = export_schema(scene, tmp_path / "schema.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (A4_LONG_SIDE_PX, round(900 * A4_LONG_SIDE_PX / 1600))
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert image.pixelColor(5, 5).name().upper() == PROJECTOR.background.upper()


def test_small_scenes_are_at_least_doubled(qapp: object, tmp_path: Path) -> None:
    scene = SchemaScene(make_document(), LAPTOP, Selection())
    scene.set_size(4000, 2250)
    image = QImage(str(export_schema(scene, tmp_path / "groot.PNG")))
    assert image.width() == 8000


def test_svg_is_vector_xml_with_the_texts(scene: SchemaScene, tmp_path: Path) -> None:
    path = export_schema(scene, tmp_path / "schema.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = path.read_text(encoding="utf-8")
    assert "Ruimte &amp; plekken" in text and "Randvoorwaardelijk voor alle deelambities" in text
    assert "<image" not in text  # painted as vectors, not from the item caches


def test_pdf_is_a4_landscape(scene: SchemaScene, tmp_path: Path) -> None:
    path = export_schema(scene, tmp_path / "schema.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert b"/MediaBox [0 0 842" in data  # A4 landscape: 842 x 595 points


def test_export_document_lays_out_afresh_for_print(qapp: object, tmp_path: Path) -> None:
    path = export_document(make_document(), tmp_path / "afdruk.pdf")
    assert path.stat().st_size > 2000


def test_unknown_suffix_is_refused_in_dutch(scene: SchemaScene, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="eindigt op .png, .svg of .pdf"):
        export_schema(scene, tmp_path / "schema.docx")


def test_missing_folder_is_refused_in_dutch(scene: SchemaScene, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="bestaat niet"):
        export_schema(scene, tmp_path / "weg" / "schema.png")


def test_failed_write_leaves_no_temporary_files(scene: SchemaScene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QImage, "save", lambda *args: False)
    with pytest.raises(ExportError, match="Kon 'schema.png' niet opslaan"):
        export_schema(scene, tmp_path / "schema.png")
    assert list(tmp_path.iterdir()) == []


def test_overwrites_an_existing_export(scene: SchemaScene, tmp_path: Path) -> None:
    target = tmp_path / "schema.svg"
    target.write_text("oud", encoding="utf-8")
    export_schema(scene, target)
    assert target.read_text(encoding="utf-8").startswith("<?xml") and [p.name for p in tmp_path.iterdir()] == ["schema.svg"]
