"""Every user-visible (Dutch) string of the scoring feature and the assumption map."""

from __future__ import annotations

MENU = "&Aannames"  # shared with the other features of this stage
DOCK, MAP_DOCK = "Scoren", "Aannamekaart"
NEW_ROUND = "&Scoreronde starten…"
SHOW_PANEL = "Scoren tone&n"
SHOW_MAP = "Aannamekaa&rt tonen"
ON_PROJECTOR = "Scoren op de &projector"
MAP_ON_PROJECTOR = "&Kaart op de projector"
NEXT_SCORER = "&Volgende deelnemer"
CLOSE = "Ronde s&luiten"
REVEAL = "Onth&ullen"
REOPEN = "Ronde &heropenen"
EXPORT = "Kaart &exporteren…"
EXPORT_FILTER = "PNG-afbeelding (*.png);;SVG-tekening (*.svg)"
EXPORTED = "Kaart opgeslagen als {path}"
EXPORT_FAILED = "Kan de kaart niet opslaan als '{path}': {reason}"
ROUND_LABEL = "Scoreronde:"
PANEL = {"new": "Nieuw…", "project": "Projector", "map": "Kaart", "next": "Volgende deelnemer", "stop": "Stoppen",
         "close": "Sluiten", "reveal": "Onthullen", "reopen": "Heropenen", "export": "Exporteren…"}
"""The Scoren dock's short button texts (it opens about 400 pixels wide); the menu's words are the tooltips."""
ROUND_ITEM = "Ronde {number}: {title} ({count} aannames)"
NO_ROUNDS = ("Nog geen scoreronde. Kies een element in het schema (of niets, voor alle aannames) en start een ronde "
             "met ‘Nieuw…’.")
NO_ROUND = "Kies eerst een scoreronde."
SETUP_TITLE = "Scoreronde starten"
SETUP_WHICH = "Welke aannames worden gescoord?"
SETUP_ALL = "Alle aannames ({n})"
SETUP_ABOUT = "De aannames bij {name} ({n})"
SETUP_ABOUT_NOTHING = "De aannames bij het gekozen element (kies er eerst een in het schema)"
NOTHING_TO_SCORE = ("Er zijn nog geen aannames om te scoren. Schrijf ze eerst op de relaties, in het paneel Aannames "
                    "(Ctrl+7).")
SETUP_MODE = "Invoer:"
MODES = {"beurten": "Om de beurt op het scherm", "consensus": "Groepsoordeel door de begeleider",
         "papier": "Papieren formulieren intypen"}
SETUP_TITLE_LABEL = "Naam van de ronde:"
RULES = "{count} aannames · {mode} · {status}"
STATUS = {"open": "open", "gesloten": "gesloten — nog niet onthuld", "onthuld": "onthuld"}
VOTERS = "Wie scoort"
SCORED_MARK, PENDING_MARK, TURN_MARK = "✓ gescoord", "○ nog niet", "▶ scoort nu"
SCORED_COUNT = "{done} van {total} hebben gescoord"
PICK_NAME = "Tik op je naam om te scoren"
TURN_OF = "{name} scoort · aanname {index} van {total}"
ALL_SCORED = "Iedereen heeft gescoord"
WAIT_REVEAL = "De scores zijn binnen. De kaart komt zo."
IMPORTANCE, CERTAINTY = "Belang", "Zekerheid"
IMPORTANCE_ENDS = ("1 = bijzaak", "5 = cruciaal")
CERTAINTY_ENDS = ("1 = onzeker, weinig onderbouwd", "5 = zeker, goed onderbouwd")
PREVIOUS, NEXT, CONFIRM, STOP = "Vorige", "Volgende", "Bevestigen", "Stoppen"
CARD_TIPS = {"previous": "Vorige aanname (pijl links)", "next": "Volgende aanname (pijl rechts)",
             "confirm": "De scores van deze deelnemer bevestigen (Enter)"}
CARD_HELP = "Cijfers 1 tot 5: eerst belang, dan zekerheid; pijltjes links en rechts: vorige en volgende aanname."
CAST = "Scores van {name} zijn binnen ({done} van {total})."
FINISH_FIRST = "Maak eerst de scores van {name} af of stop de beurt."
MISSING = "Nog niet alles gescoord: {missing}."
NOBODY = "Er is niemand om te laten scoren: registreer eerst deelnemers (Deelnemers, Ctrl+5)."
NOBODY_ROOM = "Er is nog niemand om te laten scoren."
REVEAL_ASK, REVEAL_ANYWAY = "Toch onthullen?", "&Toch onthullen"
DOUBT_PENDING = "Nog {pending} van {total} hebben niet gescoord."
DOUBT_NOBODY = "Nog niemand heeft gescoord."
DOUBT_CONSENSUS = "{n} van de {total} aannames hebben nog geen groepsoordeel."
DOUBT_HALF = "De scores van {name} zijn nog niet bevestigd; die tellen niet mee."
NOBODY_PENDING = "Iedereen heeft al gescoord."
CONSENSUS_HINT = "Typ per aanname twee cijfers: eerst belang, dan zekerheid (bijvoorbeeld 42). Delete wist."
PAPER_HINT = ("Typ per cel twee cijfers van het formulier: belang en zekerheid (bijvoorbeeld 42); de cursor gaat dan "
              "vanzelf verder. Pijltjes bewegen, Delete wist een cel.")
GROUP = "Groep"
NOT_REVEALED = "Eerst onthullen: tot dan ziet niemand scores of de kaart."
# the map
MAP_NAME = "Aannamekaart: belang tegen zekerheid"
X_AXIS, Y_AXIS = "Zekerheid (gemiddeld) →", "Belang (gemiddeld) →"
QUADRANTS = {"belangrijk en onzeker": "eerst toetsen", "belangrijk en zeker": "bewaken",
             "minder belangrijk en onzeker": "later onderzoeken", "minder belangrijk en zeker": "loslaten"}
ROUND_OF = "ronde {number}"
MOVES = "pijlen: van ronde {first} naar ronde {second}"
DISSENT_MARK = "!"
DISSENT_NOTE = "! = verdeeld (grote spreiding); de streepjes tonen de spreiding"
FILTER_LABEL = "Toon:"
FILTER_ALL = "alle aannames"
FILTER_ABOUT = "bij {id} · {name}"
COMPARE_LABEL = "Beweging ten opzichte van:"
COMPARE_NONE = "(geen)"
EMPTY_MAP = "Nog geen onthulde scores om te tonen."
