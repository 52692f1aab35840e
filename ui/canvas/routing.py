"""Routes of the relation lines: a trunk up from each card, a fan across, a straight approach (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from ui.canvas.geometry import open_span
from ui.canvas.grid import Exit, Grid
from ui.canvas.typeset import Box
from workshop.theory import Relation, RelationType

Point = tuple[float, float]


@dataclass(frozen=True)
class RelationPath:
    """One drawn relation: polyline from the card (first point) to the deelambitie (last point)."""

    key: str
    block_id: str
    sub_id: str
    type: RelationType
    points: tuple[Point, ...]
    marker: Point


def _sub_ports(subs: dict[str, Box], drawn: list[Relation], lanes: dict[str, float]) -> dict[str, float]:
    """x of each line where it arrives: spread over the middle of the open bottom edge, in order of their lanes."""
    ports: dict[str, float] = {}
    rects = [b.rect for b in subs.values()]
    for sub in subs.values():
        arriving = sorted((r for r in drawn if r.sub_ambition_id == sub.id), key=lambda r: lanes[r.key])
        start, end = open_span(sub.rect, rects)
        step = (end - start) * 0.8 / max(1, len(arriving))
        for j, relation in enumerate(arriving):
            ports[relation.key] = start + (end - start) * 0.1 + (j + 0.5) * step
    return ports


def _exits(grid: Grid, drawn: list[Relation], order: dict[str, int]) -> dict[str, Exit]:
    """Each line gets the next exit of its card, taken in the order of the deelambities."""
    exits: dict[str, Exit] = {}
    for card_id, card_exits in grid.exits.items():
        leaving = sorted((r for r in drawn if r.block_id == card_id), key=lambda r: order[r.sub_ambition_id])
        exits.update({r.key: e for r, e in zip(leaving, card_exits, strict=False)})
    return exits


def route(subs: tuple[Box, ...], grid: Grid, relations: tuple[Relation, ...], fan_y: float, approach: float) -> tuple[RelationPath, ...]:
    """Paths for every relation between a card and a deelambitie that are both on the canvas.

    The last stretch rises straight from `approach` below the lowest deelambitie, so a line to the upper
    of two rows passes through the window the lower row leaves open.
    """
    sub_boxes = {b.id: b for b in subs if b.kind == "sub"}
    order = {sub_id: i for i, sub_id in enumerate(sub_boxes)}
    drawn = [r for r in relations if r.block_id in grid.exits and r.sub_ambition_id in sub_boxes]
    exits = _exits(grid, drawn, order)
    drawn = [r for r in drawn if r.key in exits]
    ends = _sub_ports(sub_boxes, drawn, {key: lane for key, (_, _, lane) in exits.items()})
    paths, floor = [], max((b.rect.bottom for b in sub_boxes.values()), default=0.0)
    for r in drawn:
        (x, y, lane), sub, end = exits[r.key], sub_boxes[r.sub_ambition_id].rect, ends[r.key]
        start = ((x, y),) if lane == x else ((x, y), (lane, y))
        points = (*start, (lane, fan_y), (end, floor + approach), (end, sub.bottom))
        paths.append(RelationPath(r.key, r.block_id, r.sub_ambition_id, r.type, points, (end, floor + approach * 0.5)))
    return tuple(paths)
