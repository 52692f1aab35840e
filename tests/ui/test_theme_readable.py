"""Every laptop theme offered in Voorkeuren keeps the facilitator's window readable: text against what is behind it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLabel, QMenu, QMessageBox, QTabBar, QToolTip, QWidget,
)

from ui.app import build_window
from ui.dialogs.preferences_dialog import PreferencesDialog
from ui.preferences import Preferences
from ui.theme import THEMES, contrast_ratio
from tests.ui.conftest import close_quietly

WCAG_TEXT = 4.5
INK_PIXELS = 6
"""A readable text shows at least this many pixels at 4.5:1 or more against the most common colour around it."""


def offered_themes() -> list[str]:
    """The theme names in the Voorkeuren dialog's combo box, as the facilitator sees them."""
    return list(THEMES)  # the dialog lists THEMES; test_offered_themes_are_all_checked keeps the two together


def ink(image: QImage, rect: QRect | None = None) -> int:
    """How many pixels in `rect` stand out at 4.5:1 from the most common colour there (the background)."""
    rect = (rect or image.rect()).intersected(image.rect())
    counts = Counter(image.pixelColor(x, y).name() for x in range(rect.left(), rect.right() + 1)
                     for y in range(rect.top(), rect.bottom() + 1))
    background = counts.most_common(1)[0][0]
    return sum(n for colour, n in counts.items() if contrast_ratio(colour, background) >= WCAG_TEXT)


def inner(rect: QRect, dx: int, dy: int) -> QRect:
    """`rect` without its edges (borders, focus frames), where only background and text are drawn."""
    return rect.adjusted(dx, dy, -dx, -dy)


def palette_contrast(widget: QWidget, foreground: QPalette.ColorRole, background: QPalette.ColorRole) -> float:
    """Contrast of two palette roles after the style sheet has been applied to the widget."""
    widget.ensurePolished()
    palette = widget.palette()
    return contrast_ratio(palette.color(foreground).name(), palette.color(background).name())


@pytest.fixture
def restore_app_look() -> Iterator[None]:
    """Other tests expect the default look: put the application's style sheet, palette and font back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette, font = app.styleSheet(), app.palette(), app.font()
    yield
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


@pytest.fixture(params=offered_themes())
def themed_window(request, qtbot, monkeypatch, restore_app_look):  # type: ignore[no-untyped-def]
    """The facilitator's window after choosing a theme in Voorkeuren, with a building block selected."""
    window = build_window()  # not qtbot.addWidget: it closes the window before this fixture can mark it saved
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    chosen = Preferences(laptop_theme=request.param)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, prefs: chosen))
    window.edit_preferences()
    window.selection.select("B5")
    QApplication.processEvents()
    yield window
    close_quietly(window)
    window.deleteLater()


def test_offered_themes_are_all_checked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == offered_themes()


def test_details_text_stands_out_from_its_background(themed_window) -> None:  # type: ignore[no-untyped-def]
    browser = themed_window.details.browser
    assert "Ruimte" in browser.toPlainText()
    assert palette_contrast(browser, QPalette.ColorRole.Text, QPalette.ColorRole.Base) >= WCAG_TEXT
    assert palette_contrast(browser.viewport(), QPalette.ColorRole.Text, QPalette.ColorRole.Base) >= WCAG_TEXT
    assert ink(browser.viewport().grab().toImage()) > 500


def test_dock_tabs_and_titles_stand_out(themed_window) -> None:  # type: ignore[no-untyped-def]
    bars = [bar for bar in themed_window.findChildren(QTabBar) if bar.isVisible()]
    assert bars, "the details and list docks are tabified"
    for bar in bars:
        image = bar.grab().toImage()
        for index in range(bar.count()):
            assert ink(image, inner(bar.tabRect(index), 6, 5)) >= INK_PIXELS, (bar.tabText(index), bar.palette())
    for dock in (themed_window.details_dock, themed_window.preview_dock):
        title = QRect(0, 0, dock.width() // 2, dock.widget().geometry().top())
        assert ink(dock.grab().toImage(), inner(title, 2, 3)) >= INK_PIXELS, dock.windowTitle()


def test_list_buttons_status_and_menu_bar_stand_out(themed_window) -> None:  # type: ignore[no-untyped-def]
    themed_window.list_dock.raise_()
    themed_window.statusBar().showMessage("Opgeslagen")
    QApplication.processEvents()
    tree = themed_window.theory_list
    tree_view = getattr(tree, "view", tree)
    assert ink(tree_view.viewport().grab().toImage()) > 200
    for button in themed_window.detail_buttons.values():
        assert ink(button.grab().toImage(), inner(button.rect(), 8, 6)) >= INK_PIXELS, button.text()
    bar = themed_window.statusBar()
    assert ink(bar.grab().toImage(), inner(bar.rect(), 2, 2)) >= INK_PIXELS
    menu_bar = themed_window.menuBar()
    first = menu_bar.actionGeometry(menu_bar.actions()[0])
    assert ink(menu_bar.grab().toImage(), inner(first, 3, 3)) >= INK_PIXELS


def _text_widgets(top: QWidget) -> list[QWidget]:
    kinds = (QLabel, QAbstractButton, QAbstractSpinBox, QComboBox)
    return [w for w in top.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible() and w.width() > 20]


def _check_every_text_widget(top: QWidget) -> None:
    image = top.grab().toImage()
    for widget in _text_widgets(top):
        rect = inner(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()), 5, 4)
        if isinstance(widget, QComboBox):
            rect.setWidth(rect.width() * 2 // 3)  # the text, not the arrow
        shown = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        if shown:  # a message box's icon is a label without text
            assert ink(image, rect) >= INK_PIXELS, (type(widget).__name__, shown)


def test_preferences_dialog_stands_out(themed_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(themed_window.prefs, themed_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check_every_text_widget(dialog)
    dialog.close()


def test_message_box_stands_out(themed_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox(QMessageBox.Icon.Warning, "Werkplaats", "Het bestand kon niet worden opgeslagen.",
                      QMessageBox.StandardButton.NoButton, themed_window)
    box.addButton("Opnieuw proberen", QMessageBox.ButtonRole.AcceptRole)
    box.show()
    qtbot.waitExposed(box)
    _check_every_text_widget(box)
    box.close()


def test_menu_and_tooltip_stand_out(themed_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = QMenu(themed_window)
    menu.addAction("Wijzigen")
    menu.addAction("Verwijderen").setEnabled(False)
    menu.popup(themed_window.mapToGlobal(QPoint(100, 100)))
    qtbot.waitExposed(menu)
    image = menu.grab().toImage()
    for action in menu.actions():
        assert ink(image, inner(menu.actionGeometry(action), 4, 3)) >= INK_PIXELS, action.text()
    menu.close()
    QToolTip.showText(themed_window.mapToGlobal(QPoint(100, 100)), "Sleep om te verbinden", themed_window)
    tip = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible())
    assert ink(tip.grab().toImage(), inner(tip.rect(), 3, 3)) >= INK_PIXELS
    QToolTip.hideText()


def test_disabled_buttons_still_readable_but_muted(themed_window) -> None:  # type: ignore[no-untyped-def]
    themed_window.selection.select(None)
    QApplication.processEvents()
    button = themed_window.detail_buttons["remove"]
    assert not button.isEnabled()
    assert ink(button.grab().toImage(), inner(button.rect(), 8, 6)) >= INK_PIXELS


@pytest.mark.parametrize("name", offered_themes())
def test_links_and_selection_in_text_are_readable(name: str, restore_app_look, qtbot) -> None:  # type: ignore
    from ui.theme import apply_app_theme, theme_named

    apply_app_theme(theme_named(name))
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base).name()
    assert contrast_ratio(palette.color(QPalette.ColorRole.Link).name(), base) >= WCAG_TEXT
    assert contrast_ratio(palette.color(QPalette.ColorRole.Text).name(), base) >= WCAG_TEXT
    assert contrast_ratio(palette.color(QPalette.ColorRole.HighlightedText).name(),
                          palette.color(QPalette.ColorRole.Highlight).name()) >= WCAG_TEXT
