"""The participants feature: register the people in the room, import a list, and keep attendance per session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.features import Feature, FeatureHost
from ui.participants import texts

if TYPE_CHECKING:
    from ui.participants.panel import ParticipantsPanel

DOCK_NAME = "participantsDock"


class ParticipantsFeature(Feature):
    """Installs the Deelnemers dock (built when first shown) and its menu."""

    name = "deelnemers"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        host.add_dock(texts.DOCK, DOCK_NAME, self._build)
        menu = host.add_menu(texts.MENU)
        host.add_action(menu, texts.SHOW, self.show, "Ctrl+5", "showParticipantsAction")
        host.add_action(menu, texts.IMPORT, lambda: self.show().import_list(), None, "importParticipantsAction")

    def _build(self) -> ParticipantsPanel:
        from ui.participants.panel import ParticipantsPanel

        return ParticipantsPanel(self.host.document, self.host.status, self.host.window)

    def show_attendance(self, number: int) -> ParticipantsPanel:
        """The dock on session `number`'s attendance (the programme's 'Aanwezigheid bijhouden')."""
        panel = self.show()
        panel.show_session(number)
        return panel

    def show(self) -> ParticipantsPanel:
        """Bring the Deelnemers dock forward with the keyboard in its name field."""
        panel = self.host.show_dock(DOCK_NAME)
        panel.entry.setFocus()
        return panel  # type: ignore[return-value]
