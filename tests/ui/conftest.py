"""GUI test guards (a modal dialog a test forgot to answer fails the test instead of hanging it) and answers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ui.widgets import GoAhead


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("Een test opende een modaal venster zonder het `ask` te vervangen.")


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace every blocking dialog entry point with one that fails fast."""
    monkeypatch.setattr(QDialog, "exec", _refuse)
    monkeypatch.setattr(QMessageBox, "exec", _refuse)
    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_refuse))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_refuse))


def close_quietly(window) -> None:  # type: ignore[no-untyped-def]
    """Close a test's window without the save question: what the features record on closing (a running clock's
    minutes) is recorded first, then the document counts as saved."""
    for feature in window.features:
        feature.before_close()
    window.document.stack.set_clean()
    window.close()


def answer_go_ahead(monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> list[tuple[str, list[str]]]:
    """Let 'Toch onthullen?' answer for the facilitator; returns what was asked, with the doubts listed."""
    asked: list[tuple[str, list[str]]] = []

    def ask(cls, parent, question, doubts, yes):  # type: ignore[no-untyped-def]
        asked.append((question, list(doubts)))
        return answer
    monkeypatch.setattr(GoAhead, "ask", classmethod(ask))
    return asked


@pytest.fixture
def doc():  # type: ignore[no-untyped-def]
    """A document on the built-in sociale-basis model."""
    from ui.document import Document
    from workshop.content import new_trajectory

    return Document(new_trajectory())


@pytest.fixture
def sel():  # type: ignore[no-untyped-def]
    """An empty shared selection."""
    from ui.selection import Selection

    return Selection()


def show_at(qtbot, widget, width: int, height: int):  # type: ignore[no-untyped-def]
    """Show a widget at a size and wait until it is on screen; returns the widget."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def facilitator(qtbot):  # type: ignore[no-untyped-def]
    """The facilitator's window on the built-in model, shown and started; closed without questions afterwards."""
    from ui.app import build_window

    window = build_window()
    window.show()
    window.start()
    yield window
    close_quietly(window)
    window.deleteLater()
