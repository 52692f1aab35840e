"""Reading lists of people: plain names, CSV from Excel (with ; or ,), spheres by name, what is skipped and why."""

from __future__ import annotations

from pathlib import Path

from workshop.people import parse_people, read_text
from workshop.sessions import Participant
from workshop.theory import Sphere

SPHERES = [Sphere(id="S1", name="Persoonlijke sociale basis"), Sphere(id="S2", name="Gemeenschappelijke sociale basis"),
           Sphere(id="S3", name="Institutionele sociale basis")]


def test_one_name_per_line_skipping_blank_lines() -> None:
    found = parse_people("Anna de Vries\n\n  Bram  \nCeyda Yılmaz\n", SPHERES)
    assert [p.name for p in found.people] == ["Anna de Vries", "Bram", "Ceyda Yılmaz"]
    assert found.problems == []


def test_csv_from_excel_with_semicolons_and_spheres_by_name_or_id() -> None:
    text = ("Naam;Organisatie;Rol;Sfeer;Begeleider\n"
            "Anna;Gemeente;beleid;institutioneel;\n"
            "Bram;Welzijn;\"opbouwwerker; jong\";S2;\n"
            "Dirk;;;persoonlijk;ja\n")
    found = parse_people(text, SPHERES)
    assert [(p.name, p.organisation, p.role, p.sphere_id, p.facilitator) for p in found.people] == [
        ("Anna", "Gemeente", "beleid", "S3", False), ("Bram", "Welzijn", "opbouwwerker; jong", "S2", False),
        ("Dirk", "", "", "S1", True)]


def test_csv_with_commas_and_english_headers_in_another_order() -> None:
    found = parse_people("role,name\nbewoner,Ria\n", SPHERES)
    assert [(p.name, p.role) for p in found.people] == [("Ria", "bewoner")]


def test_problems_are_said_per_line_and_nothing_else_is_lost() -> None:
    known = [Participant(id="P-01", name="Anna")]
    found = parse_people("naam;sfeer\nanna;\n;S1\nBram;gemeentelijk\nBram;S2\n", SPHERES, known)
    assert [(p.name, p.sphere_id) for p in found.people] == [("Bram", None)]
    assert found.problems == [
        "regel 2: anna staat al in de lijst en is niet nog eens toegevoegd.",
        "regel 3: geen naam; de regel is overgeslagen.",
        "regel 4: sfeer 'gemeentelijk' is onbekend; Bram is zonder sfeer toegevoegd.",
        "regel 5: Bram staat al in de lijst en is niet nog eens toegevoegd.",
    ]


def test_files_in_utf8_with_bom_and_in_windows_1252(tmp_path: Path) -> None:
    (tmp_path / "bom.csv").write_bytes("\ufeffNaam;Rol\nZoë;bewoner\n".encode())
    (tmp_path / "excel.csv").write_bytes("Naam;Rol\nRené;vrijwilliger\n".encode("cp1252"))
    assert parse_people(read_text(tmp_path / "bom.csv"), SPHERES).people[0].name == "Zoë"
    assert parse_people(read_text(tmp_path / "excel.csv"), SPHERES).people[0].name == "René"


def test_an_empty_list_gives_nobody() -> None:
    assert parse_people("  \n\n", SPHERES).people == []
