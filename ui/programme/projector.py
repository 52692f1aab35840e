"""What the room sees of the programme: the step's title, its instructions and a large countdown (the programme
page), and a strip with the step and the clock above an activity (the schema, the tiles, the map)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.programme import texts
from ui.programme.controller import ProgrammeController
from ui.programme.countdown import clock_text
from ui.theme import PROJECTOR, Theme
from ui.voting.projector import _label_style, room_px


def clock_line(controller: ProgrammeController) -> tuple[str, bool]:
    """The countdown as the room reads it ('12:05', '12:05 gepauzeerd', '+1:30 over tijd') and whether it is over."""
    left = controller.left()
    words = [clock_text(left)]
    if left < 0:
        words.append(texts.OVER)
    if not controller.countdown.running:
        words.append(texts.PAUSED)
    return " ".join(words), left < 0


def _paint(widget: QWidget, theme: Theme) -> None:
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
    widget.setPalette(palette)


class ProgrammePage(QWidget):
    """The step in front of the room: where we are, the title, the countdown, the instructions (and notes if shown)."""

    def __init__(self, controller: ProgrammeController, theme: Theme = PROJECTOR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.theme = controller, theme
        self.setAccessibleName(texts.DOCK)
        _paint(self, theme)
        self.where, self.title, self.clock, self.room, self.notes = (self._label() for _ in range(5))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.clock.setWordWrap(False)
        self.clock.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock, 0)
        layout.addWidget(self.where)
        layout.addLayout(top)
        layout.addWidget(self.room, 1)
        layout.addWidget(self.notes)
        self._px = room_px(1080, theme)
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self._show_clock)
        self.refresh()

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def refresh(self) -> None:
        """Show the running step (or the session about to start)."""
        c, step, session = self.controller, self.controller.step, self.controller.session
        heading = texts.NOT_RUNNING.format(number=session.number, title=session.title) if session else ""
        if step is None:
            self.where.setText(heading)
            self.title.setText(texts.ROOM_DONE if session and session.status.value == "afgerond" else texts.ROOM_IDLE)
            self.room.setText(self._after_text())
        else:
            index, total = c.position()
            self.where.setText(f"{heading} · {texts.STEP_OF.format(index=index, total=total)}")
            self.title.setText(step.title)
            self.room.setText(step.room)
        self.notes.setText(self._notes_text() if c.show_notes and step else "")
        self.notes.setVisible(bool(self.notes.text()))
        self._show_clock()

    def _after_text(self) -> str:
        """After a session: which one comes next (and when, if it is dated)."""
        session, t = self.controller.session, self.controller.document.trajectory
        if session is None or session.status.value != "afgerond":
            return ""
        later = next((s for s in t.sessions if s.number > session.number and s.status.value != "afgerond"), None)
        if later is None:
            return texts.ROOM_LAST
        when = f" ({later.date:%d-%m-%Y})" if later.date else ""
        return texts.ROOM_NEXT.format(number=later.number, title=later.title, when=when)

    def _notes_text(self) -> str:
        step = self.controller.step
        assert step is not None
        parts = [f"{texts.ROOM_NOTES}: {step.notes}" if step.notes else "",
                 f"{texts.ROOM_DECISIONS}: {step.decisions}" if step.decisions else ""]
        return "\n".join(p for p in parts if p)

    def _show_clock(self) -> None:
        if self.controller.step is None:
            self.clock.setText("")
            return
        text, over = clock_line(self.controller)
        digits, _, words = text.partition(" ")
        self.clock.setStyleSheet(_clock_style(self.theme, self._px * 3.2, over))
        self.clock.setText(_two_lines(digits, words, round(self._px)))  # 'gepauzeerd' under the digits, not beside

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._px = px = room_px(self.height(), self.theme)
        margin = round(px * 0.8)
        self.layout().setContentsMargins(margin, margin // 2, margin, margin // 2)
        for label, scale, bold in ((self.where, 1.0, False), (self.title, 1.8, True), (self.room, 1.45, False),
                                   (self.notes, 1.0, False)):
            label.setStyleSheet(_label_style(self.theme, px * scale, bold))
        self._show_clock()


class ProgrammeBand(QWidget):
    """A strip above an activity: 'Stap 3 van 6 · Bouwstenen plaatsen' and the clock, in the room's text size."""

    def __init__(self, controller: ProgrammeController, theme: Theme = PROJECTOR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.theme = controller, theme
        self.setAccessibleName(texts.DOCK)
        _paint(self, theme)
        self.step, self.clock = QLabel(self), QLabel(self)
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.addWidget(self.step, 1)
        row.addWidget(self.clock, 0)
        self._px = room_px(1080, theme)
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self._show_clock)
        self.refresh()

    def refresh(self) -> None:
        """The running step and the clock."""
        step = self.controller.step
        index, total = self.controller.position()
        self.step.setText(f"{texts.STEP_OF.format(index=index, total=total)} · {step.title}" if step else "")
        self._show_clock()

    def _show_clock(self) -> None:
        text, over = clock_line(self.controller) if self.controller.step else ("", False)
        self.clock.setText(text)
        self.clock.setStyleSheet(_clock_style(self.theme, self._px * 1.1, over))

    def set_room_height(self, height: int) -> None:
        """Size the strip for a projector window `height` pixels high."""
        self._px = px = room_px(height, self.theme)
        self.step.setStyleSheet(_label_style(self.theme, px, True))
        self.layout().setContentsMargins(round(px * 0.5), round(px * 0.2), round(px * 0.5), round(px * 0.2))
        self._show_clock()


def _two_lines(digits: str, words: str, px: int) -> str:
    """The big digits, and under them the words in the room's text size; the second line is always there, so the
    page does not move when the clock pauses."""
    return (f"<div align='right'>{html.escape(digits)}</div>"
            f"<div align='right' style='font-size:{px}px'>{html.escape(words) or '&nbsp;'}</div>")


def _clock_style(theme: Theme, px: float, over: bool) -> str:
    """The countdown: bold, tabular; over time in the accent colour (the '+' and 'over tijd' say it too)."""
    colour = theme.accent if over else theme.foreground
    return (f"QLabel {{ color: {colour}; font-size: {round(px)}px; font-weight: bold; "
            f"font-family: '{theme.font_families[0]}'; }}")
