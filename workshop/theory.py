"""The verandertheorie itself: hoofdambitie, deelambities, bouwstenen, relations, actions and spheres."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from workshop import ids
from workshop.base import DomainModel, Items, NonEmpty, Text


class RelationType(StrEnum):
    """How a bouwsteen contributes to a deelambitie, with the publication's own words."""

    PRECONDITION = "randvoorwaardelijk"
    SUPPORTING = "ondersteunend"
    DIRECT = "direct"
    INDIRECT = "indirect"
    INTERACTION = "wisselwerking"
    CONTRIBUTES = "draagt bij"


FOR_ALL_TYPES = frozenset({RelationType.PRECONDITION, RelationType.SUPPORTING})
"""Types that by the publication's definition hold for all deelambities at once: the foundation and the band."""


class Origin(StrEnum):
    """Where a bouwsteen comes from: the publication or the group in the room."""

    PUBLICATION = "publicatie"
    GROUP = "groep"


class Sphere(DomainModel):
    """One of the three spheres of the sociale basis (persoonlijk, gemeenschappelijk, institutioneel)."""

    id: str = Field(pattern=ids.anchored("sphere"))
    name: NonEmpty
    description: Text = ""
    examples: Items = Field(default_factory=list)


class SubAmbition(DomainModel):
    """A deelambitie (sub-ambition) under the hoofdambitie."""

    id: str = Field(pattern=ids.anchored("sub_ambition"))
    name: NonEmpty
    description: Text = ""


class BuildingBlock(DomainModel):
    """A bouwsteen (building block): something parties can work on that feeds deelambities."""

    id: str = Field(pattern=ids.anchored("block"))
    name: NonEmpty
    short_name: Text = ""
    essence: Text = ""
    theory: Text = ""
    sources: Items = Field(default_factory=list)
    origin: Origin = Origin.GROUP

    @property
    def label(self) -> str:
        """The short label for cards, falling back to the full name."""
        return self.short_name.strip() or self.name


class Relation(DomainModel):
    """A typed link from a bouwsteen to a deelambitie."""

    block_id: str = Field(pattern=ids.anchored("block"))
    sub_ambition_id: str = Field(pattern=ids.anchored("sub_ambition"))
    type: RelationType = RelationType.CONTRIBUTES

    @property
    def key(self) -> str:
        """Readable key such as 'B5-D1'."""
        return ids.relation_key(self.block_id, self.sub_ambition_id)


class Action(DomainModel):
    """One bullet of the handelingsperspectief of a bouwsteen, with the actors it names."""

    id: str = Field(pattern=ids.anchored("action"))
    block_id: str = Field(pattern=ids.anchored("block"))
    text: NonEmpty
    actors: Items = Field(default_factory=list)


class Theory(DomainModel):
    """The whole verandertheorie schema."""

    name: Text = ""
    source: Text = ""
    ambition: Text = ""
    sub_ambitions: list[SubAmbition] = Field(default_factory=list)
    blocks: list[BuildingBlock] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    spheres: list[Sphere] = Field(default_factory=list)

    def block(self, block_id: str) -> BuildingBlock | None:
        """The bouwsteen with this id, or None."""
        return next((b for b in self.blocks if b.id == block_id), None)

    def sub_ambition(self, sub_id: str) -> SubAmbition | None:
        """The deelambitie with this id, or None."""
        return next((d for d in self.sub_ambitions if d.id == sub_id), None)

    def relation(self, block_id: str, sub_id: str) -> Relation | None:
        """The relation between a bouwsteen and a deelambitie, or None."""
        return next(
            (r for r in self.relations if r.block_id == block_id and r.sub_ambition_id == sub_id),
            None,
        )

    def relations_of_block(self, block_id: str) -> list[Relation]:
        """All relations leaving this bouwsteen."""
        return [r for r in self.relations if r.block_id == block_id]

    def relations_to(self, sub_id: str) -> list[Relation]:
        """All relations arriving at this deelambitie."""
        return [r for r in self.relations if r.sub_ambition_id == sub_id]

    def actions_of(self, block_id: str) -> list[Action]:
        """The handelingsperspectief of one bouwsteen, in order."""
        return [a for a in self.actions if a.block_id == block_id]

    def for_all_type(self, block_id: str) -> RelationType | None:
        """The for-all type (randvoorwaardelijk, ondersteunend) this bouwsteen has towards every deelambitie, or None."""
        relations = self.relations_of_block(block_id)
        kinds = {r.type for r in relations}
        every = {r.sub_ambition_id for r in relations} == {d.id for d in self.sub_ambitions}
        if not self.sub_ambitions or not every or len(kinds) != 1:
            return None
        kind = kinds.pop()
        return kind if kind in FOR_ALL_TYPES else None

    def element_ids(self) -> set[str]:
        """Every id an assumption or vote option may refer to (H = hoofdambitie)."""
        found = {"H"} | {d.id for d in self.sub_ambitions} | {b.id for b in self.blocks}
        return found | {r.key for r in self.relations}

    def element_label(self, element_id: str) -> str | None:
        """Human label for an element id (block, deelambitie, relation or 'H'), or None."""
        if element_id == "H":
            return "Hoofdambitie"
        if (item := self.block(element_id) or self.sub_ambition(element_id)) is not None:
            return item.name
        if not ids.is_relation_key(element_id):
            return None
        block_id, sub_id = ids.relation_ends(element_id)
        block, sub = self.block(block_id), self.sub_ambition(sub_id)
        if block and sub and self.relation(block_id, sub_id):
            return f"{block.label} → {sub.name}"
        return None
