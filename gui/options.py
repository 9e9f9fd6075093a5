"""What the command line asks of the window (`backup-doctor [--demo | --tenant-file FILE | …]`), parsed by
gui/main.py and read by gui/app.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GuiOptions:
    demo: bool = False
    tenant: Path | None = None
    language: str | None = None
    self_test: bool = False
    self_test_log: Path | None = None
    # A tenant file served as Azure: sign in to its simulated Entra ID (try sign-in without Azure).
    simulated_azure: Path | None = None
