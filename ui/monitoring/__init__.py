"""The monitoring feature: choose the assumptions the lerende praktijk follows and write their plan (indicator,
bron, wie, wanneer) in place; the plan on the projector. It is kept on the Aannames sheet of the workbook.

Installing it adds a menu, a key, a dock and a projector page; the panel and the page are built on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.features import Feature, FeatureHost
from ui.monitoring import texts

if TYPE_CHECKING:
    from ui.monitoring.panel import MonitoringPanel

DOCK_NAME = "monitoringDock"
PAGE = "monitoring"


class MonitoringFeature(Feature):
    """Installs the Monitoring dock, its menu and the plan's page on the projector."""

    name = "monitoring"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        host.add_dock(texts.DOCK, DOCK_NAME, self._build_panel)
        host.add_projector_page(PAGE, self._build_page)
        menu = host.add_menu(texts.MENU)
        entries = ((texts.SHOW, self.show, "Ctrl+Shift+M", "showMonitoringAction"),
                   (texts.ON_PROJECTOR, self.toggle_projector, None, "monitoringOnProjectorAction"))
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}

    def _build_panel(self) -> MonitoringPanel:
        from ui.monitoring.panel import MonitoringPanel

        panel = MonitoringPanel(self.host.document, self.host.selection, self.host.status, self.toggle_projector,
                                self.host.window)
        self.host.keep_letters(panel.list)
        panel.list.currentItemChanged.connect(lambda _item, _before: self._follow(panel.chosen_id()))
        panel.list.itemChanged.connect(lambda _item: self._follow(panel.chosen_id()))  # just ticked: now in the plan
        return panel

    def _follow(self, assumption_id: str | None) -> None:
        """The room follows the facilitator: a chosen assumption picked in the dock comes in front on the projector."""
        if assumption_id and self.host.presentation.window.content_name() == PAGE:
            self.host.projector_page(PAGE).show_plan(assumption_id)  # type: ignore[attr-defined]

    def _build_page(self):  # type: ignore[no-untyped-def]
        from ui.monitoring.projector import MonitoringPage

        return MonitoringPage(self.host.document)

    def show(self) -> MonitoringPanel:
        """Ctrl+Shift+M: the Monitoring dock, with the keyboard in its list."""
        panel: MonitoringPanel = self.host.show_dock(DOCK_NAME)  # type: ignore[assignment]
        panel.list.setFocus()
        return panel

    def open(self) -> None:
        """The dock and the plan on the projector (a programme step that opens 'monitoring')."""
        self.show()
        self.host.show_projector_page(PAGE)

    def toggle_projector(self) -> None:
        """The plan on the projector, or the schema again."""
        self.host.toggle_projector_page(PAGE)
