"""The participants table at 1366x768: the name column shows a long name whole and takes the spare width."""

from __future__ import annotations

from tests.ui.conftest import show_at
from ui.main_window import MainWindow
from ui.participants import ParticipantsFeature
from ui.participants.model import NAME
from ui.participants.panel import ParticipantsPanel
from workshop.sessions import Participant

LONG = "Marieke van den Berg-Jansen"
PEOPLE = [Participant(id="P-00", name=LONG, organisation="Gemeente Zwolle", role="beleidsmedewerker sociaal domein"),
          Participant(id="P-00", name="Bram", organisation="Welzijn", role="opbouwwerker")]


def _panel_at_laptop_size(qtbot, window: MainWindow) -> ParticipantsPanel:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    feature = window.feature("deelnemers")
    assert isinstance(feature, ParticipantsFeature)
    panel = feature.show()
    panel.add(PEOPLE)
    qtbot.waitUntil(lambda: panel.table.viewport().width() > 0 and panel.model.rowCount() == 2)
    return panel


def test_a_long_name_is_shown_whole_in_the_dock_at_1366x768(qtbot, facilitator: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = _panel_at_laptop_size(qtbot, facilitator)
    table = panel.table
    assert facilitator.width() == 1366
    needed = table.fontMetrics().horizontalAdvance(LONG)
    assert table.horizontalHeader().sectionSize(NAME) >= max(needed, table.sizeHintForColumn(NAME))
    assert table.visualRect(panel.model.index(0, NAME)).width() >= needed


def test_the_width_stays_after_the_list_changes(qtbot, facilitator: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = _panel_at_laptop_size(qtbot, facilitator)
    panel.add([Participant(id="P-00", name="Ceyda")])
    panel.show_session(2)
    header = panel.table.horizontalHeader()
    assert header.sectionSize(NAME) >= panel.table.fontMetrics().horizontalAdvance(LONG)


def test_the_name_column_takes_the_spare_width(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    panel = show_at(qtbot, ParticipantsPanel(doc, lambda _text: None), 1200, 500)
    panel.add(PEOPLE)
    table, header = panel.table, panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())  # no gap to the right of the last column
    wide = {c: header.sectionSize(c) for c in range(header.count())}
    panel.resize(900, 500)
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    assert header.sectionSize(NAME) == wide[NAME] - 300
    assert all(header.sectionSize(c) == wide[c] for c in wide if c != NAME)
