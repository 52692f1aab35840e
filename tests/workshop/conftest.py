"""Shared domain fixtures: a small but complete trajectory built in code."""

from __future__ import annotations

import pytest

from workshop.assumptions import Assumption, Score
from workshop.sessions import Participant
from workshop.theory import Action, BuildingBlock, Origin, Relation, RelationType, Sphere, SubAmbition, Theory
from workshop.trajectory import Trajectory
from workshop.voting import Vote, VoteOption, VotingRound


def make_small_trajectory() -> Trajectory:
    """Two deelambities, three bouwstenen, relations, actions, people, a round with votes, scored assumptions."""
    theory = Theory(
        name="Klein model", ambition="Een zorgzame buurt",
        sub_ambitions=[SubAmbition(id="D1", name="Ontmoeting"), SubAmbition(id="D2", name="Steun")],
        blocks=[
            BuildingBlock(id="B1", name="Bestaanszekerheid", origin=Origin.PUBLICATION),
            BuildingBlock(id="B2", name="Plekken", origin=Origin.PUBLICATION),
            BuildingBlock(id="B3", name="Eigen bouwsteen"),
        ],
        relations=[
            Relation(block_id="B1", sub_ambition_id="D1", type=RelationType.PRECONDITION),
            Relation(block_id="B1", sub_ambition_id="D2", type=RelationType.PRECONDITION),
            Relation(block_id="B2", sub_ambition_id="D1", type=RelationType.DIRECT),
            Relation(block_id="B3", sub_ambition_id="D2", type=RelationType.INDIRECT),
        ],
        actions=[Action(id="H-001", block_id="B2", text="Buurthuis open houden", actors=["gemeente"])],
        spheres=[Sphere(id="S1", name="Persoonlijke sociale basis")],
    )
    t = Trajectory(name="Test", theory=theory)
    t.participants = [Participant(id="P-01", name="Anna", sphere_id="S1"), Participant(id="P-02", name="Bram")]
    t.sessions[0].attendance = ["P-01", "P-02"]
    t.voting_rounds = [VotingRound(id="V-01", question="Wat eerst?", options=[
        VoteOption(code="B2", label="Plekken", element_id="B2"), VoteOption(code="T1", label="Iets anders")])]
    t.votes = [Vote(round_id="V-01", voter="P-01", option_code="B2", dot=1)]
    t.assumptions = [Assumption(id="A-001", text="Plekken leiden tot ontmoeting", element_id="B2-D1")]
    t.scores = [Score(assumption_id="A-001", participant_id="P-01", importance=4, certainty=2)]
    return t


@pytest.fixture
def small() -> Trajectory:
    """A fresh small trajectory."""
    return make_small_trajectory()
