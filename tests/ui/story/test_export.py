"""Exporting the story from the dock: PDF (read back with pdftotext), ODT (opened by LibreOffice when Writer is there,
else its content.xml read with zipfile) and HTML (well-formed); a cancelled dialog or a failure changes nothing."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from ui.main_window import MainWindow
from ui.story import StoryFeature
from ui.story.export import StoryExportDialog, suggested_path

AMBITION = "Wij streven naar een veerkrachtige, inclusieve en zorgzame samenleving"


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[Path]:
    asked: list[Path] = []

    def ask(cls, parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return path
    monkeypatch.setattr(StoryExportDialog, "ask", classmethod(ask))
    return asked


def _rewritten(story: StoryFeature) -> None:
    panel = story.show()
    story.write()
    panel.choose("inleiding")
    panel.editor.setPlainText("Onze context: drie wijken, één bibliotheek & een buurtkamer.")


def _writer_available() -> bool:
    """LibreOffice with Writer (libreoffice-calc-nogui alone cannot read a text document)."""
    program = Path("/usr/lib/libreoffice/program")
    return shutil.which("soffice") is not None and any(program.glob("libsw*lo.so"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) ontbreekt")
def test_export_as_pdf(window: MainWindow, story: StoryFeature, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _rewritten(story)
    path = tmp_path / "verhaal.pdf"
    asked = _answer(monkeypatch, path)
    assert story.export() == path
    assert asked == [suggested_path(window.host)] and asked[0].name == "verhaal.pdf"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert AMBITION in flat and "Onze context: drie wijken, één bibliotheek & een buurtkamer." in flat
    assert window.statusBar().currentMessage() == f"Verhaal opgeslagen als {path}"


def test_export_as_odt(window: MainWindow, story: StoryFeature, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _rewritten(story)
    path = tmp_path / "verhaal.odt"
    _answer(monkeypatch, path)
    assert story.export() == path
    with zipfile.ZipFile(path) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        root = ET.fromstring(odt.read("content.xml"))
    text = " ".join("".join(root.itertext()).split())
    assert AMBITION in text and "één bibliotheek & een buurtkamer" in text
    if _writer_available():
        out = tmp_path / "txt"
        subprocess.run(["soffice", "--headless", "--convert-to", "txt", "--outdir", str(out), str(path)],
                       capture_output=True, timeout=180, check=True)
        assert AMBITION in " ".join((out / "verhaal.txt").read_text(encoding="utf-8", errors="replace").split())


def test_export_as_html_before_the_story_is_written(window: MainWindow, story: StoryFeature, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "verhaal.html"
    _answer(monkeypatch, path)
    assert story.export() == path
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    assert root.get("lang") == "nl"
    assert AMBITION in "".join(root.itertext())
    assert window.document.trajectory.story == []  # exporting writes nothing into the workbook


def test_a_cancelled_or_failed_export(window: MainWindow, story: StoryFeature, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, None)
    assert story.export() is None
    _answer(monkeypatch, tmp_path / "weg" / "verhaal.pdf")
    assert story.export() is None
    assert window.statusBar().currentMessage() == "Kan 'verhaal.pdf' niet schrijven: de map bestaat niet."


def test_the_dialog_adds_pdf_to_a_bare_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("ui.story.export.choose_file", lambda *args, **kwargs: tmp_path / "ons verhaal")
    assert StoryExportDialog.ask(None, tmp_path / "x.pdf") == tmp_path / "ons verhaal.pdf"
    monkeypatch.setattr("ui.story.export.choose_file", lambda *args, **kwargs: tmp_path / "ons.ODT")
    assert StoryExportDialog.ask(None, tmp_path / "x.pdf") == tmp_path / "ons.ODT"
