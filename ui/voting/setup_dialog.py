"""Setting up a voting round: the question, options from the theory (or free text) and the rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ui.dialogs.text_dialog import dutch_buttons, lines_editor, save_keys
from ui.voting import texts
from workshop.trajectory import Trajectory
from workshop.voting import MAX_DOTS, EntryMode, RoundKind, VotingRound

CODE_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class RoundSpec:
    """What the dialog asked for: a question, options (theory ids and free texts) and the rules."""

    question: str
    option_ids: list[str] = field(default_factory=list)
    free_texts: list[str] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)


def option_groups(t: Trajectory) -> list[tuple[str, list[tuple[str, str]]]]:
    """The theory's elements and assumptions that can be options, per group: (id, text)."""
    theory = t.theory
    relations = [(r.key, theory.element_label(r.key) or r.key) for r in theory.relations]
    return [
        (texts.GROUPS["sub"], [(d.id, d.name) for d in theory.sub_ambitions]),
        (texts.GROUPS["block"], [(b.id, b.label) for b in theory.blocks]),
        (texts.GROUPS["relation"], relations),
        (texts.GROUPS["assumption"], [(a.id, a.text) for a in t.assumptions]),
    ]


@dataclass(frozen=True)
class Prefill:
    """What a programme step fills in before the facilitator sees the dialog."""

    question: str
    free_texts: tuple[str, ...] = ()
    single: bool = False


class RoundDialog(QDialog):
    """Asks for a new round (or the settings of one); the rules lock once somebody voted."""

    def __init__(self, parent: QWidget | None, t: Trajectory, chosen: list[str], existing: VotingRound | None = None,
                 locked: bool = False, prefill: Prefill | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.SETUP_TITLE)
        self.setAccessibleName(texts.SETUP_TITLE)
        self.question = QLineEdit(existing.question if existing else texts.DEFAULT_QUESTION, self)
        self.options = self._option_tree(t, chosen if existing is None else [o.code for o in existing.options])
        free = [o.label for o in existing.options if o.code.startswith("T")] if existing else []
        self.free = lines_editor("\n".join(free), self)
        self.free.setAccessibleName(texts.FREE_OPTIONS.rstrip(":"))
        self.hint = QLabel("", self)
        self.hint.setWordWrap(True)
        self._rules_widgets(t, existing)
        self._lay_out(locked)
        if prefill is not None:
            self._prefill(prefill)

    def _prefill(self, prefill: Prefill) -> None:
        """A round a programme step sets up: its question, own options (one per line) and one choice or dots."""
        self.question.setText(prefill.question)
        self.free.setPlainText("\n".join(prefill.free_texts))
        self.kind[1].button(1 if prefill.single else 0).setChecked(True)

    def _option_tree(self, t: Trajectory, chosen: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderHidden(True)
        tree.setAccessibleName(texts.OPTIONS.rstrip(":"))
        for title, items in option_groups(t):
            group = QTreeWidgetItem(tree, [title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for code, text in items:
                item = QTreeWidgetItem(group, [f"{code} · {text}"])
                item.setData(0, CODE_ROLE, code)
                item.setCheckState(0, Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            group.setExpanded(any(code in chosen for code, _ in items) or title == texts.GROUPS["block"])
        return tree

    def _rules_widgets(self, t: Trajectory, existing: VotingRound | None) -> None:
        rules = existing or VotingRound(id="V-00", question="-")
        self.kind = self._choice((texts.KIND_DOTS, texts.KIND_SINGLE), rules.kind is RoundKind.SINGLE)
        self.mode = self._choice((texts.MODE_TURNS, texts.MODE_TALLY), rules.mode is EntryMode.TALLY)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(rules.dots_per_participant)
        self.max = QSpinBox(self)
        self.max.setRange(0, MAX_DOTS)
        self.max.setSpecialValueText(texts.MAX_NONE)
        self.max.setValue(rules.max_per_option or 0)
        self.anonymous = QCheckBox(texts.ANONYMOUS, self)
        self.anonymous.setChecked(rules.anonymous)
        self.facilitator = QCheckBox(texts.FACILITATOR, self)
        self.facilitator.setChecked(rules.facilitator_votes)
        self.session = QComboBox(self)
        for s in t.sessions:
            self.session.addItem(f"{s.number}. {s.title}", s.number)
        current = rules.session_number or (c.number if (c := t.current_session()) else None)
        self.session.setCurrentIndex(max(0, self.session.findData(current)))
        self.kind[1].buttonToggled.connect(lambda *_: self._single_changed())
        self._single_changed()

    def _choice(self, labels: tuple[str, str], second: bool) -> tuple[QWidget, QButtonGroup]:
        box, group = QWidget(self), QButtonGroup(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for index, label in enumerate(labels):
            button = QRadioButton(label, box)
            button.setChecked(index == int(second))
            group.addButton(button, index)
            row.addWidget(button)
        return box, group

    def _single_changed(self) -> None:
        dots = self.kind[1].checkedId() == 0
        self.dots.setEnabled(dots and self._open)
        self.max.setEnabled(dots and self._open)

    _open = True

    def _lay_out(self, locked: bool) -> None:
        self._open = not locked
        form = QFormLayout()
        form.addRow(texts.QUESTION, self.question)
        form.addRow(texts.KIND, self.kind[0])
        form.addRow(texts.DOTS, self.dots)
        form.addRow(texts.MAX, self.max)
        form.addRow(texts.MODE, self.mode[0])
        form.addRow(texts.SESSION, self.session)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.anonymous, self.facilitator, QLabel(texts.OPTIONS, self), self.options,
                       QLabel(texts.FREE_OPTIONS, self), self.free):
            layout.addWidget(widget)
        if locked:
            layout.addWidget(QLabel(texts.RULES_LOCKED, self))
            for widget in (self.kind[0], self.mode[0], self.dots, self.max, self.anonymous, self.facilitator,
                           self.options, self.free):
                widget.setEnabled(False)
        layout.addWidget(self.hint)
        layout.addWidget(save_keys(self))
        layout.addWidget(dutch_buttons(self))
        self._single_changed()
        self.resize(560, 680)

    def chosen_ids(self) -> list[str]:
        """The checked theory elements and assumptions, in list order."""
        found = []
        for g in range(self.options.topLevelItemCount()):
            group = self.options.topLevelItem(g)
            for i in range(group.childCount()):
                if group.child(i).checkState(0) == Qt.CheckState.Checked:
                    found.append(group.child(i).data(0, CODE_ROLE))
        return found

    def spec(self) -> RoundSpec:
        """What was filled in."""
        free = [" ".join(line.split()) for line in self.free.toPlainText().splitlines() if line.strip()]
        single = self.kind[1].checkedId() == 1
        rules = {"kind": RoundKind.SINGLE if single else RoundKind.DOTS,
                 "mode": EntryMode.TALLY if self.mode[1].checkedId() == 1 else EntryMode.TURNS,
                 "dots_per_participant": self.dots.value(), "max_per_option": self.max.value() or None,
                 "anonymous": self.anonymous.isChecked(), "facilitator_votes": self.facilitator.isChecked(),
                 "session_number": self.session.currentData()}
        return RoundSpec(" ".join(self.question.text().split()), self.chosen_ids(), free, rules)

    def accept(self) -> None:
        spec = self.spec()
        one_of_one = spec.rules["kind"] is RoundKind.SINGLE and len(spec.option_ids) + len(spec.free_texts) == 1
        if one_of_one and self._open:
            self.hint.setText(texts.NEED_TWO)
            self.free.setFocus()
        elif spec.question and (spec.option_ids or spec.free_texts):
            super().accept()
        elif not spec.question:
            self.hint.setText(texts.NEED_QUESTION)
            self.question.setFocus()
        else:
            self.hint.setText(texts.NEED_OPTIONS)
            self.options.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, t: Trajectory, chosen: list[str], existing: VotingRound | None = None,
            locked: bool = False, prefill: Prefill | None = None) -> RoundSpec | None:
        """The filled-in spec, or None when cancelled."""
        dialog = cls(parent, t, chosen, existing, locked, prefill)
        return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None
