"""Commands on the veranderverhaal: write or bring it up to date, rewrite a part, put a part back as generated."""

from __future__ import annotations

from workshop.commands import Command, Macro
from workshop.edits import Insert, Remove, SetField, find_index, quote
from workshop.registry import Change
from workshop.story import StoryPart
from workshop.story_text import generate
from workshop.trajectory import Trajectory


class StoryError(ValueError):
    """A story change that cannot be made; the message is Dutch and names the part."""


def merged(old: list[StoryPart], fresh: list[StoryPart]) -> list[StoryPart]:
    """The fresh parts, with every part the group rewrote kept in place of its fresh version. A rewritten part
    whose subject is gone (a deelambitie removed) stays too, after the part it followed; generated parts go."""
    kept = {p.key: p for p in old if p.edited}
    result = [kept.pop(p.key, p) for p in fresh]
    for index, part in enumerate(old):
        if part.key in kept:
            before = next((p.key for p in reversed(old[:index]) if p.key in {r.key for r in result}), None)
            at = next((i + 1 for i, r in enumerate(result) if r.key == before), 0)
            result.insert(at, kept.pop(part.key))
    return result


def is_current(t: Trajectory) -> bool:
    """True when writing the story again would change nothing (it exists and matches the schema)."""
    return bool(t.story) and merged(t.story, generate(t)) == t.story


def replaced_parts(t: Trajectory) -> list[tuple[int, StoryPart]]:
    """The parts not marked 'bewerkt' whose text writing the story again replaces, with their row on the Verhaal
    sheet (a text changed in Excel without setting Bewerkt is one of them)."""
    fresh = {p.key: p.text for p in generate(t)}
    return [(row, p) for row, p in enumerate(t.story, start=2) if not p.edited and fresh.get(p.key, p.text) != p.text]


def write_story(t: Trajectory) -> Command:
    """Write the story from the theory, or bring it up to date: parts the group rewrote stay as they are, new
    deelambities get a part, generated parts of removed ones go. One undo step."""
    new = merged(t.story, generate(t))
    label = "Verhaal bijwerken" if t.story else "Verhaal schrijven"
    commands: list[Command] = [Remove("story", p.key) for p in t.story]
    commands += [Insert("story", p) for p in new]
    return Macro(label, commands)


def _part(t: Trajectory, key: str) -> StoryPart:
    part = next((p for p in t.story if p.key == key), None)
    if part is None:
        raise StoryError(f"Het verhaal heeft geen deel {quote(key)}; schrijf het verhaal eerst.")
    return part


class EditPart(Command):
    """Rewrite the text of one part (it is then 'bewerkt'); typing in the same part merges into one undo step."""

    changes = frozenset({Change.STORY})

    def __init__(self, key: str, text: str, label: str, mergeable: bool = False) -> None:
        self.key, self.text, self.label, self.mergeable = key, text, label, mergeable

    def _record(self, t: Trajectory) -> StoryPart:
        return t.story[find_index(t, "story", self.key)]

    def do(self, t: Trajectory) -> None:
        part = self._record(t)
        self._old = (part.text, part.edited)
        part.text, part.edited = self.text, True

    def undo(self, t: Trajectory) -> None:
        part = self._record(t)
        part.text, part.edited = self._old

    def merge(self, other: Command) -> bool:
        same = isinstance(other, EditPart) and self.mergeable and other.mergeable and other.key == self.key
        if same:
            assert isinstance(other, EditPart)
            self.text = other.text
        return same


def edit_part(t: Trajectory, key: str, text: str, mergeable: bool = False) -> Command:
    """Rewrite a part's text; with mergeable=True (live typing) consecutive edits of the part are one undo step."""
    part = _part(t, key)
    return EditPart(key, text, f"Verhaal: {quote(part.title or key)} wijzigen", mergeable)


def reset_part(t: Trajectory, key: str) -> Command:
    """Put a part back as generated from the schema now; it is no longer 'bewerkt'."""
    part = _part(t, key)
    fresh = next((p for p in generate(t) if p.key == key), None)
    if fresh is None:
        raise StoryError(f"Voor {quote(part.title or key)} is er geen gegenereerde tekst meer: waar het over ging, "
                         "staat niet meer in het schema. Pas de tekst zelf aan of laat hem weg.")
    fields = {"title": fresh.title, "text": fresh.text, "edited": False}
    label = f"Verhaal: {quote(part.title or key)} terugzetten"
    return Macro(label, [SetField("story", key, field, value) for field, value in fields.items()])


def remove_part(t: Trajectory, key: str) -> Command:
    """Leave a part out of the story (a rewritten part whose subject is gone, say); writing the story again brings
    back a part the schema still has."""
    part = _part(t, key)
    return Remove("story", key, f"Verhaal: {quote(part.title or key)} weglaten")
