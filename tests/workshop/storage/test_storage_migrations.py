"""Schema versions: a version-0 workbook is migrated, a newer one is refused, the registry stays consistent."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.workshop.storage.storage_helpers import edit_workbook
from workshop.demo import build_demo
from workshop.programme import StepStatus
from workshop.programme_templates import default_template
from workshop.sessions import SessionStatus
from workshop import storage
from workshop.storage import migrations
from workshop.storage.layout import SCHEMA_VERSION
from workshop.storage.raw import RawSheet, RawWorkbook
from workshop.theory import Origin
from workshop.voting import EntryMode, RoundKind, tally
from workshop.trajectory import Trajectory


def make_v0(wb: Workbook) -> None:
    """Turn a schema-1 workbook into the pre-release layout of schema 0."""
    wb["Info"].delete_rows(2)
    wb["Ambities"].title = "Deelambities"
    wb["Relaties"]["C1"] = "Soort"
    wb["Stemrondes"]["C1"] = "Stippen"
    wb["Bouwstenen"].delete_cols(7)


def test_registered_migrations_reach_the_current_version() -> None:
    assert sorted(migrations.MIGRATIONS) == list(range(SCHEMA_VERSION))


def test_version_0_workbook_is_migrated(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    old = edit_workbook(saved, tmp_path / "oud.xlsx", make_v0)
    result = storage.load(old)
    assert result.migrated_from == 0
    expected = rich.model_copy(deep=True)
    for block in expected.theory.blocks:
        block.origin = Origin.PUBLICATION
    assert result.trajectory == expected
    assert result.extras.sheets == []


def test_migration_is_reported_once_in_one_sentence(saved: Path, tmp_path: Path) -> None:
    result = storage.load(edit_workbook(saved, tmp_path / "oud.xlsx", make_v0))
    assert result.warnings == [
        "oud.xlsx: is omgezet van het oude formaat (schema 0) naar schema 4; bij het opslaan krijgt het bestand "
        "schema 4 en kunnen oudere versies van Werkplaats het niet meer openen."]
    assert result.notes == []


def test_own_columns_are_found_on_a_sheet_a_migration_renamed(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        make_v0(wb)
        ws = wb["Deelambities"]
        ws["D1"], ws["D2"], ws["D3"] = "Toelichting", "eigen", "=1+1"
    result = storage.load(edit_workbook(saved, tmp_path / "oud.xlsx", change))
    assert result.warnings[1:] == ["oud.xlsx: blad 'Ambities', eigen kolom 'Toelichting': bij opslaan gaan de "
                                   "formules verloren; de waarden blijven bewaard."]


def test_migrated_workbook_is_saved_in_the_current_layout(saved: Path, tmp_path: Path) -> None:
    result = storage.load(edit_workbook(saved, tmp_path / "oud.xlsx", make_v0))
    storage.save(result.trajectory, tmp_path / "nieuw.xlsx", result.extras)
    again = storage.load(tmp_path / "nieuw.xlsx")
    assert again.migrated_from is None and again.trajectory == result.trajectory


def test_newer_schema_is_refused_in_dutch(saved: Path, tmp_path: Path) -> None:
    def newer(wb: Workbook) -> None:
        wb["Info"]["B2"] = 5
    path = edit_workbook(saved, tmp_path / "nieuw.xlsx", newer)
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(path)
    assert str(caught.value) == ("nieuw.xlsx: is gemaakt met een nieuwere versie van Werkplaats (schema 5); "
                                 "deze versie kent schema 4. Werk de app bij.")


def test_missing_step_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 6)
    with pytest.raises(storage.WorkbookError, match="schema 4, en deze versie kan dat niet bijwerken"):
        migrations.upgrade(RawWorkbook("x.xlsx"), 0)


def test_a_version_registers_once() -> None:
    with pytest.raises(ValueError):
        migrations.migration(from_version=0)(lambda raw: None)


def test_raw_sheet_helpers() -> None:
    sheet = RawSheet("Relaties", ["Bouwsteen", " soort "], 1, [(2, ("B1", "direct")), (3, ("B2",))])
    assert sheet.rename_column("Soort", "Type") and sheet.header == ["Bouwsteen", "Type"]
    sheet.add_column("Extra", 1)
    assert sheet.rows == [(2, ("B1", "direct", 1)), (3, ("B2", None, 1))]
    raw = RawWorkbook("x.xlsx", {"Deelambities": sheet})
    assert sheet.file_title == "Relaties"
    assert raw.rename_sheet("deelambities", "Ambities") and raw.sheet("ambities") is sheet
    assert (sheet.title, sheet.file_title) == ("Ambities", "Relaties")
    assert not raw.rename_sheet("Onbekend", "Iets")


SCHEMA_1_DEMO = Path(__file__).parent / "fixtures" / "demo-schema1.xlsx"
"""The demo workbook as the app wrote it with schema 1 (before voting rounds had kinds, modes and times)."""


def test_version_1_workbook_upgrades_on_load_with_one_message() -> None:
    result = storage.load(SCHEMA_1_DEMO)
    assert result.migrated_from == 1
    assert result.warnings == [
        "demo-schema1.xlsx: is omgezet van het oude formaat (schema 1) naar schema 4; bij het opslaan krijgt het "
        "bestand schema 4 en kunnen oudere versies van Werkplaats het niet meer openen."]
    t = result.trajectory
    assert [r.id for r in t.voting_rounds] == ["V-01", "V-02"]
    for voting_round in t.voting_rounds:
        assert (voting_round.kind, voting_round.mode, voting_round.max_per_option) == (RoundKind.DOTS, EntryMode.TURNS, None)
        assert not voting_round.facilitator_votes and voting_round.voted == []
    assert not any(p.facilitator for p in t.participants)
    assert all(v.time is None and v.voter.startswith("P-") for v in t.votes)  # schema 1 kept participant ids


def test_version_1_tallies_survive_the_upgrade_and_a_save(tmp_path: Path) -> None:
    before = storage.load(SCHEMA_1_DEMO).trajectory
    storage.save(before, tmp_path / "nieuw.xlsx")
    after = storage.load(tmp_path / "nieuw.xlsx")
    assert after.migrated_from is None and after.warnings == []
    assert after.trajectory == before
    for voting_round in after.trajectory.voting_rounds:
        assert tally(voting_round, after.trajectory.votes) == tally(voting_round, before.votes)


SCHEMA_3_DEMO = Path(__file__).parent / "fixtures" / "demo-schema3.xlsx"
"""The demo workbook as the app wrote it with schema 3 (before the programme and the story)."""


def test_version_3_workbook_gets_the_programme_and_loses_nothing(tmp_path: Path) -> None:
    result = storage.load(SCHEMA_3_DEMO)
    assert result.migrated_from == 3 and len(result.warnings) == 1
    t = result.trajectory
    template = default_template()
    assert [(s.session_number, s.title, s.kind) for s in t.steps] == [
        (s.session_number, s.title, s.kind) for s in template.steps]
    done = {s.number for s in t.sessions if s.status is SessionStatus.DONE}
    assert done and all((s.status is StepStatus.DONE) == (s.session_number in done) for s in t.steps)
    assert all(s.started is None and s.minutes_spent is None for s in t.steps) and t.story == []
    before = build_demo()
    for field in ("theory", "participants", "voting_rounds", "votes", "assumptions", "scoring_rounds", "scores"):
        assert getattr(t, field) == getattr(before, field), field
    storage.save(t, tmp_path / "nieuw.xlsx", result.extras)
    again = storage.load(tmp_path / "nieuw.xlsx")
    assert again.migrated_from is None and again.trajectory == t
