"""The facilitator's Programma dock: the session and its steps, the clock and its controls, the notes for the
facilitator and what comes next, quick capture of notes and decisions, and editing the programme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ui.programme import texts
from ui.programme.controller import ProgrammeController
from ui.programme.projector import clock_line
from ui.widgets import UndoToWindow, fitting_combo, labelled_row, panel_button, scrolled
from workshop.programme import Step, StepStatus
from workshop.sessions import SessionStatus

STEP_ROLE = Qt.ItemDataRole.UserRole


class ProgrammePanel(QWidget):
    """The Programma dock."""

    def __init__(self, controller: ProgrammeController, actions: dict[str, Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.actions = controller, actions
        self.setAccessibleName(texts.DOCK)
        self.sessions = fitting_combo(self, texts.SESSION_LABEL.rstrip(":"))
        self.sessions.activated.connect(lambda _i: controller.choose(self.sessions.currentData()))
        self.clock = QLabel(self)
        self.clock.setAccessibleName("Klok")
        self.clock.setWordWrap(True)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(texts.DOCK)
        self.steps.setWordWrap(True)  # long titles wrap: no sideways scrolling in a narrow dock
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.steps.itemActivated.connect(lambda item: controller.jump(item.data(STEP_ROLE)))
        self.guide, self.coming, self.attendance = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.guide, self.coming):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes, self.decisions = QPlainTextEdit(self), QPlainTextEdit(self)
        for edit, field in ((self.notes, "notes"), (self.decisions, "decisions")):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().height() * 5)
            edit.textChanged.connect(lambda e=edit, f=field: self._write(e, f))
            edit.installEventFilter(UndoToWindow(edit))  # Ctrl+Z: the window's one history, as typed notes are in it
        self.notes.setPlaceholderText(texts.NOTES_HINT)
        self.buttons: dict[str, QPushButton] = {}
        self._lay_out()
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self._show_clock)
        self.refresh()

    def _button(self, key: str) -> QPushButton:
        button = self.buttons[key] = panel_button(self, texts.BUTTONS[key], self.actions[key])
        button.setToolTip(texts.BUTTON_TIPS.get(key, ""))
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Volgende ▶") + 16)
        return button

    def _row(self, *keys: str) -> QHBoxLayout:
        row = QHBoxLayout()
        for key in keys:
            row.addWidget(self._button(key))
        return row

    def _grid(self, *rows: tuple[str, ...]) -> QGridLayout:
        """Buttons three to a row, so the dock fits at the width it opens with (about 400 pixels)."""
        grid = QGridLayout()
        for r, keys in enumerate(rows):
            for c, key in enumerate(keys):
                grid.addWidget(self._button(key), r, c)
        return grid

    def _lay_out(self) -> None:
        layout = QVBoxLayout(scrolled(self, across=False))
        layout.addLayout(labelled_row(self, texts.SESSION_LABEL, self.sessions))
        layout.addLayout(self._grid(("start", "stop", "finish")))
        layout.addWidget(self.clock)
        layout.addLayout(self._grid(("previous", "next", "clock"), ("plus1", "plus5")))
        layout.addWidget(self.steps, 2)
        layout.addLayout(self._grid(("jump", "skip", "open"), ("up", "down", "remove"), ("add", "edit")))
        for caption, widget in ((texts.GUIDE, self.guide), ("", self.coming)):
            if caption:
                layout.addWidget(QLabel(f"<b>{caption}</b>", self))
            layout.addWidget(widget)
        for caption, edit in ((texts.NOTES_LABEL, self.notes), (texts.DECISIONS_LABEL, self.decisions)):
            label = QLabel(caption, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        row = self._row("attendance")
        row.insertWidget(0, self.attendance, 1)
        self.attendance.setWordWrap(True)
        layout.addLayout(row)

    # -- following the controller -----------------------------------------------------------
    def refresh(self) -> None:
        """Show the session as it stands."""
        self._fill_sessions()
        self._fill_steps()
        self._show_chosen()
        self._show_clock()
        self._enable()

    def _fill_sessions(self) -> None:
        t = self.controller.document.trajectory
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in t.sessions:
            self.sessions.addItem(texts.SESSION_ITEM.format(number=s.number, title=s.title, status=s.status.value), s.number)
        self.sessions.setCurrentIndex(max(0, self.sessions.findData(self.controller.number)))
        self.sessions.blockSignals(False)

    def _fill_steps(self) -> None:
        chosen = self.chosen()
        keep = chosen.id if chosen is not None and chosen is not self._running_before else None
        running = self.controller.step
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in self.controller.steps():
            item = QListWidgetItem(texts.STEP_ITEM.format(mark=texts.MARKS[step.status.value], title=step.title,
                                                          minutes=step.minutes))
            item.setData(STEP_ROLE, step.id)
            item.setToolTip(f"{step.kind.value} · {texts.STATUS_WORDS[step.status.value]}")
            self.steps.addItem(item)
            if step.id == (keep or (running.id if running else None)):
                self.steps.setCurrentItem(item)
        self.steps.blockSignals(False)
        self._running_before = running

    _running_before: Step | None = None

    def chosen(self) -> Step | None:
        """The step chosen in the list (the running one unless the facilitator picked another)."""
        item = self.steps.currentItem()
        return self.controller.document.trajectory.step(item.data(STEP_ROLE)) if item else self.controller.step

    def _show_chosen(self) -> None:
        step, following = self.chosen(), self.controller.next_step()
        self.guide.setText(step.guide if step else "")
        self.coming.setText(texts.COMING.format(title=following.title, minutes=following.minutes) if following
                            else texts.COMING_LAST if self.controller.step else "")
        for edit, field in ((self.notes, "notes"), (self.decisions, "decisions")):
            value = getattr(step, field) if step else ""
            if edit.toPlainText() != value:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
            edit.setEnabled(step is not None)
        self._show_attendance()
        self._enable()

    def _show_attendance(self) -> None:
        session, people = self.controller.session, self.controller.document.trajectory.participants
        present = len(session.attendance) if session else 0
        self.attendance.setText(texts.ATTENDANCE.format(present=present, total=len(people)))

    def _show_clock(self) -> None:
        session = self.controller.session
        if self.controller.step is None:
            words = {"afgerond": texts.FINISHED, "bezig": texts.PAUSED_SESSION}
            self.clock.setText(words.get(session.status.value, texts.NOT_STARTED) if session else "")
            return
        text, _over = clock_line(self.controller)
        self.clock.setText(f"<span style='font-size: 20pt; font-weight: bold'>{text}</span>")

    def _enable(self) -> None:
        c, step, running = self.controller, self.chosen(), self.controller.is_running()
        todo = step is not None and step.status is StepStatus.TODO
        open_ = c.session is not None and c.session.status is not SessionStatus.DONE
        states = {"stop": running, "finish": open_, "previous": running, "next": running,
                  "clock": running, "plus1": running, "plus5": running, "jump": step is not None and step is not c.step,
                  "skip": step is not None and step.status in (StepStatus.TODO, StepStatus.SKIPPED),
                  "up": step is not None, "down": step is not None,
                  "edit": step is not None, "remove": todo, "open": step is not None and bool(step.opens)}
        for key, on in states.items():
            self.buttons[key].setEnabled(on)
        self.buttons["start"].setText(texts.BUTTONS[_start_word(c)])
        self.buttons["start"].setEnabled(c.session is not None and not c.is_live())
        self.buttons["clock"].setText(texts.BUTTONS["clock" if c.countdown.running else "clock_run"])
        if step is not None:
            self.buttons["skip"].setText(texts.BUTTONS["unskip" if step.status is StepStatus.SKIPPED else "skip"])

    def _write(self, edit: QPlainTextEdit, field: str) -> None:
        step = self.chosen()
        if step is not None and edit.toPlainText() != getattr(step, field):
            self.controller.write(step.id, field, edit.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """→ and ← (a presenter's remote) go a step on or back while the panel has the keyboard."""
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left) and not event.modifiers():
            (self.controller.next if event.key() == Qt.Key.Key_Right else self.controller.previous)()
        else:
            super().keyPressEvent(event)


def _start_word(controller: ProgrammeController) -> str:
    """The Start button's word for the session shown: start, resume, reopen (afgerond) or running."""
    status = controller.session.status.value if controller.session else ""
    if controller.is_live():
        return "running"
    return {"bezig": "resume", "afgerond": "reopen"}.get(status, "start")
