"""`backup-doctor --self-test`: the packaged app proves it works, with no user input.

The self-test is a list of named steps (`STEPS` in gui/self_test_steps.py), run in order on one
`SelfTest` context. Each step is a small function that returns one line saying what it found, or
raises `SelfTestFailure` with a plain sentence. A failed step stops the steps after it that need the
window; steps marked `always` still run (they report, they do not depend on the window). The last
line says "passed", or names every step that failed; the exit code is 0 or 1.

What it touches: nothing of the user's. The window gets its settings from an INI file in a temporary
folder; the tenant is a copy of the demo tenant in that folder, served by the in-process simulator;
the fix wizard's audit log is a file in that folder. The step "user files untouched" checks that the
bundled demo tenant and the user's audit logs are byte-for-byte what they were before.

Adding a step is one function and one line in `STEPS` (the report step is there when the build has
`core/report/`). The output is a technical log for whoever builds or installs the app; like the
command-line help, it is in English.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TextIO

from core import __version__
from core.audit import default_audit_path
from core.session import demo_tenant_path
from gui.self_test_kit import (
    SCAN_TIMEOUT_S,
    STEP_TIMEOUT_S,
    SelfTest,
    SelfTestFailure,
    Step,
    digest,
    wait_until,
)


def _user_files() -> list[Path]:
    return [demo_tenant_path(), default_audit_path(simulated=True), default_audit_path(simulated=False)]


class _Output:
    """Lines to stdout (when the process has one: a windowed Windows build has none) and to a log file."""

    def __init__(self, log: Path | None) -> None:
        self._log: TextIO | None = log.open("w", encoding="utf-8") if log is not None else None

    def __call__(self, line: str) -> None:
        stream = sys.stdout
        if stream is not None:
            print(line, file=stream, flush=True)
        if self._log is not None:
            self._log.write(line + "\n")
            self._log.flush()

    def close(self) -> None:
        if self._log is not None:
            self._log.close()


def run_self_test(
    steps: Sequence[Step] | None = None,
    *,
    log: Path | None = None,
    write: Callable[[str], None] | None = None,
) -> int:
    """Run every step; 0 when all passed, 1 otherwise (the last line names the failed steps)."""
    if steps is None:
        from gui.self_test_steps import STEPS

        steps = STEPS
    output = _Output(log)
    say = write or output
    folder = Path(tempfile.mkdtemp(prefix="backup-doctor-self-test-"))
    test = SelfTest(folder=folder, write=say, audit_path=folder / "audit-self-test.jsonl")
    test.user_files = {path: digest(path) for path in _user_files()}
    previous_hook = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        test.errors.append(f"{kind.__name__}: {error}")
        say("".join(traceback.format_exception(kind, error, tb)).rstrip())

    sys.excepthook = record
    say(f"Backup Doctor {__version__} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'})")
    failed: list[str] = []
    try:
        for step in steps:
            if failed and not step.always:
                say(f"[skip] {step.name}: not run after an earlier failure")
                continue
            errors_before = len(test.errors)
            try:
                detail = step.run(test)
                if len(test.errors) > errors_before:
                    raise SelfTestFailure(f"unexpected error: {test.errors[-1]}")
            except SelfTestFailure as failure:
                failed.append(step.name)
                say(f"[FAIL] {step.name}: {failure}")
            except Exception as error:  # any error is this step's failure, with its traceback
                failed.append(step.name)
                say(f"[FAIL] {step.name}: unexpected {type(error).__name__}: {error}")
                say(traceback.format_exc().rstrip())
            else:
                say(f"[ ok ] {step.name}: {detail}")
    finally:
        _close_window(test)
        sys.excepthook = previous_hook
        shutil.rmtree(folder, ignore_errors=True)
    if failed:
        say(f"Self-test FAILED ({len(failed)} of {len(steps)} steps): {', '.join(failed)}")
    else:
        say(f"Self-test passed: {len(steps)} steps in {test.elapsed()}")
    output.close()
    return 1 if failed else 0


def _close_window(test: SelfTest) -> None:
    window = test.window
    if window is None:
        return
    from PySide6.QtCore import QCoreApplication

    window.close()  # closes the session: the simulator stops
    window.deleteLater()
    QCoreApplication.processEvents()
    test.window = None


__all__ = [
    "SCAN_TIMEOUT_S",
    "STEP_TIMEOUT_S",
    "SelfTest",
    "SelfTestFailure",
    "Step",
    "digest",
    "run_self_test",
    "wait_until",
]
