"""The result charts: sorted bars with their counts, ties named, text the back row can read, paging, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.document import Document
from ui.theme import PROJECTOR
from ui.voting.chart import MIN_TEXT, ResultChart
from ui.voting.controller import View, VotingController
from ui.voting.export import render_chart
from ui.voting.results import bars, before_after
from workshop import voting_edits as ve
from workshop.commands import CommandStack
from workshop.demo import build_demo
from workshop.sessions import Participant
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, VoteOption

MOMENT = dt.datetime(2026, 12, 4, 10, 0)


def many_options(count: int = 30, people: int = 40) -> Trajectory:
    """A revealed round with `count` free options and `people` ballots of three dots."""
    stack = CommandStack(build_demo())
    t = stack.trajectory
    t.participants += [Participant(id=f"P-{n:02d}", name=f"Persoon {n}") for n in range(13, people + 1)]
    t.sessions[0].attendance = []
    options = [VoteOption(code=f"T{i}", label=f"Optie nummer {i} met een wat langere naam") for i in range(1, count + 1)]
    stack.push(ve.add_round(t, "Dertig opties", options, anonymous=False, session_number=1))
    round_id = t.voting_rounds[-1].id
    for n, person in enumerate(t.participants):
        stack.push(ve.CastBallot(t, round_id, person.id, {f"T{(n + k * 7) % count + 1}": 1 for k in range(3)}, MOMENT))
    stack.push(ve.set_status(t, round_id, RoundStatus.REVEALED))
    return t


def test_bars_are_sorted_with_counts_and_ties_are_named() -> None:
    t = build_demo()
    chart = bars(t, "V-02", "#56B4E9")
    assert chart is not None
    totals = [b.total for b in chart.bars]
    assert totals == sorted(totals, reverse=True)
    assert chart.bars[0].title.startswith("1. B7 ")
    tied = [b.title.split()[0] for b in chart.bars if b.title.split()[0].endswith("=")]
    assert tied[:3] == ["3=", "3=", "3="] and "3= : een gedeelde plaats (gelijke stand)" in chart.notes


def test_a_shared_first_place_is_said_in_words() -> None:
    t = build_demo()
    for vote in [v for v in t.votes if v.round_id == "V-02" and v.option_code == "B7"][:2]:
        vote.option_code = "B10"  # 9 and 5 become 7 and 7: B7 and B10 share the top
    chart = bars(t, "V-02", "#56B4E9")
    assert chart is not None and chart.notes[0] == "Gelijke stand op plaats 1: B7, B10"
    assert [b.title.split()[0] for b in chart.bars[:2]] == ["1=", "1="]
    assert all(line.caption == str(b.total) for b in chart.bars for line in b.lines)


def test_nothing_is_drawn_before_the_reveal_and_before_after_says_when_it_has_no_partner() -> None:
    t = build_demo()
    t.voting_round("V-02").status = RoundStatus.CLOSED  # type: ignore[union-attr]
    assert bars(t, "V-02", "#000000") is None
    alone = before_after(t, "V-03", None, ("#000000", "#111111"))
    assert alone is not None and alone.notes[0].startswith("Er is geen eerdere ronde")


def test_thirty_options_page_on_the_projector_in_room_sized_text(qtbot) -> None:
    t = many_options()
    controller = VotingController(Document(t), lambda _text: None)
    controller.choose(t.voting_rounds[-1].id)
    chart = ResultChart(controller, PROJECTOR)
    qtbot.addWidget(chart)
    chart.resize(1920, 1000)
    chart.show()
    qtbot.waitExposed(chart)
    chart.refresh()
    pages = chart.pages()
    assert pages >= 2
    seen = []
    for page in range(pages):
        seen += [item for item in chart.view.getPlotItem().items if type(item).__name__ == "TextItem"]
        if page < pages - 1:
            assert chart.page(1)
    assert not chart.page(1)  # there is no page after the last
    assert "–30 van 30" in chart.note.text()
    fonts = {item.textItem.font().pixelSize() for item in seen}
    assert min(fonts) >= round(MIN_TEXT * 1000)  # every label and count at least 3.5 % of the height
    assert chart.page(-1)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_png_and_svg_in_the_light_theme(qtbot, tmp_path: Path, suffix: str) -> None:
    t = build_demo()
    controller = VotingController(Document(t), lambda _text: None)
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
