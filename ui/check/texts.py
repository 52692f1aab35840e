"""Every user-visible (Dutch) string of the consistency check (step 6)."""

from __future__ import annotations

MENU = "&Verhaal"  # shared with the other features of this stage
DOCK = "Controle"
SHOW = "&Controle tonen"
ON_PROJECTOR = "Controle op de pro&jector"
LIST = "Open punten van de controle"
SUMMARY = "{count} open {noun}: {parts}."
POINT, POINTS = "punt", "punten"
SEVERITY_PLURAL = {"fout": "fouten", "waarschuwing": "waarschuwingen", "aandachtspunt": "aandachtspunten"}
MARKS = {"fout": "✖", "waarschuwing": "▲", "aandachtspunt": "●"}
"""A shape per severity, so the meaning never rests on colour alone (the word stands next to it as well)."""
GROUP = "{mark} {category} ({count})"
GROUP_TIP = "{category}: {severity}"
ALL_GOOD_TITLE = "✔ Alles klopt"
ALL_GOOD = ("Elke deelambitie heeft een bouwsteen, bij elke pijl staat een aanname, elke cruciale aanname is "
            "onderbouwd en bij elke actie staat wie haar oppakt. Mooi werk!")
HINT = "Klik een punt (of kies het en druk op Enter): het schema laat zien waar het zit."
GONE = "Dat punt is intussen opgelost of weggehaald."
SESSION_HINT = "{message} Vul de aanwezigheid in bij Deelnemers."
ROOM_TITLE = "Controle: nog {count} open {noun}"
ROOM_ACTIONS = "{block}: {count} {noun}"
ACTION, ACTIONS = "actie", "acties"
PROJECTOR_NAME = "Controle op de projector"
PAGE_NAME = "Pagina van de controle"
