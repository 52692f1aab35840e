"""What a step opens when it begins: a voting or scoring round prefilled from the theory, the tray, the story,
the check or the monitoring plan, with the matching page on the projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.programme import texts
from workshop.programme import Step, StepKind, step_before
from workshop.theory import Theory
from workshop.trajectory import Trajectory

if TYPE_CHECKING:
    from ui.features import FeatureHost

PROGRAMME_PAGE = "programma"
FEATURE_OF = {"verhaal": "verhaal", "controle": "controle", "monitoring": "monitoring", "bouwstenen": "bak",
              "aannames": "aannames"}
"""Which feature a step opens for each value of 'Opent' that is not a round."""


def placed_blocks(theory: Theory) -> list[str]:
    """The bouwstenen with at least one relation, in schema order."""
    related = {r.block_id for r in theory.relations}
    return [b.id for b in theory.blocks if b.id in related]


def vote_options(t: Trajectory, step: Step) -> tuple[list[str], tuple[str, ...], bool]:
    """(elements to tick, own options, one choice?) for a step that opens a voting round."""
    if step.opens == "deelambities":
        return [s.id for s in t.theory.sub_ambitions], (), False
    if step.opens == "bouwstenen":
        return placed_blocks(t.theory) or [b.id for b in t.theory.blocks], (), False
    earlier = step_before(t.steps, step)  # 'ambitie': the wording now and those the group wrote in the step before
    written = [line.strip(" -•\t") for line in (earlier.notes if earlier else "").splitlines() if line.strip(" -•\t")]
    wordings = [w for w in dict.fromkeys([t.theory.ambition, *written]) if w]
    return [], tuple(wordings), True


def open_activity(host: FeatureHost, step: Step) -> str:
    """Open what the step asks for; returns a new round to record on the step ('V-03', 'scoreronde 2') or ''."""
    if step.kind is StepKind.VOTE:
        return _vote(host, step)
    if step.kind is StepKind.SCORE:
        return _score(host, step)
    if step.kind in (StepKind.PLACE, StepKind.ACTIONS) or (step.kind is StepKind.STORY and not step.opens):
        host.presentation.show_content("schema")
    name = FEATURE_OF.get(step.opens)
    feature = host.feature(name) if name else None
    opener = getattr(feature, "open", None) or getattr(feature, "show", None)
    if callable(opener):
        opener()
    elif step.kind in (StepKind.EXPLAIN, StepKind.COLLECT):
        host.show_projector_page(PROGRAMME_PAGE)
    return ""


def question_of(title: str) -> str:
    """The room's question from a step's title: 'Stemronde: welke formulering?' asks 'Welke formulering?' (the strip
    above the tiles already says which step it is)."""
    head, colon, rest = title.partition(":")
    if not colon or head.strip().casefold() not in ("stemronde", "stemmen") or not rest.strip():
        return title
    rest = rest.strip()
    return rest[0].upper() + rest[1:]


def _vote(host: FeatureHost, step: Step) -> str:
    from ui.voting.setup_dialog import Prefill

    voting, t = host.feature("stemmen"), host.document.trajectory
    if step.activity and t.voting_round(step.activity):
        voting.show_round(step.activity)
        return ""
    chosen, free, single = vote_options(t, step)
    if not voting.new_round(chosen, Prefill(question_of(step.title), free, single)):
        host.show_projector_page(PROGRAMME_PAGE)
        return ""
    round_id = voting.round_id or ""
    voting.show_round(round_id)
    return round_id


def _score(host: FeatureHost, step: Step) -> str:
    t = host.document.trajectory
    existing = next((r.number for r in t.scoring_rounds if step.activity == f"scoreronde {r.number}"), None)
    if existing is None and not t.assumptions:
        host.status(texts.NO_ASSUMPTIONS)
        host.show_projector_page(PROGRAMME_PAGE)
        return ""
    number = host.feature("scoren").run_round(existing, [a.id for a in t.assumptions], step.title)
    return f"scoreronde {number}" if existing is None and number else ""
