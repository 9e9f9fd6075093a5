from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "arm-examples"


def example_body(name: str, status: str = "200") -> Any:
    """The response body of an official ARM example (tests/data/arm-examples/PROVENANCE.md)."""
    document = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return document["responses"][status]["body"]


@pytest.fixture
def example():
    return example_body
