"""The Aannames dock: the assumptions about the chosen element (or all), the publication's suggestions for it
(adopt, adopt rewritten, reject), and the buttons to write, change, judge, rewrite and remove."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.assumptions import texts
from ui.document import Document
from ui.pushing import Say, push
from ui.selection import Selection
from ui.widgets import panel_button
from workshop import assumption_edits as ae
from workshop.assumptions import Assumption
from workshop.commands import Command
from workshop.content import Suggestion, suggestions_for
from workshop.refs import Ref, RefKind, element_of
from workshop.registry import Change
from workshop.trajectory import Trajectory

ID_ROLE = Qt.ItemDataRole.UserRole


def about(t: Trajectory, assumption: Assumption, element_id: str | None) -> bool:
    """True when the assumption is about the element: itself, or a relation of it (None: every assumption)."""
    if element_id is None:
        return True
    target = assumption.element_id
    return target == element_id or (("-" in target) and element_id in target.split("-"))


def line_of(assumption: Assumption) -> str:
    """How an assumption reads in the list: id, kind, text, status and marks."""
    marks = [texts.MONITOR_MARK] if assumption.monitored else []
    marks += [texts.REPLACED_MARK.format(id=assumption.replaces)] if assumption.replaces else []
    tail = " · ".join([assumption.status.value, *marks])
    return f"{assumption.id} [{assumption.kind.value}] {assumption.text} · {tail}"


class AssumptionsPanel(QWidget):
    """The assumptions about what is selected, and the publication's suggestions for it."""

    def __init__(self, document: Document, selection: Selection, say: Say, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.document, self.selection, self._say, self._today = document, selection, say, today
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.everything = QCheckBox(texts.ALL, self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(texts.LIST)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._on_row)
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.suggestions = QListWidget(self)
        self.suggestions.setAccessibleName(texts.SUGGESTIONS)
        self.suggestions.setWordWrap(True)
        self.everything.toggled.connect(lambda _on: self.refresh())
        self.buttons: dict[str, QPushButton] = {}
        self._lay_out()
        document.changed.connect(self._on_changed)
        document.replaced.connect(self.refresh)
        selection.changed.connect(lambda _ref: self.refresh())
        self.refresh()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.everything)
        layout.addLayout(top)
        layout.addWidget(self.list, 3)
        layout.addLayout(self._row((texts.ADD, self.add), (texts.EDIT, self.edit), (texts.STATUS, self.change_status)))
        layout.addLayout(self._row((texts.REWRITE, self.rewrite), (texts.REMOVE, self.remove)))
        layout.addWidget(QLabel(texts.SUGGESTIONS, self))
        layout.addWidget(self.suggestions, 2)
        layout.addLayout(self._row((texts.ADOPT, self.adopt), (texts.ADOPT_REWRITE, self.adopt_rewritten),
                                   (texts.REJECT, self.reject)))
        self.list.currentRowChanged.connect(self._enable)  # a row number: an item pointer may be gone in a clear()
        self.suggestions.currentRowChanged.connect(self._enable)

    def _row(self, *buttons: tuple[str, Callable[[], object]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, handler in buttons:
            self.buttons[handler.__name__] = panel_button(self, text, handler)
            row.addWidget(self.buttons[handler.__name__])
        return row

    def _enable(self, *_rows: object) -> None:
        """What acts on an assumption or a suggestion is off while none is chosen (only a 'none yet' row)."""
        assumption, suggestion = (bool(w.currentItem() and w.currentItem().data(ID_ROLE))
                                  for w in (self.list, self.suggestions))
        for name in ("edit", "change_status", "rewrite", "remove"):
            self.buttons[name].setEnabled(assumption)
        for name in ("adopt", "adopt_rewritten", "reject"):
            self.buttons[name].setEnabled(suggestion)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def element(self) -> str | None:
        """The theory element the list is about (None: all assumptions)."""
        if self.everything.isChecked():
            return None
        return element_of(self.document.trajectory, self.selection.ref)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if changes & {Change.ASSUMPTIONS, Change.THEORY, Change.META, Change.SCORES}:
            self.refresh()

    def refresh(self) -> None:
        """Fill both lists for the current element."""
        t, element = self.document.trajectory, self.element
        label = t.theory.element_label(element) if element else None
        self.heading.setText(texts.ABOUT.format(name=label) if label else texts.ALL)
        self._fill_assumptions(t, element if label else None)
        self._fill_suggestions(t, element)
        self._enable()

    def _fill_assumptions(self, t: Trajectory, element: str | None) -> None:
        chosen = self.selection.ref.id if self.selection.ref and self.selection.ref.kind is RefKind.ASSUMPTION else None
        self.list.blockSignals(True)
        self.list.clear()
        for assumption in (a for a in t.assumptions if about(t, a, element)):
            item = QListWidgetItem(line_of(assumption))
            item.setData(ID_ROLE, assumption.id)
            self.list.addItem(item)
            if assumption.id == chosen:
                self.list.setCurrentItem(item)
        if not self.list.count():
            label = t.theory.element_label(element) if element else None
            self.list.addItem(QListWidgetItem(texts.NONE_HERE.format(name=label) if label else texts.NONE_YET))
        self.list.blockSignals(False)

    def open_suggestions(self, element: str | None) -> list[Suggestion]:
        """The suggestions for the element (a relation, or a bouwsteen) not yet adopted or rejected."""
        if not element:
            return []
        t = self.document.trajectory
        taken = {a.suggestion for a in t.assumptions} | set(t.rejected_suggestions)
        return [s for s in suggestions_for(element, t.theory) if s.id not in taken]

    def _fill_suggestions(self, t: Trajectory, element: str | None) -> None:
        self.suggestions.blockSignals(True)  # no row changes while the items are replaced (refresh enables after)
        self.suggestions.clear()
        for suggestion in self.open_suggestions(element):
            item = QListWidgetItem(f"{suggestion.id} [{suggestion.kind.value}] {suggestion.text}")
            item.setData(ID_ROLE, suggestion.id)
            item.setToolTip(f"{suggestion.reference}\n{suggestion.note}".strip())
            self.suggestions.addItem(item)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)  # Overnemen works at once on the first one
        else:
            self.suggestions.addItem(QListWidgetItem(texts.SUGGESTIONS_NONE if element else texts.SUGGESTIONS_PICK))
        self.suggestions.blockSignals(False)

    def _on_row(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(ID_ROLE):
            self.selection.select(Ref(RefKind.ASSUMPTION, item.data(ID_ROLE)))

    # -- actions ------------------------------------------------------------------------------
    def _push(self, build: Callable[[], Command]) -> bool:
        return push(self.document, build, self._say)

    def chosen(self) -> Assumption | None:
        """The assumption of the current row."""
        item = self.list.currentItem()
        found = self.document.trajectory.assumption(item.data(ID_ROLE)) if item and item.data(ID_ROLE) else None
        if found is None:
            self._say(texts.NOTHING_CHOSEN)
        return found

    def add(self) -> bool:
        """Write a new assumption about the chosen element (from the template)."""
        from ui.assumptions.dialog import AssumptionDialog

        t = self.document.trajectory
        spec = AssumptionDialog.ask(self, t, self.element or "")
        if spec is None:
            return False
        fields = {"kind": spec.kind, "evidence": spec.evidence, "sources": spec.sources, "monitored": spec.monitored,
                  "monitoring": spec.monitoring}
        if self._push(lambda: ae.add_assumption(t, spec.text, spec.element_id, **fields)):
            self.selection.select(Ref(RefKind.ASSUMPTION, t.assumptions[-1].id))
            return True
        return False

    def edit(self) -> bool:
        """Change the chosen assumption (all its fields in one undo step)."""
        from ui.assumptions.dialog import AssumptionDialog
        from workshop.commands import Macro

        assumption = self.chosen()
        spec = AssumptionDialog.ask(self, self.document.trajectory, assumption.element_id, assumption) if assumption else None
        if assumption is None or spec is None:
            return False
        new = {"text": spec.text, "kind": spec.kind, "element_id": spec.element_id, "evidence": spec.evidence,
               "monitored": spec.monitored, "monitoring": spec.monitoring}
        steps = [ae.edit_assumption(assumption.id, f, v) for f, v in new.items() if getattr(assumption, f) != v]
        if [(s.kind, s.note, s.link) for s in spec.sources] != [(s.kind, s.note, s.link) for s in assumption.sources]:
            steps.append(ae.set_sources(self.document.trajectory, assumption.id, spec.sources))
        return bool(steps) and self._push(lambda: Macro(f"Aanname {assumption.id} wijzigen", steps))

    def change_status(self) -> bool:
        """A new status for the chosen assumption, with its reason, into the history."""
        from ui.assumptions.dialog import StatusDialog

        assumption = self.chosen()
        answer = StatusDialog.ask(self, assumption) if assumption else None
        return answer is not None and assumption is not None and self._push(
            lambda: ae.change_status(self.document.trajectory, assumption.id, *answer))

    def rewrite(self) -> bool:
        """A new wording after testing; the new assumption points to the old one."""
        from ui.assumptions.dialog import RewriteDialog

        assumption = self.chosen()
        answer = RewriteDialog.ask(self, assumption) if assumption else None
        if answer is None or assumption is None:
            return False
        return self._push(lambda: ae.rewrite(self.document.trajectory, assumption.id, *answer, self._today()))

    def remove(self, confirm: Callable[[Assumption], bool] | None = None) -> bool:
        """Remove the chosen assumption with its scores (asks first when it has scores)."""
        assumption = self.chosen()
        if assumption is None or not (confirm or self._confirm)(assumption):
            return False
        return self._push(lambda: ae.remove_assumption(self.document.trajectory, assumption.id))

    def _confirm(self, assumption: Assumption) -> bool:
        scores = sum(1 for s in self.document.trajectory.scores if s.assumption_id == assumption.id)
        if not scores:
            return True
        from ui.assumptions.dialog import confirm_removal

        return confirm_removal(self, assumption.id, scores)

    def _suggestion(self) -> Suggestion | None:
        item = self.suggestions.currentItem()
        wanted = item.data(ID_ROLE) if item else None
        open_ones = self.open_suggestions(self.element)
        found = next((s for s in open_ones if s.id == wanted), None)
        if found is None:
            self._say(texts.SUGGESTION_CHOOSE if open_ones else texts.SUGGESTIONS_NONE if self.element
                      else texts.SUGGESTIONS_PICK)
        return found

    def adopt(self, text: str | None = None) -> bool:
        """Take the chosen suggestion over (in the group's own words when `text` is given)."""
        suggestion, t = self._suggestion(), self.document.trajectory
        if suggestion is None or not self._push(lambda: ae.adopt_suggestion(t, suggestion, text)):
            return False
        self._say(texts.ADOPTED.format(id=suggestion.id, aid=t.assumptions[-1].id))
        return True

    def adopt_rewritten(self) -> bool:
        """Take the chosen suggestion over after rewriting it."""
        from ui.dialogs.text_dialog import TextDialog

        suggestion = self._suggestion()
        text = TextDialog.ask(self, texts.ADOPT_REWRITE.rstrip("…"), texts.TEXT.replace("&", ""), suggestion.text,
                              True) if suggestion else None
        return bool(text) and self.adopt(" ".join((text or "").split()))

    def reject(self) -> bool:
        """Set the chosen suggestion aside (remembered in the workbook)."""
        suggestion = self._suggestion()
        if suggestion is None or not self._push(lambda: ae.reject_suggestion(self.document.trajectory, suggestion.id)):
            return False
        self._say(texts.REJECTED.format(id=suggestion.id))
        return True
