"""The Aannames dock: the assumptions about the chosen relation, suggestions adopted or rejected, a new one from
the template, status with history, a rewrite; the details and the counts on the schema follow."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.assumptions import AssumptionsFeature
from ui.assumptions.dialog import AssumptionDialog, AssumptionSpec, RewriteDialog, StatusDialog
from ui.assumptions.panel import AssumptionsPanel
from ui.main_window import MainWindow
from workshop.assumptions import AssumptionKind, AssumptionStatus, Monitoring, Source, SourceKind
from workshop.demo import build_demo
from workshop.refs import RefKind


@pytest.fixture
def window(facilitator: MainWindow) -> MainWindow:
    facilitator.document.replace(build_demo(), None)
    return facilitator


@pytest.fixture
def panel(window: MainWindow) -> AssumptionsPanel:
    feature = window.feature("aannames")
    assert isinstance(feature, AssumptionsFeature)
    return feature.show()


def test_the_list_follows_the_chosen_relation_and_offers_its_suggestions(window: MainWindow, panel: AssumptionsPanel) -> None:
    window.selection.select("B5-D1")
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(rows) == 1 and rows[0].startswith("A-001 [causaal]") and "◉ monitoren" in rows[0]
    suggestions = [panel.suggestions.item(i).text() for i in range(panel.suggestions.count())]
    assert suggestions and all(s.startswith("S-") for s in suggestions)
    panel.list.setCurrentRow(0)
    assert window.selection.ref.kind is RefKind.ASSUMPTION and window.selection.ref.id == "A-001"  # type: ignore[union-attr]
    assert "Bronnen" in window.details.browser.toPlainText() and "bevestigd" in window.details.browser.toPlainText()
    assert window.view.schema.focus_id() == "B5-D1"  # the schema shows what the assumption is about


def test_adopting_and_rejecting_a_suggestion(window: MainWindow, panel: AssumptionsPanel) -> None:
    window.selection.select("B5-D1")
    before = panel.suggestions.count()
    panel.suggestions.setCurrentRow(0)
    chosen = panel.suggestions.currentItem().text().split()[0]
    assert panel.adopt()
    assert window.document.trajectory.assumptions[-1].suggestion == chosen
    panel.suggestions.setCurrentRow(0)
    assert panel.reject()
    assert panel.suggestions.count() in (before - 2, 1)
    assert len(window.document.trajectory.rejected_suggestions) == 1
    window.undo_action.trigger()
    assert window.document.trajectory.rejected_suggestions == []


def test_an_own_card_gets_no_suggestions_meant_for_the_publications(window: MainWindow, panel: AssumptionsPanel) -> None:
    from workshop import theory_edits as te
    from workshop.content import new_trajectory

    window.document.push(te.edit_block("B5", "name", "Buurtkamers"))  # the group's own card in B5's place
    window.selection.select("B5-D1")
    assert panel.suggestions.count() == 1 and panel.suggestions.item(0).text().startswith("De publicatie heeft geen")
    assert not panel.adopt() and window.statusBar().currentMessage().startswith("De publicatie heeft geen")
    window.undo_action.trigger()
    window.selection.select("B5-D1")
    assert panel.suggestions.currentRow() == 0 and panel.adopt()  # the first suggestion is chosen already
    window.document.push(te.edit_block("B5", "short_name", "Buurtkamers"))  # F2 on the card renames its label
    window.selection.select("B5-D1")
    assert panel.suggestions.item(0).text().startswith("De publicatie heeft geen")
    window.undo_action.trigger()
    window.document.replace(new_trajectory("leeg"), None)
    assert panel.open_suggestions("B1") == []


def test_a_new_assumption_from_the_template_counts_on_the_schema(window: MainWindow, panel: AssumptionsPanel,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window.selection.select("B3-D2")
    seen: list[str] = []

    def ask(cls, parent, t, element_id, existing=None):  # type: ignore[no-untyped-def]
        seen.append(element_id)
        return AssumptionSpec("Als de professional luistert, dan groeit vertrouwen, omdat mensen zich gezien voelen.",
                              AssumptionKind.CAUSAL, element_id, "", [Source(kind=SourceKind.RESIDENTS, note="gesprek")],
                              True, Monitoring(indicator="vertrouwen"))
    monkeypatch.setattr(AssumptionDialog, "ask", classmethod(ask))
    assert panel.add()
    new = window.document.trajectory.assumptions[-1]
    assert seen == ["B3-D2"] and new.element_id == "B3-D2" and new.monitored and new.sources[0].note == "gesprek"
    assert window.view.schema.badges()["B3-D2"] == "A 1"
    assert window.presentation.window.content("schema").schema.badges().get("B3-D2") is None  # not on the projector
    window.feature("aannames").actions["assumptionCountsAction"].trigger()  # A
    assert window.presentation.window.content("schema").schema.badges()["B3-D2"] == "A 1"


def test_status_with_reason_and_a_rewrite(window: MainWindow, panel: AssumptionsPanel,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window.selection.select("B7-D3")
    panel.list.setCurrentRow(0)
    aid = panel.chosen().id  # type: ignore[union-attr]
    monkeypatch.setattr(StatusDialog, "ask", classmethod(
        lambda cls, parent, a: (AssumptionStatus.DOUBTFUL, "Weinig effectonderzoek", dt.date(2026, 3, 17))))
    assert panel.change_status()
    assumption = window.document.trajectory.assumption(aid)
    assert assumption.status is AssumptionStatus.DOUBTFUL and assumption.history[-1].reason == "Weinig effectonderzoek"  # type: ignore[union-attr]
    monkeypatch.setattr(RewriteDialog, "ask", classmethod(lambda cls, parent, a: ("Als ..., dan ..., omdat ...", "getoetst")))
    panel.list.setCurrentRow(0)
    assert panel.rewrite()
    assert window.document.trajectory.assumptions[-1].replaces == aid
    assert any("↻ vervangt" in panel.list.item(i).text() for i in range(panel.list.count()))


def test_a_relation_without_assumptions_says_so_instead_of_asking_for_one(window: MainWindow,
                                                                         panel: AssumptionsPanel) -> None:
    t = window.document.trajectory
    bare = next(r.key for r in t.theory.relations if not any(a.element_id == r.key for a in t.assumptions))
    window.selection.select(bare)
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("Nog geen aannames bij ")
    assert not panel.buttons["edit"].isEnabled() and not panel.buttons["remove"].isEnabled()
    assert panel.buttons["add"].isEnabled()
    window.selection.select("B5-D1")
    panel.list.setCurrentRow(0)
    assert panel.buttons["edit"].isEnabled() and panel.buttons["adopt"].isEnabled()
