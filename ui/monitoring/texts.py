"""Every user-visible (Dutch) string of the monitoring plan."""

from __future__ import annotations

MENU = "&Aannames"  # shared with the other features of this stage
DOCK = "Monitoring"
SHOW = "&Monitoringsplan tonen"
ON_PROJECTOR = "Monitoringsplan op de pro&jector"
LIST = "Aannames om te monitoren"
HEADING = "{chosen} van {total} aannames gekozen om te monitoren"
HINT = "Vink aan wat de lerende praktijk volgt (bovenaan: belangrijk en onzeker) en vul het plan in."
MONITOR = "monitoren"
PARTS = {"indicator": "Indicator", "source": "Bron", "who": "Wie", "when": "Wanneer"}
PLACEHOLDERS = {"indicator": "waaraan zie je het? bijv. aantal bezoekers per maand",
                "source": "waar komt het vandaan? bijv. registratie buurthuis",
                "who": "wie houdt het bij? bijv. opbouwwerker Noord",
                "when": "hoe vaak of wanneer? bijv. elk kwartaal"}
UNSCORED = "nog niet gescoord"
PLAN_STATE = "plan: {filled} van 4 ingevuld"
NONE = "Nog geen aannames. Schrijf ze eerst op in het paneel Aannames (Ctrl+7)."
CHOOSE_FIRST = "Vink 'monitoren' aan om het plan van deze aanname in te vullen."
NOTHING_CHOSEN = "Kies een aanname in de lijst om haar plan in te vullen."
PLAN_OF = "Plan voor {id}"
ROOM_TITLE = "Monitoringsplan"
ROOM_COUNT = "{title} · {index} van {count}"
ROOM_EMPTY = "Nog geen aannames gekozen om te monitoren. Welke willen we de komende jaren volgen?"
TO_FILL = "nog invullen"
PROJECTOR_NAME = "Monitoringsplan op de projector"
PAGE_NAME = "Pagina van het monitoringsplan"
