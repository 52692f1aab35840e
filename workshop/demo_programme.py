"""The demo's programme record: the four sessions run step by step through the programme commands, with the
time each step took, notes and decisions typed during it, the rounds it opened, one step skipped and three added,
and the story written in session 4 with the closing part in the group's own words."""

from __future__ import annotations

import datetime as dt
import random

from workshop import programme_edits as pe
from workshop import story_edits as se
from workshop.commands import CommandStack
from workshop.programme import StepKind, steps_of

ADDED = (
    (3, "De aannamekaart bespreken", "Stemronde: welke aannames toetsen we eerst?", StepKind.VOTE, 15),
    (4, "Terugblik", "Opnieuw scoren na het gesprek over de onderbouwing", StepKind.SCORE, 20),
    (4, "Opnieuw scoren na het gesprek over de onderbouwing", "Stemronde: welke aannames toetsen we eerst? (herhaald)",
     StepKind.VOTE, 10),
)
"""Steps the group added to the built-in programme: (session, after the step titled, title, kind, minutes)."""

SKIPPED = ("Terugblik op de ambitie",)

ACTIVITIES = {
    "Stemronde: welke formulering van de hoofdambitie?": "V-01",
    "Stemronde: welke bouwstenen vragen de meeste inzet?": "V-02",
    "Stemronde: welke aannames toetsen we eerst?": "V-03",
    "Stemronde: welke aannames toetsen we eerst? (herhaald)": "V-04",
    "Aannames scoren: belang en zekerheid": "scoreronde 1",
    "Opnieuw scoren na het gesprek over de onderbouwing": "scoreronde 2",
}
"""The rounds of the demo, as the steps that opened them record them."""

NOTES = {
    "Het einddoel: wat moet er veranderen, en voor wie?": (
        "Ontmoeting, erbij horen en mantelzorgers die het volhouden kwamen het vaakst terug. Jongeren noemden "
        "een plek om te zijn zonder dat je iets moet.", ""),
    "De hoofdambitie formuleren": (
        "Wij streven naar een veerkrachtige, inclusieve en zorgzame samenleving\n"
        "Iedereen kan meedoen en op elkaar rekenen\n"
        "Een buurt waar je gezien wordt", ""),
    "Stemronde: welke formulering van de hoofdambitie?": (
        "", "De hoofdambitie uit de publicatie nemen we over (handopsteken, zie V-01)."),
    "Bouwstenen op het schema plaatsen": (
        "Discussie over Ruimte & plekken: direct voor ontmoeting, indirect voor ontplooiing.",
        "Vrijwillige inzet draagt bij aan alle deelambities; financiering is randvoorwaardelijk."),
    "Ontbrekende bouwstenen": (
        "Bibliotheek en wijkteam: veel inwoners lopen vast op DigiD en online formulieren.",
        "Eigen bouwsteen B11 Digitale inclusie toegevoegd."),
    "Aannames scoren: belang en zekerheid": (
        "Grote verschillen over vrijwillige inzet en over inclusie als besparing.", ""),
    "De aannamekaart bespreken": (
        "Rechtsboven vooral aannames over mantelzorg en bestaanszekerheid.",
        "A-021 (kleiner formeel aanbod geeft meer hulp uit het netwerk) geldt als ontkracht."),
    "De controle: klopt het geheel?": (
        "Pijlen zonder aanname en A-023 zonder onderbouwing: bewust open gelaten, de lerende praktijk neemt ze mee.",
        ""),
    "Welke aannames gaan we volgen?": ("", "Monitoring afgesproken voor zes aannames."),
    "Afspraken en afsluiting": ("", "Terugkomsessie van de lerende praktijk in maart 2027."),
}
"""What the facilitator typed during some steps: (notes, decisions)."""


STORY_STEP = "Het veranderverhaal"
CLOSING = ("We beginnen bij mantelzorg en ruimte & plekken, daar is de urgentie het grootst. De lerende praktijk "
           "volgt zes aannames; over een jaar kijken we samen of de routes werken zoals we denken.")
"""The closing part of the story as the group rewrote it during the step that writes the story."""


def _add_steps(stack: CommandStack) -> None:
    t = stack.trajectory
    for number, after_title, title, kind, minutes in ADDED:
        after = next(s for s in steps_of(t.steps, number) if s.title == after_title)
        stack.push(pe.add_step(t, number, title, after.id, kind, minutes))


def _run_session(stack: CommandStack, rng: random.Random, number: int) -> None:
    """Start at half past nine, run every step for about its timebox, note what was said, and close."""
    t = stack.trajectory
    session = t.session(number)
    assert session is not None and session.date is not None
    now = dt.datetime.combine(session.date, dt.time(9, 30))
    for step in steps_of(t.steps, number):
        if step.title in SKIPPED:
            stack.push(pe.skip(t, step.id))
    stack.push(pe.start_session(t, number, now))
    while (step := next((s for s in steps_of(t.steps, number) if s.status.value == "bezig"), None)) is not None:
        _record(stack, step.id)
        spent = max(1, step.minutes + rng.randint(-3, 6))
        now += dt.timedelta(minutes=spent)
        end = pe.finish_session if _is_last(stack, step.id) else pe.advance
        stack.push(end(t, number, now, spent))


def _is_last(stack: CommandStack, step_id: str) -> bool:
    from workshop.programme import step_after

    step = stack.trajectory.step(step_id)
    return step is None or step_after(stack.trajectory.steps, step) is None


def _record(stack: CommandStack, step_id: str) -> None:
    t = stack.trajectory
    step = t.step(step_id)
    assert step is not None
    if step.title == STORY_STEP:
        stack.push(se.write_story(t))
        stack.push(se.edit_part(t, "slot", CLOSING))
    notes, decisions = NOTES.get(step.title, ("", ""))
    for field, value in (("notes", notes), ("decisions", decisions), ("activity", ACTIVITIES.get(step.title, ""))):
        if value:
            stack.push(pe.edit_step(t, step_id, field, value))


def record(stack: CommandStack, seed: int) -> None:
    """Run the four sessions of the demo through the programme."""
    rng = random.Random(seed)
    _add_steps(stack)
    for number in (1, 2, 3, 4):
        _run_session(stack, rng, number)
