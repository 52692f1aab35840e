"""Every user-visible (Dutch) string of the session programme."""

from __future__ import annotations

MENU = "Sess&ie"  # shared with the other features of this stage
DOCK = "Programma"
START = "Sessie &starten of hervatten"
NEXT = "&Volgende stap"
PREVIOUS = "V&orige stap"
CLOCK = "Klok &pauzeren of laten lopen"
PLUS_ONE, PLUS_FIVE = "+&1 minuut", "+&5 minuten"
NOTES = "&Notities op de projector"
STOP_TODAY = "Sessie onder&breken (later verder)"
FINISH = "Sessie &afsluiten"
REPORT = "Sessieversla&g maken…"
SHOW_PANEL = "Programma &tonen"
ON_PROJECTOR = "Stap op de pro&jector"
SAVE_TEMPLATE = "Programma be&waren als sjabloon…"
LOAD_TEMPLATE = "Programma &laden…"
SESSION_LABEL = "Sessie:"
SESSION_ITEM = "{number}. {title} ({status})"
STEP_ITEM = "{mark} {title}\u00a0·\u00a0{minutes}\u00a0min"  # the minutes never wrap apart
MARKS = {"te doen": "○", "bezig": "▶", "gedaan": "✓", "overgeslagen": "–"}
STATUS_WORDS = {"te doen": "nog te doen", "bezig": "nu bezig", "gedaan": "gedaan", "overgeslagen": "overgeslagen"}
GUIDE = "Voor de begeleider"
ROOM = "Voor de zaal"
COMING = "Straks: {title} ({minutes} min)"
COMING_LAST = "Dit is de laatste stap van de sessie."
NOTES_LABEL, DECISIONS_LABEL = "&Notities bij deze stap:", "&Besluiten:"
NOTES_HINT = "Wat er gezegd is; alleen op de laptop, tenzij je 'Notities op de projector' kiest."
NO_SESSION = "Kies eerst een sessie."
NOTHING_LEFT = "Sessie {number} heeft geen stappen meer te doen; voeg een stap toe of sluit de sessie af."
SESSION_DONE = "Sessie {number} is afgerond. Kies de volgende sessie in het paneel Programma en druk op Start."
EXTRA = "{minutes} min. extra voor deze stap."
NOTES_SHOWN = "De notities van deze stap staan op de projector."
NOTES_HIDDEN = "De notities staan niet meer op de projector."
STEP_OF = "Stap {index} van {total}"
PAUSED = "gepauzeerd"
OVER = "over tijd"
NOT_RUNNING = "Sessie {number} · {title}"
NOT_STARTED = "Nog niet begonnen · druk op Start"
FINISHED = "Afgerond · kies de volgende sessie"
PAUSED_SESSION = "Onderbroken · druk op Hervatten"
AMBITION_CHOSEN = "De zaal koos: ‘{text}’. Als hoofdambitie overnemen?"
AMBITION_NOW = "Nu staat er: ‘{text}’. Ongedaan maken (Ctrl+Z) zet die terug."
AMBITION_YES = "Overnemen"
REOPEN = "Sessie {number} is afgerond. Opnieuw openen?"
REOPEN_WHY = "De sessie gaat weer lopen bij de eerste stap die nog te doen is; wat al gedaan is, blijft staan."
REOPEN_AT = "De sessie gaat weer lopen bij ‘{title}’; wat al gedaan is, blijft staan."
FINISH_ASK = "Sessie {number} afsluiten?"
FINISH_LEFT = "Nog {n} stappen zijn niet gedaan: {titles}. Ze blijven in het programma staan."
FINISH_LEFT_ONE = "Nog 1 stap is niet gedaan: {titles}. Die blijft in het programma staan."
FINISH_YES = "Afsluiten"
VOTE_OPEN = "Stemronde {id} is nog niet onthuld; na het afsluiten kan dat nog in het paneel Stemmen."
SCORE_OPEN = "Scoreronde {number} is nog niet onthuld; na het afsluiten kan dat nog in het paneel Scoren."
FINISHED_ALREADY = "Sessie {number} is al afgerond."
REOPEN_YES = "Opnieuw openen"
ROOM_IDLE = "Welkom"
ROOM_DONE = "Bedankt voor jullie inbreng"
ROOM_NEXT = "Volgende keer: sessie {number}, {title}{when}."
ROOM_LAST = "Dit was de laatste sessie van de verandertheorie."
ROOM_NOTES = "Notities"
ROOM_DECISIONS = "Besluiten"
BUTTONS = {"start": "Start", "resume": "Hervatten", "reopen": "Heropenen…", "running": "Loopt", "next": "Volgende ▶", "previous": "◀ Vorige",
           "clock": "Pauze", "clock_run": "Klok verder", "plus1": "+1 min", "plus5": "+5 min",
           "finish": "Afsluiten", "stop": "Onderbreken", "skip": "Overslaan", "unskip": "Weer opnemen",
           "add": "Toevoegen…", "edit": "Wijzigen…", "up": "▲ Omhoog", "down": "▼ Omlaag", "remove": "Verwijderen",
           "jump": "Naar stap", "open": "Activiteit",
           "attendance": "Aanwezigheid bijhouden…"}
BUTTON_TIPS = {"start": "De gekozen sessie starten of hervatten", "stop": "Stoppen voor vandaag; later verder bij deze stap",
               "finish": "De sessie afsluiten", "clock": "De klok pauzeren of weer laten lopen (T)",
               "jump": "Naar de stap die in de lijst gekozen is (Enter)", "open": "De activiteit van de stap openen",
               "add": "Een stap toevoegen na de gekozen stap", "edit": "De gekozen stap wijzigen",
               "up": "De gekozen stap omhoog", "down": "De gekozen stap omlaag", "skip": "De gekozen stap overslaan"}
KINDS_HELP = {
    "uitleg": "De projector toont de uitleg voor de zaal.",
    "kaarten verzamelen": "De groep schrijft kaarten; noteer wat er komt bij de notities van de stap.",
    "bouwstenen plaatsen": "De bak met bouwstenen gaat open; sleep ze op het schema.",
    "stemronde": "Een stemronde staat klaar met de opties uit het schema.",
    "aannames scoren": "Een scoreronde staat klaar met de aannames.",
    "acties schrijven": "Het schema staat voor; kies een bouwsteen en voeg acties toe.",
    "verhaal en controle": "Het verhaal, de controle of de monitoring gaat open.",
}
STEP_DIALOG = "Stap van het programma"
STEP_TITLE, STEP_KIND, STEP_MINUTES = "&Werkvorm:", "&Soort:", "&Minuten:"
STEP_ROOM, STEP_GUIDE, STEP_OPENS = "Voor de &zaal:", "Voor de &begeleider:", "&Opent:"
OPENS_NOTHING = "(niets)"
NEW_STEP = "Nieuwe werkvorm"
TEMPLATE_NAME = "Naam van het sjabloon:"
TEMPLATE_SAVED = "Programma bewaard als sjabloon '{name}' ({path})."
TEMPLATE_FILTER = "Programma (*.toml)"
TEMPLATE_LOADED = "Programma '{name}' geladen: {count} stappen; wat al gebeurde, bleef staan."
REPORT_FILTER = "PDF-document (*.pdf);;Webpagina (*.html)"
REPORT_SAVED = "Sessieverslag opgeslagen als {path}"
REPORT_FAILED = "Kan het sessieverslag niet opslaan als '{path}': {reason}"
ATTENDANCE = "Aanwezig: {present} van {total}"
NO_ASSUMPTIONS = "Er zijn nog geen aannames om te scoren; schrijf ze eerst op (Aannames)."
TEMPLATE_FAILED = "Kan het programma niet bewaren in {path}: {reason}"
