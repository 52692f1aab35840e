"""Preferences dialog: UI scale, which screen is the projector, laptop theme and autosave delay."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget,
)
from PySide6.QtGui import QGuiApplication

from ui.preferences import Preferences
from ui.theme import THEMES

AUTOMATIC = "Automatisch (het tweede scherm)"


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; `ask` returns the new ones or None."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voorkeuren")
        self.scale = self._spin(prefs.ui_scale, 0.75, 3.0, 0.25, "Grootte van de bediening (1,0 = normaal)")
        self.autosave = self._seconds(prefs.autosave_seconds)
        self.screen = QComboBox(self)
        self.screen.setAccessibleName("Welk scherm is de projector")
        self.screen.addItem(AUTOMATIC, None)
        for screen in QGuiApplication.screens():
            self.screen.addItem(screen.name(), screen.name())
        self.screen.setCurrentIndex(max(0, self.screen.findData(prefs.projector_screen)))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName("Thema op de laptop")
        for theme in THEMES.values():
            self.theme.addItem(theme.title, theme.name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.laptop_theme)))
        self._layout()

    def _spin(self, value: float, low: float, high: float, step: float, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _seconds(self, value: float) -> QSpinBox:
        """Whole seconds, 1 to 5: after a crash at most 5 seconds of work may be lost."""
        spin = QSpinBox(self)
        spin.setRange(1, 5)
        spin.setSuffix(" s")
        spin.setValue(round(value))
        spin.setAccessibleName("Seconden tot een herstelkopie")
        return spin

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow("Grootte van de bediening:", self.scale)
        form.addRow("Projectorscherm:", self.screen)
        form.addRow("Thema op de laptop:", self.theme)
        form.addRow("Herstelkopie na:", self.autosave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_preferences(self) -> Preferences:
        """The preferences as set in the dialog."""
        return Preferences(
            ui_scale=self.scale.value(), projector_screen=self.screen.currentData(),
            laptop_theme=self.theme.currentData(), autosave_seconds=float(self.autosave.value()),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, prefs: Preferences) -> Preferences | None:
        """Show the dialog; the new preferences, or None when cancelled."""
        dialog = cls(prefs, parent)
        return dialog.result_preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
