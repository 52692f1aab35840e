"""Which cell styles count as formatting a save would lose: visible differences only, whoever wrote the file."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from tests.workshop.storage.storage_helpers import sheet_xml
from workshop.storage.cellstyles import formatted_styles

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DEFAULT_ALIGNMENT = ('<alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" '
                     'shrinkToFit="false"/><protection locked="true" hidden="false"/>')
"""How LibreOffice spells the default alignment and protection on every style."""


def _xf(number: int = 164, font: int = 0, fill: int = 0, border: int = 0, inner: str = DEFAULT_ALIGNMENT,
        extra: str = "") -> str:
    return f'<xf numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0" {extra}>{inner}</xf>'


XFS = [
    _xf(),                                               # 0 the default, LibreOffice style
    _xf(font=1),                                         # 1 a copy of the default font: not formatting
    _xf(font=2),                                         # 2 bold
    _xf(fill=2),                                         # 3 yellow
    _xf(fill=1),                                         # 4 gray125 pattern
    _xf(border=1),                                       # 5 thin bottom border
    _xf(inner='<alignment wrapText="true"/>'),           # 6 wrapped
    _xf(inner='<alignment textRotation="0" indent="0" wrapText="0"/>'),  # 7 defaults spelled with 0
    _xf(number=165),                                     # 8 a date
    _xf(number=14),                                      # 9 a built-in date
    _xf(number=166),                                     # 10 money
    _xf(number=2),                                       # 11 built-in 0.00
    _xf(number=49),                                      # 12 text format '@'
    _xf(extra='quotePrefix="1"'),                        # 13 the text prefix the writer sets itself
    _xf(number=167),                                     # 14 a duration
    _xf(font=3),                                         # 15 underline none: as the default
    _xf(inner='<protection locked="false"/>'),           # 16 unlocked: only matters on a protected sheet
]
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="4"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="d\\-m\\-yyyy"/>
<numFmt numFmtId="166" formatCode="&quot;€&quot;\\ #,##0.00"/><numFmt numFmtId="167" formatCode="[h]:mm"/></numFmts>
<fonts count="4">
<font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><charset val="1"/></font>
<font><sz val="11.0"/><color rgb="ff000000"/><name val="Calibri"/><family val="0"/></font>
<font><b val="true"/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/></font>
<font><u val="none"/><b val="false"/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/></font>
</fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>
<borders count="2"><border diagonalUp="false"><left/><right/><top/><bottom/><diagonal/></border>
<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellXfs count="{len(XFS)}">{"".join(XFS)}</cellXfs>
</styleSheet>"""


def _archive(styles: str) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/styles.xml", styles)
    return zipfile.ZipFile(buffer)


def test_only_visible_differences_count_as_formatting() -> None:
    assert sorted(formatted_styles(_archive(STYLES))) == [2, 3, 4, 5, 6, 10, 11, 12]


def test_the_app_s_dates_are_not_formatting_and_its_headers_are(saved: Path) -> None:
    with zipfile.ZipFile(saved) as archive:
        formatted = formatted_styles(archive)
    sessions = sheet_xml(saved, "Sessies")
    date, header = (re.search(rf'<c r="{ref}"[^>]* s="(\d+)"', sessions) for ref in ("C2", "A1"))
    assert date is not None and header is not None
    assert int(date.group(1)) not in formatted and int(header.group(1)) in formatted
