"""The Controle dock and page: the findings grouped with counts, rechecked a moment after each change and undo, a
click or Enter jumps to the element, the open points paged on the projector in the room's type, 'Alles klopt'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QListWidgetItem

from tests.ui.conftest import show_at
from tests.workshop.conftest import make_small_trajectory
from ui.check import PAGE, CheckFeature
from ui.check.live import LiveCheck
from ui.check.panel import FINDING_ROLE, CheckPanel
from ui.check.projector import CheckPage
from ui.document import Document
from ui.main_window import MainWindow
from ui.programme.activity import FEATURE_OF
from workshop import theory_edits as te
from workshop.assumptions import Assumption
from workshop.consistency import Category, Finding
from workshop.demo import build_demo
from workshop.refs import Ref, RefKind
from workshop.registry import Change
from workshop.sessions import SessionStatus
from workshop.trajectory import Trajectory


@pytest.fixture
def window(facilitator: MainWindow) -> MainWindow:
    facilitator.document.replace(build_demo(), None)
    return facilitator


@pytest.fixture
def feature(window: MainWindow) -> CheckFeature:
    found = window.feature("controle")
    assert isinstance(found, CheckFeature)
    return found


@pytest.fixture
def panel(feature: CheckFeature) -> CheckPanel:
    return feature.show()


def _item(panel: CheckPanel, element_id: str) -> QListWidgetItem:
    return next(i for i in panel.finding_items() if i.data(FINDING_ROLE).element_id == element_id)


def _ids(panel: CheckPanel) -> list[str]:
    return [i.data(FINDING_ROLE).element_id for i in panel.finding_items()]


def _click(qtbot, panel: CheckPanel, item: QListWidgetItem) -> None:  # type: ignore[no-untyped-def]
    panel.list.scrollToItem(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())


def _all_good() -> Trajectory:
    t = make_small_trajectory()
    t.assumptions[0].evidence = "Ervaring in de wijk"
    t.assumptions += [Assumption(id="A-002", text="Zonder geldstress ruimte", element_id="B1", evidence="Cijfers"),
                      Assumption(id="A-003", text="Eigen bouwsteen helpt", element_id="B3-D2", evidence="Pilot")]
    return t


def test_nothing_is_checked_before_the_feature_is_used(feature: CheckFeature, window: MainWindow) -> None:
    assert feature._live is None and not window.host.docks["checkDock"].is_built()
    assert window.host.feature(FEATURE_OF["controle"]) is feature  # a programme step 'controle' calls open()


def test_every_control_has_a_name_and_ctrl_shift_c_shows_the_dock(window: MainWindow, feature: CheckFeature) -> None:
    action = window.findChild(QAction, "showCheckAction")
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()
    panel = window.host.docks["checkDock"].panel()
    assert panel.isVisible()
    controls = panel.findChildren(QAbstractButton) + panel.findChildren(QAbstractItemView)
    assert controls and all(c.accessibleName() for c in controls)


def test_the_dock_lists_the_findings_per_category_with_counts_most_serious_first(panel: CheckPanel) -> None:
    missing = sum(1 for a in build_demo().theory.actions if not a.actors)
    assert panel.group_titles() == ["▲ Cruciale aannames zonder onderbouwing (1)", "● Relaties zonder aanname (21)",
                                    f"● Acties zonder actor ({missing})"]
    assert panel.summary.text() == f"{22 + missing} open punten: ▲ 1 waarschuwing · ● {21 + missing} aandachtspunten."
    relation = _item(panel, "B1-D2")
    assert relation.text() == "Bestaanszekerheid → Ontplooiing, zingeving en vertrouwen"
    assert "staat nog geen aanname" in relation.toolTip()


def test_the_dock_follows_a_command_and_its_undo_a_moment_later(qtbot, window: MainWindow, feature: CheckFeature,  # type: ignore[no-untyped-def]
                                                                panel: CheckPanel) -> None:
    assert "H-001" in _ids(panel)
    window.document.push(te.edit_action("H-001", "actors", ["rijk"]))
    assert feature.live.is_stale() and "H-001" in _ids(panel)  # debounced: no recheck per key stroke
    qtbot.waitUntil(lambda: "H-001" not in _ids(panel))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "H-001" in _ids(panel))
    assert not feature.live.is_stale()


def test_a_programme_or_story_change_starts_no_recheck(window: MainWindow, feature: CheckFeature,
                                                       panel: CheckPanel) -> None:
    window.document.changed.emit(frozenset({Change.PROGRAMME, Change.STORY}))
    assert not feature.live.is_stale()


def test_a_click_selects_the_relation_and_the_schema_shows_it(qtbot, window: MainWindow, panel: CheckPanel) -> None:  # type: ignore[no-untyped-def]
    _click(qtbot, panel, _item(panel, "B5-D2"))
    assert window.selection.ref == Ref.element("B5-D2")
    assert window.view.schema.focus_id() == "B5-D2"
    assert "Ruimte & plekken" in window.statusBar().currentMessage()


def test_enter_on_an_action_selects_its_bouwsteen_and_says_which_action(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                        panel: CheckPanel) -> None:
    item = _item(panel, "H-001")
    panel.list.setFocus()
    panel.list.setCurrentItem(item)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.selection.ref == Ref.element("B1") and window.view.schema.focus_id() == "B1"
    assert "Zorg voor een inkomen dat toereikend is" in window.statusBar().currentMessage()
    assert item.text().startswith("Bestaanszekerheid: Zorg voor een inkomen")


def test_a_crucial_assumption_selects_the_assumption_and_shows_its_relation(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                            panel: CheckPanel) -> None:
    _click(qtbot, panel, _item(panel, "A-023"))
    assert window.selection.ref == Ref(RefKind.ASSUMPTION, "A-023")
    assert window.view.schema.focus_id() == window.document.trajectory.assumption("A-023").element_id  # type: ignore[union-attr]


def test_a_point_already_solved_says_so_and_rechecks(qtbot, window: MainWindow, feature: CheckFeature,  # type: ignore[no-untyped-def]
                                                     panel: CheckPanel) -> None:
    item = _item(panel, "B5-D2")
    finding: Finding = item.data(FINDING_ROLE)
    window.document.push(te.set_relation(window.document.trajectory, "B5", "D2", None))
    assert not feature.jump(finding)
    assert window.statusBar().currentMessage() == "Dat punt is intussen opgelost of weggehaald."
    assert "B5-D2" not in _ids(panel)


def test_a_session_without_attendance_opens_the_participants(window: MainWindow, feature: CheckFeature) -> None:
    t = _all_good()
    t.sessions[1].status = SessionStatus.DONE
    window.document.replace(t, None)
    finding = next(f for f in feature.live.findings if f.category is Category.SESSION_WITHOUT_ATTENDANCE)
    assert not feature.jump(finding)
    assert window.host.docks["participantsDock"].is_built()
    assert "aanwezigheid" in window.statusBar().currentMessage()
    from ui.check.projector import room_html

    room = room_html(t, feature.live.findings)  # the facilitator's administration stays on the laptop
    assert "aanwezigheid" not in room.lower() and "Alles klopt" in room


def test_all_good_is_said_in_friendly_dutch(window: MainWindow, feature: CheckFeature, panel: CheckPanel) -> None:
    window.document.replace(_all_good(), None)
    assert feature.live.findings == []
    assert "Alles klopt" in panel.summary.text() and not panel.list.isVisibleTo(panel)
    page = window.host.projector_page(PAGE)
    assert "Alles klopt" in page.browser.toPlainText()


def test_open_shows_the_dock_and_the_open_points_on_the_projector(window: MainWindow, feature: CheckFeature) -> None:
    feature.open()
    assert window.host.docks["checkDock"].is_built() and window.presentation.window.content_name() == PAGE
    text = window.host.projector_page(PAGE).browser.toPlainText()
    assert text.startswith("Controle: nog ") and "▲ Cruciale aannames zonder onderbouwing (1)" in text
    assert "Bestaanszekerheid: 9 acties" in text  # actions are counted per bouwsteen for the room
    feature.toggle_projector()
    assert window.presentation.window.content_name() == "schema"


def test_the_projector_page_pages_in_the_room_type(qtbot, feature: CheckFeature) -> None:  # type: ignore[no-untyped-def]
    page = show_at(qtbot, CheckPage(feature.live), 1920, 1080)
    assert page.body_pixel_size() >= 0.035 * 1080
    current, total = page.page_info()
    assert current == 1 and total >= 2
    for expected in range(2, total + 1):
        assert page.page(1) and page.page_info()[0] == expected
    assert not page.page(1)  # the last page: the clicker may move the programme on
    assert page.page(-1) and page.page_info()[0] == total - 1


def test_page_down_on_the_laptop_pages_the_open_points(qtbot, window: MainWindow, feature: CheckFeature) -> None:  # type: ignore[no-untyped-def]
    feature.open()
    window.presentation.present()  # one screen: the presentation full-screen
    page = window.host.projector_page(PAGE)
    qtbot.waitUntil(lambda: page.page_info()[1] > 1)
    next_page, previous_page = window.page_actions
    assert next_page.isEnabled()
    next_page.trigger()
    assert page.page_info()[0] == 2
    previous_page.trigger()
    assert page.page_info()[0] == 1
    window.presentation.stop()


def test_the_page_follows_the_check_not_every_change(qtbot, window: MainWindow, feature: CheckFeature) -> None:  # type: ignore[no-untyped-def]
    feature.open()
    page = window.host.projector_page(PAGE)
    window.document.push(te.edit_action("H-001", "actors", ["rijk"]))
    qtbot.waitUntil(lambda: not feature.live.is_stale())
    assert "Bestaanszekerheid: 8 acties" in page.browser.toPlainText()


def test_a_recheck_waits_until_someone_looks(qtbot) -> None:  # type: ignore[no-untyped-def]
    document, looking = Document(make_small_trajectory()), [False]
    live = LiveCheck(document, lambda: looking[0], delay_ms=1)
    before = list(live.findings)
    document.push(te.edit_action("H-001", "actors", []))
    qtbot.wait(20)
    assert live.findings == before and live.is_stale()
    looking[0] = True
    with qtbot.waitSignal(live.updated):
        live.catch_up()
    assert [f.element_id for f in live.findings if f.category is Category.ACTION_WITHOUT_ACTOR] == ["H-001"]
    assert live.elapsed_ms >= 0 and not live.is_stale()
