"""The openpyxl in use is one of the releases pyproject.toml pins (the fast writer and reader rely on its internals)."""

import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _openpyxl_requirement() -> Requirement:
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    (requirement,) = [r for r in map(Requirement, dependencies) if r.name == "openpyxl"]
    return requirement


def test_openpyxl_is_pinned_to_tested_releases() -> None:
    specifier = _openpyxl_requirement().specifier
    assert {s.operator for s in specifier} == {">=", "<="}, "openpyxl needs a lower and an upper bound"
    assert not specifier.contains("3.1.2") and specifier.contains("3.1.3"), "3.1.0-3.1.2 fail the storage tests"


def test_installed_openpyxl_is_within_the_pin() -> None:
    requirement = _openpyxl_requirement()
    assert requirement.specifier.contains(version("openpyxl")), (version("openpyxl"), str(requirement))
