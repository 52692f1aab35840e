"""Fixtures for the story feature: the facilitator window on the demo trajectory, and the feature itself."""

from __future__ import annotations

import pytest

from ui.main_window import MainWindow
from ui.story import StoryFeature
from workshop.demo import build_demo


@pytest.fixture(scope="session")
def demo_trajectory():  # type: ignore[no-untyped-def]
    """The demo as it stood before session 4 wrote its story, built once (a fresh deep copy for every test)."""
    demo = build_demo()
    demo.story.clear()
    return demo


@pytest.fixture
def window(facilitator: MainWindow, demo_trajectory) -> MainWindow:  # type: ignore[no-untyped-def]
    """The facilitator window on a copy of the demo trajectory."""
    facilitator.document.replace(demo_trajectory.model_copy(deep=True), None)
    return facilitator


@pytest.fixture
def story(window: MainWindow) -> StoryFeature:
    feature = window.feature("verhaal")
    assert isinstance(feature, StoryFeature)
    return feature
