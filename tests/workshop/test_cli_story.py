"""`werkplaats verhaal PAD.xlsx -o VERHAAL.(html|pdf|odt)`: the story without a screen (in a subprocess with no
DISPLAY), the saved story or else the generated one, and clear Dutch messages for bad input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from workshop import story_edits as se
from workshop.cli import main
from workshop.commands import CommandStack
from workshop.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]
AMBITION = "Wij streven naar een veerkrachtige, inclusieve en zorgzame samenleving"
OWN = "Onze wijk kent drie buurthuizen en één bibliotheek."


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo twice: without a story, and with the story written and its introduction rewritten."""
    from workshop.storage import save

    folder = tmp_path_factory.mktemp("boeken")
    stack = CommandStack(build_demo())
    stack.trajectory.story.clear()  # the demo wrote its story in session 4: this one never got that far
    save(stack.trajectory, folder / "zonder.xlsx")
    stack.push(se.write_story(stack.trajectory))
    stack.push(se.edit_part(stack.trajectory, "inleiding", OWN))
    save(stack.trajectory, folder / "met.xlsx")
    return {"zonder": folder / "zonder.xlsx", "met": folder / "met.xlsx"}


def _headless(*argv: str) -> subprocess.CompletedProcess[str]:
    """`python -m workshop …` with no screen at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "workshop", *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) ontbreekt")
def test_a_pdf_of_the_saved_story_without_a_screen(books: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "verhaal.pdf"
    result = _headless("verhaal", str(books["met"]), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Verhaal geschreven: {target}" and result.stderr == ""
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert OWN in text and AMBITION in text


def test_an_odt_of_the_generated_story_without_a_screen(books: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "verhaal.odt"
    result = _headless("verhaal", str(books["zonder"]), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "zonder.xlsx heeft nog geen verhaal; dit verhaal is nu uit het schema geschreven." in result.stderr
    with zipfile.ZipFile(target) as odt:
        text = " ".join("".join(ET.fromstring(odt.read("content.xml")).itertext()).split())
    assert AMBITION in text and "Dit veranderverhaal hoort bij het traject" in text


def test_html_without_a_screen_and_without_qt(books: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "verhaal.html"
    result = _headless("verhaal", str(books["met"]), "-o", str(target))
    assert result.returncode == 0, result.stderr
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    assert OWN in "".join(root.itertext())


def test_html_in_process_loads_no_qt(books: dict[str, Path], tmp_path: Path) -> None:
    code = ("import sys\nfrom workshop.cli import main\n"
            f"code = main(['verhaal', {str(books['met'])!r}, '-o', {str(tmp_path / 'v.html')!r}])\n"
            "print(code, any(m.startswith('PySide6') for m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.splitlines()[-1] == "0 False", result.stderr


def test_refuses_to_overwrite_without_overschrijven(capsys: pytest.CaptureFixture[str], books: dict[str, Path],
                                                    tmp_path: Path) -> None:
    target = tmp_path / "verhaal.html"
    target.write_text("niet aankomen", encoding="utf-8")
    code, out, err = _run(capsys, "verhaal", str(books["met"]), "-o", str(target))
    assert code == 1 and out == "" and "bestaat al" in err and "--overschrijven" in err
    assert target.read_text(encoding="utf-8") == "niet aankomen"
    assert _run(capsys, "verhaal", str(books["met"]), "-o", str(target), "--overschrijven")[0] == 0
    assert OWN in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("make, target, message", [
    (None, "v.pdf", "Het bestand '{book}' bestaat niet."),
    ("notities.txt", "v.pdf", "'{book}' is geen Excel-werkmap: de naam moet eindigen op .xlsx."),
    ("kapot.xlsx", "v.pdf", "is geen Excel-werkmap (.xlsx) of het bestand is beschadigd."),
    ("goed", "v.docx", "Kan '{target}' niet schrijven: de naam moet eindigen op .html, .pdf of .odt."),
])
def test_bad_input_gets_a_dutch_message_naming_the_file(capsys: pytest.CaptureFixture[str], books: dict[str, Path],
                                                        tmp_path: Path, make: str | None, target: str, message: str) -> None:
    book = books["met"] if make == "goed" else tmp_path / (make or "weg.xlsx")
    if make not in (None, "goed"):
        book.write_text("dit is geen werkmap", encoding="utf-8")
    code, out, err = _run(capsys, "verhaal", str(book), "-o", str(tmp_path / target))
    assert code == 1 and out == ""
    assert message.format(book=book, target=tmp_path / target) in err
    assert (target if make == "goed" else book.name) in err
    assert "Traceback" not in err and not (tmp_path / target).exists()


def test_the_output_is_required(capsys: pytest.CaptureFixture[str], books: dict[str, Path]) -> None:
    code, _, err = _run(capsys, "verhaal", str(books["met"]))
    assert code == 2 and "deze argumenten ontbreken: -o/--uit" in err
