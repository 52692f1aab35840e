"""Themes: WCAG contrast of every text colour, Okabe–Ito relation colours with line styles, stylesheets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from ui.canvas.styles import LINE_STYLES
from ui.theme import LAPTOP, OKABE_ITO, PROJECTOR, THEMES, Theme, contrast_ratio, theme_named
from workshop.theory import RelationType


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#0072B2", "#FFFFFF") == pytest.approx(5.19, abs=0.01)


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_every_text_and_background_pair_reaches_7_to_1(theme: Theme) -> None:
    pairs = theme.text_pairs()
    assert len(pairs) == 12
    for foreground, background in pairs:
        assert contrast_ratio(foreground, background) >= 7.0, (foreground, background)


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_relation_colours_are_okabe_ito_and_visible_on_the_background(theme: Theme) -> None:
    assert set(theme.relation_colours) == set(RelationType)
    for colour in theme.relation_colours.values():
        assert colour in OKABE_ITO.values()
        assert contrast_ratio(colour, theme.background) >= 3.0  # WCAG 1.4.11 for graphics
    assert contrast_ratio(theme.accent, theme.background) >= 3.0


def test_meaning_never_by_colour_alone() -> None:
    """Each relation type differs from every other in pattern, width, heads or marker, whatever the colour."""
    looks = {(s.dashes, s.width, s.both_heads, s.marker) for s in LINE_STYLES.values()}
    assert len(looks) == len(RelationType)
    assert len({s.marker for s in LINE_STYLES.values()}) == len(RelationType)
    assert LINE_STYLES[RelationType.INDIRECT].dashes and not LINE_STYLES[RelationType.DIRECT].dashes
    assert LINE_STYLES[RelationType.INTERACTION].both_heads
    assert LINE_STYLES[RelationType.CONTRIBUTES].width < LINE_STYLES[RelationType.DIRECT].width


def test_projector_text_size_follows_the_screen_height() -> None:
    assert PROJECTOR.min_text_px(1080) == pytest.approx(37.8)
    assert PROJECTOR.min_text_px(2160) == pytest.approx(75.6)
    assert PROJECTOR.min_text_px(200) == 14.0  # a small preview keeps a floor
    assert LAPTOP.min_text_px(1080, scale=1.5) == 18.0
    assert PROJECTOR.max_text_px(1080) > PROJECTOR.min_text_px(1080)
    assert not PROJECTOR.show_ids and LAPTOP.show_ids


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_stylesheet_template_is_filled(qtbot, theme: Theme) -> None:  # type: ignore[no-untyped-def]
    sheet = theme.stylesheet(scale=1.5)
    assert "$" not in sheet and theme.background in sheet and theme.accent in sheet
    assert f"{theme.base_point_size * 1.5:.1f}pt" in sheet
    window = QMainWindow()
    label = QLabel("Bouwsteen")
    window.setCentralWidget(label)
    qtbot.addWidget(window)
    window.setStyleSheet(sheet)
    label.ensurePolished()
    assert label.palette().color(label.foregroundRole()).name().upper() == theme.foreground.upper()


def test_stylesheet_leaves_other_top_level_widgets_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The projector's black cover and big-text panels paint their own palette and font."""
    cover = QWidget()
    qtbot.addWidget(cover)
    palette = cover.palette()
    palette.setColor(cover.backgroundRole(), QColor(0, 0, 0))
    cover.setPalette(palette)
    cover.setAutoFillBackground(True)
    text = QLabel("Groot", cover)
    font = text.font()
    font.setPixelSize(40)
    text.setFont(font)
    cover.setStyleSheet(LAPTOP.stylesheet())
    cover.resize(100, 60)
    cover.ensurePolished()
    assert cover.grab().toImage().pixelColor(95, 55) == QColor(0, 0, 0)


def test_unknown_theme_name_falls_back_to_laptop() -> None:
    assert theme_named("projector") is PROJECTOR and theme_named("bestaat-niet") is LAPTOP
