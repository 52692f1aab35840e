"""The score card: one assumption, and belang and zekerheid each as five large buttons; tap, click or type 1-5.

The chosen value is shown by a thick border and a filled button, and is also named in words under the rows, so
it never rests on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.scoring import texts
from ui.scoring.controller import ScoringController
from ui.theme import Theme
from ui.widgets import claims_key

ROWS = ((texts.IMPORTANCE, texts.IMPORTANCE_ENDS), (texts.CERTAINTY, texts.CERTAINTY_ENDS))


class ScoreCard(QWidget):
    """Follows the controller's current assumption; sends values, moves and the confirmation back to it."""

    confirmed = Signal()

    def __init__(self, controller: ScoringController, theme: Theme, px: float, room: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.theme, self.px, self.room = controller, theme, px, room
        self.setAccessibleDescription(texts.CARD_HELP)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setObjectName("assumptionText")
        self.values: list[list[QPushButton]] = []
        self.chosen = QLabel(self)
        self.nav = {key: self._button(text, handler) for key, text, handler in (
            ("previous", texts.PREVIOUS, lambda: controller.move(-1)), ("next", texts.NEXT, lambda: controller.move(1)),
            ("confirm", texts.CONFIRM, controller.confirm))}
        for key, button in self.nav.items():
            button.setToolTip(texts.CARD_TIPS[key])
        self._lay_out()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if room else Qt.FocusPolicy.StrongFocus)
        self.set_px(px)

    def _button(self, text: str, handler: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: handler())  # type: ignore[operator]
        return button

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        grid = QGridLayout()
        for row, (name, ends) in enumerate(ROWS):
            caption = QLabel(name, self)
            caption.setProperty("role", "caption")
            grid.addWidget(caption, row * 2, 0)
            buttons = [self._button(str(v), lambda r=row, v=v: self.controller.set_value(r, v)) for v in range(1, 6)]
            for column, button in enumerate(buttons, start=1):
                button.setAccessibleName(f"{name} {column}")
                grid.addWidget(button, row * 2, column)
            hint = QLabel(f"{ends[0]} · {ends[1]}", self)
            hint.setWordWrap(True)
            grid.addWidget(hint, row * 2 + 1, 1, 1, 5)
            self.values.append(buttons)
        layout.addLayout(grid)
        layout.addWidget(self.chosen)
        nav = QHBoxLayout()
        for key in ("previous", "next"):
            nav.addWidget(self.nav[key])
        nav.addStretch(1)
        nav.addWidget(self.nav["confirm"])
        layout.addLayout(nav)

    def set_px(self, px: float) -> None:
        """The text size (the room's 3.5 % of the screen height on the projector, the app font on the laptop)."""
        self.px = px
        t = self.theme
        self.setStyleSheet(
            f"QLabel {{ color: {t.foreground}; font-size: {round(px)}px; }}"
            f"QLabel#assumptionText {{ font-size: {round(px * 1.25)}px; font-weight: bold; }}"
            f"QPushButton {{ font-size: {round(px)}px; font-weight: bold; color: {t.foreground}; background: {t.card};"
            f" border: {max(1, round(px * 0.06))}px solid {t.border}; border-radius: {round(px * 0.3)}px;"
            f" padding: {round(px * 0.25)}px {round(px * 0.6)}px; min-width: {round(px * 1.6)}px;"
            f" min-height: {round(px * (1.8 if self.room else 1.2))}px; }}"
            f"QPushButton[chosen=\"true\"] {{ background: {t.accent}; color: {t.background};"
            f" border: {max(2, round(px * 0.16))}px solid {t.foreground}; }}"
            f"QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}")

    def refresh(self) -> None:
        """Show the controller's current assumption and this scorer's values for it."""
        c, item = self.controller, self.controller.current()
        total = len(c.assumptions())
        self.text.setText("" if item is None else (item.text if self.room else f"{item.id} · {item.text}"))
        pair = c.pair(item.id) if item else [None, None]
        for row, buttons in enumerate(self.values):
            for value, button in enumerate(buttons, start=1):
                button.setProperty("chosen", pair[row] == value)
                button.style().unpolish(button)
                button.style().polish(button)
        words = [f"{name}: {v if v is not None else '–'}" for (name, _), v in zip(ROWS, pair, strict=True)]
        self.chosen.setText(" · ".join(words))
        self.nav["previous"].setEnabled(c.index > 0)
        self.nav["next"].setEnabled(c.index < total - 1)
        self.nav["confirm"].setEnabled(bool(c.scorer) and not c.missing())

    def event(self, event: QEvent) -> bool:
        return claims_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = {Qt.Key.Key_Left: lambda: self.controller.move(-1), Qt.Key.Key_Right: lambda: self.controller.move(1),
                Qt.Key.Key_Return: self.controller.confirm, Qt.Key.Key_Enter: self.controller.confirm}
        if event.text().isdigit() and 1 <= int(event.text()) <= 5:
            self.controller.type_digit(int(event.text()))
        elif (action := keys.get(Qt.Key(event.key()))) is not None:
            action()
        else:
            super().keyPressEvent(event)
