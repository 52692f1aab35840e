"""The Monitoring dock and page: belangrijk en onzeker first, tick 'monitoren', type the four parts of the plan (one
undo step each), undo, the plan on the projector one assumption at a time, and the plan in the saved workbook."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QStyle,
    QStyleOptionViewItem,
)

from tests.ui.conftest import show_at
from ui.main_window import MainWindow
from ui.monitoring import PAGE, MonitoringFeature
from ui.monitoring.order import latest, ordered
from ui.monitoring.panel import MonitoringPanel
from ui.monitoring.projector import MonitoringPage
from ui.programme.activity import FEATURE_OF
from workshop import storage
from workshop.assumptions import QUADRANT_ORDER, Quadrant
from workshop.demo import build_demo
from workshop.refs import Ref, RefKind

PLAN = {"indicator": "Aantal vrijwilligers per maand", "source": "Registratie vrijwilligerscentrale",
        "who": "Opbouwwerker Noord", "when": "elk kwartaal"}
CHOSEN = "A-016"
"""A demo assumption in 'belangrijk en onzeker' that is not monitored yet."""


@pytest.fixture
def window(facilitator: MainWindow) -> MainWindow:
    facilitator.document.replace(build_demo(), None)
    return facilitator


@pytest.fixture
def feature(window: MainWindow) -> MonitoringFeature:
    found = window.feature("monitoring")
    assert isinstance(found, MonitoringFeature)
    return found


@pytest.fixture
def panel(feature: MonitoringFeature) -> MonitoringPanel:
    return feature.show()


def _fill_in(qtbot, panel: MonitoringPanel) -> None:  # type: ignore[no-untyped-def]
    for part, text in PLAN.items():
        panel.fields[part].setFocus()
        qtbot.keyClicks(panel.fields[part], text)


def test_every_control_has_a_name_and_ctrl_shift_m_shows_the_dock(window: MainWindow,
                                                                  feature: MonitoringFeature) -> None:
    assert not window.host.docks["monitoringDock"].is_built()  # nothing built at start-up
    assert window.host.feature(FEATURE_OF["monitoring"]) is feature  # a programme step 'monitoring' calls open()
    action = window.findChild(QAction, "showMonitoringAction")
    assert action.shortcut().toString() == "Ctrl+Shift+M"
    action.trigger()
    panel = window.host.docks["monitoringDock"].panel()
    assert panel.isVisible()
    controls = [*panel.findChildren(QAbstractButton), *panel.findChildren(QAbstractItemView), *panel.fields.values()]
    assert controls and all(c.accessibleName() for c in controls)


def test_belangrijk_en_onzeker_comes_first(window: MainWindow, panel: MonitoringPanel) -> None:
    t = window.document.trajectory
    stats = latest(t)
    ranks = [QUADRANT_ORDER.index(stats[i].quadrant) if i in stats else len(QUADRANT_ORDER) for i in panel._ids]
    assert ranks == sorted(ranks) and stats[panel._ids[0]].quadrant is Quadrant.CRITICAL
    assert panel._ids == [a.id for a in ordered(t, stats)]
    replaced = {a.replaces for a in t.assumptions if a.replaces}
    assert replaced and not replaced & set(panel._ids)  # a rewritten assumption is followed through its rewrite
    first = panel.list.item(0)
    assert "belangrijk en onzeker · eerst toetsen" in first.text() and "plan: 4 van 4 ingevuld" in first.text()
    assert panel.heading.text() == f"6 van {len(panel._ids)} aannames gekozen om te monitoren"


def test_choose_fill_in_the_four_parts_and_undo(qtbot, window: MainWindow, panel: MonitoringPanel) -> None:  # type: ignore[no-untyped-def]
    t, stack = window.document.trajectory, window.document.stack
    before = len(stack)
    panel.list.setCurrentRow(panel._ids.index(CHOSEN))
    assert window.selection.ref == Ref(RefKind.ASSUMPTION, CHOSEN)  # the details and the schema show it
    assert not panel.fields["indicator"].isEnabled()  # tick 'monitoren' first
    panel.choose(CHOSEN)
    assert t.assumption(CHOSEN).monitored and len(stack) == before + 1  # type: ignore[union-attr]
    assert panel.fields["indicator"].isEnabled()
    _fill_in(qtbot, panel)
    plan = t.assumption(CHOSEN).monitoring  # type: ignore[union-attr]
    assert (plan.indicator, plan.source, plan.who, plan.when) == tuple(PLAN.values())
    assert len(stack) == before + 5  # typing merges: one step per part
    assert stack.undo_label().endswith(": wanneer wijzigen")
    qtbot.keyClick(panel.fields["when"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo
    assert t.assumption(CHOSEN).monitoring.when == "" and panel.fields["when"].text() == ""  # type: ignore[union-attr]
    assert t.assumption(CHOSEN).monitoring.who == PLAN["who"]  # type: ignore[union-attr]
    for _ in range(4):
        window.undo_action.trigger()
    assert not t.assumption(CHOSEN).monitored and panel.fields["indicator"].text() == ""  # type: ignore[union-attr]
    assert panel.list.item(panel._ids.index(CHOSEN)).checkState() == Qt.CheckState.Unchecked
    window.redo_action.trigger()
    assert panel.list.item(panel._ids.index(CHOSEN)).checkState() == Qt.CheckState.Checked


def _box_centre(panel: MonitoringPanel, row: int) -> QPoint:
    """Where a row's 'monitoren' box is drawn, as the style lays it out."""
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    option = QStyleOptionViewItem()
    panel.list.initViewItemOption(option)
    option.rect = panel.list.visualItemRect(item)
    panel.list.itemDelegate().initStyleOption(option, panel.list.model().index(row, 0))
    box = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    return panel.list.style().subElementRect(box, option, panel.list).center()


def test_a_click_on_the_box_ticks_it(qtbot, window: MainWindow, panel: MonitoringPanel) -> None:  # type: ignore[no-untyped-def]
    row = panel._ids.index(CHOSEN)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=_box_centre(panel, row))
    assert window.document.trajectory.assumption(CHOSEN).monitored  # type: ignore[union-attr]
    assert panel.chosen_id() == CHOSEN and "plan: 0 van 4 ingevuld" in panel.list.item(row).text()


def test_the_list_follows_an_assumption_chosen_elsewhere(window: MainWindow, panel: MonitoringPanel) -> None:
    window.selection.select(Ref(RefKind.ASSUMPTION, "A-013"))
    assert panel.chosen_id() == "A-013" and panel.fields["who"].text() == "GGD Regio Voorbeeld"


def test_the_plan_survives_save_and_load_and_pandas_reads_it(qtbot, tmp_path: Path, window: MainWindow,  # type: ignore[no-untyped-def]
                                                             panel: MonitoringPanel) -> None:
    panel.list.setCurrentRow(panel._ids.index(CHOSEN))
    panel.choose(CHOSEN)
    _fill_in(qtbot, panel)
    path = tmp_path / "werkmap.xlsx"
    storage.save(window.document.trajectory, path)
    loaded = storage.load(path).trajectory.assumption(CHOSEN)
    assert loaded is not None and loaded.monitored
    assert loaded.monitoring.model_dump() == PLAN
    sheet = pd.read_excel(path, sheet_name="Aannames", dtype=str).fillna("")
    row = sheet[sheet["ID"] == CHOSEN].iloc[0]
    assert (row["Indicator"], row["Bron indicator"], row["Wie"], row["Wanneer"]) == tuple(PLAN.values())
    assert row["Monitoren"] == "ja"
    chosen = sheet[sheet["Monitoren"] == "ja"]
    assert len(chosen) >= 7 and (chosen[["Indicator", "Bron indicator", "Wie", "Wanneer"]] != "").all().all()


def test_the_page_shows_one_plan_at_a_time_in_the_room_type(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = show_at(qtbot, MonitoringPage(window.document), 1920, 1080)
    assert page.body_pixel_size() >= 0.035 * 1080
    plans = page.plans()
    assert [a.id for a in plans][:2] == ["A-010", "A-009"] and len(plans) == 6
    text = page.browser.toPlainText()
    assert text.startswith("Monitoringsplan · 1 van 6") and plans[0].text in text
    assert "Indicator: " + plans[0].monitoring.indicator in text and "Wanneer: " + plans[0].monitoring.when in text
    for expected in range(2, 7):
        assert page.page(1) and page.browser.toPlainText().startswith(f"Monitoringsplan · {expected} van 6")
    assert not page.page(1)  # past the last plan: the clicker moves the programme on
    assert page.page(-1) and page.index == 4


def test_the_page_shows_what_is_still_to_fill_in_and_follows_the_dock(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                      feature: MonitoringFeature) -> None:
    feature.open()
    panel: MonitoringPanel = window.host.docks["monitoringDock"].panel()  # type: ignore[assignment]
    page = window.host.projector_page(PAGE)
    assert window.presentation.window.content_name() == PAGE
    panel.list.setCurrentRow(panel._ids.index(CHOSEN))
    panel.choose(CHOSEN)
    assert page.browser.toPlainText().startswith("Monitoringsplan · 3 van 7")  # then A-016
    assert "Indicator: nog invullen" in page.browser.toPlainText()
    panel.fields["indicator"].setFocus()
    qtbot.keyClicks(panel.fields["indicator"], "Aantal")
    assert "Indicator: Aantal" in page.browser.toPlainText()
    panel.list.setCurrentRow(panel._ids.index("A-013"))
    assert "GGD-gezondheidsmonitor" in page.browser.toPlainText()
    feature.toggle_projector()
    assert window.presentation.window.content_name() == "schema"


def test_nothing_chosen_says_what_to_do(window: MainWindow) -> None:
    t = build_demo()
    for assumption in t.assumptions:
        assumption.monitored = False
    window.document.replace(t, None)
    page = MonitoringPage(window.document)
    assert "Nog geen aannames gekozen om te monitoren" in page.browser.toPlainText()
    page.deleteLater()
