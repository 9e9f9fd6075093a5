"""Fixtures for the fix wizard tests: the demo tenant served by the simulator, the real SDK, an audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.audit import AuditLog
from core.session import Session, demo_session


@pytest.fixture
def session() -> Iterator[Session]:
    # A fresh demo tenant per test: fix actions change it.
    with demo_session() as opened:
        yield opened


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "audit.jsonl")
