"""The data of the demo trajectory: the people, sessions, assumptions and votes of Gemeente Voorbeeld."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from workshop.assumptions import AssumptionKind, AssumptionStatus

DEMO_NAME = "Demo: sociale basis Gemeente Voorbeeld"
CREATED = dt.date(2026, 1, 20)
SEED = 2026
SB = "De sociale basis versterken (2024)"
SCP = "SCP, gemeenten en het sociaal domein (2022)"

PARTICIPANTS = (
    ("Fatima el Amrani", "Gemeente Voorbeeld", "beleidsadviseur sociaal domein", "S3"),
    ("Joost van Dijk", "Welzijn Voorbeeld", "opbouwwerker", "S2"),
    ("Annelies Bakker", "Steunpunt Mantelzorg Voorbeeld", "mantelzorgconsulent", "S2"),
    ("Mehmet Yılmaz", "Vrijwilligerscentrale Voorbeeld", "coördinator vrijwillige inzet", "S2"),
    ("Ria de Boer", "Bewonersinitiatief De Buurtkamer", "trekker en bewoner", "S1"),
    ("Sanne Visser", "Wijkteam Voorbeeld-Noord", "wijkteammedewerker", "S3"),
    ("Peter Jansen", "Bibliotheek Voorbeeld", "programmamaker digitale inclusie", "S2"),
    ("Linda Hoekstra", "Zorgverzekeraar Zorgzaam", "adviseur preventie", "S3"),
    ("Kees Mulder", "Seniorenraad Voorbeeld", "ervaringsdeskundige mantelzorger", "S1"),
    ("Noor Hendriks", "Jongerenwerk Voorbeeld", "jongerenwerker", "S2"),
    ("Wim Smit", "Woningcorporatie Thuis in Voorbeeld", "wijkconsulent", "S3"),
    ("Yvonne Kramer", "GGD Regio Voorbeeld", "onderzoeker gezondheidsmonitor", "S3"),
)

SESSIONS = (
    (dt.date(2026, 2, 3), ("P-08", "P-11"),
     "Aftrap met de beleidsverwachtingen en de drie sferen. 'Hoe staan we ervoor?': de GGD liet cijfers "
     "zien over eenzaamheid en mantelzorgbelasting in Voorbeeld.",
     "De hoofdambitie uit de publicatie nemen we over. De vijf deelambities zijn onze langetermijnresultaten."),
    (dt.date(2026, 2, 17), (),
     "Bouwstenen op het schema gelegd en per pijl het relatietype gekozen. Bibliotheek en wijkteam misten "
     "digitale inclusie: veel inwoners lopen vast op DigiD en online formulieren.",
     "Eigen bouwsteen B11 Digitale inclusie toegevoegd. Stemronde V-02 bepaalt welke bouwstenen we eerst oppakken."),
    (dt.date(2026, 3, 3), (),
     "Per pijl aannames geformuleerd ('A draagt bij aan B, omdat …') en gescoord op belang en zekerheid. "
     "Grote verschillen van inzicht over vrijwillige inzet en over inclusie als besparing.",
     "A-021 (kleiner formeel aanbod geeft meer hulp uit het netwerk) geldt als ontkracht. "
     "Stemronde V-03 bepaalt welke aannames de lerende praktijk eerst toetst."),
    (dt.date(2026, 3, 17), ("P-05",),
     "Verhaal per route verteld en de consistentiecheck gedaan. A-006 over regelluwe budgetten na het gesprek "
     "opnieuw gescoord: de gemeente legt uit hoe verantwoording licht kan blijven. De pijlen zonder aanname "
     "en A-023 zonder onderbouwing neemt de lerende praktijk mee.",
     "Monitoring afgesproken voor zes aannames. Terugkomsessie van de lerende praktijk in maart 2027."),
)


class Profile(NamedTuple):
    """How the room scores an assumption: centres of belang and zekerheid, or a split on zekerheid."""

    importance: float
    certainty: float
    certain_spheres: frozenset[str] = frozenset()


CRITICAL, FOUNDATION = Profile(4.3, 2.2), Profile(4.2, 3.9)
WATCH, LOW = Profile(2.3, 2.1), Profile(2.2, 4.0)

CAUSAL, WORLDVIEW, BELIEFS, CONTEXT = (
    AssumptionKind.CAUSAL, AssumptionKind.WORLDVIEW, AssumptionKind.BELIEFS, AssumptionKind.CONTEXT)
OPEN, CONFIRMED, DOUBTFUL, REFUTED = (
    AssumptionStatus.OPEN, AssumptionStatus.CONFIRMED, AssumptionStatus.DOUBTFUL, AssumptionStatus.REFUTED)

ASSUMPTIONS: tuple[tuple[str, str, AssumptionKind, str, str, AssumptionStatus, Profile], ...] = (
    ("Als de publieke ruimte aantrekkelijk is, dan komen mensen elkaar vaker tegen, worden ze 'bekende vreemden' "
     "en neemt eenzaamheid in de buurt af.", "B5-D1", CAUSAL,
     "Publieke familiariteit vergroot alledaagse attentheid; buurthuizen zijn belangrijk voor mensen met weinig hulpbronnen.",
     f"{SB}, r. 1783-1797; {SCP}, r. 1042-1051", CONFIRMED, Profile(4.4, 3.9)),
    ("Als mensen elkaar via ontmoetingsplekken beter kennen, dan doen ze sneller iets voor elkaar.", "B5-D3", CAUSAL,
     "Ontmoeting draagt bij aan onderling hulpbetoon en vroegsignalering.",
     f"{SB}, r. 1807-1820; r. 4816-4824", OPEN, Profile(4.0, 3.5)),
    ("Als inwoners bestaanszekerheid ervaren, dan hebben ze 'ruimte in het hoofd' om naar elkaar om te kijken "
     "en zich vrijwillig in te zetten.", "B1-D3", CAUSAL,
     "Chronische geldstress neemt die ruimte in; bijna 1 op 5 huishoudens had moeite met noodzakelijke kosten.",
     f"{SB}, r. 583-586; r. 602-604; r. 657-661", CONFIRMED, Profile(4.6, 3.8)),
    ("Als mensen bestaansonzeker zijn, dan vergroten chronische stress en schaamte de kans op eenzaamheid.",
     "B1-D1", CAUSAL, "Bestaansonzekerheid heeft vaak een desastreus effect op het sociale netwerk.",
     f"{SB}, r. 632-639", OPEN, Profile(4.1, 4.2)),
    ("Als financiering structureel en voorspelbaar is, dan blijven dezelfde professionals in de wijk en bouwen "
     "inwoners vertrouwen en duurzame netwerken op.", "B2-D1", CAUSAL,
     "Continuïteit in relaties is onmisbaar; in 2023 draaide een kwart van de sociaalwerkorganisaties verlies.",
     f"{SB}, r. 830-848; r. 4488-4498", OPEN, Profile(4.3, 2.4)),
    ("Als er regelluwe kleine budgetten ('grijs geld') zijn, dan zetten inwoners sneller zelf activiteiten op.",
     "B2-D5", CAUSAL, "Regelluwe financiering werkt drempelverlagend voor actieve inwoners.",
     f"{SB}, r. 815-817; r. 894-902", OPEN, Profile(4.0, 3.0, frozenset({"S1", "S2"}))),
    ("Als besparingen vooraf worden ingeboekt, dan worden actieve inwoners, vrijwilligers en professionals "
     "cynisch over de sociale basis.", "B2", BELIEFS,
     "Meer algemene voorzieningen leiden niet aantoonbaar tot minder zware zorg.",
     f"{SB}, r. 863-872; r. 4654-4657", OPEN, Profile(2.7, 2.3)),
    ("Als de professional de kennis en ervaring van inwoners serieus neemt, dan voelen zij zich gehoord en "
     "ervaren zij meer eigenaarschap en grip.", "B3-D5", CAUSAL, "Gelijkwaardigheid geeft eigenaarschap en grip op zaken.",
     f"{SB}, r. 1105-1108", OPEN, Profile(4.0, 3.6)),
    ("Als mantelzorgers gelijkwaardig samenwerken met formele zorgverleners, dan houden zij hun zorgtaken langer vol.",
     "B3-D3", CAUSAL, "Invloed op de geboden zorg is nodig om de zorg vol te houden.",
     f"{SB}, r. 1126-1129; r. 4107-4111", OPEN, Profile(4.2, 2.5)),
    ("Als inwoners meer zeggenschap krijgen, dan sluit beleid beter aan en raken zij meer betrokken.", "B4-D5", CAUSAL,
     "In 2019 werkten 168 gemeenten met het uitdaagrecht; 67 zijn daadwerkelijk uitgedaagd.",
     f"{SB}, r. 1419-1423; r. 4296-4300", OPEN, Profile(4.4, 2.3)),
    ("Als inwoners eigen regie ervaren, dan gaan zij beter om met tegenslag en hebben zij meer welbevinden.",
     "B4-D2", CAUSAL, "Onderzoek: eigen regie vermindert stress en bevordert welbevinden.",
     f"{SB}, r. 1441-1448", CONFIRMED, Profile(2.6, 4.0)),
    ("Als professionals en overheid responsief werken, dan groeit vertrouwen en ontstaat ruimte voor ontplooiing "
     "en zingeving.", "B6-D2", CAUSAL, "Responsiviteit is voorwaarde voor een vertrouwensrelatie met de overheid.",
     f"{SB}, r. 2039-2042; r. 2068-2081", OPEN, Profile(2.5, 2.2)),
    ("Als mantelzorgers passende ondersteuning krijgen, dan groeit hun draagkracht en vallen ze minder vaak uit.",
     "B7-D3", CAUSAL, "Er is weinig effectonderzoek; vormen van ondersteuning hangen samen met verschillende uitkomsten.",
     f"{SB}, r. 2292-2304; r. 4187-4200", OPEN, Profile(4.6, 2.2)),
    ("Als vrijwilligerswerk flexibel is, dan blijven mantelzorgers vrijwilliger en geeft dat plezier als "
     "beschermende factor.", "B8-D4", CAUSAL, "Inbreng Nationale Jeugdcoalitie in de sessies van de publicatie.",
     f"{SB}, r. 2461-2467", OPEN, Profile(2.4, 2.4)),
    ("Als vrijwilligers training, goede matching en haalbare doelen krijgen, dan zijn zij tevredener en voelen "
     "zij zich erkend.", "B8-D2", CAUSAL, "Competentieontwikkeling geeft erkenning en motivatie.",
     f"{SB}, r. 2551-2553; r. 2569-2574; r. 4430-4434", CONFIRMED, Profile(2.5, 4.1)),
    ("Mensen zetten zich vrijwillig in als ze kunnen, willen én gevraagd worden.", "B8-D3", WORLDVIEW,
     "Vraag naar vrijwilligers stijgt, het aantal vrijwilligers blijft gelijk (40-50%).",
     f"{SB}, r. 2558-2560; r. 4244-4269", OPEN, Profile(4.2, 3.0, frozenset({"S2"}))),
    ("Als de samenleving inclusiever is, dan doen mensen vaker mee en voelen ze zich meer verbonden.", "B9-D1", CAUSAL,
     "Gehoord en gewaardeerd worden geeft verbondenheid, plezier en ontspanning.",
     f"{SB}, r. 2741-2744", OPEN, Profile(2.7, 3.8)),
    ("Als de samenleving inclusiever is, dan daalt 'aannemelijk' de vraag naar professionele ondersteuning.",
     "B9-D3", CAUSAL, "Tegenbewijs: meer algemene voorzieningen leiden niet tot minder zware zorg.",
     f"{SB}, r. 2760-2764; r. 4654-4657", DOUBTFUL, Profile(4.1, 3.0, frozenset({"S1", "S2"}))),
    ("Als mensen gevraagd worden voor hun talenten, dan voelen ze zich erkend en nodig en blijven ze actief.",
     "B10-D2", CAUSAL, "'Ik voel mij gezien': erkenning, zingeving en wederkerigheid.",
     f"{SB}, r. 3056-3067", OPEN, Profile(3.6, 3.7)),
    ("Er is een 'altruïstisch overschot' aan mensen die zich willen inzetten maar niet weten hoe.", "B10", CONTEXT,
     "De publicatie zet hier zelf vraagtekens bij (value-action gap, vn. 69).",
     f"{SB}, r. 3069-3082", DOUBTFUL, Profile(2.6, 1.9)),
    ("Als het formele aanbod kleiner wordt, dan neemt de hulp uit het eigen netwerk toe.", "D3", BELIEFS,
     "Tegengesproken: een lager beroep op professionals leidt niet tot een groter beroep op het netwerk.",
     f"{SB}, r. 233-240; r. 3896-3910; {SCP}, r. 584-602", REFUTED, Profile(4.5, 1.6)),
    ("Als inwoners hulp krijgen bij digitale zaken (DigiD, toeslagen, online formulieren), dan regelen zij meer "
     "zelf en houden mantelzorgers tijd over.", "B11-D3", CAUSAL,
     "Ervaring bibliotheek: het spreekuur Informatiepunt Digitale Overheid zit elke week vol.",
     "", OPEN, Profile(4.0, 2.6)),
    ("Als ouderen leren beeldbellen, dan voelen zij zich minder eenzaam.", "B11-D1", CAUSAL, "", "", OPEN,
     Profile(3.5, 2.1)),
)

MONITORING = {
    "A-001": ("Bezoekers en nieuwe contacten in De Buurtkamer en de bibliotheek", "Bezoekersregistratie en korte enquête",
              "Welzijn Voorbeeld en Bibliotheek Voorbeeld", "elk halfjaar"),
    "A-005": ("Wisselingen van vaste contactpersonen in wijkteam en welzijn", "Personeelsregistratie partners",
              "Gemeente Voorbeeld", "jaarlijks in januari"),
    "A-009": ("Ervaren invloed van mantelzorgers op de zorg", "Mantelzorgpanel Voorbeeld", "Steunpunt Mantelzorg Voorbeeld",
              "jaarlijks"),
    "A-010": ("Initiatieven met eigen budget en zeggenschap", "Subsidieregister en gesprekken met initiatiefnemers",
              "Gemeente Voorbeeld met Bewonersinitiatief De Buurtkamer", "elk kwartaal"),
    "A-013": ("Mantelzorgers die zich (te) zwaar belast voelen", "GGD-gezondheidsmonitor en mantelzorgpanel",
              "GGD Regio Voorbeeld", "elke twee jaar (monitor) en jaarlijks (panel)"),
    "A-022": ("Vragen bij het digitale spreekuur die zelf opgelost raken", "Registratie Informatiepunt Digitale Overheid",
              "Bibliotheek Voorbeeld", "elk kwartaal"),
}

GROUP_ACTIONS = (
    ("B11", "Wekelijks spreekuur 'Digitaal op weg' in de bibliotheek en in De Buurtkamer",
     ["bibliotheek", "welzijnsorganisatie", "vrijwilligers"]),
    ("B11", "Tablets uitlenen met een vrijwillig digimaatje erbij", ["bibliotheek", "vrijwilligerscentrale"]),
    ("B5", "De Buurtkamer ook op zaterdag open, met bewoners als gastvrouw of gastheer",
     ["bewonersinitiatief", "woningcorporatie", "gemeente"]),
    ("B7", "Respijtzorg en logeeropvang samen met de zorgverzekeraar regelen", ["steunpunt mantelzorg", "zorgverzekeraar"]),
    ("B8", "Een lijst met korte, flexibele klussen voor mantelzorgers die af en toe vrijwilliger willen zijn",
     ["vrijwilligerscentrale", "steunpunt mantelzorg"]),
    ("B10", "'100 dagen in de wijk': aanbellen en bewoners vragen naar hun talenten", ["wijkteam", "jongerenwerk"]),
)

VOTE_WEIGHTS_BLOCKS = {"B1": 2, "B2": 2, "B3": 3, "B4": 3, "B5": 8, "B6": 2, "B7": 7, "B8": 4, "B9": 3, "B10": 4, "B11": 6}
TEST_WEIGHTS = {"A-013": 7, "A-010": 4, "A-018": 5, "A-022": 3, "A-016": 2}
"""Session 3: which assumptions to test first; after the conversation in session 4 the room leans to A-018."""
RETEST_WEIGHTS = {"A-013": 6, "A-010": 3, "A-018": 9, "A-022": 3, "A-016": 1}
AMBITION_WORDINGS = (
    ("De publicatie: iedereen doet mee en voelt zich verbonden, met zorg voor elkaar", 6),
    ("Kort: samen zorgen we dat iedereen in Voorbeeld mee kan doen", 3),
    ("Eigen versie: in Voorbeeld kan iedereen rekenen op buren, vrijwilligers en voorzieningen", 1),
)
"""Session 1: the wordings of the hoofdambitie, with the hands counted (the ten people present)."""

RESCORE: dict[str, Profile] = {
    "A-006": Profile(4.1, 3.7), "A-005": Profile(4.4, 3.2), "A-013": Profile(4.5, 2.8), "A-018": Profile(3.4, 3.0, frozenset({"S1", "S2"})),
}
"""Session 4: after talking about the evidence, the room scores these four again (A-006 now in agreement,
A-018 still divided between the spheres)."""
STATUS_REASONS = {
    AssumptionStatus.CONFIRMED: "Cijfers en de ervaring van de deelnemers wijzen dezelfde kant op.",
    AssumptionStatus.DOUBTFUL: "De publicatie zet er zelf vraagtekens bij; de groep is verdeeld.",
    AssumptionStatus.REFUTED: "Onderzoek spreekt het tegen: een kleiner aanbod leidt niet tot meer hulp uit het netwerk.",
}
REWRITE = ("A-021", "Als het formele aanbod kleiner wordt, dan neemt de druk op mantelzorgers toe, omdat het netwerk "
           "de zorg niet vanzelf overneemt.", "De oude aanname is ontkracht; de groep formuleert wat wél te verwachten is.")
"""Session 4: the refuted assumption is rewritten; the new one points to the old one."""
