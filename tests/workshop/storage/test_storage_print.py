"""Every sheet the app writes prints on A4 fit to the page width, landscape when wide, its header on every page."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.workshop.storage.test_storage_handedits import SOFFICE
from workshop import demo, storage
from workshop.storage import style
from workshop.storage.layout import DERIVED_SHEETS, SHEETS

MOST_PAGES = 40
"""The demo printed as 59 pages before the sheets were fit to the page width (tables cut column by column)."""


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("afdruk") / "demo.xlsx"
    storage.save(demo.build_demo(), path)
    return path


def _widths(ws: object) -> float:
    return sum(d.width for d in ws.column_dimensions.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize("title", [s.name for s in SHEETS] + list(DERIVED_SHEETS))
def test_every_sheet_prints_fit_to_the_page_width(demo_path: Path, title: str) -> None:
    ws = load_workbook(demo_path)[title]
    setup = ws.page_setup
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight, setup.paperSize) == (1, 0, 9)
    assert setup.orientation == ("landscape" if _widths(ws) > style.PORTRAIT_WIDTH else "portrait")
    assert ws.print_title_rows == "$1:$1"


def test_wide_sheets_are_landscape_and_narrow_ones_portrait(demo_path: Path) -> None:
    wb = load_workbook(demo_path)
    assert wb["Bouwstenen"].page_setup.orientation == "landscape"
    assert wb["Relaties"].page_setup.orientation == "portrait"


def test_headers_have_a_fill_of_their_own_for_libreoffice(demo_path: Path) -> None:
    ws = load_workbook(demo_path)["Bouwstenen"]
    fills = {cell.value: cell.fill.fgColor.rgb for cell in ws[1]}
    assert fills["Naam"].endswith(style.HEADER_FILL.fgColor.rgb[-6:])
    assert fills["ID"].endswith(style.LOCKED_FILL.fgColor.rgb[-6:])


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_libreoffice_prints_the_demo_on_few_pages(demo_path: Path, tmp_path: Path) -> None:
    profile = (tmp_path / "lo-profiel").as_uri()
    command = [SOFFICE or "soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(tmp_path), str(demo_path)]
    subprocess.run(command, check=True, capture_output=True, timeout=300, env=os.environ | {"HOME": str(tmp_path)})
    pdf = (tmp_path / "demo.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    assert 0 < pages <= MOST_PAGES
