"""Dialogs for an assumption: write or change it (template, kind, element, evidence, sources, monitoring), change
its status with a reason, and rewrite it after testing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.assumptions import texts
from ui.dialogs.text_dialog import dutch_buttons, lines_editor, save_keys
from workshop.assumption_edits import TEMPLATE
from workshop.assumptions import Assumption, AssumptionKind, AssumptionStatus, Monitoring, Source, SourceKind
from workshop.content import load_method
from workshop.trajectory import Trajectory


@dataclass
class AssumptionSpec:
    """What the dialog asked for."""

    text: str
    kind: AssumptionKind
    element_id: str
    evidence: str
    sources: list[Source]
    monitored: bool
    monitoring: Monitoring


def element_choices(t: Trajectory) -> list[tuple[str, str]]:
    """(id, label) of everything an assumption can be about: relations first, then bouwstenen, deelambities, H."""
    theory = t.theory
    found = [(r.key, f"{r.key} · {theory.element_label(r.key) or r.key}") for r in theory.relations]
    found += [(b.id, f"{b.id} · {b.label}") for b in theory.blocks]
    found += [(d.id, f"{d.id} · {d.name}") for d in theory.sub_ambitions]
    return [("", texts.FREE), ("H", "H · Hoofdambitie"), *found]


class SourcesTable(QTableWidget):
    """The sources of an assumption, one row each: kind (a list), note, link or page."""

    def __init__(self, sources: list[Source], parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(list(texts.SOURCE_COLUMNS))
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setAccessibleName(texts.SOURCES.rstrip(":"))
        for source in sources:
            self.add(source)

    def add(self, source: Source | None = None) -> None:
        """A row for a source (an empty one, ready to fill in)."""
        source = source or Source()
        row = self.rowCount()
        self.insertRow(row)
        kinds = QComboBox(self)
        for kind in SourceKind:
            kinds.addItem(kind.value, kind)
        kinds.setCurrentIndex(list(SourceKind).index(source.kind))
        self.setCellWidget(row, 0, kinds)
        self.setItem(row, 1, QTableWidgetItem(source.note))
        self.setItem(row, 2, QTableWidgetItem(source.link))

    def remove_current(self) -> None:
        """Take the current row away."""
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def sources(self) -> list[Source]:
        """The filled-in rows (a row with neither note nor link is left out)."""
        found = []
        for row in range(self.rowCount()):
            kind = self.cellWidget(row, 0).currentData()  # type: ignore[union-attr]
            note, link = (" ".join((self.item(row, c).text() if self.item(row, c) else "").split()) for c in (1, 2))
            if note or link:
                found.append(Source(kind=kind, note=note, link=link))
        return found


class AssumptionDialog(QDialog):
    """Write a new assumption (from the template) or change one."""

    def __init__(self, parent: QWidget | None, t: Trajectory, element_id: str, existing: Assumption | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.TITLE_EDIT.format(id=existing.id) if existing else texts.TITLE_NEW)
        self.setAccessibleName(self.windowTitle())
        base = existing or Assumption(id="A-000", text="-", element_id=element_id)
        self.text = lines_editor(existing.text if existing else "", self)
        self.text.setPlaceholderText(TEMPLATE)
        self.text.setAccessibleName(texts.TEXT.replace("&", "").rstrip(":"))
        self.kind = self._kinds(base.kind)
        self.element = self._elements(t, base.element_id)
        self.evidence = lines_editor(base.evidence, self)
        self.sources = SourcesTable(base.sources, self)
        self.monitored = QCheckBox(texts.MONITORED, self)
        self.monitored.setChecked(base.monitored)
        self.monitoring = [QLineEdit(v, self) for v in (base.monitoring.indicator, base.monitoring.source,
                                                        base.monitoring.who, base.monitoring.when)]
        self.hint = QLabel("", self)
        self._lay_out(t, base)

    def _kinds(self, current: AssumptionKind) -> QComboBox:
        combo = QComboBox(self)
        for info in load_method().assumption_kinds:
            combo.addItem(info.id, AssumptionKind(info.id))
            combo.setItemData(combo.count() - 1, f"{info.name}\n\n{info.explanation}", Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setToolTip("\n\n".join(f"{k.id}: {k.name}" for k in load_method().assumption_kinds))
        return combo

    def _elements(self, t: Trajectory, current: str) -> QComboBox:
        combo = QComboBox(self)
        for element_id, label in element_choices(t):
            combo.addItem(label, element_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _lay_out(self, t: Trajectory, base: Assumption) -> None:
        form = QFormLayout()
        form.addRow(texts.TEXT, self.text)
        form.addRow(QLabel(texts.TEMPLATE_HINT, self))
        form.addRow(texts.KIND, self.kind)
        form.addRow(texts.ELEMENT, self.element)
        form.addRow(texts.EVIDENCE, self.evidence)
        form.addRow(texts.SOURCES, self._sources_box())
        form.addRow(self.monitored)
        for label, field in zip(texts.MONITORING, self.monitoring, strict=True):
            form.addRow(f"{label}:", field)
        older = t.assumption(base.replaces) if base.replaces else None
        if older is not None:
            form.addRow(QLabel(texts.REPLACES.format(id=older.id, text=older.text), self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.hint, save_keys(self), dutch_buttons(self)):
            layout.addWidget(widget)
        self.resize(720, 760)

    def _sources_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sources)
        row = QHBoxLayout()
        for text, handler in ((texts.ADD_SOURCE, self.sources.add), (texts.REMOVE_SOURCE, self.sources.remove_current)):
            button = QPushButton(text, box)
            button.clicked.connect(lambda _checked=False, h=handler: h())
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def spec(self) -> AssumptionSpec:
        """What was filled in."""
        text = " ".join(self.text.toPlainText().split())
        monitoring = Monitoring(**dict(zip(("indicator", "source", "who", "when"),
                                           (f.text().strip() for f in self.monitoring), strict=True)))
        return AssumptionSpec(text, self.kind.currentData(), self.element.currentData(),
                              self.evidence.toPlainText().strip(), self.sources.sources(), self.monitored.isChecked(),
                              monitoring)

    def accept(self) -> None:
        if self.spec().text:
            super().accept()
        else:
            self.hint.setText(texts.NEED_TEXT)
            self.text.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, t: Trajectory, element_id: str,
            existing: Assumption | None = None) -> AssumptionSpec | None:
        """The filled-in spec, or None when cancelled."""
        dialog = cls(parent, t, element_id, existing)
        return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StatusDialog(QDialog):
    """A new status for an assumption, with the reason and the date that go into its history."""

    def __init__(self, parent: QWidget | None, assumption: Assumption) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.STATUS_TITLE.format(id=assumption.id))
        self.setAccessibleName(self.windowTitle())
        self.status = QComboBox(self)
        for status in AssumptionStatus:
            self.status.addItem(status.value, status)
        self.status.setCurrentIndex(list(AssumptionStatus).index(assumption.status))
        self.reason = lines_editor("", self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout(self)
        form.addRow(QLabel(escape_amp(assumption.text), self))
        form.addRow(texts.STATUS_LABEL, self.status)
        form.addRow(texts.REASON, self.reason)
        form.addRow(texts.DATE, self.date)
        form.addRow(save_keys(self))
        form.addRow(dutch_buttons(self))

    def answer(self) -> tuple[AssumptionStatus, str, dt.date]:
        """The chosen status, the reason and the date."""
        return self.status.currentData(), " ".join(self.reason.toPlainText().split()), self.date.date().toPython()

    @classmethod
    def ask(cls, parent: QWidget | None, assumption: Assumption) -> tuple[AssumptionStatus, str, dt.date] | None:
        """The answer, or None when cancelled."""
        dialog = cls(parent, assumption)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def escape_amp(text: str) -> str:
    """Text for a label that must not read '&' as a mnemonic."""
    return text.replace("&", "&&")


class RewriteDialog(QDialog):
    """The new wording of an assumption after testing, and why; the old one is kept with its history."""

    def __init__(self, parent: QWidget | None, assumption: Assumption) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.REWRITE_TITLE.format(id=assumption.id))
        self.setAccessibleName(self.windowTitle())
        self.text = lines_editor(assumption.text, self)
        self.reason = lines_editor("", self)
        form = QFormLayout(self)
        form.addRow(QLabel(texts.REWRITE_LABEL, self))
        form.addRow(self.text)
        form.addRow(texts.REWRITE_REASON, self.reason)
        form.addRow(save_keys(self))
        form.addRow(dutch_buttons(self))

    def answer(self) -> tuple[str, str]:
        """The new text and the reason."""
        return " ".join(self.text.toPlainText().split()), " ".join(self.reason.toPlainText().split())

    @classmethod
    def ask(cls, parent: QWidget | None, assumption: Assumption) -> tuple[str, str] | None:
        """The answer, or None when cancelled (or when the text is empty or unchanged)."""
        dialog = cls(parent, assumption)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text, reason = dialog.answer()
        return (text, reason) if text and text != assumption.text else None


def confirm_removal(parent: QWidget | None, assumption_id: str, scores: int) -> bool:
    """Ask before removing an assumption whose scores go with it."""
    from PySide6.QtWidgets import QMessageBox

    from ui.file_dialogs import _choose

    buttons = [("Verwijderen", QMessageBox.ButtonRole.AcceptRole, "yes"), ("Annuleren", QMessageBox.ButtonRole.RejectRole, "no")]
    return _choose(parent, QMessageBox.Icon.Question, texts.REMOVE_ASK.format(id=assumption_id),
                   texts.REMOVE_DETAIL.format(scores=scores), buttons) == "yes"
