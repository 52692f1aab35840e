"""The Controle dock: the open points under a heading per category with its count; a click (or Enter) jumps to one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.check import texts
from ui.check.live import LiveCheck
from ui.check.words import by_severity, group_title, subject, summary
from ui.widgets import panel_button
from workshop.consistency import SEVERITY_OF, Category, Finding
from workshop.trajectory import Trajectory

FINDING_ROLE = Qt.ItemDataRole.UserRole
Key = tuple[str, str]
"""A finding's place in the list across rechecks: its category and item id."""


def key_of(finding: Finding) -> Key:
    """The finding's category and item id."""
    return finding.category.value, finding.element_id


class CheckPanel(QWidget):
    """Lists the findings of the live check under a heading per category; `chosen` carries the finding clicked."""

    chosen = Signal(object)  # Finding

    def __init__(self, live: LiveCheck, project: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.summary, self.hint = QLabel(self), QLabel(texts.HINT, self)
        self.list = QListWidget(self)
        self._build(project)
        live.updated.connect(self.refresh)
        self.refresh()

    def _build(self, project: Callable[[], object]) -> None:
        for label in (self.summary, self.hint):
            label.setWordWrap(True)
        self.summary.setObjectName("checkSummary")
        self.list.setAccessibleName(texts.LIST)
        self.list.setWordWrap(True)  # the whole point, readable in a narrow dock
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._choose)
        self.list.itemActivated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # keeps 'Alles klopt' at the top once the list is gone
        layout.addWidget(panel_button(self, texts.ON_PROJECTOR, project))

    def refresh(self) -> None:
        """Show the latest findings; the chosen point stays chosen while it is still open."""
        findings, t = self.live.findings, self.live.document.trajectory
        current = self.list.currentItem()
        keep = current.data(FINDING_ROLE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for category, mine in by_severity(findings):
            self._add_group(category, mine, t, keep if isinstance(keep, Finding) else None)
        self.list.blockSignals(False)
        self.summary.setText(summary(findings) if findings else f"<b>{texts.ALL_GOOD_TITLE}</b><br>{texts.ALL_GOOD}")
        self.list.setVisible(bool(findings))
        self.hint.setVisible(bool(findings))

    def _add_group(self, category: Category, findings: list[Finding], t: Trajectory, keep: Finding | None) -> None:
        heading = QListWidgetItem(group_title(category, len(findings)), self.list)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a point to choose
        heading.setToolTip(texts.GROUP_TIP.format(category=category.value, severity=SEVERITY_OF[category].value))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setBackground(self.palette().alternateBase())
        for finding in findings:
            item = QListWidgetItem(subject(t, finding), self.list)
            item.setData(FINDING_ROLE, finding)
            item.setToolTip(finding.message)
            if keep is not None and key_of(keep) == key_of(finding):
                self.list.setCurrentItem(item)

    def finding_items(self) -> list[QListWidgetItem]:
        """Every finding's row, in list order."""
        rows = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in rows if isinstance(item.data(FINDING_ROLE), Finding)]

    def group_titles(self) -> list[str]:
        """The heading of every category, as shown."""
        rows = (self.list.item(i) for i in range(self.list.count()))
        return [item.text() for item in rows if not isinstance(item.data(FINDING_ROLE), Finding)]

    def _choose(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.chosen.emit(finding)
