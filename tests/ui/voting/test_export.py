"""Exporting a result chart: the dialog's caption, PNG and SVG in the light theme, a margin, a height that fits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from ui.dialogs.export_dialog import ExportDialog
from ui.document import Document
from ui.voting.controller import View, VotingController
from ui.voting.export import EXPORT_MARGIN, EXPORT_TEXT, export_chart, render_chart
from workshop import voting_edits as ve
from workshop.commands import CommandStack
from workshop.demo import build_demo
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, VoteOption

MOMENT = dt.datetime(2026, 12, 4, 10, 0)


def options_round(count: int) -> VotingController:
    """A controller on a revealed named round with `count` free options, each voted for by the demo's people."""
    stack = CommandStack(build_demo())
    t: Trajectory = stack.trajectory
    options = [VoteOption(code=f"T{i}", label=f"Optie {i}") for i in range(1, count + 1)]
    stack.push(ve.add_round(t, "Hoeveel opties?", options, anonymous=False, session_number=1, dots_per_participant=1))
    round_id = t.voting_rounds[-1].id
    for n, person in enumerate(t.participants[:count]):
        stack.push(ve.CastBallot(t, round_id, person.id, {f"T{n % count + 1}": 1}, MOMENT))
    stack.push(ve.set_status(t, round_id, RoundStatus.REVEALED))
    controller = VotingController(Document(t), lambda _text: None)
    controller.choose(round_id)
    return controller


def drawn_rows(image: QImage) -> tuple[int, int]:
    """The first and last rows of the picture with anything on them but the white background."""
    def inked(y: int) -> bool:
        return any(image.pixelColor(x, y).lightness() < 200 for x in range(0, image.width(), 3))
    rows = [y for y in range(image.height()) if inked(y)]
    return rows[0], rows[-1]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_png_and_svg_in_the_light_theme(qtbot, tmp_path: Path, suffix: str) -> None:
    controller = VotingController(Document(build_demo()), lambda _text: None)
    controller.choose("V-04")
    controller.show(View.COMPARE)
    written = render_chart(controller, tmp_path / f"grafiek{suffix}")
    assert written.is_file() and written.stat().st_size > 2000
    if suffix == ".png":
        image = QImage(str(written))
        assert image.width() == 1600 and image.pixelColor(5, 5).lightness() > 240  # light background
    else:
        text = written.read_text(encoding="utf-8")
        assert "<svg" in text and "A-018" in text and "voor" in text


def test_the_dialog_asks_where_to_save_the_chart_not_the_schema(qtbot, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask(cls, parent, suggested, name_filter="", caption="Schema exporteren"):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return tmp_path / "uitslag.png"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    said: list[str] = []
    host = type("Host", (), {"window": None, "status": staticmethod(said.append)})()
    controller = VotingController(Document(build_demo()), lambda _text: None)
    controller.choose("V-02")
    assert export_chart(host, controller) == tmp_path / "uitslag.png"
    assert asked == ["Grafiek exporteren"]
    assert said == [f"Grafiek opgeslagen als {tmp_path / 'uitslag.png'}"]


def test_the_picture_is_as_high_as_its_bars_need_with_a_margin_all_round(qtbot, tmp_path: Path) -> None:
    heights = {}
    for count in (3, 12):
        image = QImage(str(render_chart(options_round(count), tmp_path / f"opties-{count}.png")))
        first, last = drawn_rows(image)
        assert EXPORT_MARGIN - 2 <= first <= EXPORT_MARGIN + EXPORT_TEXT  # the title right below the top margin
        assert image.height() - last - 1 <= EXPORT_MARGIN + EXPORT_TEXT  # no empty band under the last bar
        assert image.height() - last - 1 >= EXPORT_MARGIN - 2
        band = [image.pixelColor(x, y) for x in range(0, image.width(), 5) for y in range(EXPORT_MARGIN - 2)]
        assert all(c == QColor("#FFFFFF") for c in band)
        left = [image.pixelColor(x, y) for x in range(EXPORT_MARGIN - 2) for y in range(0, image.height(), 5)]
        assert all(c == QColor("#FFFFFF") for c in left)
        heights[count] = image.height()
    per_bar = (heights[12] - heights[3]) / 9
    assert 2 * EXPORT_TEXT < per_bar < 4 * EXPORT_TEXT  # each option adds its own row, nothing more
    assert heights[3] < 600


def test_a_round_without_votes_exports_its_message_in_a_small_picture(qtbot, tmp_path: Path) -> None:
    controller = options_round(3)
    t = controller.document.trajectory
    t.votes[:] = [v for v in t.votes if v.round_id != controller.round_id]
    image = QImage(str(render_chart(controller, tmp_path / "leeg.png")))
    assert image.height() < 400 and image.pixelColor(3, 3).lightness() > 240
