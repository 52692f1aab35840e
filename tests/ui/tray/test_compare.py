"""Vergelijk met de publicatie: the group's relations beside the publication's, grouped, each row selecting on the schema."""

from __future__ import annotations

from ui.main_window import MainWindow
from ui.tray import TrayFeature
from ui.tray.compare import TARGET_ROLE
from workshop import placement
from workshop import theory_edits as te
from workshop.placement import Difference
from workshop.theory import RelationType


def test_the_comparison_is_the_trays_second_tab_and_says_when_nothing_differs(window: MainWindow, tray: TrayFeature) -> None:
    dock = window.host.docks["trayDock"]
    assert not dock.is_built()
    panel = tray.compare()
    assert dock.isVisible() and tray.tabs().currentWidget() is panel and panel.isVisible()
    assert tray.tabs().tabText(1) == "Vergelijking met de publicatie" and panel.summary.text() == "Deze groep plaatste precies de relaties van de publicatie."
    assert panel.tree.topLevelItemCount() == 0


def test_added_not_placed_and_retyped_side_by_side(window: MainWindow, tray: TrayFeature) -> None:
    panel = tray.compare()
    t = window.document.trajectory
    for command in (placement.place(t, "B3", "D4", RelationType.DIRECT), placement.place(t, "B5", "D3", RelationType.DIRECT),
                    placement.to_tray(t, "B7")):
        window.document.push(command)
    assert panel.summary.text() == "1 toegevoegd, 4 niet geplaatst, 1 van een ander type."
    assert panel.rows(Difference.ADDED) == [("Gelijkwaardigheid → Ontspanning en plezier", "—", "direct")]
    assert panel.rows(Difference.RETYPED) == [("Ruimte & plekken → Ondersteuning, steun en hulp", "indirect", "direct")]
    assert ("Mantelzorg → Ondersteuning, steun en hulp", "direct", "—") in panel.rows(Difference.REMOVED)
    titles = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert titles == ["Toegevoegd door de groep\n1 relatie", "Niet geplaatst door de groep\n4 relaties",
                      "Ander type dan in de publicatie\n1 relatie"]
    window.undo_action.trigger()
    assert panel.summary.text() == "1 toegevoegd, 0 niet geplaatst, 1 van een ander type."


def test_a_row_selects_the_relation_or_its_bouwsteen_on_the_schema(qtbot, window: MainWindow, tray: TrayFeature) -> None:  # type: ignore[no-untyped-def]
    panel = tray.compare()
    t = window.document.trajectory
    window.document.push(placement.place(t, "B5", "D3", RelationType.DIRECT))
    window.document.push(placement.to_tray(t, "B7"))
    retyped = panel.tree.topLevelItem(1).child(0)  # no group of added ones: not placed, then another type
    assert retyped.data(0, TARGET_ROLE) == "B5-D3"
    panel.tree.itemClicked.emit(retyped, 0)
    assert window.selection.current == "B5-D3"
    assert window.view.schema.relation_item("B5-D3").emphasis.value == "selected"  # type: ignore[union-attr]
    panel.tree.itemActivated.emit(panel.tree.topLevelItem(0).child(0), 0)  # not placed: the bouwsteen, in the tray
    assert window.selection.current == "B7"


def test_a_bouwsteen_the_group_removed_is_named_from_the_publication(window: MainWindow, tray: TrayFeature) -> None:
    panel = tray.compare()
    window.document.push(te.remove_block(window.document.trajectory, "B10"))
    rows = panel.rows(Difference.REMOVED)
    assert ("Vragen & uitnodigen (niet in deze verandertheorie) → Ontmoeting en erbij horen", "draagt bij", "—") in rows
    group = panel.tree.topLevelItem(0)
    assert all(group.child(i).data(0, TARGET_ROLE) is None for i in range(group.childCount()))


def test_a_bouwsteen_off_the_foundation_is_one_row_for_all_deelambities(window: MainWindow, tray: TrayFeature) -> None:
    panel = tray.compare()
    window.document.push(placement.to_tray(window.document.trajectory, "B1"))
    assert panel.rows(Difference.REMOVED) == [("Bestaanszekerheid → alle deelambities", "randvoorwaardelijk", "—")]
    assert panel.tree.topLevelItem(0).text(0) == "Niet geplaatst door de groep\n5 relaties"
    assert panel.tree.topLevelItem(0).child(0).data(0, TARGET_ROLE) == "B1"
