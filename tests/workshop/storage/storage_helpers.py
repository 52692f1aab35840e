"""Builders shared by the storage tests: a rich hand-made trajectory and a large one for the benchmark."""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from workshop import ids
from workshop.assumptions import (
    Assumption, AssumptionKind, AssumptionStatus, Monitoring, Score, Source, SourceKind, StatusChange,
)
from workshop.scoring import ScoreMode, ScoringRound
from workshop.sessions import Participant, Session, SessionStatus
from workshop.theory import Action, BuildingBlock, Origin, Relation, RelationType, Sphere, SubAmbition, Theory
from workshop.trajectory import Trajectory
from workshop.voting import EntryMode, RoundKind, RoundStatus, Vote, VoteOption, VotingRound

LONG = "Een lange tekst over de sociale basis, met ë ï é ĳ € en een regel\nnieuwe regel. " * 40


def rich_theory() -> Theory:
    """A theory touching every field, with awkward text."""
    return Theory(
        name="De sociale basis versterken", source="Verwey-Jonker Instituut en Movisie (2024)",
        ambition="Wij streven naar een veerkrachtige, inclusieve en zorgzame samenleving – waarin mensen kunnen floreren.",
        sub_ambitions=[SubAmbition(id="D1", name="Ontmoeting en erbij horen", description="Elkaar ontmoeten.\nThuis voelen."),
                       SubAmbition(id="D2", name="Ontplooiing, zingeving en vertrouwen"),
                       SubAmbition(id="D10", name="Tiende", description="=SOM(A1:A3)")],
        blocks=[BuildingBlock(id="B1", name="Laagdrempelige voorzieningen", short_name="Voorzieningen",
                              essence=LONG, theory="Theorie\n\nmet lege regel", sources=["Putters (2018); SCP", "Movisie, 2023"],
                              origin=Origin.PUBLICATION),
                BuildingBlock(id="B2", name="@gemeente", short_name="-min", essence="+plus", theory="\tindent"),
                BuildingBlock(id="B12", name="Bewonersinitiatieven", origin=Origin.GROUP)],
        relations=[Relation(block_id="B1", sub_ambition_id="D1", type=RelationType.DIRECT),
                   Relation(block_id="B2", sub_ambition_id="D1", type=RelationType.INTERACTION),
                   Relation(block_id="B12", sub_ambition_id="D10")],
        actions=[Action(id="H-001", block_id="B1", text="Investeer in ontmoetingsplekken", actors=["gemeente", "welzijn"]),
                 Action(id="H-002", block_id="B12", text="=HYPERLINK(\"http://x\")")],
        spheres=[Sphere(id="S1", name="Persoonlijk", description="Het eigen netwerk", examples=["familie", "buren"]),
                 Sphere(id="S2", name="Gemeenschappelijk")],
    )


def rich_trajectory() -> Trajectory:
    """A trajectory touching every field of every model."""
    people = [Participant(id="P-01", name="Anna de Vries", organisation="Gemeente", role="beleid", sphere_id="S1"),
              Participant(id="P-02", name="Bram", organisation="=cmd|' /C calc'!A0"),
              Participant(id="P-103", name="Ceyda Yılmaz", facilitator=True)]
    rounds = [VotingRound(id="V-01", question="Welke bouwsteen eerst?", dots_per_participant=2, anonymous=False,
                          status=RoundStatus.REVEALED, session_number=2,
                          options=[VoteOption(code="B1", element_id="B1"), VoteOption(code="T1", label="Eigen idee"),
                                   VoteOption(code="B1-D1", label="", element_id="B1-D1")]),
              VotingRound(id="V-02", question="@SUM(1)", options=[]),
              VotingRound(id="V-03", question="Welke formulering?", kind=RoundKind.SINGLE, mode=EntryMode.TALLY,
                          options=[VoteOption(code="T1", label="Kort", count=7), VoteOption(code="T2", label="Lang", count=0),
                                   VoteOption(code="T3", label="Nog niet geteld")]),
              VotingRound(id="V-04", question="Welke bouwsteen eerst?", dots_per_participant=3, max_per_option=2,
                          facilitator_votes=True, repeats="V-01", status=RoundStatus.CLOSED, voted=["P-01", "P-103"],
                          options=[VoteOption(code="B1", element_id="B1"), VoteOption(code="T1", label="Eigen idee")])]
    moment = dt.datetime(2025, 3, 1, 14, 5, 30)
    votes = [Vote(round_id="V-01", voter="P-01", option_code="B1", dot=1, time=moment),
             Vote(round_id="V-01", voter="P-01", option_code="T1", dot=2, time=moment),
             Vote(round_id="V-01", voter="P-02", option_code="B1", dot=1),
             Vote(round_id="V-04", voter="X-01", option_code="B1", dot=1, time=moment),
             Vote(round_id="V-04", voter="X-01", option_code="B1", dot=2, time=moment),
             Vote(round_id="V-04", voter="X-02", option_code="T1", dot=1, time=moment)]
    assumptions = [Assumption(id="A-001", text="Ontmoeting leidt tot vertrouwen", element_id="B1-D1",
                              kind=AssumptionKind.CAUSAL, evidence=LONG, monitored=True, suggestion="S-012",
                              sources=[Source(kind=SourceKind.FIGURES, note="=cijfers", link="SCP 2023, p. 12"),
                                       Source(kind=SourceKind.RESIDENTS, note="Buurtgesprek")],
                              history=[StatusChange(date=dt.date(2025, 3, 1), status=AssumptionStatus.DOUBTFUL,
                                                    reason="Verdeeld")],
                              status=AssumptionStatus.DOUBTFUL,
                              monitoring=Monitoring(indicator="aantal", source="enquête", who="gemeente", when="jaarlijks")),
                   Assumption(id="A-002", text="-Wereldbeeld", element_id="H", kind=AssumptionKind.WORLDVIEW),
                   Assumption(id="A-010", text="Context telt", kind=AssumptionKind.CONTEXT, replaces="A-002")]
    scores = [Score(assumption_id=a, participant_id=p, round=r, importance=i, certainty=c)
              for a, p, r, i, c in [("A-001", "P-01", 1, 5, 2), ("A-001", "P-02", 1, 4, 1), ("A-001", "P-01", 2, 5, 4),
                                    ("A-002", "P-103", 1, 1, 5), ("A-010", "P-02", 3, 3, 3), ("A-002", "GROEP", 2, 4, 4)]]
    scoring = [ScoringRound(number=1, assumption_ids=["A-001", "A-002"], status=RoundStatus.REVEALED, session_number=1),
               ScoringRound(number=2, title="Consensus", assumption_ids=["A-001", "A-002"], mode=ScoreMode.CONSENSUS),
               ScoringRound(number=3, assumption_ids=["A-010"], mode=ScoreMode.PAPER, status=RoundStatus.CLOSED)]
    sessions = [Session(number=1, title="Ambitie", date=dt.date(2025, 3, 1), status=SessionStatus.DONE,
                        attendance=["P-01", "P-02"], notes="Notities\nmet regels", decisions="=besluit"),
                Session(number=2, title="Bouwstenen", status=SessionStatus.RUNNING, attendance=["P-103"]),
                Session(number=5, title="Extra sessie")]
    return Trajectory(name="Traject Zwolle 2025", created=dt.date(2025, 1, 15), theory=rich_theory(),
                      sessions=sessions, participants=people, voting_rounds=rounds, votes=votes,
                      assumptions=assumptions, scores=scores, scoring_rounds=scoring, rejected_suggestions=["S-003", "S-010"])


def large_trajectory(participants: int = 40, assumptions: int = 300, score_rounds: int = 3,
                     voting_rounds: int = 20) -> Trajectory:
    """The benchmark trajectory: every participant scores every assumption in every round."""
    t = rich_trajectory()
    people = [Participant(id=ids.format_id("participant", i), name=f"Deelnemer {i}", organisation="Org")
              for i in range(1, participants + 1)]
    items = [Assumption(id=ids.format_id("assumption", i), text=f"Aanname {i}: als we A doen draagt dat bij aan B",
                        element_id="B1", evidence="Onderbouwing " * 5) for i in range(1, assumptions + 1)]
    scores = [Score(assumption_id=a.id, participant_id=p.id, round=r, importance=(i + r) % 5 + 1,
                    certainty=(i * 7 + r) % 5 + 1)
              for r in range(1, score_rounds + 1) for i, a in enumerate(items) for p in people]
    rounds = [VotingRound(id=ids.format_id("voting_round", v), question=f"Vraag {v}", dots_per_participant=3,
                          options=[VoteOption(code=b.id, element_id=b.id) for b in t.theory.blocks])
              for v in range(1, voting_rounds + 1)]
    votes = [Vote(round_id=r.id, voter=p.id, option_code=r.options[(i + d) % 3].code, dot=d)
             for r in rounds for i, p in enumerate(people) for d in range(1, 4)]
    return t.model_copy(update={"participants": people, "assumptions": items, "scores": scores,
                                "voting_rounds": rounds, "votes": votes,
                                "sessions": [s.model_copy(update={"attendance": []}) for s in t.sessions]})


def sheet_xml(path: Path, title: str) -> str:
    """The raw XML of one worksheet, found through workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet [^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook)
        assert rid is not None, title
        target = re.search(rf'<Relationship [^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or \
            re.search(rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
        assert target is not None
        name = target.group(1).lstrip("/")
        return archive.read(name if name.startswith("xl/") else f"xl/{name}").decode()


def edit_workbook(source: Path, target: Path, change: Callable[[Workbook], None]) -> Path:
    """Open a workbook the way a script or a person would (openpyxl, full mode), change it and save elsewhere."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(source)
        change(wb)
        wb.save(target)
    return target


def set_text(ws: Worksheet, ref: str, value: str) -> None:
    """Put text in a cell, as text even when it starts with '='."""
    ws[ref] = value
    ws[ref].data_type = "s"
