"""Shared pydantic base class and small field types for the domain models."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints
from pydantic_core import PydanticCustomError

MAX_TEXT = 32_767
"""Excel's limit for the characters in one cell."""


def _blank_is_empty(value: str) -> str:
    return value if value.strip() else ""


def _clean_items(values: list[str]) -> list[str]:
    items = [" ".join(v.split()) for v in values if v.strip()]
    if sum(len(item) + 1 for item in items) - 1 > MAX_TEXT:  # the workbook keeps them one per line in one cell
        raise PydanticCustomError("string_too_long", "samen langer dan {max_length} tekens", {"max_length": MAX_TEXT})
    return items


Text = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_blank_is_empty)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT)]
Items = Annotated[list[str], AfterValidator(_clean_items)]
"""A list of short single-line items (sources, actors, examples): stripped, no blanks."""


class DomainModel(BaseModel):
    """Base for every domain record: strict fields, validated on assignment."""

    model_config = ConfigDict(
        validate_assignment=True,
        extra="forbid",
        str_strip_whitespace=False,
        use_enum_values=False,
    )
