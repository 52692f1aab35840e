"""The round dialog: an empty question, no options or one choice out of one option is said in the dialog, which
stays open."""

from __future__ import annotations

from ui.main_window import MainWindow
from ui.voting.setup_dialog import RoundDialog


def test_an_empty_question_or_no_options_is_explained(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = RoundDialog(window, window.document.trajectory, ["B5"])
    qtbot.addWidget(dialog)
    dialog.question.setText("   ")
    dialog.accept()
    assert dialog.result() == 0 and "Typ eerst de vraag" in dialog.hint.text()
    dialog.question.setText("Wat eerst?")
    dialog.accept()
    assert dialog.result() == 1 and dialog.spec().question == "Wat eerst?"


def test_one_choice_out_of_one_option_is_explained(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.voting.setup_dialog import Prefill

    dialog = RoundDialog(window, window.document.trajectory, [], prefill=Prefill("Welke formulering?", ("Alleen deze",),
                                                                                  single=True))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.hint.text().startswith("Eén keuze uit één optie is geen keuze")
    assert not dialog.dots.isEnabled()  # one choice: no dots to set
    dialog.free.setPlainText("Alleen deze\nOf deze")
    dialog.accept()
    assert dialog.result() == 1
