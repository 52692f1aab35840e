"""Commands for the monitoring plan: one part (indicator, bron, wie, wanneer) of an assumption's plan at a time."""

from __future__ import annotations

from workshop.assumptions import Monitoring
from workshop.commands import Command
from workshop.edits import quote
from workshop.registry import Change
from workshop.trajectory import Trajectory

PARTS: dict[str, str] = {"indicator": "indicator", "source": "bron", "who": "wie", "when": "wanneer"}
"""The parts of a plan (the fields of Monitoring) and their Dutch names in undo labels."""


class EditPlanPart(Command):
    """Set one part of an assumption's monitoring plan; live typing in the same part merges into one undo step."""

    changes = frozenset({Change.ASSUMPTIONS})

    def __init__(self, assumption_id: str, part: str, value: str, label: str, mergeable: bool = False) -> None:
        self.assumption_id, self.part, self.value = assumption_id, part, value
        self.label, self.mergeable = label, mergeable

    def do(self, t: Trajectory) -> None:
        assumption = t.assumption(self.assumption_id)
        if assumption is None:
            raise KeyError(f"assumptions: {self.assumption_id}")
        self._old = assumption.monitoring
        assumption.monitoring = Monitoring(**{**self._old.model_dump(), self.part: self.value})  # validated

    def undo(self, t: Trajectory) -> None:
        assumption = t.assumption(self.assumption_id)
        assert assumption is not None
        assumption.monitoring = self._old

    def merge(self, other: Command) -> bool:
        same = (isinstance(other, EditPlanPart) and self.mergeable and other.mergeable
                and (self.assumption_id, self.part) == (other.assumption_id, other.part))
        if same:
            assert isinstance(other, EditPlanPart)
            self.value = other.value
        return same


def edit_plan(t: Trajectory, assumption_id: str, part: str, value: str, mergeable: bool = False) -> Command:
    """Change the indicator, bron, wie or wanneer of an assumption's plan (with mergeable=True: live typing)."""
    assumption = t.assumption(assumption_id)
    if assumption is None:
        raise KeyError(f"Aanname {assumption_id} bestaat niet.")
    if part not in Monitoring.model_fields:
        raise ValueError(f"Een monitoringsplan heeft geen onderdeel '{part}'.")
    label = f"Monitoring van {quote(assumption.text)}: {PARTS[part]} wijzigen"
    return EditPlanPart(assumption_id, part, value, label, mergeable)
