"""The shared selection holds any kind of thing, several at once; a change elsewhere never clears it."""

from __future__ import annotations

from ui.selection import Selection
from workshop.refs import Ref, RefKind


def test_ctrl_click_adds_and_removes_and_the_last_is_primary(qtbot) -> None:  # type: ignore[no-untyped-def]
    selection = Selection()
    with qtbot.waitSignal(selection.changed):
        selection.select("B5")
    selection.toggle("B7")
    selection.toggle(Ref.option("V-01", "B5"))
    assert selection.elements() == ["B5", "B7"]
    assert selection.ref == Ref(RefKind.OPTION, "V-01/B5") and selection.current is None  # edits only hit elements
    selection.toggle("B7")
    assert selection.elements() == ["B5"]
    with qtbot.assertNotEmitted(selection.changed):
        selection.set_items(list(selection.items))  # the same selection: no signal


def test_a_change_elsewhere_keeps_the_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    from workshop.demo import build_demo
    from workshop.refs import still_there
    from workshop.registry import Change

    t = build_demo()
    option, gone = Ref.option("V-02", "B7"), Ref(RefKind.ASSUMPTION, "A-999")
    assert still_there(t, option, frozenset({Change.THEORY, Change.SCORES}))
    assert still_there(t, gone, frozenset({Change.VOTING}))  # not the assumption's own tag: not looked at
    assert not still_there(t, gone, frozenset({Change.ASSUMPTIONS}))
