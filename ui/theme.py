"""Themes as data (colours, Okabe–Ito relation colours, fonts, text sizes) plus their stylesheet templates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from types import MappingProxyType

from workshop.theory import RelationType

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7", "black": "#000000",
}
"""The colour-blind-safe palette of Okabe and Ito (2008)."""
FONT_FAMILIES = ("Segoe UI", "DejaVu Sans", "Noto Sans", "Helvetica Neue", "Arial")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of a '#RRGGBB' colour."""
    hex_part = colour.lstrip("#")
    r, g, b = (int(hex_part[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two '#RRGGBB' colours, from 1 to 21."""
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Theme:
    """Everything visual that differs between the projector and the laptop."""

    name: str
    title: str
    background: str
    foreground: str
    muted: str
    banner: str
    sub: str
    card: str
    border: str
    foundation: str
    band: str
    accent: str
    relation_colours: Mapping[RelationType, str]
    stylesheet_file: str
    font_families: tuple[str, ...] = FONT_FAMILIES
    base_point_size: float = 11.0
    min_text_fraction: float = 0.0
    max_text_fraction: float = 0.05
    min_text_floor: float = 12.0
    show_ids: bool = True
    surfaces: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "surfaces", (self.background, self.banner, self.sub, self.card, self.foundation, self.band))

    def min_text_px(self, height: float, scale: float = 1.0) -> float:
        """Smallest label text for a canvas `height` pixels tall (3.5 % of it on the projector)."""
        return max(self.min_text_floor * scale, self.min_text_fraction * height)

    def max_text_px(self, height: float, scale: float = 1.0) -> float:
        """Largest label text for a canvas `height` pixels tall."""
        return max(self.min_text_px(height, scale), self.max_text_fraction * height)

    def text_pairs(self) -> list[tuple[str, str]]:
        """Every (text colour, background colour) pair the theme draws."""
        return [(fg, bg) for fg in (self.foreground, self.muted) for bg in self.surfaces]

    def stylesheet(self, scale: float = 1.0) -> str:
        """The widget stylesheet: the theme's template filled with its colours and font size."""
        template = Template((STYLES / self.stylesheet_file).read_text(encoding="utf-8"))
        values = {k: v for k, v in self.__dict__.items() if isinstance(v, str)}
        return template.safe_substitute(values, font_pt=f"{self.base_point_size * scale:.1f}", font_family=self.font_families[0])


PROJECTOR = Theme(
    name="projector", title="Projector (donker, grote letters)",
    background="#0B1320", foreground="#FFFFFF", muted="#D9E1EC",
    banner="#1C2D49", sub="#172845", card="#141F33", border="#8FA3BF",
    foundation="#2E2616", band="#12302C", accent="#FFFFFF",
    relation_colours=MappingProxyType({
        RelationType.DIRECT: OKABE_ITO["sky_blue"], RelationType.INDIRECT: OKABE_ITO["orange"],
        RelationType.INTERACTION: OKABE_ITO["reddish_purple"], RelationType.CONTRIBUTES: OKABE_ITO["yellow"],
        RelationType.PRECONDITION: OKABE_ITO["bluish_green"], RelationType.SUPPORTING: OKABE_ITO["vermillion"],
    }),
    stylesheet_file="projector.qss", base_point_size=20.0,
    min_text_fraction=0.035, max_text_fraction=0.06, min_text_floor=14.0, show_ids=False,
)
LAPTOP = Theme(
    name="laptop", title="Laptop (licht)",
    background="#FFFFFF", foreground="#14181D", muted="#3B4451",
    banner="#E3ECF6", sub="#EAF1F8", card="#FFFFFF", border="#5B6573",
    foundation="#EFE6D4", band="#E2EFEA", accent=OKABE_ITO["blue"],
    relation_colours=MappingProxyType({
        RelationType.DIRECT: OKABE_ITO["blue"], RelationType.INDIRECT: OKABE_ITO["vermillion"],
        RelationType.INTERACTION: OKABE_ITO["reddish_purple"], RelationType.CONTRIBUTES: OKABE_ITO["black"],
        RelationType.PRECONDITION: OKABE_ITO["bluish_green"], RelationType.SUPPORTING: OKABE_ITO["black"],
    }),
    stylesheet_file="laptop.qss", base_point_size=11.0,
    min_text_fraction=0.0, max_text_fraction=0.032, min_text_floor=12.0, show_ids=True,
)
THEMES: dict[str, Theme] = {PROJECTOR.name: PROJECTOR, LAPTOP.name: LAPTOP}


def theme_named(name: str) -> Theme:
    """The theme with this name; the laptop theme for unknown names."""
    return THEMES.get(name, LAPTOP)


def palette_roles(theme: Theme) -> dict[str, str]:
    """The theme's colour for each QPalette role, for what the style sheet does not name (scroll bars, links)."""
    return {
        "Window": theme.background, "WindowText": theme.foreground, "Base": theme.card, "AlternateBase": theme.sub,
        "Text": theme.foreground, "Button": theme.card, "ButtonText": theme.foreground, "ToolTipBase": theme.card,
        "ToolTipText": theme.foreground, "Highlight": theme.accent, "HighlightedText": theme.card,
        "Link": theme.accent, "LinkVisited": theme.accent, "PlaceholderText": theme.muted,
    }


def theme_palette(theme: Theme):  # type: ignore[no-untyped-def]
    """A QPalette in the theme's colours; disabled text is muted, never invisible."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(QColor(theme.card), QColor(theme.background))  # derives the bevel shades
    for role, colour in palette_roles(theme).items():
        palette.setColor(QPalette.ColorRole[role], QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[role], QColor(theme.muted))
    return palette


def apply_app_theme(theme: Theme, scale: float = 1.0) -> None:
    """Set the application font, palette and stylesheet for the facilitator's windows."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    font.setPointSizeF(theme.base_point_size * scale)
    app.setFont(font)
    app.setPalette(theme_palette(theme))
    app.setStyleSheet(theme.stylesheet(scale))
