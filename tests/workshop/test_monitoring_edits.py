"""Commands for the monitoring plan: one part at a time, live typing merges per part, undo restores the plan."""

from __future__ import annotations

import pytest

from workshop import assumption_edits as ae
from workshop.commands import CommandStack
from workshop.monitoring_edits import PARTS, edit_plan
from workshop.trajectory import Trajectory


def test_each_part_is_its_own_undo_step_and_typing_merges(small: Trajectory) -> None:
    stack = CommandStack(small)
    for text in ("A", "Aa", "Aantal"):
        stack.push(edit_plan(small, "A-001", "indicator", text, mergeable=True))
    stack.push(edit_plan(small, "A-001", "who", "Opbouwwerker", mergeable=True))
    plan = small.assumptions[0].monitoring
    assert (plan.indicator, plan.who) == ("Aantal", "Opbouwwerker") and len(stack) == 2
    assert stack.labels() == ["Monitoring van 'Plekken leiden tot ontmoeting': indicator wijzigen",
                              "Monitoring van 'Plekken leiden tot ontmoeting': wie wijzigen"]
    stack.undo()
    assert small.assumptions[0].monitoring.who == "" and small.assumptions[0].monitoring.indicator == "Aantal"
    stack.undo()
    assert small.assumptions[0].monitoring.indicator == ""
    stack.redo()
    assert small.assumptions[0].monitoring.indicator == "Aantal"


def test_edits_that_are_not_typing_do_not_merge(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(edit_plan(small, "A-001", "when", "jaarlijks"))
    stack.push(edit_plan(small, "A-001", "when", "elk kwartaal"))
    assert len(stack) == 2


def test_a_blank_part_is_stored_empty_and_the_rest_stays(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(ae.edit_assumption("A-001", "monitored", True))
    stack.push(edit_plan(small, "A-001", "source", "Registratie"))
    stack.push(edit_plan(small, "A-001", "source", "   "))
    assumption = small.assumptions[0]
    assert assumption.monitored and assumption.monitoring.source == ""


def test_unknown_parts_and_assumptions_are_refused(small: Trajectory) -> None:
    assert set(PARTS) == {"indicator", "source", "who", "when"}
    with pytest.raises(ValueError, match="geen onderdeel"):
        edit_plan(small, "A-001", "budget", "x")
    with pytest.raises(KeyError):
        edit_plan(small, "A-999", "who", "x")
