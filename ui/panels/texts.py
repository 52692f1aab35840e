"""Every user-visible (Dutch) string of the side panels and the projector details page, in one place."""

from __future__ import annotations

from ui.canvas.texts import RELATION_LABELS, relation_tooltip
from workshop.theory import RelationType

# Details (laptop panel and projector page).
DETAILS_NAME = "Details van het gekozen element"
PROJECTOR_NAME = "Details op de projector"
PAGE_NAME = "Pagina van de details op de projector"
PAGE_OF = "pagina {current} van {total}"
EMPTY_HINT = "Kies een bouwsteen of deelambitie in het schema of in de lijst om de details te zien."
NO_ACTOR = "(geen actor genoemd)"
NO_AMBITION = "(nog geen hoofdambitie)"
AMBITION = "Hoofdambitie"
SUB_AMBITIONS = "Deelambities"
GROUP_TAG = "(eigen bouwsteen van de groep)"
RELATION = "Relatie"
SECTIONS = {
    "essence": "Essentie",
    "relations": "Draagt bij aan",
    "theory": "Waarom werkt het?",
    "actions": "Handelingsperspectief per actor",
    "assumptions": "Aannames",
    "sources": "Bronnen",
    "feeders": "Bouwstenen die hieraan bijdragen",
}
ROOM_SECTIONS = {**SECTIONS, "actions": "Handelingsperspectief"}
NEXT_PAGE = "Details op projector: volgende pagina"
PREVIOUS_PAGE = "Details op projector: vorige pagina"

# The accessible theory list.
LIST_NAME = "Lijst van de verandertheorie"
LIST_HEADER = "Verandertheorie"
LIST_AMBITION = "Hoofdambitie: {text}"
LIST_EMPTY = "(leeg)"
LIST_SUBS = "Deelambities"
LIST_BLOCKS = "Bouwstenen"
LIST_OWN = " (eigen)"


def relation_label(kind: RelationType) -> str:
    """The one Dutch label of a relation type, as the canvas legend shows it ('Direct')."""
    return RELATION_LABELS[kind]


def relation_sentence(block: str, sub: str, kind: RelationType) -> str:
    """A relation as a sentence, as the canvas tooltip says it ('Plekken draagt direct bij aan Ontmoeting')."""
    return relation_tooltip(block, sub, kind)
