"""How many assumptions each relation (and element) carries, as badges on the schema."""

from __future__ import annotations

from collections import Counter

from ui.assumptions import texts
from workshop.trajectory import Trajectory


def count_badges(t: Trajectory) -> dict[str, tuple[str, bool]]:
    """Per element or relation with assumptions: 'A 2' (never bold: a count, not a ranking); short, so a busy
    schema stays readable; the panel and the status bar say what 'A' means."""
    counts = Counter(a.element_id for a in t.assumptions if a.element_id and a.element_id != "H")
    return {element: (texts.COUNT_BADGE.format(n=n), False) for element, n in counts.items()}
