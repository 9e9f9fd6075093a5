"""What the self-test's runner (gui/self_test.py) and its steps (gui/self_test_steps.py) share: the context
passed from step to step, a step, the failure a step raises, waiting for the event loop, file digests."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.main_window import MainWindow

# Generous: the frozen app on a loaded 2-core CI machine scans the demo tenant in a few seconds.
SCAN_TIMEOUT_S = 180.0
STEP_TIMEOUT_S = 120.0


class SelfTestFailure(Exception):
    """A step found something wrong; the message is the sentence printed after the step's name."""


@dataclass
class SelfTest:
    """What the steps share: the temporary folder, the window, what earlier steps found."""

    folder: Path
    write: Callable[[str], None]
    started: float = field(default_factory=time.monotonic)
    window: MainWindow | None = None
    tenant_copy: Path | None = None
    audit_path: Path | None = None
    # The user's files as they were before the self-test (path -> digest or None when absent).
    user_files: dict[Path, str | None] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def elapsed(self) -> str:
        return f"{time.monotonic() - self.started:.2f} s"

    def need_window(self) -> MainWindow:
        if self.window is None:
            raise SelfTestFailure("the window was not created")
        return self.window


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[SelfTest], str]
    # Runs even after an earlier step failed (it needs nothing from the others).
    always: bool = False


# --- waiting for the event loop -------------------------------------------------------------------------


def wait_until(test: SelfTest, condition: Callable[[], bool], what: str, timeout: float = STEP_TIMEOUT_S) -> None:
    """Run Qt's event loop until `condition` holds; fail naming `what` after `timeout` seconds."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if test.errors:
            raise SelfTestFailure(f"unexpected error while waiting for {what}: {test.errors[-1]}")
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"{what} did not happen within {timeout:.0f} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
