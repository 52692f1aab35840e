"""The veranderverhaal written from the theory: deterministic, good Dutch, for the built-in model, the demo, an empty
model and any theory at all."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings

from tests.workshop.conftest import make_small_trajectory
from tests.workshop.storage.storage_strategies import trajectories
from workshop.content import new_trajectory
from workshop.demo import build_demo
from workshop.story import StoryPart
from workshop.story_text import current_story, generate, story_html
from workshop.theory import Relation, RelationType
from workshop.trajectory import Trajectory


@pytest.fixture(scope="module")
def demo() -> Trajectory:
    return build_demo()


@pytest.fixture(scope="module")
def demo_story(demo: Trajectory) -> dict[str, str]:
    return {part.key: part.text for part in generate(demo)}


@pytest.fixture(scope="module")
def model_story() -> dict[str, str]:
    return {part.key: part.text for part in generate(new_trajectory())}


def test_the_same_trajectory_always_gives_the_same_story(demo: Trajectory) -> None:
    assert generate(demo) == generate(demo.model_copy(deep=True))
    assert story_html(demo) == story_html(demo.model_copy(deep=True))


def test_the_parts_of_the_built_in_model() -> None:
    parts = generate(new_trajectory())
    assert [p.key for p in parts] == ["inleiding", "ambitie", "fundament", "D1", "D2", "D3", "D4", "D5", "routes",
                                      "aannames", "slot"]
    assert [p.title for p in parts][3:5] == ["Ontmoeting en erbij horen", "Ontplooiing, zingeving en vertrouwen"]
    assert not any(p.edited for p in parts)


@pytest.mark.parametrize("key, sentence", [
    ("inleiding", "Het schema telt vijf deelambities, tien bouwstenen en 44 verbanden daartussen."),
    ("inleiding", "Het bouwt voort op ‘De sociale basis versterken, investeren in de toekomst’ (Verwey-Jonker Instituut "
                  "en Movisie, 2024)."),
    ("ambitie", "Onze hoofdambitie luidt: “Wij streven naar een veerkrachtige, inclusieve en zorgzame samenleving"),
    ("ambitie", "Daarom werken we aan vijf deelambities: ‘Ontmoeting en erbij horen’, ‘Ontplooiing, zingeving en "
                "vertrouwen’, ‘Ondersteuning, steun en hulp’, ‘Ontspanning en plezier’ en ‘Eigenaarschap, zeggenschap "
                "en eigen regie’."),
    ("fundament", "Drie bouwstenen gelden voor alle deelambities tegelijk. ‘Bestaanszekerheid’ en ‘Financiering’ zijn "
                  "randvoorwaardelijk: zonder deze voorwaarden komt geen enkele deelambitie tot stand. ‘Eigenaarschap & "
                  "zeggenschap’ ondersteunt alle deelambities en houdt zo het geheel bij elkaar."),
    ("D1", "‘Ruimte & plekken’ draagt direct bij aan deze deelambitie. ‘Mantelzorg’ draagt er indirect aan bij. Ook "
           "‘Gelijkwaardigheid’, ‘Responsiviteit’, ‘Vrijwillige inzet’, ‘Inclusie’ en ‘Vragen & uitnodigen’ dragen "
           "eraan bij; of dat direct of indirect gebeurt, ligt nog niet vast."),
    ("D1", "Zoals elke deelambitie rust ook deze op het fundament: ‘Bestaanszekerheid’ en ‘Financiering’ zijn "
           "randvoorwaardelijk en ‘Eigenaarschap & zeggenschap’ ondersteunt haar."),
    ("D1", "Aannames over deze verbanden zijn nog niet vastgelegd."),
    ("D5", "Deze deelambitie staat in wisselwerking met ‘Responsiviteit’, ‘Mantelzorg’ en ‘Vragen & uitnodigen’: ze "
           "beïnvloeden elkaar over en weer."),
    ("routes", "‘Ruimte & plekken’ draagt direct bij aan ‘Ontmoeting en erbij horen’, ‘Ontplooiing, zingeving en "
               "vertrouwen’ en ‘Ontspanning en plezier’, en indirect aan ‘Ondersteuning, steun en hulp’ en "
               "‘Eigenaarschap, zeggenschap en eigen regie’."),
    ("routes", "‘Bestaanszekerheid’ is randvoorwaardelijk voor alle deelambities, en daarmee voor de hoofdambitie zelf."),
    ("routes", "‘Responsiviteit’ draagt bij aan ‘Ontmoeting en erbij horen’, ‘Ontplooiing, zingeving en vertrouwen’ en "
               "‘Ondersteuning, steun en hulp’, en staat in wisselwerking met ‘Eigenaarschap, zeggenschap en eigen regie’."),
    ("aannames", "De groep heeft nog geen aannames vastgelegd."),
])
def test_golden_sentences_of_the_built_in_model(model_story: dict[str, str], key: str, sentence: str) -> None:
    assert sentence in model_story[key]


@pytest.mark.parametrize("key, sentence", [
    ("inleiding", "De groep voegde daar één eigen bouwsteen aan toe: ‘Digitale inclusie’."),
    ("inleiding", "In vier sessies werkten twaalf deelnemers eraan mee, van onder meer Gemeente Voorbeeld, Welzijn "
                  "Voorbeeld, Steunpunt Mantelzorg Voorbeeld en Vrijwilligerscentrale Voorbeeld."),
    ("D1", "Waarom verwachten we dat? Dat rust op vijf aannames:\n- “Als de publieke ruimte aantrekkelijk is, dan komen "
           "mensen elkaar vaker tegen, worden ze 'bekende vreemden' en neemt eenzaamheid in de buurt af” (bij ‘Ruimte & "
           "plekken’; bevestigd; gevolgd in de lerende praktijk). Onderbouwing: publieke familiariteit vergroot "
           "alledaagse attentheid; buurthuizen zijn belangrijk voor mensen met weinig hulpbronnen (één bron)."),
    ("D1", "“Als ouderen leren beeldbellen, dan voelen zij zich minder eenzaam” (bij ‘Digitale inclusie’; nog niet "
           "getoetst). Nog zonder onderbouwing."),
    ("D3", "(nog niet getoetst; nieuwe versie van een ontkrachte aanname). Onderbouwd met één bron."),
    ("D5", "Daarnaast ondersteunt ‘Digitale inclusie’ deze deelambitie."),
    ("routes", "‘Digitale inclusie’ draagt direct bij aan ‘Ondersteuning, steun en hulp’, indirect aan ‘Ontmoeting en "
               "erbij horen’, en ondersteunt ‘Eigenaarschap, zeggenschap en eigen regie’. Het handelingsperspectief telt "
               "twee acties: ‘Wekelijks spreekuur 'Digitaal op weg' in de bibliotheek en in De Buurtkamer’ (door "
               "bibliotheek, welzijnsorganisatie en vrijwilligers) en ‘Tablets uitlenen met een vrijwillig digimaatje "
               "erbij’ (door bibliotheek en vrijwilligerscentrale)."),
    ("routes", "Een voorbeeld: ‘De Buurtkamer ook op zaterdag open, met bewoners als gastvrouw of gastheer’ (door "
               "bewonersinitiatief, woningcorporatie en gemeente)."),
    ("aannames", "Bij dit schema horen 23 aannames. Eén daarvan is herschreven na toetsing van een eerdere versie. De "
                 "stand: vier bevestigd, twee twijfelachtig en zeventien nog niet getoetst."),
    ("aannames", "Volgens de laatste scores zijn zes aannames belangrijk én onzeker. Die toetsen we als eerste:"),
    ("aannames", "“Er is een 'altruïstisch overschot' aan mensen die zich willen inzetten maar niet weten hoe” (over "
                 "‘Vragen & uitnodigen’; twijfelachtig)."),
    ("slot", "In de lerende praktijk volgen we zes aannames:"),
    ("slot", ": we kijken naar wisselingen van vaste contactpersonen in wijkteam en welzijn (bron: personeelsregistratie "
             "partners), bijgehouden door Gemeente Voorbeeld, jaarlijks in januari."),
])
def test_golden_sentences_of_the_demo(demo_story: dict[str, str], key: str, sentence: str) -> None:
    assert sentence in demo_story[key]


def test_a_replaced_assumption_is_told_through_its_new_version(demo_story: dict[str, str]) -> None:
    assert "neemt de hulp uit het eigen netwerk toe" not in demo_story["D3"]  # A-021, ontkracht and rewritten as A-024
    assert "neemt de druk op mantelzorgers toe" in demo_story["D3"]


def test_an_empty_model_gives_a_short_sensible_story() -> None:
    parts = generate(new_trajectory("leeg"))
    assert [p.key for p in parts] == ["inleiding", "ambitie", "routes", "aannames", "slot"]
    text = "\n".join(p.text for p in parts)
    assert "Het schema is nog leeg" in text and "De groep heeft de hoofdambitie nog niet geformuleerd." in text
    assert "Er zijn nog geen bouwstenen, en dus ook nog geen routes naar de ambitie." in text
    assert len(text) < 1200
    assert generate(Trajectory())  # not even a name or spheres


def test_singular_forms_in_a_small_trajectory() -> None:
    story = {p.key: p.text for p in generate(make_small_trajectory())}
    assert "Eén bouwsteen geldt voor alle deelambities tegelijk. ‘Bestaanszekerheid’ is randvoorwaardelijk: zonder " \
           "deze voorwaarde komt geen enkele deelambitie tot stand." in story["fundament"]
    assert "‘Plekken’ draagt direct bij aan deze deelambitie." in story["D1"]
    assert "Dat rust op één aanname:" in story["D1"]
    assert "‘Eigen bouwsteen’ draagt indirect bij aan deze deelambitie." in story["D2"]
    assert "Het handelingsperspectief telt één actie: ‘Buurthuis open houden’ (door gemeente)." in story["routes"]
    assert "Twee deelnemers werkten eraan mee." in story["inleiding"]
    assert "Bij dit schema hoort één aanname. Die is nog niet getoetst." in story["aannames"]


def test_plural_forms_when_more_bouwstenen_feed_a_deelambitie() -> None:
    t = make_small_trajectory()
    t.theory.relations.append(Relation(block_id="B3", sub_ambition_id="D1", type=RelationType.DIRECT))
    t.theory.relations.append(Relation(block_id="B2", sub_ambition_id="D2", type=RelationType.PRECONDITION))
    story = {p.key: p.text for p in generate(t)}
    assert "‘Plekken’ en ‘Eigen bouwsteen’ dragen direct bij aan deze deelambitie." in story["D1"]
    assert "‘Plekken’ is randvoorwaardelijk voor deze deelambitie: zonder die voorwaarde komt ze niet tot stand." \
        in story["D2"]
    assert "‘Plekken’ draagt direct bij aan ‘Ontmoeting’ en is randvoorwaardelijk voor ‘Steun’." in story["routes"]


def test_a_deelambitie_without_bouwstenen_is_called_a_gap() -> None:
    t = make_small_trajectory()
    t.theory.relations = []
    story = {p.key: p.text for p in generate(t)}
    assert story["D1"].startswith("Nog geen bouwsteen draagt bij aan deze deelambitie: hier zit een gat in het schema.")
    assert "‘Plekken’ is nog met geen enkele deelambitie verbonden; deze route loopt nog nergens heen." in story["routes"]
    assert "fundament" not in story


def test_the_saved_story_is_the_current_one_once_written() -> None:
    t = make_small_trajectory()
    assert current_story(t) == generate(t)
    t.story = [StoryPart(key="eigen", title="Ons verhaal", text="Zelf geschreven.", edited=True)]
    assert current_story(t) == t.story


def test_the_html_document_is_dutch_escaped_and_well_formed() -> None:
    t = make_small_trajectory()
    t.name = "Wijk <Zuid> & “Noord”"
    t.story = [StoryPart(key="inleiding", title="In <het> begin", text="Een & twee\n- eerste\n- tweede\n\nSlot\x01.")]
    page = story_html(t)
    root = ET.fromstring(page)  # well-formed as XML too
    assert root.get("lang") == "nl"
    assert "Wijk &lt;Zuid&gt; &amp; “Noord”" in page and "In &lt;het&gt; begin" in page
    assert "<ul><li>eerste</li><li>tweede</li></ul>" in page and "<p>Slot.</p>" in page


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(trajectories())
def test_any_trajectory_gives_a_story_with_a_part_per_deelambitie(t: Trajectory) -> None:
    parts = generate(t)
    keys = [p.key for p in parts]
    assert len(keys) == len(set(keys))
    assert {d.id for d in t.theory.sub_ambitions} <= set(keys)
    assert keys[:2] == ["inleiding", "ambitie"] and keys[-1] == "slot"
    ET.fromstring(story_html(t, parts))


def test_scores_not_yet_revealed_tell_nothing(demo: Trajectory) -> None:
    from workshop.voting import RoundStatus

    t = demo.model_copy(deep=True)
    for scoring_round in t.scoring_rounds:
        scoring_round.status = RoundStatus.CLOSED
    text = next(p.text for p in generate(t) if p.key == "aannames")
    assert "De scores van de aannames zijn nog niet onthuld." in text and "belangrijk én onzeker" not in text


def test_the_session_running_now_counts_as_held(demo: Trajectory) -> None:
    from workshop.sessions import SessionStatus

    during = demo.model_copy(deep=True)
    during.sessions[-1].status = SessionStatus.RUNNING  # writing the story in session 4 itself
    intro = next(p.text for p in generate(during) if p.key == "inleiding")
    assert "In vier sessies werkten twaalf deelnemers" in intro
    during.sessions[-1].status = SessionStatus.PLANNED
    intro = next(p.text for p in generate(during) if p.key == "inleiding")
    assert "In drie sessies werkten twaalf deelnemers" in intro
