"""A sociale-basis-like Theory built in code, with the publication's real relation pattern (44 relations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from workshop.theory import BuildingBlock, Origin, Relation, RelationType, SubAmbition, Theory

if TYPE_CHECKING:
    from ui.document import Document
    from ui.selection import Selection

AMBITION = (
    "Wij streven naar een veerkrachtige, inclusieve en zorgzame samenleving – waarin mensen kunnen floreren, "
    "naar elkaar kunnen en willen omkijken, en kunnen en willen bijdragen aan het eigen en andermans welzijn."
)
SUBS = [
    ("D1", "Ontmoeting en erbij horen"),
    ("D2", "Ontplooiing, zingeving en vertrouwen"),
    ("D3", "Ondersteuning, steun en hulp"),
    ("D4", "Ontspanning en plezier"),
    ("D5", "Eigenaarschap, zeggenschap en eigen regie"),
]
BLOCKS = [
    ("B1", "Bestaanszekerheid", "Bestaanszekerheid"),
    ("B2", "Financiering (voorspelbaar, regelluw & ontschot)", "Financiering"),
    ("B3", "Samenwerken vanuit gelijkwaardigheid", "Gelijkwaardigheid"),
    ("B4", "Versterken eigenaarschap, zeggenschap en eigen regie", "Eigenaarschap & zeggenschap"),
    ("B5", "Beschikbaarheid van ruimte & plekken", "Ruimte & plekken"),
    ("B6", "Responsiviteit", "Responsiviteit"),
    ("B7", "(Onder)steunen van mantelzorg", "Mantelzorg"),
    ("B8", "Steun en ruimte voor vrijwillige inzet", "Vrijwillige inzet"),
    ("B9", "Versterken van inclusie", "Inclusie"),
    ("B10", "Mensen vragen en uitnodigen", "Vragen & uitnodigen"),
]
P, S, DIR, IND, W, C = (
    RelationType.PRECONDITION, RelationType.SUPPORTING, RelationType.DIRECT,
    RelationType.INDIRECT, RelationType.INTERACTION, RelationType.CONTRIBUTES,
)
ALL = ["D1", "D2", "D3", "D4", "D5"]
PATTERN: dict[str, dict[str, RelationType]] = {
    "B1": dict.fromkeys(ALL, P),
    "B2": dict.fromkeys(ALL, P),
    "B3": dict.fromkeys(["D1", "D2", "D3", "D5"], C),
    "B4": dict.fromkeys(ALL, S),
    "B5": {"D1": DIR, "D2": DIR, "D3": IND, "D4": DIR, "D5": IND},
    "B6": {"D1": C, "D2": C, "D3": C, "D5": W},
    "B7": {"D1": IND, "D2": IND, "D3": DIR, "D5": W},
    "B8": dict.fromkeys(["D1", "D2", "D3", "D4"], C),
    "B9": dict.fromkeys(["D1", "D2", "D3", "D4"], C),
    "B10": {"D1": C, "D2": C, "D4": C, "D5": W},
}


def sociale_basis_theory(extra_group_blocks: int = 0) -> Theory:
    """The ten publication blocks plus `extra_group_blocks` group blocks (B11...) with one or two relations."""
    blocks = [BuildingBlock(id=i, name=n, short_name=k, origin=Origin.PUBLICATION) for i, n, k in BLOCKS]
    relations = [Relation(block_id=b, sub_ambition_id=d, type=t) for b, row in PATTERN.items() for d, t in row.items()]
    for n in range(11, 11 + extra_group_blocks):
        blocks.append(BuildingBlock(id=f"B{n}", name=f"Eigen idee nummer {n}", origin=Origin.GROUP))
        relations.append(Relation(block_id=f"B{n}", sub_ambition_id=ALL[n % 5], type=C))
        if n % 3 == 0:
            relations.append(Relation(block_id=f"B{n}", sub_ambition_id=ALL[(n + 2) % 5], type=DIR))
    return Theory(
        name="Sociale basis", ambition=AMBITION,
        sub_ambitions=[SubAmbition(id=i, name=n) for i, n in SUBS], blocks=blocks, relations=relations,
    )


def make_document(extra_group_blocks: int = 0) -> Document:
    """A Document on the sociale-basis-like theory (Qt imported here, so the layout tests stay Qt-free)."""
    from ui.document import Document
    from workshop.trajectory import Trajectory

    return Document(Trajectory(name="Test", theory=sociale_basis_theory(extra_group_blocks)))


@pytest.fixture
def document() -> Document:
    """A fresh document on the sociale-basis-like theory (import this fixture into a test module)."""
    return make_document()


@pytest.fixture
def selection() -> Selection:
    """A fresh shared selection (import this fixture into a test module)."""
    from ui.selection import Selection

    return Selection()


@pytest.fixture
def view(qtbot, document: Document, selection: Selection):  # type: ignore[no-untyped-def]
    """The facilitator's schema view of `document`, shown at 1400x850 and laid out."""
    from ui.canvas.view import SchemaView
    from ui.theme import LAPTOP

    shown = SchemaView(document, LAPTOP, selection)
    qtbot.addWidget(shown)
    shown.resize(1400, 850)
    shown.show()
    qtbot.waitExposed(shown)
    shown.flush_layout()
    qtbot.waitUntil(lambda: shown.schema.sceneRect().width() == shown.maximumViewportSize().width())
    return shown
