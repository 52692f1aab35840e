"""Placing bouwstenen: on a deelambitie, on the foundation or the band, moved, or back in the tray; and the comparison.

A bouwsteen is *placed* when it has at least one relation; the others wait in the tray (de bak). Each gesture is
one command, so one undo step. Dropping decides what a gesture does (`gesture`); `apply` makes its command.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workshop import ids
from workshop.commands import Command, Macro
from workshop.edits import Insert, Remove, SetField, forget_elements, let_go_options, quote
from workshop.theory import Action, BuildingBlock, Origin, Relation, RelationType, Theory
from workshop.theory_edits import set_relation
from workshop.trajectory import Trajectory

FOUNDATION, BAND, TRAY = "fundament", "band", "bak"
"""Drop targets besides the deelambities (whose ids are targets too)."""
FOR_ALL: dict[str, RelationType] = {FOUNDATION: RelationType.PRECONDITION, BAND: RelationType.SUPPORTING}
"""The relation a bouwsteen on the foundation or the band has with every deelambitie."""
PICKER_TYPES: tuple[RelationType, ...] = (
    RelationType.CONTRIBUTES, RelationType.DIRECT, RelationType.INDIRECT,
    RelationType.INTERACTION, RelationType.PRECONDITION, RelationType.SUPPORTING,
)
"""The types in the order of keys 1-6 after a drop; 1 ('draagt bij') is the default."""


class PlacementError(ValueError):
    """A gesture that would change nothing or names what is not there; the message is Dutch."""


class Verb(StrEnum):
    """What a drop does."""

    PLACE = "plaatsen"          # a new relation, the others stay
    RETYPE = "ander type"       # the relation is there: only its type may change
    MOVE = "verplaatsen"        # relations to other deelambities go, one to this deelambitie comes
    FOR_ALL = "voor alle"       # on the foundation or the band
    TRAY = "terug in de bak"    # every relation goes


@dataclass(frozen=True)
class Gesture:
    """One drop worked out: what it does to which bouwsteen and where.

    `existing` is the type of the relation with the target now; `suggested` the type the picker starts on.
    """

    verb: Verb
    block_id: str
    target: str
    from_subs: tuple[str, ...] = ()
    existing: RelationType | None = None
    suggested: RelationType = RelationType.CONTRIBUTES

    @property
    def needs_type(self) -> bool:
        """True when a type is still to be chosen (a drop on a deelambitie)."""
        return self.verb in (Verb.PLACE, Verb.RETYPE, Verb.MOVE)


# -- what is where ------------------------------------------------------------------------------
def is_placed(theory: Theory, block_id: str) -> bool:
    """True when the bouwsteen has at least one relation (it is on the schema, not in the tray)."""
    return any(r.block_id == block_id for r in theory.relations)


def tray(theory: Theory) -> list[BuildingBlock]:
    """The bouwstenen waiting in the tray (no relation yet), in id order."""
    placed = {r.block_id for r in theory.relations}
    return sorted((b for b in theory.blocks if b.id not in placed), key=lambda b: ids.sort_key(b.id))


def tier_of(theory: Theory, block_id: str) -> str | None:
    """FOUNDATION or BAND when the bouwsteen lies there (one for-all type towards every deelambitie), else None."""
    kind = theory.for_all_type(block_id)
    return next((tier for tier, k in FOR_ALL.items() if k == kind), None) if kind else None


# -- deciding what a drop does ----------------------------------------------------------------
def gesture(theory: Theory, block_id: str, target: str, *, move: bool = False, from_sub: str | None = None) -> Gesture | None:
    """What dropping the bouwsteen on `target` does, or None when it would change nothing (a refused drop).

    On a deelambitie a new relation comes beside the others; `move` (Shift, or a card lifted off the foundation
    or the band) moves the bouwsteen there instead, and a relation line dragged from `from_sub` moves that line.
    """
    if theory.block(block_id) is None:
        return None
    if target == TRAY:
        return Gesture(Verb.TRAY, block_id, target) if is_placed(theory, block_id) else None
    if target in FOR_ALL:
        return _for_all(theory, block_id, target)
    if theory.sub_ambition(target) is None:
        return None
    return _on_sub(theory, block_id, target, move or tier_of(theory, block_id) is not None, from_sub)


def _for_all(theory: Theory, block_id: str, tier: str) -> Gesture | None:
    if not theory.sub_ambitions or tier_of(theory, block_id) == tier:
        return None
    return Gesture(Verb.FOR_ALL, block_id, tier)


def _on_sub(theory: Theory, block_id: str, sub_id: str, move: bool, from_sub: str | None) -> Gesture | None:
    existing = theory.relation(block_id, sub_id)
    current = existing.type if existing else None
    if from_sub is not None:
        line = theory.relation(block_id, from_sub)
        return None if from_sub == sub_id or line is None else Gesture(Verb.MOVE, block_id, sub_id, (from_sub,), current, line.type)
    others = [r for r in theory.relations_of_block(block_id) if r.sub_ambition_id != sub_id]
    if move and others:
        return Gesture(Verb.MOVE, block_id, sub_id, tuple(r.sub_ambition_id for r in others), current,
                       _suggested_move(theory, block_id, current, others))
    return Gesture(Verb.RETYPE if existing else Verb.PLACE, block_id, sub_id, (), current, current or RelationType.CONTRIBUTES)


def _suggested_move(theory: Theory, block_id: str, current: RelationType | None, others: list[Relation]) -> RelationType:
    """Off the foundation or the band: 'draagt bij'; else the type it has there, or the one relation it moves."""
    if tier_of(theory, block_id) is not None:
        return RelationType.CONTRIBUTES
    return current or (others[0].type if len(others) == 1 else RelationType.CONTRIBUTES)


def apply(t: Trajectory, g: Gesture, kind: RelationType | None = None) -> Command:
    """The one command of a gesture; a drop on a deelambitie needs the chosen `kind`."""
    if g.verb == Verb.TRAY:
        return to_tray(t, g.block_id)
    if g.verb == Verb.FOR_ALL:
        return place_for_all(t, g.block_id, g.target)
    if kind is None:
        raise PlacementError("Kies eerst hoe de bouwsteen bijdraagt.")
    if g.verb == Verb.MOVE:
        return move(t, g.block_id, g.target, kind, g.from_subs)
    return place(t, g.block_id, g.target, kind)


# -- the commands ---------------------------------------------------------------------------------
def _block(t: Trajectory, block_id: str) -> BuildingBlock:
    block = t.theory.block(block_id)
    if block is None:
        raise PlacementError(f"Bouwsteen {block_id} bestaat niet (meer).")
    return block


def place(t: Trajectory, block_id: str, sub_id: str, kind: RelationType) -> Command:
    """Relate the bouwsteen to a deelambitie with this type (or retype the relation); its other relations stay."""
    _block(t, block_id)
    existing = t.theory.relation(block_id, sub_id)
    if existing is not None and existing.type == kind:
        raise PlacementError(f"Deze relatie is al '{kind.value}'.")
    return set_relation(t, block_id, sub_id, kind)


def place_for_all(t: Trajectory, block_id: str, tier: str) -> Command:
    """Lay the bouwsteen on the foundation (randvoorwaardelijk) or the band (ondersteunend): that type to every deelambitie."""
    block, kind = _block(t, block_id), FOR_ALL[tier]
    if not t.theory.sub_ambitions or tier_of(t.theory, block_id) == tier:
        raise PlacementError(f"{quote(block.label)} ligt al op {'het fundament' if tier == FOUNDATION else 'de band'}.")
    commands = []
    for sub in t.theory.sub_ambitions:
        existing = t.theory.relation(block_id, sub.id)
        if existing is None:
            commands.append(Insert("relations", Relation(block_id=block_id, sub_ambition_id=sub.id, type=kind)))
        elif existing.type != kind:
            commands.append(SetField("relations", existing.key, "type", kind))
    where = "op het fundament" if tier == FOUNDATION else "op de band"
    return Macro(f"Bouwsteen {quote(block.label)} {where}", commands)


def move(t: Trajectory, block_id: str, sub_id: str, kind: RelationType, from_subs: tuple[str, ...] | None = None) -> Command:
    """Move the bouwsteen's relations to `from_subs` (default: every other deelambitie) to one relation with `sub_id`.

    What hangs on a moved relation comes along: its assumptions now point at the new relation. Vote options about
    it keep their text but no longer point at it (the vote was about the old place).
    """
    block = _block(t, block_id)
    if t.theory.sub_ambition(sub_id) is None:
        raise PlacementError(f"Deelambitie {sub_id} bestaat niet (meer).")
    old = [r for r in t.theory.relations_of_block(block_id) if r.sub_ambition_id != sub_id
           and (from_subs is None or r.sub_ambition_id in from_subs)]
    if not old:
        raise PlacementError(f"{quote(block.label)} heeft geen relatie om te verplaatsen.")
    new_key, existing = ids.relation_key(block_id, sub_id), t.theory.relation(block_id, sub_id)
    commands: list[Command] = [] if existing and existing.type == kind else [set_relation(t, block_id, sub_id, kind)]
    commands += _unhook(t, {r.key for r in old}, new_key)
    commands += [Remove("relations", r.key) for r in old]
    sub = t.theory.sub_ambition(sub_id)
    return Macro(f"Bouwsteen {quote(block.label)} verplaatsen naar {quote(sub.name if sub else sub_id)}", commands)


def to_tray(t: Trajectory, block_id: str) -> Command:
    """Take the bouwsteen off the schema, back in the tray: all its relations go, with the assumptions about them."""
    block = _block(t, block_id)
    relations = t.theory.relations_of_block(block_id)
    if not relations:
        raise PlacementError(f"{quote(block.label)} ligt al in de bak.")
    return _remove_relations(t, relations, f"Bouwsteen {quote(block.label)} terug in de bak")


def all_to_tray(t: Trajectory) -> Command:
    """Every bouwsteen back in the tray (to place them again with the group), as one undo step."""
    if not t.theory.relations:
        raise PlacementError("Alle bouwstenen liggen al in de bak.")
    return _remove_relations(t, list(t.theory.relations), "Alle bouwstenen terug in de bak")


def _remove_relations(t: Trajectory, relations: list[Relation], label: str) -> Command:
    commands = _unhook(t, {r.key for r in relations}, None)
    return Macro(label, commands + [Remove("relations", r.key) for r in relations])


def _unhook(t: Trajectory, keys: set[str], to: str | None) -> list[Command]:
    """What hangs on relations that go: assumptions move to `to`, or else go (`forget_elements`); vote options let go."""
    if to is None:
        return forget_elements(t, keys)
    moved: list[Command] = [SetField("assumptions", a.id, "element_id", to) for a in t.assumptions if a.element_id in keys]
    return moved + let_go_options(t, keys)


# -- the publication's bouwstenen ---------------------------------------------------------------
def matching(theory: Theory, publication: Theory) -> dict[str, str]:
    """The publication's bouwsteen ids mapped to ours: the same id from the publication, else the same name."""
    by_name = {b.name.casefold(): b.id for b in theory.blocks}
    found: dict[str, str] = {}
    for theirs in publication.blocks:
        ours = theory.block(theirs.id)
        if ours is not None and ours.origin == Origin.PUBLICATION:
            found[theirs.id] = ours.id
        elif (same := by_name.get(theirs.name.casefold())) is not None:
            found[theirs.id] = same
    return found


def missing(theory: Theory, publication: Theory) -> list[BuildingBlock]:
    """The publication's bouwstenen the group's theory lacks (removed, or a theory started empty)."""
    found = matching(theory, publication)
    return [b for b in publication.blocks if b.id not in found]


def add_from_publication(t: Trajectory, publication: Theory) -> Command:
    """Put the publication's missing bouwstenen (with their actions) in the tray, without relations."""
    lacking = missing(t.theory, publication)
    if not lacking:
        raise PlacementError("Alle bouwstenen uit de publicatie zijn er al.")
    block_ids, action_ids = [b.id for b in t.theory.blocks], [a.id for a in t.theory.actions]
    commands: list[Command] = []
    for theirs in lacking:
        block_ids.append(ids.next_id("block", block_ids))
        commands.append(Insert("blocks", theirs.model_copy(update={"id": block_ids[-1]})))
        for action in publication.actions_of(theirs.id):
            action_ids.append(ids.next_id("action", action_ids))
            commands.append(Insert("actions", Action(id=action_ids[-1], block_id=block_ids[-1], text=action.text,
                                                     actors=list(action.actors))))
    return Macro(f"{len(lacking)} bouwstenen uit de publicatie in de bak", commands)


# -- comparing with the publication -------------------------------------------------------------
class Difference(StrEnum):
    """How the group's relation differs from the publication's."""

    ADDED = "toegevoegd"
    REMOVED = "verwijderd"
    RETYPED = "ander type"


@dataclass(frozen=True)
class Comparison:
    """One relation that differs: names as shown, our ids (None when the group lacks that element), both types."""

    difference: Difference
    block: str
    sub: str
    block_id: str | None
    sub_id: str | None
    publication: RelationType | None
    group: RelationType | None

    @property
    def key(self) -> str | None:
        """The group's relation key when both ends exist in the group's theory."""
        return ids.relation_key(self.block_id, self.sub_id) if self.block_id and self.sub_id else None


def compare(theory: Theory, publication: Theory) -> list[Comparison]:
    """The group's relations beside the publication's: added, removed, or of another type (in schema order)."""
    blocks, subs = matching(theory, publication), _sub_matching(theory, publication)
    pairs = [(blocks.get(r.block_id), subs.get(r.sub_ambition_id), r) for r in publication.relations]
    found = [_removed_or_retyped(theory, publication, (b, s), r) for b, s, r in pairs]
    theirs = {(b, s) for b, s, _ in pairs}
    found += [_added(theory, r) for r in theory.relations if (r.block_id, r.sub_ambition_id) not in theirs]
    order = {d: i for i, d in enumerate(Difference)}
    return sorted((c for c in found if c is not None),
                  key=lambda c: (order[c.difference], ids.sort_key(c.block_id or "~"), ids.sort_key(c.sub_id or "~")))


def _sub_matching(theory: Theory, publication: Theory) -> dict[str, str]:
    by_name = {d.name.casefold(): d.id for d in theory.sub_ambitions}
    return {d.id: d.id if theory.sub_ambition(d.id) else by_name[d.name.casefold()]
            for d in publication.sub_ambitions if theory.sub_ambition(d.id) or d.name.casefold() in by_name}


def _removed_or_retyped(theory: Theory, publication: Theory, pair: tuple[str | None, str | None], r: Relation) -> Comparison | None:
    block_id, sub_id = pair
    ours = theory.relation(block_id, sub_id) if block_id and sub_id else None
    if ours is not None and ours.type == r.type:
        return None
    block, sub = publication.block(r.block_id), publication.sub_ambition(r.sub_ambition_id)
    kind = Difference.REMOVED if ours is None else Difference.RETYPED
    return Comparison(kind, block.label if block else r.block_id, sub.name if sub else r.sub_ambition_id,
                      block_id, sub_id, r.type, ours.type if ours else None)


def _added(theory: Theory, r: Relation) -> Comparison:
    block, sub = theory.block(r.block_id), theory.sub_ambition(r.sub_ambition_id)
    return Comparison(Difference.ADDED, block.label if block else r.block_id, sub.name if sub else r.sub_ambition_id,
                      r.block_id, r.sub_ambition_id, None, r.type)
