"""The import dialog: a registration tool's CSV gives whole names, and a header it cannot read says so by file name."""

from __future__ import annotations

from pathlib import Path

from ui.participants.import_dialog import ImportDialog
from workshop.sessions import Participant


def _dialog(qtbot, known: list[Participant] = ()) -> ImportDialog:  # type: ignore[assignment, no-untyped-def]
    dialog = ImportDialog(None, [], list(known), 1)
    qtbot.addWidget(dialog)
    return dialog


def test_a_registration_export_gives_first_and_last_names(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "aanmeldingen.csv"
    path.write_bytes("sep=;\r\nVoornaam;Achternaam;Organisatie;Rol;;\r\nRenée;Hoogendijk;Gemeente;beleid;;\r\n"
                     "Anna;de Vries;;;;\r\n".encode("cp1252"))
    dialog = _dialog(qtbot, [Participant(id="P-01", name="Anna de Vries")])
    dialog.load_file(path)
    assert [(p.name, p.organisation) for p in dialog.found.people] == [("Renée Hoogendijk", "Gemeente")]
    assert dialog.summary.text() == ("1 nieuwe deelnemers, aanwezig in sessie 1.\n"
                                     "regel 4: Anna de Vries staat al in de lijst en is niet nog eens toegevoegd.")


def test_a_header_without_a_name_says_file_and_header_and_adds_nobody(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "export.csv"
    path.write_text("E-mail;Telefoon\nanna@example.org;0612345678\n", encoding="utf-8")
    dialog = _dialog(qtbot)
    dialog.load_file(path)
    assert dialog.found.people == []
    text = dialog.summary.text()
    assert "'export.csv'" in text and "('E-mail;Telefoon')" in text and "niemand ingelezen" in text
    assert "voornaam, tussenvoegsel en achternaam" in text
