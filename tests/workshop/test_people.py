"""Reading lists of people: plain names, CSV from Excel or a registration tool (first and last name), what is skipped and why."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize("text", [
    "Voornaam;Achternaam;Organisatie;Rol\nMarieke;van den Berg-Jansen;Gemeente;beleid\n",
    "Voornaam,Achternaam,Organisatie,Rol\nMarieke,van den Berg-Jansen,Gemeente,beleid\n",
    "voornaam,tussenvoegsel,achternaam,organisatie,rol\nMarieke,van den,Berg-Jansen,Gemeente,beleid\n",
    "First name\tLast name\tOrganisation\tRole\nMarieke\tvan den Berg-Jansen\tGemeente\tbeleid\n",
])
def test_first_name_tussenvoegsel_and_last_name_make_the_name(text: str) -> None:
    found = parse_people(text, SPHERES)
    assert [(p.name, p.organisation, p.role) for p in found.people] == [("Marieke van den Berg-Jansen", "Gemeente", "beleid")]
    assert (found.problems, found.error) == ([], "")


def test_a_whole_name_column_wins_and_a_missing_part_is_left_out() -> None:
    found = parse_people("Voornaam;Tussenvoegsel;Achternaam;Naam\nJan;;Jansen;\nPiet;;Puk;Pieter Puk\n;;Bakker;\n", SPHERES)
    assert [p.name for p in found.people] == ["Jan Jansen", "Pieter Puk", "Bakker"]


def test_a_header_without_a_name_column_imports_nobody_and_says_why() -> None:
    text = "sep=;\nE-mail;Telefoon;Bedrijf\nanna@example.org;0612345678;Welzijn\n"
    found = parse_people(text, SPHERES, source="aanmeldingen.csv")
    assert found.people == [] and found.problems == []
    assert found.error.startswith("In 'aanmeldingen.csv' lijkt regel 2 een kopregel ('E-mail;Telefoon;Bedrijf'), "
                                  "maar geen kolom is herkenbaar als naam; er is niemand ingelezen.")
    for understood in ("naam", "voornaam", "tussenvoegsel", "achternaam", "organisatie", "rol", "sfeer"):
        assert f" {understood}" in found.error


def test_a_table_without_a_header_is_not_read_as_names() -> None:
    found = parse_people("Anna;Gemeente;beleid\nBram;Welzijn;opbouwwerker\n", SPHERES)
    assert found.people == [] and "de lijst" in found.error and "'Anna;Gemeente;beleid'" in found.error


def test_names_with_a_comma_in_a_plain_list_stay_names() -> None:
    found = parse_people("Vries, Anna de\nJansen, Jan\n", SPHERES)
    assert [p.name for p in found.people] == ["Vries, Anna de", "Jansen, Jan"] and found.error == ""


def test_a_bom_and_excels_sep_line_before_the_header() -> None:
    found = parse_people("\ufeffsep=,\nVoornaam,Achternaam\nAnna,Bakker\n", SPHERES)
    assert [p.name for p in found.people] == ["Anna Bakker"]
    found = parse_people('"sep=;"\r\n"Voornaam";"Achternaam"\r\n"Bram";"Smit"\r\n', SPHERES)
    assert [p.name for p in found.people] == ["Bram Smit"] and found.problems == []


def test_blank_lines_and_rows_of_empty_cells_are_skipped_and_lines_keep_their_numbers() -> None:
    found = parse_people("\n\nVoornaam;Achternaam;Sfeer\n\nAnna;Bakker;\n;;\n   \nBram;Smit;onbekend\n\n", SPHERES)
    assert [p.name for p in found.people] == ["Anna Bakker", "Bram Smit"]
    assert found.problems == ["regel 8: sfeer 'onbekend' is onbekend; Bram Smit is zonder sfeer toegevoegd."]


def test_quoted_fields_keep_the_delimiter_and_line_breaks_inside() -> None:
    text = ('Voornaam,Achternaam,Organisatie\n"Anna","Bakker, de","Welzijn, Zwolle"\n'
            '"Bram","Smit","Buurthuis ""De Schakel""\nZuid"\nCeyda,Yılmaz,\n')
    found = parse_people(text, SPHERES)
    assert [(p.name, p.organisation) for p in found.people] == [
        ("Anna Bakker, de", "Welzijn, Zwolle"), ("Bram Smit", 'Buurthuis "De Schakel"\nZuid'), ("Ceyda Yılmaz", "")]
    assert found.problems == []


def test_trailing_empty_columns_are_ignored_but_extra_filled_cells_are_said() -> None:
    found = parse_people("Voornaam;Achternaam;;;\nAnna;Bakker;;;\nBram;Smit;;;;;\nDirk;Dam;;;;x\n", SPHERES)
    assert [p.name for p in found.people] == ["Anna Bakker", "Bram Smit", "Dirk Dam"]
    assert found.problems == ["regel 4: meer cellen dan kolommen in de kop; controleer deze regel."]
    assert [p.name for p in parse_people("Anna;;\n\"Bram\";;;\n", SPHERES).people] == ["Anna", "Bram"]


def test_a_single_name_column_header_is_not_a_person() -> None:
    found = parse_people("Naam;;\nAnna de Vries;;\nVries, Bram de;;\n", SPHERES)
    assert [p.name for p in found.people] == ["Anna de Vries", "Vries, Bram de"]


def test_people_already_registered_are_said_and_not_added_again() -> None:
    known = [Participant(id="P-01", name="Anna de Vries")]
    found = parse_people("voornaam,tussenvoegsel,achternaam\nANNA,de,Vries\nBram,,Smit\nbram,,  smit\n", SPHERES, known)
    assert [p.name for p in found.people] == ["Bram Smit"]
    assert found.problems == ["regel 2: ANNA de Vries staat al in de lijst en is niet nog eens toegevoegd.",
                              "regel 4: bram smit staat al in de lijst en is niet nog eens toegevoegd."]


def test_files_from_excel_in_windows_1252_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "excel.csv").write_bytes("sep=;\nVoornaam;Achternaam;Rol\nRenée;Hoogendijk;vrijwilliger\nJosé;Ça;\n".encode("cp1252"))
    (tmp_path / "unicode.txt").write_bytes("Voornaam\tAchternaam\nZoë\tÖzdemir\n".encode("utf-16"))
    found = parse_people(read_text(tmp_path / "excel.csv"), SPHERES)
    assert [(p.name, p.role) for p in found.people] == [("Renée Hoogendijk", "vrijwilliger"), ("José Ça", "")]
    assert [p.name for p in parse_people(read_text(tmp_path / "unicode.txt"), SPHERES).people] == ["Zoë Özdemir"]


def test_a_list_that_is_not_text_gives_a_message_not_a_crash() -> None:
    assert [p.name for p in parse_people("N\x00a\x00a\x00m\x00\nA\x00n\x00n\x00a\x00\n", SPHERES).people] == ["Anna"]
    found = parse_people("Naam\n\"" + "x" * 200_000 + "\"\n", SPHERES, source="groot.csv")
    assert found.people == [] and found.error == ("Kan 'groot.csv' niet lezen als lijst: een cel is veel te lang, "
                                              "of het is geen tekst.")
