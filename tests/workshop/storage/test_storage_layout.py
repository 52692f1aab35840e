"""The layout is the one definition of the format; the Dutch format document follows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.assumptions import AssumptionKind, AssumptionStatus
from workshop.storage import layout
from workshop.storage.layout import INFO_ROWS, SHEETS, Kind
from workshop.theory import RelationType

DOC = Path(__file__).resolve().parents[3] / "docs" / "werkmap-formaat.md"


def test_schema_version_is_four() -> None:
    assert layout.SCHEMA_VERSION == 4


def test_names_are_unique() -> None:
    assert len({s.name for s in SHEETS} | {layout.RESULTS_SHEET}) == len(SHEETS) + 1
    assert len({s.table for s in SHEETS}) == len(SHEETS)
    for sheet in SHEETS:
        headers = [layout.normalise(c.header) for c in sheet.columns]
        assert len(headers) == len(set(headers)), sheet.name
        assert all(k in {c.field for c in sheet.columns} for k in sheet.key), sheet.name


def test_closed_lists_follow_the_domain() -> None:
    assert layout.RELATIONS.column("type").choices == tuple(t.value for t in RelationType)
    assert layout.ASSUMPTIONS.column("kind").choices == tuple(k.value for k in AssumptionKind)
    assert layout.ASSUMPTIONS.column("status").choices == tuple(s.value for s in AssumptionStatus)
    scores = [layout.SCORES.column(f) for f in ("importance", "certainty")]
    assert all((c.kind, c.low, c.high) == (Kind.SCORE, 1, 5) for c in scores)


def test_key_columns_are_required() -> None:
    for sheet in SHEETS:
        for field in sheet.key:
            column = sheet.column(field)
            assert column.required or column.low is not None, (sheet.name, field)


@pytest.mark.parametrize("sheet", SHEETS, ids=[s.name for s in SHEETS])
def test_format_document_describes_every_sheet_and_column(sheet: layout.Sheet) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"### {sheet.name}" in text
    section = text.split(f"### {sheet.name}", 1)[1].split("\n### ", 1)[0]
    for column in sheet.columns:
        shown = f"`{column.header}`" if sheet is layout.INFO else f"| {column.header} |"
        assert shown in section, column.header
        for choice in column.choices:
            assert f"`{choice}`" in section, choice


def test_format_document_describes_every_info_row() -> None:
    text = DOC.read_text(encoding="utf-8")
    for row in INFO_ROWS:
        assert f"| {row.key} |" in text
    for header in layout.TALLY_HEADERS + layout.STATS_HEADERS:
        assert f"`{header}`" in text
