"""The veranderverhaal as the workbook keeps it: paragraphs (parts) keyed by what they tell about, each either
as generated from the theory or as the group rewrote it."""

from __future__ import annotations

from workshop.base import DomainModel, NonEmpty, Text


class StoryPart(DomainModel):
    """One part of the story: the ambition, a deelambitie with its bouwstenen, the routes, ..."""

    key: NonEmpty
    """What the part is about: 'ambitie', a deelambitie id such as 'D2', 'routes', ..."""
    title: Text = ""
    text: Text = ""
    edited: bool = False
    """True once the facilitator rewrote the text: regenerating the story then keeps it."""
