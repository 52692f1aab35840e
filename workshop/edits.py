"""Primitive commands (insert, remove, set a field) over the trajectory's collections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop.commands import Command
from workshop.registry import COLLECTIONS, SINGLETONS, singleton
from workshop.trajectory import Trajectory

Label = str | Callable[[Trajectory], str]
"""An undo label, or a function that words it from the trajectory when the command is first done."""
NAME_LIMIT = 40
"""Names in undo labels are cut off with '…' past this many characters."""


def quote(name: str, limit: int = NAME_LIMIT) -> str:
    """A name as undo labels show it: on one line, in quotes, cut off after a whole word with '…' when long."""
    name = " ".join(name.split())
    if len(name) > limit:
        cut = name[: limit - 1]
        cut = cut[: cut.rfind(" ")] if cut.rfind(" ") > limit // 2 else cut
        name = cut.rstrip(" ,;:-–") + "…"
    return f"'{name}'"


def person(t: Trajectory, participant_id: str) -> str:
    """How undo labels name a participant: their name in quotes (the id when they are gone)."""
    participant = t.participant(participant_id)
    return quote(participant.name) if participant else participant_id


def named(kind: str, name: Callable[[Trajectory, str], str], key: str, verb: str) -> Callable[[Trajectory], str]:
    """A label worded when first done, e.g. "Bouwsteen 'Plekken' wijzigen": the record named as it was just before."""
    return lambda t: f"{kind} {name(t, key)} {verb}"


class Primitive(Command):
    """A command on one record; its label may name things as they are just before it is first done."""

    def _label(self, label: Label, default: str) -> None:
        self._words: Callable[[Trajectory], str] | None = None
        if isinstance(label, str):
            self.label = label or default
        else:
            self.label, self._words = default, label

    def _word(self, t: Trajectory) -> None:
        """Word the label from the trajectory, once (redo keeps the words of the first time)."""
        if self._words is not None:
            self.label, self._words = self._words(t), None


def find_index(t: Trajectory, collection: str, key: str) -> int:
    """Index of the record with `key` in `collection`; KeyError if absent."""
    spec = COLLECTIONS[collection]
    first = (spec.key[1] if spec.parent else spec.key[0])
    head = key.split(spec.separator, 1)[0] if len(spec.key) > 1 else key
    for index, item in enumerate(spec.items(t)):  # a cheap look at the first key field before the whole key
        if str(getattr(item, first)) == head and spec.key_of(item) == key:
            return index
    raise KeyError(f"{collection}: {key}")


class Insert(Primitive):
    """Insert a record into a collection (at the end, or at `index`)."""

    def __init__(self, collection: str, item: Any, index: int | None = None, label: Label = "") -> None:
        self.collection, self.item, self.index = collection, item, index
        self._label(label, "Toevoegen")
        self.changes = frozenset({COLLECTIONS[collection].tag})

    def do(self, t: Trajectory) -> None:
        self._word(t)
        items = COLLECTIONS[self.collection].items(t)
        self._at = len(items) if self.index is None else self.index
        items.insert(self._at, self.item)

    def undo(self, t: Trajectory) -> None:
        del COLLECTIONS[self.collection].items(t)[self._at]


class Remove(Primitive):
    """Remove the record with `key` from a collection, remembering where it stood."""

    def __init__(self, collection: str, key: str, label: Label = "") -> None:
        self.collection, self.key = collection, key
        self._label(label, "Verwijderen")
        self.changes = frozenset({COLLECTIONS[collection].tag})

    def do(self, t: Trajectory) -> None:
        self._word(t)
        self._at = find_index(t, self.collection, self.key)
        self._item = COLLECTIONS[self.collection].items(t).pop(self._at)

    def undo(self, t: Trajectory) -> None:
        COLLECTIONS[self.collection].items(t).insert(self._at, self._item)


class SetField(Primitive):
    """Set one field of one record (or of the trajectory/theory); consecutive edits can merge."""

    def __init__(
        self, target: str, key: str | None, field: str, value: Any, label: Label = "", mergeable: bool = False
    ) -> None:
        self.target, self.key, self.field, self.value = target, key, field, value
        self._label(label, "Wijzigen")
        self.mergeable = mergeable
        tag = SINGLETONS[target][1] if target in SINGLETONS else COLLECTIONS[target].tag
        self.changes = frozenset({tag})

    def _record(self, t: Trajectory) -> Any:
        if self.target in SINGLETONS:
            return singleton(t, self.target)
        assert self.key is not None
        return COLLECTIONS[self.target].items(t)[find_index(t, self.target, self.key)]

    def do(self, t: Trajectory) -> None:
        self._word(t)
        record = self._record(t)
        old = getattr(record, self.field)
        setattr(record, self.field, self.value)
        self._old = old

    def undo(self, t: Trajectory) -> None:
        setattr(self._record(t), self.field, self._old)

    def merge(self, other: Command) -> bool:
        same = (
            isinstance(other, SetField) and self.mergeable and other.mergeable
            and (self.target, self.key, self.field) == (other.target, other.key, other.field)
        )
        if same:
            assert isinstance(other, SetField)
            self.value = other.value
        return same


class Nothing(Command):
    """A command that changes nothing (for edits that turn out to be no-ops)."""

    def __init__(self, label: str = "") -> None:
        self.label = label

    def do(self, t: Trajectory) -> None:
        return None

    def undo(self, t: Trajectory) -> None:
        return None


def remove_record(collection: str, item: Any, label: Label = "") -> Remove:
    """A Remove command for `item`, keyed the way its collection keys records."""
    return Remove(collection, COLLECTIONS[collection].key_of(item), label)


def forget_elements(t: Trajectory, element_ids: set[str], label: Label = "") -> list[Command]:
    """What hangs on elements that go: their assumptions go, with their scores, their place in scoring rounds and
    the rewrites' links to them; vote options about them let go of the element (the votes stay)."""
    gone = {a.id for a in t.assumptions if a.element_id in element_ids}
    commands: list[Command] = [remove_record("scores", s, label) for s in t.scores if s.assumption_id in gone]
    commands += [SetField("assumptions", a.id, "replaces", None, label)
                 for a in t.assumptions if a.replaces in gone and a.id not in gone]
    for r in t.scoring_rounds:
        if gone & set(r.assumption_ids):
            kept = [a for a in r.assumption_ids if a not in gone]
            commands.append(SetField("scoring_rounds", str(r.number), "assumption_ids", kept, label))
    commands += [Remove("assumptions", a.id, label) for a in t.assumptions if a.id in gone]
    return commands + let_go_options(t, element_ids, label)


def let_go_options(t: Trajectory, element_ids: set[str], label: Label = "") -> list[Command]:
    """Vote options about elements that go keep their label and votes but no longer point at the element."""
    commands: list[Command] = []
    for r in t.voting_rounds:
        if any(o.element_id in element_ids for o in r.options):
            options = [o.model_copy(update={"element_id": None}) if o.element_id in element_ids else o for o in r.options]
            commands.append(SetField("voting_rounds", r.id, "options", options, label))
    return commands
