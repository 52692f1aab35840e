"""Where each collection of the trajectory lives: its field, workbook sheet, key and change tag, written once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop.trajectory import Trajectory


class Change(StrEnum):
    """What a command changed; views refresh only for the tags they show."""

    META = "meta"
    THEORY = "theory"
    SESSIONS = "sessions"
    PARTICIPANTS = "participants"
    VOTING = "voting"
    ASSUMPTIONS = "assumptions"
    SCORES = "scores"
    PROGRAMME = "programme"
    STORY = "story"


@dataclass(frozen=True)
class Collection:
    """One list of records: where it is in the Trajectory, on which sheet, how a record is keyed, which tag it raises.

    A nested collection (`parent` set) lives in the list field `field` of each record of its parent collection;
    on its sheet the column `owner` names the parent record, and `key` starts with that column.
    """

    name: str
    field: str
    sheet: str
    key: tuple[str, ...]
    tag: Change
    separator: str = "/"
    parent: str | None = None
    owner: str = ""

    def items(self, t: Trajectory) -> list[Any]:
        """The live list of records (top-level collections only)."""
        assert self.parent is None, f"{self.name} is genest in {self.parent}"
        target: Any = t
        for part in self.field.split("."):
            target = getattr(target, part)
        return target  # type: ignore[no-any-return]

    def key_of(self, item: Any) -> str:
        """The record's key as one string, e.g. 'B5', 'B1-D3' or 'V-01/P-03/2'."""
        own = self.key[1:] if self.parent else self.key
        return self.separator.join(str(getattr(item, f)) for f in own)

    def rows(self, t: Trajectory) -> Iterator[Any]:
        """What the workbook writes, one object per row: records, or nested records with their owner's key."""
        if self.parent is None:
            yield from self.items(t)
            return
        parent = COLLECTIONS[self.parent]
        for owner in parent.items(t):
            owner_key = parent.key_of(owner)
            for child in getattr(owner, self.field):
                yield NestedRow(self.owner, owner_key, child)


class NestedRow:
    """A nested record seen as a sheet row: its own fields plus the key of the record it belongs to."""

    __slots__ = ("_field", "_owner", "_child")

    def __init__(self, field: str, owner: str, child: Any) -> None:
        self._field, self._owner, self._child = field, owner, child

    def __getattr__(self, name: str) -> Any:
        return self._owner if name == self._field else getattr(self._child, name)


def _c(name: str, field: str, sheet: str, key: tuple[str, ...], tag: Change, **more: Any) -> Collection:
    return Collection(name, field, sheet, key, tag, **more)


COLLECTIONS: dict[str, Collection] = {c.name: c for c in (
    _c("sub_ambitions", "theory.sub_ambitions", "Ambities", ("id",), Change.THEORY),
    _c("blocks", "theory.blocks", "Bouwstenen", ("id",), Change.THEORY),
    _c("relations", "theory.relations", "Relaties", ("block_id", "sub_ambition_id"), Change.THEORY, separator="-"),
    _c("actions", "theory.actions", "Acties", ("id",), Change.THEORY),
    _c("spheres", "theory.spheres", "Sferen", ("id",), Change.THEORY),
    _c("sessions", "sessions", "Sessies", ("number",), Change.SESSIONS),
    _c("participants", "participants", "Deelnemers", ("id",), Change.PARTICIPANTS),
    _c("voting_rounds", "voting_rounds", "Stemrondes", ("id",), Change.VOTING),
    _c("vote_options", "options", "Stemopties", ("round_id", "code"), Change.VOTING,
       parent="voting_rounds", owner="round_id"),
    _c("votes", "votes", "Stemmen", ("round_id", "voter", "dot"), Change.VOTING),
    _c("assumptions", "assumptions", "Aannames", ("id",), Change.ASSUMPTIONS),
    _c("sources", "sources", "Bronnen", ("assumption_id", "nr"), Change.ASSUMPTIONS,
       parent="assumptions", owner="assumption_id"),
    _c("history", "history", "Statusgeschiedenis", ("assumption_id", "nr"), Change.ASSUMPTIONS,
       parent="assumptions", owner="assumption_id"),
    _c("scoring_rounds", "scoring_rounds", "Scorerondes", ("number",), Change.SCORES),
    _c("scores", "scores", "Scores", ("assumption_id", "participant_id", "round"), Change.SCORES),
    _c("steps", "steps", "Programma", ("id",), Change.PROGRAMME),
    _c("story", "story", "Verhaal", ("key",), Change.STORY),
)}
"""Every collection, in workbook order. Commands, the workbook writer and the reader all look here."""

SINGLETONS: dict[str, tuple[str, Change]] = {
    "trajectory": ("", Change.META),
    "theory": ("theory", Change.THEORY),
}
"""Records that are not in a list: the trajectory itself (Info) and the theory (the hoofdambitie)."""


def singleton(t: Trajectory, name: str) -> Any:
    """The trajectory itself or one of its single records."""
    path = SINGLETONS[name][0]
    return getattr(t, path) if path else t


def by_sheet(sheet: str) -> Collection:
    """The collection written on a sheet."""
    return next(c for c in COLLECTIONS.values() if c.sheet == sheet)
