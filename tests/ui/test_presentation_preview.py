"""Tests for the projector preview: live image, Dutch state line, and no grabbing while unseen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.test_presentation import YELLOW, is_black, stand_in
from ui.presentation import PresentationController
from ui.preview import ProjectorPreview


@pytest.fixture
def controller(qtbot) -> Iterator[PresentationController]:
    """A controller on the session's single offscreen screen."""
    if len(QGuiApplication.screens()) != 1:
        pytest.skip("needs exactly one screen")
    controller = PresentationController(stand_in)
    qtbot.addWidget(controller.window)
    yield controller
    controller.close()


@pytest.fixture
def host(qtbot) -> QWidget:
    """Stand-in for the dock: a plain window without a layout of its own."""
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(320, 240)
    return host


@pytest.fixture
def preview(qtbot, controller, host) -> ProjectorPreview:
    """A shown preview of that controller."""
    preview = ProjectorPreview(controller, host, interval_ms=50)
    preview.resize(320, 240)
    host.show()
    qtbot.waitExposed(host)
    return preview


def centre(preview: ProjectorPreview) -> QColor:
    image = preview.pixmap().toImage()
    return image.pixelColor(image.width() // 2, 2)


def test_preview_shows_what_would_be_projected_while_off(qtbot, preview):
    qtbot.waitUntil(lambda: not preview.pixmap().isNull())
    assert preview.caption() == "Projector staat uit"
    assert centre(preview) == YELLOW


def test_preview_follows_the_presentation_live(qtbot, controller, preview):
    controller.toggle()
    qtbot.waitUntil(lambda: preview.caption().startswith("Live op"))
    assert centre(preview) == YELLOW


def test_preview_goes_black_with_the_projector(qtbot, controller, preview):
    controller.toggle()
    controller.set_blank(True)
    qtbot.waitUntil(lambda: preview.caption() == "Scherm zwart (B)")
    qtbot.waitUntil(lambda: is_black(preview.pixmap().toImage()))


def test_preview_follows_the_page_in_front(qtbot, controller, preview):
    qtbot.waitUntil(lambda: centre(preview) == YELLOW)
    page = stand_in("Details")
    page.setStyleSheet("background: #0050a0; color: white;")
    controller.set_content("details", page)
    controller.show_content("details")
    qtbot.waitUntil(lambda: centre(preview) == QColor("#0050a0"))


def test_hidden_preview_does_not_grab(controller, host):
    preview = ProjectorPreview(controller, host)
    preview.refresh()
    assert preview.pixmap().isNull()
    assert not preview.is_refreshing()


def test_timer_runs_only_while_the_preview_is_shown(qtbot, preview):
    assert preview.is_refreshing()
    preview.hide()
    assert not preview.is_refreshing()
    preview.show()
    assert preview.is_refreshing()


def test_preview_has_accessible_names(preview):
    assert preview.accessibleName() == "Voorvertoning projector"
    names = {child.accessibleName() for child in preview.findChildren(QLabel)}
    assert "Beeld van de projector" in names
    assert "Toestand van de projector" in names
