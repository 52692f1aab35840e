"""TrayFeature: the programme's step 'bouwstenen plaatsen' opens the Bouwstenenbak through open()."""

from __future__ import annotations

from ui.main_window import MainWindow
from ui.programme.activity import open_activity
from workshop.programme import StepKind


def test_the_step_bouwstenen_plaatsen_opens_the_tray(window: MainWindow) -> None:
    step = next(s for s in window.document.trajectory.steps if s.kind is StepKind.PLACE)
    assert open_activity(window.host, step) == ""
    dock = window.host.docks["trayDock"]
    assert dock.is_built() and dock.isVisible() and dock.widget().tray.cards.hasFocus()
