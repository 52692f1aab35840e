"""Which cell styles of a workbook show formatting that a save would not keep: fonts, fills, borders and the like.

The writer keeps the values of the person's own sheets and columns, not their look. A style counts as formatting
when it differs visibly from the workbook's default style: another font, a fill, a border, an alignment or a number
format. Not counted: date and time formats (dates are written back as dates), the text prefix (quotePrefix, which
the writer sets itself) and cell protection (it only works on a protected sheet, which is reported on its own).
"""

from __future__ import annotations

import zipfile
from typing import NamedTuple

from workshop.storage.excel import BUILTIN_DATE_IDS, BUILTIN_TIMEDELTA_IDS, is_date_format, is_timedelta_format
from workshop.storage.fastread import MAIN
from workshop.storage.package import STYLES_PART, Element, elements

Child = tuple[str, dict[str, str]]
"""A descendant of a style element: its local name and attributes."""
Group = tuple[dict[str, str], list[Child]]
"""A style element's attributes and its descendants."""
Font = frozenset[tuple[str, str]]

TRUE, FALSE = frozenset({"1", "true", "on"}), frozenset({"0", "false", "off"})
FONT_FLAGS = frozenset({"b", "i", "strike", "outline", "shadow", "condense", "extend"})
FONT_UNSEEN = frozenset({"family", "charset", "scheme"})
PLAIN_BUILTIN_FORMATS = BUILTIN_DATE_IDS | BUILTIN_TIMEDELTA_IDS | {0}
ALIGNMENT_DEFAULTS = {
    "horizontal": "general", "vertical": "bottom", "textRotation": "0", "wrapText": "false", "indent": "0",
    "relativeIndent": "0", "justifyLastLine": "false", "shrinkToFit": "false", "readingOrder": "0",
}


class Styles(NamedTuple):
    """The parts of styles.xml a cell style refers to."""

    formats: dict[int, str]
    fonts: list[Font]
    fills: list[bool]
    borders: list[bool]
    plain_font: Font


def local(name: str) -> str:
    """An expat name ('uri name') without its namespace."""
    return name.rpartition(" ")[2]


def truth(value: str | None) -> str | None:
    """A boolean attribute as 'true' or 'false'; any other value as it is."""
    if value is None:
        return None
    lowered = value.lower()
    return "true" if lowered in TRUE else "false" if lowered in FALSE else value


def groups(found: list[Element], *names: str) -> list[Group]:
    """The elements at styleSheet/names..., each with its descendants."""
    wanted = tuple(f"{MAIN} {name}" for name in names)
    depth = len(wanted) + 1
    result: list[Group] = []
    for path, attrs in found:
        if path[1:] == wanted:
            result.append((attrs, []))
        elif result and len(path) > depth and path[1:depth] == wanted:
            result[-1][1].append((local(path[-1]), attrs))
    return result


def _font_part(name: str, attrs: dict[str, str]) -> tuple[str, str] | None:
    if name in FONT_UNSEEN:
        return None
    if name in FONT_FLAGS:
        return (name, "") if truth(attrs.get("val", "true")) == "true" else None
    if name == "u":
        underline = attrs.get("val", "single")
        return None if underline == "none" else (name, underline)
    if name == "sz":
        return name, str(float(attrs.get("val", "0")))
    return name, repr(sorted((k, v.upper()) for k, v in attrs.items()))


def font(children: list[Child]) -> Font:
    """What a font shows: bold, size, colour, name and so on, spelled the same way whoever wrote the file."""
    return frozenset(part for name, attrs in children if (part := _font_part(name, attrs)) is not None)


def fill_shows(children: list[Child]) -> bool:
    """True when a fill colours the cell (a pattern or a gradient)."""
    return any(name == "gradientFill" or (name == "patternFill" and attrs.get("patternType", "none") != "none")
               for name, attrs in children)


def border_shows(children: list[Child]) -> bool:
    """True when a border draws a line on any side."""
    return any(attrs.get("style", "none") != "none" for _, attrs in children)


def number_format_shows(number: int, formats: dict[int, str]) -> bool:
    """True for a number format other than General, dates, times and durations (a custom format wins)."""
    code = formats.get(number)
    if code is None:
        return number not in PLAIN_BUILTIN_FORMATS
    return code.strip().lower() != "general" and not is_date_format(code) and not is_timedelta_format(code)


def _alignment_shows(children: list[Child]) -> bool:
    return any(truth(value) != truth(ALIGNMENT_DEFAULTS.get(key, value))
               for name, attrs in children if name == "alignment" for key, value in attrs.items())


def _at(items: list[bool], index: str | None) -> bool:
    number = int(index or "0")
    return items[number] if 0 <= number < len(items) else False


def style_shows(xf: Group, styles: Styles) -> bool:
    """True when a cell style (an xf of cellXfs) looks different from the default style."""
    attrs, children = xf
    font_id = int(attrs.get("fontId", "0"))
    shown_font = styles.fonts[font_id] if 0 <= font_id < len(styles.fonts) else styles.plain_font
    return (shown_font != styles.plain_font or _at(styles.fills, attrs.get("fillId"))
            or _at(styles.borders, attrs.get("borderId")) or _alignment_shows(children)
            or number_format_shows(int(attrs.get("numFmtId", "0")), styles.formats))


def formatted_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell styles (cellXfs) that show formatting; Unsupported when styles.xml is missing."""
    found = elements(archive, STYLES_PART, f"{MAIN} styleSheet")
    formats = {int(a["numFmtId"]): a.get("formatCode", "") for a, _ in groups(found, "numFmts", "numFmt")}
    fonts = [font(children) for _, children in groups(found, "fonts", "font")]
    xfs = groups(found, "cellXfs", "xf")
    plain = int(xfs[0][0].get("fontId", "0")) if xfs else 0
    styles = Styles(formats, fonts, [fill_shows(c) for _, c in groups(found, "fills", "fill")],
                    [border_shows(c) for _, c in groups(found, "borders", "border")],
                    fonts[plain] if 0 <= plain < len(fonts) else frozenset())
    return frozenset(index for index, xf in enumerate(xfs) if style_shows(xf, styles))
