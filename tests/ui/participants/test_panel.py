"""The Deelnemers dock: type a name and Enter, import a list, tick attendance; each is one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from ui.participants import ParticipantsFeature
from ui.participants.import_dialog import ImportDialog
from ui.participants.model import FACILITATOR, NAME, PRESENT, SPHERE
from ui.participants.panel import ParticipantsPanel
from workshop.sessions import Participant


@pytest.fixture
def window(facilitator: MainWindow) -> MainWindow:
    return facilitator


@pytest.fixture
def panel(window: MainWindow) -> ParticipantsPanel:
    feature = window.feature("deelnemers")
    assert isinstance(feature, ParticipantsFeature)
    return feature.show()


def test_the_panel_is_built_only_when_first_shown(window: MainWindow) -> None:
    dock = window.host.docks["participantsDock"]
    assert not dock.is_built()
    window.feature("deelnemers").show()  # type: ignore[attr-defined]
    assert dock.is_built() and dock.widget().isVisible()


def test_typing_names_registers_people_present_in_the_current_session(qtbot, window: MainWindow,
                                                                       panel: ParticipantsPanel) -> None:
    for name in ("Anna", "  Bram  de  Vries ", ""):
        panel.entry.setText(name)
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    t = window.document.trajectory
    assert [p.name for p in t.participants] == ["Anna", "Bram de Vries"]
    assert t.session(1).attendance == ["P-01", "P-02"]  # type: ignore[union-attr]
    assert panel.count.text() == "2 deelnemers, 2 aanwezig in sessie 1"
    window.undo_action.trigger()
    assert [p.name for p in t.participants] == ["Anna"] and t.session(1).attendance == ["P-01"]  # type: ignore[union-attr]


def test_attendance_and_facilitator_are_checkboxes_per_session(window: MainWindow, panel: ParticipantsPanel) -> None:
    panel.add([Participant(id="P-00", name="Anna"), Participant(id="P-00", name="Bram")])
    panel.show_session(2)
    model = panel.model
    assert model.data(model.index(0, PRESENT), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(1, PRESENT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(0, FACILITATOR), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    t = window.document.trajectory
    assert t.session(2).attendance == ["P-02"] and t.participants[0].facilitator  # type: ignore[union-attr]
    assert model.setData(model.index(0, SPHERE), "S2", Qt.ItemDataRole.EditRole)
    assert model.data(model.index(0, SPHERE)) == t.theory.spheres[1].name
    assert not model.setData(model.index(0, NAME), "   ", Qt.ItemDataRole.EditRole)  # a name never becomes empty


def test_the_model_passes_qt_model_checks(qtmodeltester, panel: ParticipantsPanel) -> None:
    panel.add([Participant(id="P-00", name="Anna")])
    qtmodeltester.check(panel.model)


def test_importing_a_csv_file_in_one_step(window: MainWindow, panel: ParticipantsPanel, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes("Naam;Organisatie;Rol;Sfeer\nAnna;Gemeente;beleid;institutioneel\nBram;;;onbekend\n".encode("cp1252"))

    def ask(cls, parent, spheres, known, session):  # type: ignore[no-untyped-def]
        dialog = cls(parent, spheres, known, session)
        dialog.load_file(path)
        assert "2 nieuwe deelnemers" in dialog.summary.text() and "regel 3: sfeer 'onbekend'" in dialog.summary.text()
        return dialog.found.people
    monkeypatch.setattr(ImportDialog, "ask", classmethod(ask))
    depth = window.document.stack.index
    panel.import_list()
    t = window.document.trajectory
    assert [(p.name, p.organisation, p.sphere_id) for p in t.participants] == [("Anna", "Gemeente", "S3"), ("Bram", "", None)]
    assert window.document.stack.index == depth + 1


def test_removing_someone_with_votes_asks_first(window: MainWindow, panel: ParticipantsPanel) -> None:
    panel.add([Participant(id="P-00", name="Anna")])
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.remove_chosen(confirm=lambda person: False)
    assert window.document.trajectory.participants
    panel.remove_chosen(confirm=lambda person: person.name == "Anna")
    assert not window.document.trajectory.participants
