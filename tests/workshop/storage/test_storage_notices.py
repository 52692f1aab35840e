"""Own sheets and columns: a note when a save keeps them as they are, a warning only when a save would drop something,
and no warning any more once the app has saved the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tests.workshop.storage.storage_helpers import edit_workbook, set_text
from workshop import storage
from workshop.storage import notices
from workshop.storage.errors import Log
from workshop.storage.extras import LoadResult
from workshop.storage.losses import Loss

Change = Callable[[Workbook], None]


def _own_sheet(wb: Workbook) -> Worksheet:
    ws = wb.create_sheet("Notities")
    ws["A1"], ws["B1"], ws["A2"], ws["B2"] = "Vrije notitie", "=1+1", 42, dt.datetime(2025, 3, 1, 14, 30)
    ws["C2"] = dt.date(2025, 3, 1)
    set_text(ws, "A3", "=tekst, geen formule")
    return ws


def _own_column(wb: Workbook) -> Worksheet:
    ws = wb["Aannames"]
    ws["N1"], ws["N2"], ws["N3"], ws["N4"] = "Opmerking", "eigen notitie", 3.5, dt.date(2025, 4, 1)
    return ws


def _plain(wb: Workbook) -> None:
    _own_sheet(wb)
    _own_column(wb)


def _load(saved: Path, tmp_path: Path, change: Change, name: str = "eigen.xlsx") -> LoadResult:
    return storage.load(edit_workbook(saved, tmp_path / name, change))


def _resaved(result: LoadResult, path: Path) -> LoadResult:
    storage.save(result.trajectory, path, result.extras)
    return storage.load(path)


PLAIN_NOTES = ["eigen blad 'Notities' blijft bewaard.", "eigen kolom 'Opmerking' op blad 'Aannames' blijft bewaard."]


def test_plain_own_sheet_and_column_give_notes_and_no_warnings(saved: Path, tmp_path: Path) -> None:
    result = _load(saved, tmp_path, _plain)
    assert result.warnings == []
    assert result.notes == PLAIN_NOTES


def test_every_start_after_a_save_stays_quiet(saved: Path, tmp_path: Path) -> None:
    result = _load(saved, tmp_path, _plain)
    for start in range(3):
        result = _resaved(result, tmp_path / f"start{start}.xlsx")
        assert (result.warnings, result.notes) == ([], PLAIN_NOTES)


def test_notes_do_not_name_the_file_but_warnings_do(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        _plain(wb)
        wb["Notities"]["A1"].font = Font(bold=True)
    result = _load(saved, tmp_path, change)
    assert all(not n.startswith("eigen.xlsx") for n in result.notes)
    assert result.warnings and all(w.startswith("eigen.xlsx: ") for w in result.warnings)


def _bold(wb: Workbook) -> None:
    _own_sheet(wb)["A1"].font = Font(bold=True)


def _fill(wb: Workbook) -> None:
    _own_sheet(wb)["A2"].fill = PatternFill("solid", fgColor="FFFF00")


def _border(wb: Workbook) -> None:
    _own_sheet(wb)["A2"].border = Border(bottom=Side(style="thin"))


def _wrap(wb: Workbook) -> None:
    _own_sheet(wb)["A1"].alignment = Alignment(wrap_text=True)


def _money(wb: Workbook) -> None:
    _own_sheet(wb)["A2"].number_format = "€ #,##0.00"


def _width(wb: Workbook) -> None:
    _own_sheet(wb).column_dimensions["A"].width = 40


def _height(wb: Workbook) -> None:
    _own_sheet(wb).row_dimensions[2].height = 40


def _frozen(wb: Workbook) -> None:
    _own_sheet(wb).freeze_panes = "A2"


def _conditional(wb: Workbook) -> None:
    _own_sheet(wb).conditional_formatting.add("A2:A9", CellIsRule(operator="greaterThan", formula=["10"],
                                                                   fill=PatternFill("solid", fgColor="FF0000")))


def _merged(wb: Workbook) -> None:
    _own_sheet(wb).merge_cells("A5:C5")


def _chart(wb: Workbook) -> None:
    ws = _own_sheet(wb)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=1, min_row=2, max_row=2))
    ws.add_chart(chart, "E2")


def _comment(wb: Workbook) -> None:
    _own_sheet(wb)["A1"].comment = Comment("Niet vergeten", "Ans")


def _validation(wb: Workbook) -> None:
    ws = _own_sheet(wb)
    validation = DataValidation(type="list", formula1='"ja,nee"')
    ws.add_data_validation(validation)
    validation.add("D2:D9")


def _link(wb: Workbook) -> None:
    _own_sheet(wb)["A1"].hyperlink = "https://example.org"


def _protected(wb: Workbook) -> None:
    _own_sheet(wb).protection.sheet = True


def _filter(wb: Workbook) -> None:
    _own_sheet(wb).auto_filter.ref = "A1:C3"


SHEET_LOSSES = [
    (_bold, "gaat de opmaak"), (_fill, "gaat de opmaak"), (_border, "gaat de opmaak"), (_wrap, "gaat de opmaak"),
    (_money, "gaat de opmaak"), (_width, "gaat de opmaak"), (_height, "gaat de opmaak"), (_frozen, "gaat de opmaak"),
    (_conditional, "gaat de opmaak"), (_merged, "gaan de samengevoegde cellen"),
    (_chart, "gaan de grafieken of afbeeldingen"), (_comment, "gaan de opmerkingen bij cellen"),
    (_validation, "gaat de gegevensvalidatie"), (_link, "gaan de hyperlinks"), (_protected, "gaat de beveiliging"),
    (_filter, "gaan de filters"),
]


@pytest.mark.parametrize(("change", "phrase"), SHEET_LOSSES, ids=[c.__name__.strip("_") for c, _ in SHEET_LOSSES])
def test_what_a_save_drops_of_an_own_sheet_is_a_warning_once(
        saved: Path, tmp_path: Path, change: Change, phrase: str) -> None:
    result = _load(saved, tmp_path, change)
    assert result.warnings == [f"eigen.xlsx: eigen blad 'Notities': bij opslaan {phrase} verloren; "
                               "de celwaarden en formules blijven bewaard."]
    assert result.notes == []
    again = _resaved(result, tmp_path / "opnieuw.xlsx")
    assert (again.warnings, again.notes) == ([], ["eigen blad 'Notities' blijft bewaard."])


def test_several_losses_are_named_in_one_sentence(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        ws = _own_sheet(wb)
        ws["A1"].font, ws["A2"].hyperlink = Font(bold=True), "https://example.org"
        ws.merge_cells("A5:C5")
    [warning] = _load(saved, tmp_path, change).warnings
    assert "bij opslaan gaan de opmaak, de samengevoegde cellen en de hyperlinks verloren;" in warning


def test_a_hidden_own_sheet_is_a_warning(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        _own_sheet(wb).sheet_state = "hidden"
    result = _load(saved, tmp_path, change)
    assert result.warnings == ["eigen.xlsx: eigen blad 'Notities' is verborgen; na opslaan is het weer zichtbaar."]
    assert result.notes == ["eigen blad 'Notities' blijft bewaard."]


def test_formatting_elsewhere_does_not_count_for_own_sheets(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        _plain(wb)
        wb["Bouwstenen"]["B2"].font = Font(italic=True, color="FF0000")
        wb["Bouwstenen"].column_dimensions["B"].width = 80
    assert _load(saved, tmp_path, change).warnings == []


def test_a_formula_in_an_own_column_is_a_warning_once(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        _own_column(wb)["N2"] = "=1+1"
    result = _load(saved, tmp_path, change)
    assert result.warnings == ["eigen.xlsx: blad 'Aannames', eigen kolom 'Opmerking': bij opslaan gaan de formules "
                               "verloren; de waarden blijven bewaard."]
    assert _resaved(result, tmp_path / "opnieuw.xlsx").warnings == []


def test_formatting_in_an_own_column_is_a_warning_but_not_in_its_header(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        ws = _own_column(wb)
        ws["N1"].font = Font(bold=True, size=14)
        ws["O1"], ws["O2"] = "Kleur", "rood"
        ws["O2"].fill = PatternFill("solid", fgColor="FF0000")
    result = _load(saved, tmp_path, change)
    assert result.warnings == ["eigen.xlsx: blad 'Aannames', eigen kolom 'Kleur': bij opslaan gaat de opmaak "
                               "verloren; de waarden blijven bewaard."]
    assert result.notes == ["eigen kolom 'Opmerking' op blad 'Aannames' blijft bewaard."]
    again = _resaved(result, tmp_path / "opnieuw.xlsx")
    assert again.warnings == []
    assert again.notes == ["eigen kolommen 'Opmerking' en 'Kleur' op blad 'Aannames' blijven bewaard."]


def test_risky_text_in_an_own_column_stays_quiet_after_a_save(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        set_text(_own_column(wb), "N2", "=geen formule")
    result = _load(saved, tmp_path, change)
    again = _resaved(result, tmp_path / "opnieuw.xlsx")
    assert again.extras.columns["Aannames"].values["Opmerking"][("A-001",)] == "=geen formule"
    assert again.warnings == []


def test_when_the_file_cannot_be_checked_the_warning_says_what_may_be_lost(
        saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("kapot")
    monkeypatch.setattr(notices, "find_losses", broken)
    result = _load(saved, tmp_path, _plain)
    assert result.notes == []
    assert result.warnings == [
        "eigen.xlsx: eigen blad 'Notities' blijft bewaard met de celwaarden en formules; eventuele opmaak, "
        "grafieken en afbeeldingen daarop gaan bij opslaan verloren.",
        "eigen.xlsx: eigen kolom 'Opmerking' op blad 'Aannames' blijft bewaard als waarden; eventuele formules en "
        "opmaak daarin gaan bij opslaan verloren."]


def test_a_workbook_without_own_sheets_or_columns_has_no_notes(saved: Path) -> None:
    result = storage.load(saved)
    assert (result.warnings, result.notes) == ([], [])


def test_dutch_lists_and_verbs() -> None:
    assert notices.listed(["A"]) == "'A'"
    assert notices.listed(["A", "B", "C"]) == "'A', 'B' en 'C'"
    assert notices.lost({Loss.FORMATTING}) == "bij opslaan gaat de opmaak verloren"
    assert notices.lost({Loss.FORMULAS}) == "bij opslaan gaan de formules verloren"
    assert notices.lost({Loss.FORMULAS, Loss.FORMATTING}) == "bij opslaan gaan de opmaak en de formules verloren"


def test_log_notes_go_without_the_file_name() -> None:
    log = Log("werkmap.xlsx")
    log.note("eigen blad 'X' blijft bewaard.")
    log.warn("iets gaat verloren.")
    assert log.notes == ["eigen blad 'X' blijft bewaard."]
    assert log.warnings == ["werkmap.xlsx: iets gaat verloren."]


@pytest.mark.parametrize("title", ["Notities", "Mijn notities"])
def test_a_defined_name_on_an_own_sheet_is_a_warning(saved: Path, tmp_path: Path, title: str) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    def change(wb: Workbook) -> None:
        ws = wb.create_sheet(title)
        ws["A1"], ws["B1"] = 10, "=SOM(Budget)"
        reference = f"'{title}'!$A$1" if " " in title else f"{title}!$A$1"
        wb.defined_names["Budget"] = DefinedName("Budget", attr_text=reference)

    result = _load(saved, tmp_path, change)
    assert len(result.warnings) == 1 and "namen voor cellen en bereiken" in result.warnings[0]
    assert title in result.warnings[0]
