"""The veranderverhaal written from the theory: deterministic Dutch text from templates, part by part (no AI)."""

from __future__ import annotations

from collections import Counter

from workshop.assumptions import Assumption, Monitoring, Quadrant, latest_stats
from workshop.sessions import SessionStatus
from workshop.story import StoryPart
from workshop.story_about import (
    STATUS_WORDS, assumption_line, assumptions_of_sub, current_assumptions, loose_assumptions, where_loose,
)
from workshop.story_html import document_html, parts_html
from workshop.story_words import (
    brief, bullets, capital, clauses, clip, count, first_sentence, listing, lower_first, name, number, one_line,
    paragraphs, pick, quoted, sentence,
)
from workshop.summary import revealed_scores
from workshop.theory import BuildingBlock, Origin, RelationType, SubAmbition, Theory
from workshop.trajectory import Trajectory

INTRO, AMBITION, FOUNDATION = "inleiding", "ambitie", "fundament"
ROUTES, ASSUMPTIONS, CLOSING = "routes", "aannames", "slot"
TITLES = {INTRO: "Inleiding", AMBITION: "De ambitie", FOUNDATION: "Het fundament", ROUTES: "De routes",
          ASSUMPTIONS: "De aannames", CLOSING: "Tot slot"}
SHOWN_ACTORS = 5
"""A route names at most this many actors ('onder meer …'), the most frequent first."""
SHOWN_PEOPLE = 4
"""The introduction names at most this many organisations of the participants."""
CONTRIBUTING = ((RelationType.DIRECT, "direct "), (RelationType.INDIRECT, "indirect "), (RelationType.CONTRIBUTES, ""))
"""The relation types that contribute to a deelambitie, with how a route words them."""


def generate(t: Trajectory) -> list[StoryPart]:
    """The whole story as generated from the trajectory now: introduction, ambition, foundation, one part per
    deelambitie (keyed by its id), the routes, the assumptions and a closing part."""
    parts = [_intro(t), _ambition(t.theory), _foundation(t.theory)]
    parts += [_sub_part(t, sub) for sub in t.theory.sub_ambitions]
    parts += [_routes(t.theory), _assumptions(t), _closing(t)]
    return [part for part in parts if part is not None]


def current_story(t: Trajectory) -> list[StoryPart]:
    """The story as it stands: the saved one, or the generated one while none was written."""
    return t.story if t.story else generate(t)


def story_html(t: Trajectory, parts: list[StoryPart] | None = None) -> str:
    """The story as a standalone HTML document in Dutch (the saved story, else the generated one), for the exports."""
    shown = current_story(t) if parts is None else parts
    return document_html("Veranderverhaal", " ".join(t.name.split()), parts_html(shown))


def _part(key: str, text: str, title: str = "") -> StoryPart:
    return StoryPart(key=key, title=clip(one_line(title) or TITLES[key]), text=clip(text))


def _names(items: list[BuildingBlock] | list[SubAmbition]) -> list[str]:
    return [name(item.label if isinstance(item, BuildingBlock) else item.name) for item in items]


# -- introduction and ambition -------------------------------------------------------------------------------------
def _intro(t: Trajectory) -> StoryPart:
    theory = t.theory
    traject = f" {name(t.name)}" if t.name.strip() else ""
    opening = (f"Dit veranderverhaal hoort bij het traject{traject}. Het vertelt in woorden wat het schema laat zien: "
               "wat we samen willen bereiken, langs welke routes onze inzet daaraan bijdraagt en op welke aannames we "
               "daarbij bouwen.")
    if not theory.sub_ambitions and not theory.blocks:
        empty = ("Het schema is nog leeg: er staan nog geen deelambities en bouwstenen in. Zodra de groep die gekozen "
                 "heeft, vertelt dit verhaal hoe ze samenhangen.")
        return _part(INTRO, paragraphs(opening, empty))
    return _part(INTRO, paragraphs(opening, _shape(theory), _people(t)))


def _shape(theory: Theory) -> str:
    sizes = [count(len(theory.sub_ambitions), "deelambitie", "deelambities"),
             count(len(theory.blocks), "bouwsteen", "bouwstenen"), count(len(theory.relations), "verband", "verbanden")]
    size = f"Het schema telt {listing(sizes)} daartussen."
    own = [b for b in theory.blocks if b.origin is Origin.GROUP]
    if theory.source.strip():
        title, _, rest = theory.source.strip().partition(" (")
        size += f" Het bouwt voort op {name(title)}{' (' + rest if rest else ''}."
        if own:
            size += (f" De groep voegde daar {count(len(own), 'eigen bouwsteen', 'eigen bouwstenen')} aan toe: "
                     f"{listing(_names(own))}.")
    if theory.spheres:
        spheres = [f"de {lower_first(s.name)}" for s in theory.spheres]
        size += f" We kijken naar de sociale basis in {count(len(spheres), 'sfeer', 'sferen')}: {listing(spheres)}."
    return size


def _people(t: Trajectory) -> str:
    people = [p for p in t.participants if not p.facilitator]
    if not people:
        return ""
    held = sum(s.status is not SessionStatus.PLANNED for s in t.sessions)  # the session running now counts too
    who, verb = count(len(people), "deelnemer", "deelnemers"), pick(len(people), "werkte", "werkten")
    text = f"In {count(held, 'sessie', 'sessies')} {verb} {who} eraan mee" if held else f"{capital(who)} {verb} eraan mee"
    organisations = list(dict.fromkeys(p.organisation.strip() for p in people if p.organisation.strip()))
    if organisations:
        more = "onder meer " if len(organisations) > SHOWN_PEOPLE else ""
        text += f", van {more}{listing(organisations[:SHOWN_PEOPLE])}"
    return text + "."


def _ambition(theory: Theory) -> StoryPart:
    ambition = " ".join(theory.ambition.split())
    said = f"Onze hoofdambitie luidt: “{ambition}”" + ("" if ambition[-1:] in ".!?" else ".") if ambition else \
        "De groep heeft de hoofdambitie nog niet geformuleerd."
    subs = theory.sub_ambitions
    if not subs:
        return _part(AMBITION, paragraphs(said, "De deelambities, de tussenstappen op weg naar de hoofdambitie, "
                                          "kiest de groep nog."))
    lead = "Die ambitie bereik je niet in één stap. Daarom werken we aan" if ambition else "We werken aan"
    steps = f"{lead} {count(len(subs), 'deelambitie', 'deelambities')}: {listing(_names(subs))}."
    steps += " Die brengt de hoofdambitie dichterbij." if len(subs) == 1 else \
        " Elk ervan brengt de hoofdambitie een stap dichterbij; samen beschrijven ze wat er moet veranderen."
    return _part(AMBITION, paragraphs(said, steps))


# -- the foundation: what holds for every deelambitie --------------------------------------------------------------
def _for_all(theory: Theory, kind: RelationType) -> list[BuildingBlock]:
    return [b for b in theory.blocks if theory.for_all_type(b.id) is kind]


def _foundation(theory: Theory) -> StoryPart | None:
    pre, sup = _for_all(theory, RelationType.PRECONDITION), _for_all(theory, RelationType.SUPPORTING)
    if not pre and not sup:
        return None
    n = len(pre) + len(sup)
    lines = [f"{capital(count(n, 'bouwsteen geldt', 'bouwstenen gelden'))} voor alle deelambities tegelijk."]
    if pre:
        lines.append(f"{listing(_names(pre))} {pick(len(pre), 'is', 'zijn')} randvoorwaardelijk: zonder "
                     f"{pick(len(pre), 'deze voorwaarde', 'deze voorwaarden')} komt geen enkele deelambitie tot stand.")
    if sup:
        lines.append(f"{listing(_names(sup))} {pick(len(sup), 'ondersteunt', 'ondersteunen')} alle deelambities en "
                     f"{pick(len(sup), 'houdt', 'houden')} zo het geheel bij elkaar.")
    why = [_essence(b) for b in pre + sup if b.essence.strip()]
    lead = f"Waarom {pick(len(why), 'die zo zwaar weegt', 'ze zo zwaar wegen')}:\n" if why else ""
    return _part(FOUNDATION, paragraphs(" ".join(lines), lead + bullets(why)))


def _essence(block: BuildingBlock) -> str:
    """The first sentence of a bouwsteen's essence, led by its name unless the sentence starts with it."""
    first = first_sentence(block.essence)
    opening = first.split(maxsplit=1)[0].lower().strip(",:;")
    starts = any(n.split(maxsplit=1)[0].lower() == opening for n in (block.label, block.name))
    return first if starts else f"{block.label}: {lower_first(first)}"


# -- one part per deelambitie ---------------------------------------------------------------------------------------
def _sub_part(t: Trajectory, sub: SubAmbition) -> StoryPart:
    feeders = _feeders(t.theory, sub)
    return _part(sub.id, paragraphs(sentence(sub.description), feeders, _beneath(t, sub)), sub.name)


def _feeding(theory: Theory, sub: SubAmbition, kind: RelationType) -> list[str]:
    """The bouwstenen with a relation of this kind to the deelambitie (for-all ones apart), as quoted names."""
    blocks = [theory.block(r.block_id) for r in theory.relations_to(sub.id) if r.type is kind]
    return [name(b.label) for b in blocks if b is not None and theory.for_all_type(b.id) is None]


def _feeders(theory: Theory, sub: SubAmbition) -> str:
    said: list[str] = []
    for kind in (RelationType.DIRECT, RelationType.INDIRECT, RelationType.CONTRIBUTES, RelationType.PRECONDITION,
                 RelationType.SUPPORTING, RelationType.INTERACTION):
        if names := _feeding(theory, sub, kind):
            said.append(_feeder_sentence(kind, names, first=not said))
    base = _base_sentence(theory, sub)
    if not said:
        gap = ("Nog geen bouwsteen draagt specifiek bij aan deze deelambitie." if base else
               "Nog geen bouwsteen draagt bij aan deze deelambitie: hier zit een gat in het schema.")
        return " ".join(s for s in (gap, base) if s)
    return " ".join(said + ([base] if base else []))


def _feeder_sentence(kind: RelationType, names: list[str], first: bool) -> str:
    n, who = len(names), listing(names)
    if kind is RelationType.DIRECT:
        return f"{who} {pick(n, 'draagt', 'dragen')} direct bij aan deze deelambitie."
    if kind is RelationType.INDIRECT:
        how = "indirect bij aan deze deelambitie." if first else "er indirect aan bij."
        return f"{who} {pick(n, 'draagt', 'dragen')} {how}"
    if kind is RelationType.CONTRIBUTES:
        lead = f"{who} {pick(n, 'draagt', 'dragen')} bij aan deze deelambitie" if first else \
            f"Ook {who} {pick(n, 'draagt', 'dragen')} eraan bij"
        return f"{lead}; of dat direct of indirect gebeurt, ligt nog niet vast."
    if kind is RelationType.PRECONDITION:
        return (f"{who} {pick(n, 'is', 'zijn')} randvoorwaardelijk voor deze deelambitie: zonder "
                f"{pick(n, 'die voorwaarde', 'die voorwaarden')} komt ze niet tot stand.")
    if kind is RelationType.SUPPORTING:
        verb = pick(n, "ondersteunt", "ondersteunen")
        return f"{who} {verb} deze deelambitie." if first else f"Daarnaast {verb} {who} deze deelambitie."
    return f"Deze deelambitie staat in wisselwerking met {who}: ze beïnvloeden elkaar over en weer."


def _base_sentence(theory: Theory, sub: SubAmbition) -> str:
    """How the foundation (the for-all bouwstenen) holds this deelambitie up, in one sentence."""
    feeding = {r.block_id for r in theory.relations_to(sub.id)}
    pre = [b for b in _for_all(theory, RelationType.PRECONDITION) if b.id in feeding]
    sup = [b for b in _for_all(theory, RelationType.SUPPORTING) if b.id in feeding]
    if pre:
        text = (f"Zoals elke deelambitie rust ook deze op het fundament: {listing(_names(pre))} "
                f"{pick(len(pre), 'is', 'zijn')} randvoorwaardelijk")
        return text + (f" en {listing(_names(sup))} {pick(len(sup), 'ondersteunt', 'ondersteunen')} haar." if sup else ".")
    return f"Zoals elke deelambitie wordt ook deze ondersteund door {listing(_names(sup))}." if sup else ""


def _beneath(t: Trajectory, sub: SubAmbition) -> str:
    """The assumptions under the relations into the deelambitie (and about the deelambitie itself)."""
    about = assumptions_of_sub(t, sub.id)
    if not about:
        return "Aannames over deze verbanden zijn nog niet vastgelegd." if t.theory.relations_to(sub.id) else ""
    lines = [assumption_line(t, a, _where_in_sub(t, a.element_id)) for a in about]
    return f"Waarom verwachten we dat? Dat rust op {count(len(about), 'aanname', 'aannames')}:\n" + bullets(lines)


def _where_in_sub(t: Trajectory, element_id: str) -> str:
    block = t.theory.block(element_id.split("-")[0])
    return f"bij {name(block.label)}" if block is not None and "-" in element_id else ""


# -- the routes -----------------------------------------------------------------------------------------------------
def _routes(theory: Theory) -> StoryPart:
    if not theory.blocks:
        return _part(ROUTES, "Er zijn nog geen bouwstenen, en dus ook nog geen routes naar de ambitie.")
    opening = ("Elke route begint bij een bouwsteen, bij wat partijen daarvoor doen, en loopt via een of meer "
               "deelambities naar de hoofdambitie.")
    return _part(ROUTES, paragraphs(opening, *(_route(theory, b) for b in theory.blocks)))


def _route(theory: Theory, block: BuildingBlock) -> str:
    return f"{_route_path(theory, block)} {_route_actions(theory, block)}"


def _route_path(theory: Theory, block: BuildingBlock) -> str:
    who = name(block.label)
    kind = theory.for_all_type(block.id)
    if kind is RelationType.PRECONDITION:
        return f"{who} is randvoorwaardelijk voor alle deelambities, en daarmee voor de hoofdambitie zelf."
    if kind is RelationType.SUPPORTING:
        return f"{who} ondersteunt alle deelambities, en zo de hoofdambitie als geheel."
    phrases = _contributions(theory, block) + _other_ties(theory, block)
    if not phrases:
        return f"{who} is nog met geen enkele deelambitie verbonden; deze route loopt nog nergens heen."
    return f"{who} {clauses(phrases)}."


def _subs_of(theory: Theory, block: BuildingBlock, kind: RelationType) -> list[str]:
    subs = [theory.sub_ambition(r.sub_ambition_id) for r in theory.relations_of_block(block.id) if r.type is kind]
    return [name(s.name) for s in subs if s is not None]


def _contributions(theory: Theory, block: BuildingBlock) -> list[str]:
    phrases: list[str] = []
    for kind, adverb in CONTRIBUTING:
        if subs := _subs_of(theory, block, kind):
            lead = f"draagt {adverb}bij aan" if not phrases else f"{adverb or 'verder '}aan"
            phrases.append(f"{lead} {listing(subs)}")
    return phrases


def _other_ties(theory: Theory, block: BuildingBlock) -> list[str]:
    words = ((RelationType.PRECONDITION, "is randvoorwaardelijk voor"), (RelationType.SUPPORTING, "ondersteunt"),
             (RelationType.INTERACTION, "staat in wisselwerking met"))
    return [f"{verb} {listing(subs)}" for kind, verb in words if (subs := _subs_of(theory, block, kind))]


def _route_actions(theory: Theory, block: BuildingBlock) -> str:
    actions = theory.actions_of(block.id)
    if not actions:
        return "Voor deze bouwsteen zijn nog geen acties vastgelegd."
    if len(actions) <= 2:
        done = [_action(a.text, a.actors) for a in actions]
        return f"Het handelingsperspectief telt {count(len(actions), 'actie', 'acties')}: {listing(done)}."
    counted = Counter(actor for a in actions for actor in dict.fromkeys(a.actors))
    actors = [actor for actor, _ in counted.most_common(SHOWN_ACTORS)]
    text = f"Het handelingsperspectief telt {count(len(actions), 'actie', 'acties')}."
    if actors:
        more = len(counted) > SHOWN_ACTORS
        verb = "is" if len(actors) == 1 and not more else "zijn"
        text += f" Aan zet {verb}{' onder meer' if more else ''}: {listing(actors)}."
    else:
        text += " Wie ze uitvoert, staat er nog niet bij."
    return text + f" Een voorbeeld: {_action(actions[-1].text, actions[-1].actors)}."


def _action(text: str, actors: list[str]) -> str:
    return name(brief(text).rstrip(".")) + (f" (door {listing(actors)})" if actors else "")


# -- the assumptions and the closing part ---------------------------------------------------------------------------
def _assumptions(t: Trajectory) -> StoryPart:
    current = current_assumptions(t)
    if not current:
        return _part(ASSUMPTIONS, "De groep heeft nog geen aannames vastgelegd. Aannames maken zichtbaar waarom we "
                                  "verwachten dat een bouwsteen bijdraagt aan een deelambitie.")
    total = f"Bij dit schema {pick(len(current), 'hoort', 'horen')} {count(len(current), 'aanname', 'aannames')}."
    if rewritten := [a for a in current if a.replaces]:
        total += (f" {capital(count(len(rewritten), 'daarvan is', 'daarvan zijn'))} herschreven na toetsing van een "
                  "eerdere versie.")
    total += f" {_stand(current)}"
    return _part(ASSUMPTIONS, paragraphs(total, _first_to_test(t, current), _loose(t)))


def _loose(t: Trajectory) -> str:
    loose = loose_assumptions(t)
    if not loose:
        return ""
    lines = [assumption_line(t, a, where_loose(t, a)) for a in loose]
    return (f"Niet elke aanname hoort bij één verband. {capital(count(len(loose), 'aanname gaat', 'aannames gaan'))} "
            "over een bouwsteen, de ambitie of het geheel:\n" + bullets(lines))


def _stand(current: list[Assumption]) -> str:
    """How the assumptions have held up: 'De stand: vier bevestigd, …', or for one kind 'Ze zijn alle drie …'."""
    tally = Counter(a.status for a in current)
    if len(tally) > 1:
        return "De stand: " + listing([f"{number(n)} {STATUS_WORDS[s]}" for s in STATUS_WORDS if (n := tally[s])]) + "."
    status, n = STATUS_WORDS[current[0].status], len(current)
    if n == 1:
        return f"Die is {status}."
    return f"Ze zijn allebei {status}." if n == 2 else f"Ze zijn alle {number(n)} {status}."


def _first_to_test(t: Trajectory, current: list[Assumption]) -> str:
    stats = latest_stats(t.assumptions, revealed_scores(t))
    if not stats:
        return "De scores van de aannames zijn nog niet onthuld." if t.scores else \
            "De aannames zijn nog niet gescoord op belang en zekerheid."
    critical = [a for a in current if a.id in stats and stats[a.id].quadrant is Quadrant.CRITICAL]
    if not critical:
        return "Volgens de laatste scores is geen enkele aanname tegelijk belangrijk en onzeker."
    lines = [quoted(a.text) + (" (de groep is hierover verdeeld)" if stats[a.id].dissent else "") for a in critical]
    n = len(critical)
    return (f"Volgens de laatste scores {pick(n, 'is', 'zijn')} {count(n, 'aanname', 'aannames')} belangrijk én "
            "onzeker. Die toetsen we als eerste:\n" + bullets(lines))


def _closing(t: Trajectory) -> StoryPart:
    opening = ("Een verandertheorie is nooit af. Wat we in de praktijk leren, nemen we mee in een volgende versie van "
               "het schema en van dit verhaal.")
    followed = [a for a in current_assumptions(t) if a.monitored]
    if not followed:
        return _part(CLOSING, paragraphs(opening, "Welke aannames de lerende praktijk gaat volgen, kiest de groep nog."
                                         if t.assumptions else ""))
    lines = [f"{quoted(a.text)}: {_monitoring(a.monitoring)}." for a in followed]
    return _part(CLOSING, paragraphs(opening, f"In de lerende praktijk volgen we "
                                     f"{count(len(followed), 'aanname', 'aannames')}:\n" + bullets(lines)))


def _monitoring(m: Monitoring) -> str:
    indicator, source, who, when = (m.indicator.strip(), m.source.strip(), m.who.strip(), m.when.strip())
    what = f"we kijken naar {lower_first(indicator)}" if indicator else ""
    if source:
        what = f"{what} (bron: {lower_first(source)})" if what else f"bron: {lower_first(source)}"
    said = ", ".join(s for s in (what, f"bijgehouden door {who}" if who else "", when) if s)
    return said or "hoe precies, spreekt de groep nog af"
