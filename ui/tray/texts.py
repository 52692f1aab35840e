"""Every user-visible (Dutch) string of the tray of bouwstenen and the comparison with the publication."""

from __future__ import annotations

MENU = "Bou&wstenen"
DOCK = "Bouwstenenbak"
SHOW = "Bouwstenen&bak tonen"
OWN_CARD = "&Eigen kaart…"
PLACE = "&Plaatsen…"
TO_TRAY = "&Terug in de bak"
COMPARE = "&Vergelijk met de publicatie"
ALL_TO_TRAY = "&Alle bouwstenen in de bak…"
FROM_PUBLICATION = "Bouwstenen uit de publicatie e&rbij"

ENTRY_NAME = "Eigen kaart: naam van een nieuwe bouwsteen"
ENTRY_PLACEHOLDER = "Eigen kaart: typ een naam en Enter"
LIST_NAME = "Bouwstenen in de bak"
LIST_HELP = ("Kies een kaart en druk op Enter om hem te plaatsen, of sleep hem op een deelambitie, het fundament of "
             "de balk. Sleep een kaart van het schema hierheen om hem terug in de bak te leggen.")
COUNT = {0: "De bak is leeg: alle bouwstenen staan op het schema.", 1: "1 bouwsteen in de bak"}
COUNT_MANY = "{count} bouwstenen in de bak"
EMPTY = "Sleep een kaart van het schema hierheen om hem terug in de bak te leggen."
TAG_PUBLICATION = "publicatie"
TAG_OWN = "eigen kaart"
ADDED = "Eigen kaart ‘{name}’ ligt in de bak."
NOT_ON_CANVAS = "Het schema is niet beschikbaar om te plaatsen."
NOTHING_CHOSEN = "Kies eerst een kaart in de bak."
ALL_ASK = "Alle bouwstenen terug in de bak?"
ALL_DOUBTS = ["Alle {count} relaties gaan van het schema, met de aannames erover.",
              "Ongedaan maken (Ctrl+Z) zet alles in één stap terug."]
ALL_YES = "Alles in de bak"

TAB_CARDS = "Kaarten"
TAB_COMPARE = "Vergelijking met de publicatie"
COMPARE_NAME = "Relaties van de groep naast die van de publicatie"
COMPARE_HELP = "Klik een regel om de relatie (of de bouwsteen) in het schema te kiezen."
ROW = "{block}\n→ {sub}\npublicatie: {publication}  ·  groep: {group}"
ALL_SUBS = "alle deelambities"
GROUPS = {"toegevoegd": "Toegevoegd door de groep", "verwijderd": "Niet geplaatst door de groep",
          "ander type": "Ander type dan in de publicatie"}
GROUP_COUNT = "{title}\n{count} {noun}"
NO_RELATION = "—"
SAME = "Deze groep plaatste precies de relaties van de publicatie."
SUMMARY = "{added} toegevoegd, {removed} niet geplaatst, {retyped} van een ander type."
NOT_IN_THEORY = "{name} (niet in deze verandertheorie)"


NO_BLOCKS = "Er zijn nog geen bouwstenen: typ de naam van een bouwsteen in het vak en druk op Enter."


def count_text(count: int, on_schema: int = 1) -> str:
    """'3 bouwstenen in de bak', or that the tray is empty (everything placed, or no bouwstenen at all)."""
    if count == 0 and on_schema == 0:
        return NO_BLOCKS
    return COUNT.get(count, COUNT_MANY.format(count=count))
