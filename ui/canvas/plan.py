"""What goes where in the schema: foundation, band, cards and drawn relations (pure, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from workshop import ids
from workshop.theory import BuildingBlock, Origin, Relation, RelationType, SubAmbition, Theory

FOUNDATION, BAND = "foundation", "band"
TIER_TYPES = {RelationType.PRECONDITION: FOUNDATION, RelationType.SUPPORTING: BAND}
GROUP = "group"
"""Legend key for the marking of the group's own bouwstenen."""


def tier_of(theory: Theory, block_id: str) -> str | None:
    """'foundation' or 'band' when the block has one for-all type towards every deelambitie, else None."""
    kind = theory.for_all_type(block_id)
    return None if kind is None else TIER_TYPES[kind]


@dataclass(frozen=True)
class Plan:
    """The theory sorted into the parts of the house, ready for geometry."""

    ambition: str
    subs: tuple[SubAmbition, ...]
    cards: tuple[BuildingBlock, ...]
    foundation: tuple[BuildingBlock, ...]
    band: tuple[BuildingBlock, ...]
    relations: tuple[Relation, ...]
    legend: tuple[str, ...]
    instructions: bool = True
    """Empty places tell the facilitator what to click; a view for the room (or a print) only says they are empty."""

    @classmethod
    def of(cls, theory: Theory, instructions: bool = True) -> Plan:
        """Sort blocks by tier and keep the relations that are drawn as lines."""
        blocks = sorted(theory.blocks, key=lambda b: ids.sort_key(b.id))
        tiers = {b.id: tier_of(theory, b.id) for b in blocks}
        cards = tuple(b for b in blocks if tiers[b.id] is None)
        card_ids = {b.id for b in cards}
        drawn = tuple(r for r in theory.relations if r.block_id in card_ids)
        return cls(
            ambition=theory.ambition.strip(),
            subs=tuple(theory.sub_ambitions),
            cards=cards,
            foundation=tuple(b for b in blocks if tiers[b.id] == FOUNDATION),
            band=tuple(b for b in blocks if tiers[b.id] == BAND),
            relations=drawn,
            legend=_legend_keys(drawn, blocks),
            instructions=instructions,
        )

    def tier_blocks(self, kind: str) -> tuple[BuildingBlock, ...]:
        """The blocks of the foundation or the band."""
        return self.foundation if kind == FOUNDATION else self.band


def _legend_keys(drawn: tuple[Relation, ...], blocks: list[BuildingBlock]) -> tuple[str, ...]:
    present = {r.type for r in drawn}
    keys = [kind.value for kind in RelationType if kind in present]
    if any(b.origin == Origin.GROUP for b in blocks):
        keys.append(GROUP)
    return tuple(keys)


def focus_of(theory: Theory, element_id: str | None) -> frozenset[str] | None:
    """Ids to emphasise when `element_id` is selected or hovered; None means nothing is dimmed."""
    if element_id is None or element_id == "H":
        return None
    if theory.block(element_id) is not None:
        relations = theory.relations_of_block(element_id)
        return frozenset({element_id} | {r.key for r in relations} | {r.sub_ambition_id for r in relations})
    if theory.sub_ambition(element_id) is not None:
        relations = theory.relations_to(element_id)
        return frozenset({element_id} | {r.key for r in relations} | {r.block_id for r in relations})
    if ids.is_relation_key(element_id) and theory.relation(*ids.relation_ends(element_id)) is not None:
        return frozenset({element_id, *ids.relation_ends(element_id)})
    return None
