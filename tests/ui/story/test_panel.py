"""The Verhaal dock: write the story, rewrite a part by typing (one undo step, marked 'bewerkt'), undo and redo from
the window and from the keyboard, put a part back, bring the story up to date, and open it for a programme step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ui.main_window import MainWindow
from ui.story import DOCK_NAME, PAGE, StoryFeature
from ui.story.panel import StoryPanel
from workshop import theory_edits as te
from workshop.story_text import generate


def _written(story: StoryFeature) -> StoryPanel:
    panel = story.show()
    assert story.write()
    return panel


def _rows(panel: StoryPanel) -> list[str]:
    return [panel.parts.item(r).text() for r in range(panel.parts.count())]


def test_the_dock_is_built_on_first_use_and_offers_to_write(window: MainWindow, story: StoryFeature) -> None:
    assert not window.host.docks[DOCK_NAME].is_built()
    panel = story.show()
    assert panel.parts.count() == 0 and panel.editor.isReadOnly() and not panel.parts.isVisibleTo(panel)
    assert panel.editor.toPlainText().startswith("INLEIDING\n\nDit veranderverhaal hoort bij het traject")
    assert panel.hint.text().startswith("Nog geen verhaal.")
    assert panel.buttons["write"].text() == "Verhaal schrijven"
    assert window.findChild(object, "showStoryAction").shortcut() == QKeySequence("Ctrl+Shift+V")


def test_writing_the_story_fills_the_dock_as_one_undo_step(window: MainWindow, story: StoryFeature) -> None:
    panel = _written(story)
    t = window.document.trajectory
    assert [p.key for p in t.story] == [p.key for p in generate(t)]
    assert _rows(panel)[:4] == ["Inleiding", "De ambitie", "Het fundament", "Ontmoeting en erbij horen"]
    assert panel.buttons["write"].text() == "Verhaal bijwerken"
    assert window.undo_action.text().endswith("Verhaal schrijven")
    assert not story.write()  # nothing to update: no empty undo step
    assert window.statusBar().currentMessage() == "Het verhaal is bij: er is niets bij te werken."
    window.undo_action.trigger()
    assert t.story == [] and panel.parts.count() == 0 and panel.editor.isReadOnly()


def test_typing_rewrites_the_part_marks_it_and_undoes_in_one_step(qtbot, window: MainWindow,
                                                                 story: StoryFeature) -> None:
    panel = _written(story)
    panel.choose("D1")
    assert panel.title.text() == "Ontmoeting en erbij horen" and not panel.mark.isVisible()
    panel.editor.setFocus()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(panel.editor, "Bij ons in de wijk: ")
    part = next(p for p in window.document.trajectory.story if p.key == "D1")
    assert part.edited and part.text.startswith("Bij ons in de wijk: Wie iets voor een ander")
    assert "Ontmoeting en erbij horen · bewerkt" in _rows(panel) and panel.mark.isVisible()
    assert panel.buttons["reset"].isEnabled()
    steps = len(window.document.stack)
    qtbot.keyClicks(panel.editor, "nog meer")
    assert len(window.document.stack) == steps  # typing on in the same part merges
    qtbot.keyClick(panel.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo, not the editor's
    part = next(p for p in window.document.trajectory.story if p.key == "D1")
    assert not part.edited and panel.editor.toPlainText() == part.text
    assert "Ontmoeting en erbij horen · bewerkt" not in _rows(panel)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert panel.editor.toPlainText().startswith("Bij ons in de wijk: nog meerWie iets")


def test_letters_and_delete_stay_in_the_editor(qtbot, window: MainWindow, story: StoryFeature) -> None:
    panel = _written(story)
    panel.choose("ambitie")
    window.selection.select("B5")
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "BDFV")  # window keys (blank, details, fit, voting) when typed elsewhere
    qtbot.keyClick(panel.editor, Qt.Key.Key_Delete)  # 'remove the selected element' elsewhere
    assert window.document.trajectory.theory.block("B5") is not None
    assert not window.presentation.is_blank()
    assert "BDFV" in panel.editor.toPlainText()


def test_putting_a_part_back_and_updating_the_story(window: MainWindow, story: StoryFeature) -> None:
    panel = _written(story)
    panel.choose("ambitie")
    panel.editor.setPlainText("Onze eigen ambitie.")
    window.document.push(te.add_sub_ambition(window.document.trajectory, "Gezondheid"))
    assert panel.hint.text().startswith("Het schema is veranderd")
    assert story.write()
    assert "Gezondheid" in _rows(panel) and "De ambitie · bewerkt" in _rows(panel)
    assert panel.editor.toPlainText() == "Onze eigen ambitie."
    assert panel.reset()
    assert panel.editor.toPlainText().startswith("Onze hoofdambitie luidt:") and not panel.buttons["reset"].isEnabled()
    window.undo_action.trigger()
    assert panel.editor.toPlainText() == "Onze eigen ambitie."


def test_a_rewritten_part_of_a_removed_deelambitie_can_be_left_out(window: MainWindow, story: StoryFeature) -> None:
    panel = _written(story)
    panel.choose("D4")
    panel.editor.setPlainText("Plezier, zoals wij het zien.")
    window.document.push(te.remove_sub_ambition(window.document.trajectory, "D4"))
    story.write()
    panel.choose("D4")
    assert panel.buttons["remove"].isVisibleTo(panel) and not panel.buttons["reset"].isEnabled()
    assert panel.remove()
    assert "D4" not in [p.key for p in window.document.trajectory.story]


def test_open_shows_the_dock_and_the_story_on_the_projector(window: MainWindow, story: StoryFeature) -> None:
    assert window.host.feature("verhaal") is story  # how a programme step that opens 'verhaal' finds it
    story.open()
    assert window.host.docks[DOCK_NAME].is_built() and window.host.docks[DOCK_NAME].isVisible()
    assert window.presentation.window.content_name() == PAGE
    story.toggle_projector()
    assert window.presentation.window.content_name() == "schema"


def test_a_dock_behind_a_tab_catches_up_when_shown(qtbot, window: MainWindow, story: StoryFeature) -> None:  # type: ignore[no-untyped-def]
    panel = _written(story)
    window.bring_forward(window.details_dock)  # the Verhaal dock goes behind its tab
    qtbot.waitUntil(lambda: not panel.isEnabled())
    window.document.push(te.add_sub_ambition(window.document.trajectory, "Gezondheid"))
    assert panel.hint.text().startswith("Herschreven delen")  # not yet: it waits until it is seen
    story.show()
    assert panel.hint.text().startswith("Het schema is veranderd")


def test_updating_names_the_parts_it_writes_again_such_as_one_changed_in_excel(window: MainWindow,
                                                                               story: StoryFeature) -> None:
    t = window.document.trajectory
    story.write()
    t.story[1].text = "In Excel herschreven, maar Bewerkt bleef nee."  # as a reopened hand-edited workbook has it
    assert story.write()
    message = window.statusBar().currentMessage()
    assert f"{t.story[1].title} (rij 3)" in message and "Ctrl+Z" in message
    window.undo_action.trigger()
    assert t.story[1].text == "In Excel herschreven, maar Bewerkt bleef nee."
