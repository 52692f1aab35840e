"""The result charts: sorted bars with their counts, ties named, text the back row can read, paging, whose voice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage

from ui.document import Document
from ui.theme import LAPTOP, PROJECTOR, Theme, contrast_ratio
from ui.voting.chart import MIN_TEXT, ResultChart
from ui.voting.chart_patterns import PatternRect
from ui.voting.controller import View, VotingController
from ui.voting.results import bars, before_after, split
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
    assert chart is not None and chart.notes[0] == ("Gelijke stand op plaats 1: '(Onder)steunen van mantelzorg' "
                                                    "en 'Mensen vragen en uitnodigen'")
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


def shown_chart(qtbot, t: Trajectory, round_id: str, view: View = View.BARS, theme: Theme = PROJECTOR,
                size: tuple[int, int] = (1920, 1080), titled: bool = False) -> ResultChart:
    """A result chart of the round in the view, shown at `size`."""
    controller = VotingController(Document(t), lambda _text: None)
    controller.choose(round_id)
    controller.split_by = "organisation"
    controller.show(view)
    chart = ResultChart(controller, theme, titled=titled)
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    chart.refresh()
    chart.grab()  # paints once: text items take their place on the screen when drawn
    return chart


def texts_of(chart: ResultChart) -> list:  # type: ignore[type-arg]
    return [item for item in chart.view.getPlotItem().items if type(item).__name__ == "TextItem"]


def on_screen(chart: ResultChart, item) -> QRect:  # type: ignore[no-untyped-def]
    """Where an item of the plot is drawn, in the view's pixels (a TextItem: its text with the text's margins)."""
    shape = item.textItem if hasattr(item, "textItem") else item
    return chart.view.mapFromScene(shape.sceneBoundingRect()).boundingRect()


def without_votes(t: Trajectory, round_id: str) -> Trajectory:
    t.votes[:] = [v for v in t.votes if v.round_id != round_id]
    return t


def test_a_tie_is_named_by_the_options_labels_shortened_when_long() -> None:
    t = build_demo()
    options = t.voting_round("V-01").options  # type: ignore[union-attr]
    options[0].count, options[2].count = 4, 4  # two long free-text formulations share the top
    chart = bars(t, "V-01", "#56B4E9")
    assert chart is not None
    note = chart.notes[0]
    assert note.startswith("Gelijke stand op plaats 1: 'De publicatie: iedereen doet mee en") and "' en 'Eigen versie:" in note
    assert "T1" not in note and "T3" not in note
    names = note.removeprefix("Gelijke stand op plaats 1: ").split("' en '")
    assert all(len(name.strip("'")) <= 40 and name.strip("'").endswith("…") for name in names)


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_every_caption_of_whose_voice_ends_inside_the_view(qtbot, size: tuple[int, int]) -> None:
    chart = shown_chart(qtbot, build_demo(), "V-02", View.SPLIT, size=size)
    view = chart.view.viewport().rect()
    captions = [item for item in texts_of(chart) if "(" in item.textItem.toPlainText()]
    assert len(captions) >= 4  # '9 (1 + 2 + 1 + 1 + 4)' and others
    for item in captions + texts_of(chart):  # the captions first: they were cut off at the right edge
        assert view.contains(on_screen(chart, item)), item.textItem.toPlainText()


def test_each_part_of_a_split_bar_carries_its_count_in_a_readable_contrast(qtbot) -> None:
    chart = shown_chart(qtbot, build_demo(), "V-02", View.SPLIT)
    assert chart.chart is not None
    parts = [s for bar in chart.chart.bars[:chart.rows] for line in bar.lines if len(line.segments) > 1
             for s in line.segments]
    counts = [item for item in texts_of(chart) if item.fill.style() != Qt.BrushStyle.NoBrush]  # on a patch
    assert sorted(int(c.textItem.toPlainText().strip("\u202f")) for c in counts) == sorted(s.value for s in parts)
    for count in counts:
        ink, patch = count.color.name(), count.fill.color().name()
        assert contrast_ratio(ink, patch) >= 4.5
        rect = on_screen(chart, count)
        segment = next(i for i in chart.view.getPlotItem().items if isinstance(i, PatternRect)
                       and QColor(i.colour).name() == patch and on_screen(chart, i).contains(rect.center()))
        assert on_screen(chart, segment).contains(rect)  # the count lies inside its own part


def test_the_groups_keep_one_order_in_every_bar_and_in_the_legend() -> None:
    stack = CommandStack(build_demo())
    t = stack.trajectory
    t.participants = [Participant(id="P-01", name="Zoë", organisation="Zorgpunt"),
                      Participant(id="P-02", name="Ali", organisation="Afvalteam"),
                      Participant(id="P-03", name="Nina"),  # no organisation: '(onbekend)'
                      Participant(id="P-04", name="Bo", organisation="Buurtwerk")]
    options = [VoteOption(code=f"T{i}", label=f"Optie {i}") for i in (1, 2, 3)]
    stack.push(ve.add_round(t, "Volgorde", options, anonymous=False, session_number=1, dots_per_participant=4))
    round_id = t.voting_rounds[-1].id
    ballots = {"P-03": {"T1": 2, "T2": 2}, "P-01": {"T2": 1, "T1": 1}, "P-02": {"T1": 1, "T3": 1}, "P-04": {"T3": 2}}
    for person, ballot in ballots.items():
        stack.push(ve.CastBallot(t, round_id, person, ballot, MOMENT))
    stack.push(ve.set_status(t, round_id, RoundStatus.REVEALED))
    chart = split(t, round_id, "organisation", ("#111111", "#222222", "#333333", "#444444", "#555555"), (
        Qt.BrushStyle.SolidPattern,))
    assert chart is not None
    order = [swatch.name for swatch in chart.legend]
    assert order == ["Afvalteam", "Buurtwerk", "Zorgpunt", "(onbekend)"]  # most votes first, then the name
    for bar in chart.bars:
        names = [s.name for s in bar.lines[0].segments]
        assert names == [name for name in order if name in names]
    assert [s.colour for s in chart.legend] == ["#111111", "#222222", "#333333", "#444444"]


def pixel_share(image: QImage, rect: QRect, colour: str, tolerance: int = 40) -> float:
    """The share of pixels in `rect` close to `colour`."""
    target, hits, total = QColor(colour), 0, 0
    for x in range(rect.left() + 3, rect.right() - 3, 2):
        for y in range(rect.top() + 3, rect.bottom() - 3, 2):
            pixel = image.pixelColor(x, y)
            total += 1
            hits += all(abs(a - b) <= tolerance for a, b in zip(pixel.getRgb()[:3], target.getRgb()[:3]))
    return hits / max(1, total)


@pytest.mark.parametrize("theme", [PROJECTOR, LAPTOP])
def test_a_pattern_is_drawn_in_black_or_white_over_its_solid_colour(qtbot, theme: Theme) -> None:
    chart = shown_chart(qtbot, build_demo(), "V-02", View.SPLIT, theme=theme)
    image = chart.view.grab().toImage()
    hatched = [i for i in chart.view.getPlotItem().items if isinstance(i, PatternRect)
               and i.pattern in (Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.CrossPattern) and on_screen(chart, i).width() > 60]
    assert hatched
    for item in hatched:
        rect = on_screen(chart, item)
        base = pixel_share(image, rect, item.colour)
        ink = max(pixel_share(image, rect, "#000000"), pixel_share(image, rect, "#FFFFFF"))
        assert base > 0.4 and ink > 0.12, (item.colour, base, ink)  # solid underneath, the pattern plainly on top
        assert pixel_share(image, rect, theme.background, 12) < 0.05  # never the background showing through


@pytest.mark.parametrize("view", [View.BARS, View.SPLIT, View.COMPARE])
def test_a_round_without_votes_says_so_instead_of_ranking_every_option_first(qtbot, view: View) -> None:
    chart = shown_chart(qtbot, without_votes(build_demo(), "V-04"), "V-04", view)
    assert chart.chart is not None and chart.chart.bars == ()
    words = [item.textItem.toPlainText() for item in texts_of(chart)]
    assert words == ["Nog niemand heeft gestemd in deze ronde."]
    assert not any(isinstance(i, PatternRect) for i in chart.view.getPlotItem().items)
    assert chart.view.viewport().rect().contains(on_screen(chart, texts_of(chart)[0]))


def test_a_counted_round_with_nothing_counted_has_no_ranks() -> None:
    t = build_demo()
    for n, option in enumerate(t.voting_round("V-01").options):  # type: ignore[union-attr]
        option.count = None if n else 0
    chart = bars(t, "V-01", "#56B4E9")
    assert chart is not None and chart.bars == () and chart.message == "Nog niemand heeft gestemd in deze ronde."


def test_an_empty_note_takes_no_room(qtbot) -> None:
    chart = shown_chart(qtbot, build_demo(), "V-01")  # no ties, not titled: nothing to say above the bars
    assert chart.note.isHidden()
    qtbot.waitUntil(lambda: chart.view.height() == chart.height())
    titled = shown_chart(qtbot, build_demo(), "V-01", titled=True)
    assert not titled.note.isHidden() and titled.note.text().startswith("Uitslag: Welke formulering")
