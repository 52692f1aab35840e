"""Renders the details of one theory element as HTML, for the laptop panel and the projector."""

from __future__ import annotations

from html import escape

from workshop.assumptions import latest_stats
from workshop.theory import BuildingBlock, SubAmbition
from workshop.trajectory import Trajectory


def _para(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else ""


def _actions_by_actor(t: Trajectory, block_id: str) -> str:
    groups: dict[str, list[str]] = {}
    for action in t.theory.actions_of(block_id):
        for actor in action.actors or ["(geen actor genoemd)"]:
            groups.setdefault(actor, []).append(escape(action.text))
    parts = [f"<p><b>{escape(actor)}</b></p>{_bullets(texts)}" for actor, texts in sorted(groups.items())]
    return "".join(parts)


def _assumptions(t: Trajectory, element_id: str) -> str:
    stats = latest_stats(t.assumptions, t.scores)
    items = []
    for a in t.assumptions_about(element_id):
        extra = f" — <i>{stats[a.id].quadrant.value}</i>" if a.id in stats else ""
        items.append(f"<b>{escape(a.id)}</b> {escape(a.text)}{extra}")
    return _bullets(items)


def _block_html(t: Trajectory, block: BuildingBlock) -> str:
    relations = [
        f"{escape(r.type.value)} → {escape(sub.name)}"
        for r in t.theory.relations_of_block(block.id)
        if (sub := t.theory.sub_ambition(r.sub_ambition_id)) is not None
    ]
    tag = " <i>(eigen bouwsteen van de groep)</i>" if block.origin.value == "groep" else ""
    return (
        f"<h2>{escape(block.id)} · {escape(block.label)}{tag}</h2>"
        + (f"<p><i>{escape(block.name)}</i></p>" if block.label != block.name else "")
        + _section("Essentie", _para(block.essence))
        + _section("Draagt bij aan", _bullets(relations))
        + _section("Waarom werkt het?", _para(block.theory))
        + _section("Handelingsperspectief per actor", _actions_by_actor(t, block.id))
        + _section("Aannames", _assumptions(t, block.id))
        + _section("Bronnen", _bullets([escape(s) for s in block.sources]))
    )


def _sub_html(t: Trajectory, sub: SubAmbition) -> str:
    feeders = [
        f"{escape(b.label)} ({escape(r.type.value)})"
        for r in t.theory.relations_to(sub.id)
        if (b := t.theory.block(r.block_id)) is not None
    ]
    return (
        f"<h2>{escape(sub.id)} · {escape(sub.name)}</h2>"
        + _para(sub.description)
        + _section("Bouwstenen die hieraan bijdragen", _bullets(feeders))
        + _section("Aannames", _assumptions(t, sub.id))
    )


def _relation_html(t: Trajectory, key: str) -> str:
    block_id, _, sub_id = key.partition("-")
    relation, block, sub = t.theory.relation(block_id, sub_id), t.theory.block(block_id), t.theory.sub_ambition(sub_id)
    if relation is None or block is None or sub is None:
        return ""
    return (
        f"<h2>{escape(block.label)} → {escape(sub.name)}</h2><p>Relatie: <b>{escape(relation.type.value)}</b></p>"
        + _section("Aannames", _assumptions(t, key))
    )


def details_html(t: Trajectory, element_id: str | None) -> str:
    """HTML for the selected element; a short hint when nothing is selected."""
    theory = t.theory
    if element_id and (block := theory.block(element_id)) is not None:
        return _block_html(t, block)
    if element_id and (sub := theory.sub_ambition(element_id)) is not None:
        return _sub_html(t, sub)
    if element_id and "-" in element_id and (html := _relation_html(t, element_id)):
        return html
    if element_id == "H":
        return "<h2>Hoofdambitie</h2>" + _para(theory.ambition or "(nog geen hoofdambitie)")
    return "<p><i>Kies een bouwsteen of deelambitie in het schema of in de lijst om de details te zien.</i></p>"
