"""Loads and validates the built-in content files in resources/content/ (TOML)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from workshop import ids
from workshop.assumptions import AssumptionKind
from workshop.theory import Action, BuildingBlock, Origin, Relation, RelationType, Sphere, SubAmbition, Theory
from workshop.trajectory import Trajectory

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
CONTENT = RESOURCES / "content"
MODELS = {"sociale-basis": "sociale-basis.toml", "leeg": "leeg.toml"}
SUGGESTIONS = "aanname-suggesties.toml"


class ContentError(ValueError):
    """A built-in content file is missing or malformed; the message names the file."""


class Step(BaseModel):
    """One of the six steps for making a verandertheorie."""

    number: int
    name: str
    explanation: str


class KindInfo(BaseModel):
    """Name and explanation of one kind of assumption."""

    id: str
    name: str
    explanation: str


class Suggestion(BaseModel):
    """A starting point for an assumption from the publication, in our own words, for one relation or bouwsteen."""

    id: str
    element_id: str
    kind: AssumptionKind
    text: str
    lines: str
    note: str = ""

    @property
    def reference(self) -> str:
        """Where it comes from, as a source line: the publication and its lines."""
        return f"{PUBLICATION}, r. {self.lines}"


PUBLICATION = "De sociale basis versterken, investeren in de toekomst (2024)"


class Method(BaseModel):
    """The method content: self-check questions, the six steps and the kinds of assumption."""

    check_questions: list[str]
    steps: list[Step]
    assumption_kinds: list[KindInfo]


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ContentError(f"Inhoudsbestand ontbreekt: {path.name}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"Inhoudsbestand {path.name} is geen geldige TOML: {exc}") from exc


def _block(raw: dict[str, Any]) -> tuple[BuildingBlock, list[Relation]]:
    block = BuildingBlock(
        id=raw["id"], name=raw["naam"], short_name=raw.get("kort", ""), essence=raw.get("essentie", ""),
        theory=raw.get("theorie", "").strip(), sources=list(raw.get("bronnen", [])), origin=Origin.PUBLICATION,
    )
    relations = [
        Relation(block_id=block.id, sub_ambition_id=sub, type=RelationType(kind))
        for sub, kind in raw.get("relaties", {}).items()
    ]
    return block, relations


def _actions(blocks_raw: list[dict[str, Any]]) -> list[Action]:
    actions: list[Action] = []
    for raw in blocks_raw:
        for item in raw.get("acties", []):
            action_id = ids.format_id("action", len(actions) + 1)
            actions.append(Action(id=action_id, block_id=raw["id"], text=item["tekst"], actors=item.get("actoren", [])))
    return actions


def theory_from_dict(data: dict[str, Any]) -> Theory:
    """Build a Theory from the parsed content-file structure."""
    model = data.get("model", {})
    blocks, relations = [], []
    for raw in data.get("bouwstenen", []):
        block, rels = _block(raw)
        blocks.append(block)
        relations += rels
    return Theory(
        name=model.get("naam", ""), source=model.get("bron", ""), ambition=model.get("hoofdambitie", ""),
        sub_ambitions=[SubAmbition(id=d["id"], name=d["naam"], description=d.get("beschrijving", "")) for d in data.get("deelambities", [])],
        blocks=blocks, relations=relations, actions=_actions(data.get("bouwstenen", [])),
        spheres=[Sphere(id=s["id"], name=s["naam"], description=s.get("beschrijving", ""), examples=s.get("voorbeelden", [])) for s in data.get("sferen", [])],
    )


@lru_cache(maxsize=4)
def _load_theory(name: str) -> Theory:
    if name not in MODELS:
        raise ContentError(f"Onbekend model '{name}'. Kies uit: {', '.join(MODELS)}.")
    path = CONTENT / MODELS[name]
    try:
        return theory_from_dict(_read(path))
    except (KeyError, ValueError, ValidationError) as exc:
        if isinstance(exc, ContentError):
            raise
        raise ContentError(f"Inhoudsbestand {path.name} klopt niet: {exc}") from exc


def load_theory(name: str = "sociale-basis") -> Theory:
    """A fresh copy of a built-in theory ('sociale-basis' or 'leeg')."""
    return _load_theory(name).model_copy(deep=True)


@lru_cache(maxsize=1)
def load_method() -> Method:
    """The method content shared by all models."""
    data = _read(CONTENT / "methode.toml")
    return Method(
        check_questions=list(data.get("toetsvragen", [])),
        steps=[Step(number=s["nr"], name=s["naam"], explanation=s.get("uitleg", "")) for s in data.get("stappen", [])],
        assumption_kinds=[KindInfo(id=k["id"], name=k["naam"], explanation=k.get("uitleg", "")) for k in data.get("aannamesoorten", [])],
    )


@lru_cache(maxsize=1)
def load_suggestions() -> tuple[Suggestion, ...]:
    """The publication's suggestions for assumptions, per relation (resources/content/aanname-suggesties.toml)."""
    path = CONTENT / SUGGESTIONS
    try:
        return tuple(Suggestion(id=s["id"], element_id=s["relatie"], kind=AssumptionKind(s["soort"]), text=s["tekst"],
                                lines=s.get("regels", ""), note=s.get("toelichting", ""))
                     for s in _read(path).get("suggesties", []))
    except (KeyError, ValueError, ValidationError) as exc:
        if isinstance(exc, ContentError):
            raise
        raise ContentError(f"Inhoudsbestand {path.name} klopt niet: {exc}") from exc


def suggestions_for(element_id: str, theory: Theory | None = None) -> list[Suggestion]:
    """The suggestions for a relation (B5-D1), or for a bouwsteen as a whole (B2); none for other elements. Given
    the trajectory's theory, only where its cards are the publication's (an own card B11, or B5 on the empty model,
    is another thing with the same id)."""
    if theory is not None and not _as_published(theory, element_id):
        return []
    return [s for s in load_suggestions() if s.element_id == element_id]


def _as_published(theory: Theory, element_id: str) -> bool:
    """True when the element's cards carry the publication's names, full and short (case and spaces aside)."""
    published = _load_theory("sociale-basis")
    parts = ids.relation_ends(element_id) if ids.is_relation_key(element_id) else (element_id,)

    def names(t: Theory, part: str) -> tuple[str, ...] | None:
        item = t.block(part) or t.sub_ambition(part)
        words = (item.name, getattr(item, "label", item.name)) if item else ()
        return tuple(" ".join(w.split()).casefold() for w in words) or None
    return all(names(theory, part) is not None and names(theory, part) == names(published, part) for part in parts)


def new_trajectory(model: str = "sociale-basis", name: str = "") -> Trajectory:
    """A new trajectory on a built-in model, with the four default sessions and their programme."""
    from workshop.programme_templates import default_template, programme_for  # it reads content too

    theory = load_theory(model)
    t = Trajectory(name=name or theory.name or "Nieuw traject", theory=theory)
    t.steps = programme_for(default_template(), t.sessions)
    return t
