"""The Monitoring dock: the assumptions (belangrijk en onzeker first), each with a 'monitoren' box, and the plan of the
chosen one (indicator, bron, wie, wanneer) typed in place, one undo step per part."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.document import Document
from ui.monitoring import texts
from ui.monitoring.order import Stats, StatsCache, filled, ordered
from ui.pushing import Say, push
from ui.selection import Selection
from ui.widgets import UndoToWindow, panel_button
from workshop import assumption_edits as ae
from workshop import monitoring_edits as me
from workshop.assumptions import QUADRANT_ACTIONS, Assumption, AssumptionStatus
from workshop.commands import Command
from workshop.refs import Ref, RefKind
from workshop.registry import Change

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN = frozenset({Change.ASSUMPTIONS, Change.SCORES, Change.META})


def row_text(assumption: Assumption, stats: Stats) -> str:
    """Two lines: the assumption, then where the group put it and how far its plan is."""
    found = stats.get(assumption.id)
    where = f"{found.quadrant.value} · {QUADRANT_ACTIONS[found.quadrant]}" if found else texts.UNSCORED
    words = [where] + ([assumption.status.value] if assumption.status is not AssumptionStatus.OPEN else [])
    if assumption.monitored:
        words.append(texts.PLAN_STATE.format(filled=filled(assumption)))
    return f"{assumption.id} · {assumption.text}\n{' · '.join(words)}"


class MonitoringPanel(QWidget):
    """The list with the 'monitoren' boxes, and the four parts of the chosen assumption's plan."""

    def __init__(self, document: Document, selection: Selection, say: Say, project: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.selection, self._say = document, selection, say
        self._stats = StatsCache()
        self._ids: list[str] = []
        self.heading, self.title, self.state = QLabel(self), QLabel(self), QLabel(self)
        self.list = QListWidget(self)
        self.fields = {part: QLineEdit(self) for part in texts.PARTS}
        self._undo_keys = UndoToWindow(self)
        self._build(project)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        selection.changed.connect(self._follow)
        self.refresh()

    def _build(self, project: Callable[[], object]) -> None:
        hint = QLabel(texts.HINT, self)
        for label in (self.heading, hint, self.title, self.state):
            label.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list.setAccessibleName(texts.LIST)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(lambda _item, _before: self._on_row())
        self.list.itemChanged.connect(self._on_ticked)
        form = QFormLayout()
        for part, field in self.fields.items():
            field.setAccessibleName(texts.PARTS[part])
            field.setPlaceholderText(texts.PLACEHOLDERS[part])
            field.installEventFilter(self._undo_keys)
            field.textEdited.connect(lambda text, p=part: self._on_typed(p, text))
            form.addRow(texts.PARTS[part], field)
        layout = QVBoxLayout(self)
        for widget in (self.heading, hint):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(panel_button(self, texts.ON_PROJECTOR, project))

    # -- what is shown ------------------------------------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[str]) -> None:
        if Change.SCORES in changes:
            self._stats.forget()  # new scores or a reveal may move assumptions to another quadrant
        if SHOWN & set(changes):
            self.refresh()

    def _on_replaced(self) -> None:
        self._stats.forget()
        self.refresh()

    def refresh(self) -> None:
        """Bring the list and the plan in line with the trajectory (rows are rebuilt only when the order moves)."""
        t = self.document.trajectory
        stats = self._stats.get(t)
        assumptions = ordered(t, stats)
        chosen = sum(1 for a in assumptions if a.monitored)
        self.heading.setText(texts.HEADING.format(chosen=chosen, total=len(assumptions)) if assumptions else texts.NONE)
        self.list.blockSignals(True)
        if [a.id for a in assumptions] != self._ids:
            self._rebuild(assumptions, stats)
        else:
            self._update(assumptions, stats)
        self.list.blockSignals(False)
        self._show_chosen()

    def _rebuild(self, assumptions: list[Assumption], stats: Stats) -> None:
        keep = self.chosen_id()
        self.list.clear()
        self._ids = [a.id for a in assumptions]
        for assumption in assumptions:
            item = QListWidgetItem()
            item.setData(ID_ROLE, assumption.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # the box shows from the start, ticked or not
            self.list.addItem(item)
            if assumption.id == keep:
                self.list.setCurrentItem(item)
        self._update(assumptions, stats)

    def _update(self, assumptions: list[Assumption], stats: Stats) -> None:
        for row, assumption in enumerate(assumptions):
            item = self.list.item(row)
            text = row_text(assumption, stats)
            check = Qt.CheckState.Checked if assumption.monitored else Qt.CheckState.Unchecked
            if item.text() != text:
                item.setText(text)
                item.setToolTip(assumption.text)
            if item.checkState() != check:
                item.setCheckState(check)

    def chosen_id(self) -> str | None:
        """The id of the assumption in the current row."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def chosen(self) -> Assumption | None:
        """The assumption in the current row."""
        chosen_id = self.chosen_id()
        return self.document.trajectory.assumption(chosen_id) if chosen_id else None

    def _show_chosen(self) -> None:
        assumption = self.chosen()
        self.title.setText(texts.PLAN_OF.format(id=assumption.id) if assumption else texts.NOTHING_CHOSEN)
        self.title.setToolTip(assumption.text if assumption else "")
        open_plan = assumption is not None and assumption.monitored
        self.state.setText("" if open_plan or assumption is None else texts.CHOOSE_FIRST)
        self.state.setVisible(bool(self.state.text()))
        for part, field in self.fields.items():
            field.setEnabled(open_plan)
            self._set_field(field, getattr(assumption.monitoring, part) if assumption else "")

    @staticmethod
    def _set_field(field: QLineEdit, value: str) -> None:
        """Show the stored value; what is being typed stays as it is (a trailing blank, the cursor)."""
        if (field.text() if field.text().strip() else "") == value:
            return
        cursor = field.cursorPosition()
        field.setText(value)
        field.setCursorPosition(min(cursor, len(value)))

    def _follow(self, ref: object) -> None:
        """The row follows an assumption chosen elsewhere (the details, the map)."""
        if not isinstance(ref, Ref) or ref.kind is not RefKind.ASSUMPTION or ref.id not in self._ids:
            return
        if ref.id != self.chosen_id():
            self.list.setCurrentRow(self._ids.index(ref.id))

    # -- changing -----------------------------------------------------------------------------------------------------
    def _push(self, build: Callable[[], Command]) -> bool:
        return push(self.document, build, self._say)

    def _on_row(self) -> None:
        self._show_chosen()
        if (chosen_id := self.chosen_id()) is not None:
            self.selection.select(Ref(RefKind.ASSUMPTION, chosen_id))

    def _on_ticked(self, item: QListWidgetItem) -> None:
        assumption = self.document.trajectory.assumption(item.data(ID_ROLE))
        ticked = item.checkState() == Qt.CheckState.Checked
        if assumption is not None and assumption.monitored != ticked:
            self.list.setCurrentItem(item)
            if not self._push(lambda: ae.edit_assumption(assumption.id, "monitored", ticked)):
                self.refresh()  # refused: the box shows the stored state again

    def choose(self, assumption_id: str, monitored: bool = True) -> None:
        """Tick (or untick) an assumption's 'monitoren' box, as a click would."""
        item = self.list.item(self._ids.index(assumption_id))
        item.setCheckState(Qt.CheckState.Checked if monitored else Qt.CheckState.Unchecked)

    def _on_typed(self, part: str, text: str) -> None:
        chosen_id, t = self.chosen_id(), self.document.trajectory
        if chosen_id is not None:
            self._push(lambda: me.edit_plan(t, chosen_id, part, text, mergeable=True))
