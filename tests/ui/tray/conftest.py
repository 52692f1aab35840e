"""The facilitator window with the tray open, and a start where some bouwstenen wait in the tray."""

from __future__ import annotations

import pytest

from ui.main_window import MainWindow
from ui.tray import TrayFeature
from ui.tray.panel import TrayPanel
from workshop import placement


@pytest.fixture
def window(facilitator: MainWindow) -> MainWindow:
    return facilitator


@pytest.fixture
def tray(window: MainWindow) -> TrayFeature:
    feature = window.feature("bak")
    assert isinstance(feature, TrayFeature)
    return feature


@pytest.fixture
def panel(tray: TrayFeature) -> TrayPanel:
    tray.open()
    return tray.panel()


def waiting(window: MainWindow, *block_ids: str) -> None:
    """Put these bouwstenen in the tray as the start of a test (no undo history)."""
    document = window.document
    for block_id in block_ids:
        placement.to_tray(document.trajectory, block_id).do(document.trajectory)
    document.replace(document.trajectory, document.path)
