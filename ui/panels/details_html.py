"""Renders the details of one theory element as HTML, for the laptop panel and (room=True) the projector."""

from __future__ import annotations

from html import escape

from ui.panels import texts
from workshop.assumptions import latest_stats
from workshop.ids import is_relation_key, relation_ends
from workshop.theory import BuildingBlock, SubAmbition
from workshop.trajectory import Trajectory

LAPTOP_ORDER = ("essence", "relations", "theory", "actions", "assumptions", "sources")
ROOM_ORDER = ("essence", "relations", "actions", "assumptions", "theory", "sources")
"""The room reads what it works with first; the long 'why' text and its sources come last."""


def _para(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else ""


def _title(element_id: str, name: str, room: bool, tag: str = "") -> str:
    """The heading: the room sees names only (as on the projector's schema), the laptop also the id."""
    shown = escape(name) if room else f"{escape(element_id)} · {escape(name)}"
    return f"<h2>{shown}{tag}</h2>"


def _actions_by_actor(t: Trajectory, block_id: str) -> str:
    groups: dict[str, list[str]] = {}
    for action in t.theory.actions_of(block_id):
        for actor in action.actors or [texts.NO_ACTOR]:
            groups.setdefault(actor, []).append(escape(action.text))
    parts = [f"<p><b>{escape(actor)}</b></p>{_bullets(items)}" for actor, items in sorted(groups.items())]
    return "".join(parts)


def _actions_once(t: Trajectory, block_id: str) -> str:
    """Each action once with its actors after it: the room's shorter form of the handelingsperspectief."""
    items = []
    for action in t.theory.actions_of(block_id):
        actors = f" <i>({escape(', '.join(action.actors))})</i>" if action.actors else ""
        items.append(escape(action.text) + actors)
    return _bullets(items)


def _assumptions(t: Trajectory, element_id: str) -> str:
    stats = latest_stats(t.assumptions, t.scores)
    items = []
    for a in t.assumptions_about(element_id):
        extra = f" — <i>{escape(stats[a.id].quadrant.value)}</i>" if a.id in stats else ""
        items.append(f"<b>{escape(a.id)}</b> {escape(a.text)}{extra}")
    return _bullets(items)


def _block_sections(t: Trajectory, block: BuildingBlock, room: bool) -> dict[str, str]:
    relations = [
        f"{escape(texts.relation_label(r.type))} → {escape(sub.name)}"
        for r in t.theory.relations_of_block(block.id)
        if (sub := t.theory.sub_ambition(r.sub_ambition_id)) is not None
    ]
    return {
        "essence": _para(block.essence),
        "relations": _bullets(relations),
        "theory": _para(block.theory),
        "actions": _actions_once(t, block.id) if room else _actions_by_actor(t, block.id),
        "assumptions": _assumptions(t, block.id),
        "sources": _bullets([escape(s) for s in block.sources]),
    }


def _block_html(t: Trajectory, block: BuildingBlock, room: bool) -> str:
    tag = f" <i>{escape(texts.GROUP_TAG)}</i>" if block.origin.value == "groep" else ""
    subtitle = f"<p><i>{escape(block.name)}</i></p>" if block.label != block.name else ""
    sections = _block_sections(t, block, room)
    order = ROOM_ORDER if room else LAPTOP_ORDER
    titles = texts.ROOM_SECTIONS if room else texts.SECTIONS
    return _title(block.id, block.label, room, tag) + subtitle + "".join(_section(titles[k], sections[k]) for k in order)


def _sub_html(t: Trajectory, sub: SubAmbition, room: bool) -> str:
    feeders = [
        f"{escape(b.label)} ({escape(texts.relation_label(r.type))})"
        for r in t.theory.relations_to(sub.id)
        if (b := t.theory.block(r.block_id)) is not None
    ]
    return (
        _title(sub.id, sub.name, room)
        + _para(sub.description)
        + _section(texts.SECTIONS["feeders"], _bullets(feeders))
        + _section(texts.SECTIONS["assumptions"], _assumptions(t, sub.id))
    )


def _relation_html(t: Trajectory, key: str) -> str:
    block_id, sub_id = relation_ends(key)
    relation, block, sub = t.theory.relation(block_id, sub_id), t.theory.block(block_id), t.theory.sub_ambition(sub_id)
    if relation is None or block is None or sub is None:
        return ""
    sentence = texts.relation_sentence(block.label, sub.name, relation.type)
    return (
        f"<h2>{escape(block.label)} → {escape(sub.name)}</h2>"
        f"<p>{escape(texts.RELATION)}: <b>{escape(texts.relation_label(relation.type))}</b></p>"
        f"<p>{escape(sentence)}.</p>"
        + _section(texts.SECTIONS["assumptions"], _assumptions(t, key))
    )


def _overview_html(t: Trajectory) -> str:
    """The hoofdambitie with the deelambities under it: what the room sees when nothing is selected."""
    theory = t.theory
    subs = _bullets([escape(sub.name) for sub in theory.sub_ambitions])
    body = f"<h3>{escape(texts.SUB_AMBITIONS)}</h3>{subs}" if subs else ""
    return f"<h2>{escape(texts.AMBITION)}</h2>" + _para(theory.ambition or texts.NO_AMBITION) + body


def details_html(t: Trajectory, element_id: str | None, room: bool = False) -> str:
    """HTML for the selected element; with nothing selected a hint (laptop) or the overview (room)."""
    theory = t.theory
    if element_id and (block := theory.block(element_id)) is not None:
        return _block_html(t, block, room)
    if element_id and (sub := theory.sub_ambition(element_id)) is not None:
        return _sub_html(t, sub, room)
    if is_relation_key(element_id) and (html := _relation_html(t, element_id or "")):
        return html
    if element_id == "H" or room:
        return _overview_html(t)
    return f"<p><i>{escape(texts.EMPTY_HINT)}</i></p>"
