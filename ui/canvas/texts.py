"""Every user-visible (Dutch) string of the schema canvas, in one place."""

from __future__ import annotations

from workshop.theory import RelationType

AMBITION_TAG = "Hoofdambitie"
AMBITION_EMPTY = "Nog geen hoofdambitie: dubbelklik om er een te schrijven."
SUBS_EMPTY = "Nog geen deelambities: klik met de rechtermuisknop om er een toe te voegen."
AMBITION_EMPTY_ROOM = "Nog geen hoofdambitie."
SUBS_EMPTY_ROOM = "Nog geen deelambities."
"""What the room sees instead of the facilitator's instructions above (projector and presentation)."""
GROUP_TAG = "eigen bouwsteen"
FOUNDATION_CAPTION = "Randvoorwaardelijk voor alle deelambities"
BAND_CAPTION = "Ondersteunend voor alle deelambities"
VIEW_NAME = "Schema verandertheorie"
VIEW_HELP = (
    "Klik een element om het te selecteren, dubbelklik om te wijzigen, rechtermuisknop voor meer. "
    "Sleep een bouwsteen op een deelambitie voor een relatie, op het fundament of de balk voor alle deelambities; "
    "met Shift verplaats je hem, en een relatielijn sleep je naar een andere deelambitie. Enter plaatst de gekozen "
    "bouwsteen met het toetsenbord. Ctrl+scrollwiel, + en - zoomen, F past het schema in beeld."
)
VIEW_HELP_PROJECTOR = "Het schema zoals de groep het ziet; volgt de selectie van de begeleider."
VIEW_HELP_POINTING = "Het schema zoals de groep het ziet. Klik een element om het aan te wijzen; klik ernaast om niets aan te wijzen."
LEGEND_NAME = "Legenda"

RELATION_LABELS: dict[RelationType, str] = {
    RelationType.DIRECT: "Direct",
    RelationType.INDIRECT: "Indirect",
    RelationType.INTERACTION: "Wisselwerking",
    RelationType.CONTRIBUTES: "Draagt bij",
    RelationType.PRECONDITION: "Randvoorwaardelijk",
    RelationType.SUPPORTING: "Ondersteunend",
}
RELATION_PHRASES: dict[RelationType, str] = {
    RelationType.DIRECT: "draagt direct bij aan",
    RelationType.INDIRECT: "draagt indirect bij aan",
    RelationType.INTERACTION: "heeft een wisselwerking met",
    RelationType.CONTRIBUTES: "draagt bij aan",
    RelationType.PRECONDITION: "is randvoorwaardelijk voor",
    RelationType.SUPPORTING: "is ondersteunend voor",
}
GROUP_LEGEND = "Eigen bouwsteen"

# Context menus and dialogs.
ADD_SUB = "Deelambitie toevoegen"
ADD_BLOCK = "Bouwsteen toevoegen"
EDIT_AMBITION = "Hoofdambitie wijzigen"
RENAME = "Hernoemen"
EDIT_DESCRIPTION = "Beschrijving wijzigen"
EDIT_ESSENCE = "Essentie wijzigen"
RELATION_MENU = "Relatie naar deelambitie"
NO_RELATION = "geen relatie"
ADD_ACTION = "Actie toevoegen"
EDIT_ACTION = "Actie wijzigen"
REMOVE_ACTION = "Actie verwijderen"
EDIT_FULL_NAME = "Volledige naam wijzigen"
EDIT_THEORY = "‘Waarom werkt het?’ wijzigen"
EDIT_SOURCES = "Bronnen wijzigen"
EDIT_RELATION = "Relatie wijzigen"
REMOVE = "Verwijderen"
NAME_LABEL = "Naam:"
NEW_SUB_NAME = "Naam van de nieuwe deelambitie:"
NEW_BLOCK_NAME = "Naam van de nieuwe bouwsteen:"
DESCRIPTION_LABEL = "Beschrijving:"
ESSENCE_LABEL = "Essentie (kort, in eigen woorden):"
AMBITION_LABEL = "Waar streven we samen naar?"
ACTION_LABEL = "Wat gaan we doen?"
ACTORS_LABEL = "Wie doen het? (gescheiden door komma's)"
FULL_NAME_LABEL = "Volledige naam (zoals in de details):"
THEORY_LABEL = "Waarom werkt het?"
SOURCES_LABEL = "Bronnen (één per regel):"
RELATION_TYPE_LABEL = "Soort relatie:"
ACTION_TITLE_WORDS = 6
"""An action is listed in a menu by this many of its first words."""


def action_title(text: str) -> str:
    """The first words of an action, for a menu entry: 'Spreekuur in de buurt houden met …'."""
    words = text.split()
    short = " ".join(words[:ACTION_TITLE_WORDS])
    return f"{short} …" if len(words) > ACTION_TITLE_WORDS else short


def relation_title(block: str, sub: str) -> str:
    """Title of a relation dialog: 'Relatie wijzigen: Ruimte & plekken → Ontmoeting'."""
    return f"{EDIT_RELATION}: {block} → {sub}"


def relation_tooltip(block: str, sub: str, kind: RelationType) -> str:
    """Tooltip and accessible name of a relation line."""
    return f"{block} {RELATION_PHRASES[kind]} {sub}"


def element_name(kind: str, element_id: str, label: str) -> str:
    """Accessible name of a canvas element, e.g. 'Bouwsteen B5: Ruimte & plekken'."""
    nouns = {"ambition": "Hoofdambitie", "sub": "Deelambitie", "block": "Bouwsteen", "group": "Eigen bouwsteen"}
    return f"{nouns.get(kind, kind)} {element_id}: {label}" if kind != "ambition" else f"Hoofdambitie: {label}"

INVALID_TITLE = "Wijziging niet doorgevoerd"


def invalid_message(exc: Exception) -> str:
    """A Dutch explanation of why an edit was refused (the model's own check said no)."""
    if "string_too_long" in str(exc):
        return "De tekst is te lang: een cel in Excel kan hoogstens 32.767 tekens bevatten. Er is niets veranderd."
    return "Deze waarde past niet in het model; er is niets veranderd."


# Dragging and placing bouwstenen (the picker after a drop, the zones, refusals).
ZONE_FOUNDATION = "Fundament: randvoorwaardelijk voor alle deelambities"
ZONE_BAND = "Balk: ondersteunend voor alle deelambities"
ZONE_TRAY = "Terug in de bak"
NOT_HERE = "Niet hier"
TYPE_HINT = "Hoe draagt het bij? Kies 1–6 of Enter; Esc annuleert."
MOVE_HINT = "Verplaatsen: de relatie met {subs} vervalt. Kies 1–6 of Enter; Esc annuleert."
RETYPE_HINT = "Deze relatie is er al ({kind}). Kies 1–6 of Enter; Esc annuleert."
PLACE_TITLE = "{block} plaatsen"
PLACE_HINT = "Waar komt de bouwsteen? Kies een cijfer of Enter; Esc annuleert."
MOVE_LINE_TITLE = "Relatie {block} → {sub} verplaatsen"
MOVE_LINE_HINT = "Naar welke deelambitie? Kies een cijfer of Enter; Esc annuleert."
REFUSED = "‘{block}’ is niet geplaatst: laat een bouwsteen los op een deelambitie, het fundament, de balk of de bak."
REFUSED_THERE = "‘{block}’ is niet veranderd: {reason}."
ALREADY_TIER = {"fundament": "hij ligt al op het fundament", "band": "hij ligt al op de balk"}
ALREADY_TRAY = "hij ligt al in de bak"
ALREADY_LINE = "de relatie loopt al naar deze deelambitie"
UNCHANGED = "Niets veranderd: de relatie was al ‘{kind}’."
ALREADY_HERE = "ligt er al"
NOTHING_TO_PLACE = "Kies eerst een bouwsteen of een relatie om te plaatsen."
ASSUMPTIONS_GONE = "{count} {word} mee van het schema, met hun scores; Ctrl+Z zet alles terug."


def type_title(block: str, sub: str) -> str:
    """Title of the type picker: 'Ruimte & plekken → Ontmoeting en erbij horen'."""
    return f"{block} → {sub}"


REMOVED = "{what} verwijderd{along}. Ctrl+Z zet het terug."
REMOVED_WITH = ", met {}"


def count_of(n: int, one: str, many: str) -> str:
    """'1 relatie', '5 relaties', or '' for none."""
    return "" if n <= 0 else f"1 {one}" if n == 1 else f"{n} {many}"
