"""Writing an HTML text as an HTML, PDF or ODT document: images along, atomic, Dutch errors naming the file."""

from __future__ import annotations

import base64
import errno
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from ui.documents import DocumentError, write_document

PAGE = ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8" /><title>Proef</title></head><body>'
        '<h1>Proef</h1><p>Zoë’s eerste alinea &amp; meer.</p><p><img src="schema.png" alt="" /></p></body></html>')


def _image() -> QImage:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    return image


def test_html_carries_its_images_inline(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "proef.html"
    write_document(PAGE, path, {"schema.png": _image()})
    text = path.read_text(encoding="utf-8")
    assert 'src="schema.png"' not in text and 'src="data:image/png;base64,' in text
    data = text.split("base64,", 1)[1].split('"', 1)[0]
    assert QImage.fromData(base64.b64decode(data)).size() == _image().size()
    ET.fromstring(text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) ontbreekt")
def test_a_pdf_on_a4_with_the_text(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "proef.pdf"
    write_document(PAGE, path, {"schema.png": _image()})
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Zoë’s eerste alinea & meer." in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info and "Title:" in info and "Proef" in info


def test_an_odt_with_the_text_and_the_image(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "proef.odt"
    write_document(PAGE, path, {"schema.png": _image()})
    with zipfile.ZipFile(path) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
        assert any(name.startswith("Pictures/") for name in odt.namelist())
    ET.fromstring(content)
    assert "Zoë’s eerste alinea &amp; meer." in content


def test_a_failure_names_the_file_and_leaves_the_old_one(tmp_path: Path, qapp: object,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OSError, match="Kan 'proef.pdf' niet schrijven: de map bestaat niet."):
        write_document(PAGE, tmp_path / "weg" / "proef.pdf")
    old = tmp_path / "oud.html"
    old.write_text("oud", encoding="utf-8")

    def locked(_source: object, _target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr("ui.documents.os.replace", locked)
    with pytest.raises(DocumentError, match="Kan 'oud.html' niet schrijven: het bestand is in gebruik of alleen-lezen"):
        write_document(PAGE, old)
    assert old.read_text(encoding="utf-8") == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["oud.html"]  # no temporary file left behind


def test_an_unknown_kind_of_document(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="'proef.docx'.*.html, .pdf of .odt"):
        write_document(PAGE, tmp_path / "proef.docx")


def test_a_directory_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "proef.html").mkdir()
    with pytest.raises(DocumentError, match="'proef.html' niet schrijven: dat is een map."):
        write_document(PAGE, tmp_path / "proef.html")
    assert [p.name for p in tmp_path.iterdir()] == ["proef.html"]
