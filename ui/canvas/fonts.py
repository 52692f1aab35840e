"""Qt fonts for the schema and a QFontMetrics-based text measure for the layout."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF

from ui.canvas.geometry import Measure


@lru_cache(maxsize=256)
def schema_font(families: tuple[str, ...], px: int, bold: bool = False, italic: bool = False) -> QFont:
    """The font for one text style; cached, so treat it as read-only."""
    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(max(1, px))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=256)
def _metrics(families: tuple[str, ...], px: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(schema_font(families, px, bold))


@lru_cache(maxsize=16)
def qt_measure(families: tuple[str, ...]) -> Measure:
    """A cached text measure using the real font metrics of these font families."""

    @lru_cache(maxsize=65536)
    def measure(text: str, px: int, bold: bool) -> float:
        return _metrics(families, px, bold).horizontalAdvance(text)

    return measure
