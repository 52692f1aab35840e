"""Commands that edit the verandertheorie: deelambities, bouwstenen, relations and actions."""

from __future__ import annotations

from workshop import ids
from workshop.commands import Command, Macro
from workshop.edits import NAME_LIMIT, Insert, Remove, SetField, forget_elements, named, quote
from workshop.theory import Action, BuildingBlock, Origin, Relation, RelationType, SubAmbition
from workshop.trajectory import Trajectory

BLOCK_FIELDS = {"name", "short_name", "essence", "theory", "sources", "origin"}
SUB_FIELDS = {"name", "description"}
RELATION_NAME_LIMIT = 30
"""Each end of a relation is cut off sooner in undo labels, so the two names together stay readable."""


def _block_name(t: Trajectory, block_id: str, limit: int = NAME_LIMIT) -> str:
    block = t.theory.block(block_id)
    return quote(block.label, limit) if block else block_id


def _sub_name(t: Trajectory, sub_id: str, limit: int = NAME_LIMIT) -> str:
    sub = t.theory.sub_ambition(sub_id)
    return quote(sub.name, limit) if sub else sub_id


def _action_name(t: Trajectory, action_id: str) -> str:
    action = next((a for a in t.theory.actions if a.id == action_id), None)
    return quote(action.text) if action else action_id


def relation_name(t: Trajectory, block_id: str, sub_id: str) -> str:
    """How undo labels name a relation: 'Digitale inclusie' → 'Gezondheid'."""
    limit = RELATION_NAME_LIMIT
    return f"{_block_name(t, block_id, limit)} → {_sub_name(t, sub_id, limit)}"


def set_ambition(text: str, mergeable: bool = False) -> Command:
    """Change the hoofdambitie text."""
    return SetField("theory", None, "ambition", text, "Hoofdambitie wijzigen", mergeable=mergeable)


def add_sub_ambition(t: Trajectory, name: str, description: str = "") -> Command:
    """Add a deelambitie with the next free D-id, in one undo step with the relations that keep the house whole.

    A bouwsteen that is randvoorwaardelijk (or ondersteunend) for every existing deelambitie gets that
    relation to the new one too, so the foundation and the band still hold for all deelambities. Only these
    two types (theory.FOR_ALL_TYPES) carry over: they mean 'for all deelambities' by definition. A bouwsteen
    that happens to be direct (or indirect, ...) for every deelambitie so far says nothing about a new one;
    that is for the group to decide.
    """
    new_id = ids.next_id("sub_ambition", [d.id for d in t.theory.sub_ambitions])
    item = SubAmbition(id=new_id, name=name, description=description)
    carried = [
        Insert("relations", Relation(block_id=b.id, sub_ambition_id=new_id, type=kind))
        for b in t.theory.blocks if (kind := t.theory.for_all_type(b.id)) is not None
    ]
    return Macro(f"Deelambitie {quote(name)} toevoegen", [Insert("sub_ambitions", item), *carried])


def add_block(t: Trajectory, name: str, essence: str = "", origin: Origin = Origin.GROUP) -> Command:
    """Add a bouwsteen; by default it is marked as the group's own."""
    new_id = ids.next_id("block", [b.id for b in t.theory.blocks])
    item = BuildingBlock(id=new_id, name=name, essence=essence, origin=origin)
    return Insert("blocks", item, label=f"Bouwsteen {quote(name)} toevoegen")


def edit_block(block_id: str, field: str, value: object, mergeable: bool = False) -> Command:
    """Change one field of a bouwsteen; with mergeable=True (live typing) consecutive edits become one undo step."""
    if field not in BLOCK_FIELDS:
        raise ValueError(f"onbekend veld van een bouwsteen: {field}")
    label = named("Bouwsteen", _block_name, block_id, "wijzigen")
    return SetField("blocks", block_id, field, value, label, mergeable=mergeable)


def edit_sub_ambition(sub_id: str, field: str, value: object, mergeable: bool = False) -> Command:
    """Change the name or description of a deelambitie."""
    if field not in SUB_FIELDS:
        raise ValueError(f"onbekend veld van een deelambitie: {field}")
    label = named("Deelambitie", _sub_name, sub_id, "wijzigen")
    return SetField("sub_ambitions", sub_id, field, value, label, mergeable=mergeable)


def _dependents(t: Trajectory, element_ids: set[str], label: str) -> list[Command]:
    """Commands removing assumptions (with their scores and places in scoring rounds) about, and detaching vote
    options from, elements."""
    return forget_elements(t, element_ids, label)


def remove_block(t: Trajectory, block_id: str) -> Command:
    """Remove a bouwsteen with its relations, actions and assumptions, as one undo step."""
    block = t.theory.block(block_id)
    if block is None:
        raise KeyError(block_id)
    relations = t.theory.relations_of_block(block_id)
    elements = {block_id} | {r.key for r in relations}
    label = f"Bouwsteen {quote(block.label)} verwijderen"
    commands: list[Command] = _dependents(t, elements, label)
    commands += [Remove("relations", r.key) for r in relations]
    commands += [Remove("actions", a.id) for a in t.theory.actions_of(block_id)]
    commands.append(Remove("blocks", block_id))
    return Macro(label, commands)


def remove_sub_ambition(t: Trajectory, sub_id: str) -> Command:
    """Remove a deelambitie with its relations and assumptions, as one undo step."""
    sub = t.theory.sub_ambition(sub_id)
    if sub is None:
        raise KeyError(sub_id)
    relations = t.theory.relations_to(sub_id)
    label = f"Deelambitie {quote(sub.name)} verwijderen"
    commands = _dependents(t, {sub_id} | {r.key for r in relations}, label)
    commands += [Remove("relations", r.key) for r in relations]
    commands.append(Remove("sub_ambitions", sub_id))
    return Macro(label, commands)


def set_relation(t: Trajectory, block_id: str, sub_id: str, kind: RelationType | None) -> Command:
    """Create, retype or (with kind None) remove the relation between a bouwsteen and a deelambitie."""
    existing = t.theory.relation(block_id, sub_id)
    key, name = ids.relation_key(block_id, sub_id), relation_name(t, block_id, sub_id)
    if kind is None:
        if existing is None:
            raise KeyError(key)
        return Macro(f"Relatie {name} verwijderen", _dependents(t, {key}, "") + [Remove("relations", key)])
    if existing is not None:
        return SetField("relations", key, "type", kind, f"Relatie {name} wordt '{kind.value}'")
    if t.theory.block(block_id) is None or t.theory.sub_ambition(sub_id) is None:
        raise KeyError(key)
    item = Relation(block_id=block_id, sub_ambition_id=sub_id, type=kind)
    return Insert("relations", item, label=f"Relatie {name} ({kind.value}) toevoegen")


def add_action(t: Trajectory, block_id: str, text: str, actors: list[str] | None = None) -> Command:
    """Add an action to the handelingsperspectief of a bouwsteen."""
    if t.theory.block(block_id) is None:
        raise KeyError(block_id)
    new_id = ids.next_id("action", [a.id for a in t.theory.actions])
    item = Action(id=new_id, block_id=block_id, text=text, actors=actors or [])
    return Insert("actions", item, label=f"Actie bij {_block_name(t, block_id)} toevoegen")


def edit_action(action_id: str, field: str, value: object, mergeable: bool = False) -> Command:
    """Change the text or actors of an action."""
    if field not in {"text", "actors"}:
        raise ValueError(f"onbekend veld van een actie: {field}")
    label = named("Actie", _action_name, action_id, "wijzigen")
    return SetField("actions", action_id, field, value, label, mergeable=mergeable)


def remove_action(action_id: str) -> Command:
    """Remove an action."""
    return Remove("actions", action_id, label=named("Actie", _action_name, action_id, "verwijderen"))
