"""The sessieverslag: one command writes PDF or HTML with the attendance, the steps with their time, notes and
decisions, the revealed vote results, the session's assumption map and the schema as it now stands."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ui.dialogs.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.programme import ProgrammeFeature
from ui.programme.report import render_report
from workshop.demo import build_demo
from workshop.session_report import report_html


@pytest.fixture
def demo(facilitator: MainWindow, programme: ProgrammeFeature) -> MainWindow:
    facilitator.document.replace(build_demo(), None)
    return facilitator


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) ontbreekt")
def test_the_report_of_a_session_as_pdf(demo: MainWindow, programme: ProgrammeFeature, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: tmp_path / "verslag"))
    programme.controller.choose(2)
    written = programme.write_report()
    assert written == tmp_path / "verslag.pdf" and written.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
    t = demo.document.trajectory
    assert "Sessieverslag 2" in text and "Aanwezig" in text
    for voting_round in (r for r in t.voting_rounds if r.session_number == 2):
        assert voting_round.question.split()[0] in text
    assert "Besluiten" in text or not any(s.decisions for s in t.steps if s.session_number == 2)


def test_the_html_report_carries_its_pictures_and_hides_unrevealed_rounds(demo: MainWindow, programme: ProgrammeFeature,
                                                                          tmp_path: Path) -> None:
    t = demo.document.trajectory
    number = next(r.session_number for r in t.scoring_rounds if r.session_number)
    path = render_report(demo.host, number, tmp_path / "verslag.html")
    html = path.read_text(encoding="utf-8")
    pictures = re.findall(r"src=['\"]data:image/png;base64,([A-Za-z0-9+/=]+)", html)
    assert len(pictures) >= 2 and all(base64.b64decode(p)[:4] == b"\x89PNG" for p in pictures)  # schema and map
    t.voting_rounds[0].status = t.voting_rounds[0].status.__class__("open")
    hidden = report_html(t, t.voting_rounds[0].session_number or 1)
    assert t.voting_rounds[0].question not in hidden


def test_the_report_names_each_round_once_with_its_unit_and_the_extra_minutes(demo: MainWindow) -> None:
    from workshop.programme import steps_of
    from workshop.voting import RoundKind

    t = demo.document.trajectory
    single = next(r for r in t.voting_rounds if r.kind is RoundKind.SINGLE)
    number = single.session_number or 1
    step = next(s for s in steps_of(t.steps, number) if s.minutes_spent is not None)
    step.minutes_extra = 5
    html = report_html(t, number)
    assert "Stemronde: Stemronde" not in html and f"Stemronde {single.id} · één keuze" in html
    section = html[html.index(f"Stemronde {single.id}"):]
    assert section.index("Stemmen</th>") < section.index("</table>")
    assert f"{step.minutes_spent} van {step.minutes} + 5 min" in html
