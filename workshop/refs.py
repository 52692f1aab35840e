"""References to anything that can be selected: a theory element, a voting round or option, an assumption, ..."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from workshop import ids
from workshop.registry import Change
from workshop.trajectory import Trajectory


class RefKind(StrEnum):
    """The kinds of thing a selection can hold."""

    ELEMENT = "element"
    ROUND = "stemronde"
    OPTION = "stemoptie"
    ASSUMPTION = "aanname"
    PARTICIPANT = "deelnemer"


@dataclass(frozen=True)
class Ref:
    """A selectable thing: its kind and id (an option's id is 'V-01/B5': its round, a slash, its code)."""

    kind: RefKind
    id: str

    @classmethod
    def element(cls, element_id: str) -> Ref:
        """A theory element: H, D1, B5 or a relation B5-D1."""
        return cls(RefKind.ELEMENT, element_id)

    @classmethod
    def option(cls, round_id: str, code: str) -> Ref:
        """An option of a voting round."""
        return cls(RefKind.OPTION, f"{round_id}/{code}")

    def parts(self) -> tuple[str, str]:
        """An option ref's round id and option code."""
        round_id, _, code = self.id.partition("/")
        return round_id, code


def _element_exists(t: Trajectory, ref: Ref) -> bool:
    return ref.id in t.theory.element_ids()


def _option_exists(t: Trajectory, ref: Ref) -> bool:
    round_id, code = ref.parts()
    voting_round = t.voting_round(round_id)
    return voting_round is not None and voting_round.option(code) is not None


EXISTS: dict[RefKind, tuple[Change, Callable[[Trajectory, Ref], bool]]] = {
    RefKind.ELEMENT: (Change.THEORY, _element_exists),
    RefKind.ROUND: (Change.VOTING, lambda t, r: t.voting_round(r.id) is not None),
    RefKind.OPTION: (Change.VOTING, _option_exists),
    RefKind.ASSUMPTION: (Change.ASSUMPTIONS, lambda t, r: t.assumption(r.id) is not None),
    RefKind.PARTICIPANT: (Change.PARTICIPANTS, lambda t, r: t.participant(r.id) is not None),
}
"""Per kind: the change tag after which it may have gone, and how to tell whether it is still there."""


def still_there(t: Trajectory, ref: Ref, changes: frozenset[Change]) -> bool:
    """False only when a change of the kind's own tag removed it; a change elsewhere never drops a selection."""
    tag, exists = EXISTS[ref.kind]
    return tag not in changes or exists(t, ref)


def element_of(t: Trajectory, ref: Ref | None) -> str | None:
    """The theory element a ref is about (for the schema to emphasise), or None."""
    if ref is None:
        return None
    if ref.kind is RefKind.ELEMENT:
        return ref.id
    if ref.kind is RefKind.OPTION:
        round_id, code = ref.parts()
        voting_round = t.voting_round(round_id)
        option = voting_round.option(code) if voting_round else None
        return option.element_id if option else None
    if ref.kind is RefKind.ASSUMPTION and (assumption := t.assumption(ref.id)) is not None:
        return assumption.element_id or None
    return None


def is_theory_element(value: str) -> bool:
    """True for ids that name a theory element (H, D1, B5, B5-D1)."""
    return value == "H" or ids.is_valid("sub_ambition", value) or ids.is_valid("block", value) or ids.is_relation_key(value)
