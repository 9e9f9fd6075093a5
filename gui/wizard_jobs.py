"""The blocking steps of a fix wizard (preview, action, verification) on a worker thread.

Everything a wizard step asks of Azure is a plain blocking call of core.wizards (`WizardRun.preview`,
`run_action`, `verify`). `WizardRunner` runs one such call at a time as a background task (gui/tasks.py,
like the scan and the opening of a tenant): progress reports from core's callback, then the outcome or
the failure, arrive on the GUI thread. Nothing on the worker thread touches a widget or a model, and no
Qt object is created or deleted there.

Cancel is a core `CancelToken`, set from the GUI thread: an action checks it before each change and while
it waits for Azure; a change Azure already accepted goes on (core says so in its result sentence).

After an action, core reads the VM again as a scan does and evaluates every check (`WizardRun.apply`), so
that the tree can show the VM's new status without a whole re-scan; a verification reads it anyway.

Garbage collection while a job runs happens on the GUI thread only (gui/tasks.py says why).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from itertools import count

from PySide6.QtCore import QObject, Signal

from core.scan import VmResult
from core.service import Cancelled, Gateway
from core.wizards import ActionPreview, ActionResult, CancelToken, Progress, Verification, WizardRun
from gui.tasks import TaskHandle, start_task

_log = logging.getLogger(__name__)

# How long closing the window waits for a running step to stop after Cancel (an in-flight request ends
# by the gateway's own timeout at worst; the thread is then left to finish on its own).
ABANDON_WAIT_MS = 15_000


class JobKind(Enum):
    PREVIEW = "preview"
    ACTION = "action"
    VERIFY = "verify"


@dataclass(frozen=True)
class JobOutcome:
    """What a finished job found. `refreshed` is the VM read again, for the tree (None if not read)."""

    preview: ActionPreview | None = None
    result: ActionResult | None = None
    verification: Verification | None = None
    refreshed: VmResult | None = None
    # The user cancelled a job that has no sentence of its own for it (a verification).
    cancelled: bool = False


@dataclass(eq=False)
class Job:
    """One call for one step of one run. Read its fields on the GUI thread once `finished` says so."""

    run: WizardRun
    step_id: str
    kind: JobKind
    token: CancelToken = field(default_factory=CancelToken)
    number: int = 0
    # The latest progress report (GUI thread).
    progress: Progress | None = None
    outcome: JobOutcome | None = None
    # A one-line summary and the traceback, when the call raised something unexpected.
    error: tuple[str, str] | None = None

    @property
    def cancelling(self) -> bool:
        return self.token.cancelled


JobCall = Callable[[CancelToken, Callable[[Progress], None]], JobOutcome]


# --- the calls (worker thread) --------------------------------------------------------------------------


def preview_call(run: WizardRun, step_id: str, gateway: Gateway) -> JobCall:
    def call(token: CancelToken, report: Callable[[Progress], None]) -> JobOutcome:
        return JobOutcome(preview=run.preview(step_id, gateway))

    return call


def action_call(run: WizardRun, step_id: str, gateway: Gateway, preview: ActionPreview) -> JobCall:
    """Run a confirmed action with the preview the user saw (core's `WizardRun.apply`: a refusal when Azure
    changed since comes back with the fresh preview to confirm again, and the VM read again)."""

    def call(token: CancelToken, report: Callable[[Progress], None]) -> JobOutcome:
        applied = run.apply(step_id, gateway, preview, progress=report, cancel=token)
        fresh = applied.context
        refreshed = VmResult(fresh.vm, list(fresh.findings)) if fresh is not None else None
        return JobOutcome(preview=applied.preview, result=applied.result, refreshed=refreshed)

    return call


def verify_call(run: WizardRun, step_id: str, gateway: Gateway) -> JobCall:
    def call(token: CancelToken, report: Callable[[Progress], None]) -> JobOutcome:
        try:
            verification = run.verify(step_id, gateway, cancel=token)
        except Cancelled:
            return JobOutcome(cancelled=True)
        refreshed = None
        if verification.problem is None:
            context = run.context
            refreshed = VmResult(context.vm, list(context.findings))
        return JobOutcome(verification=verification, refreshed=refreshed)

    return call


# --- the thread ------------------------------------------------------------------------------------------


class WizardRunner(QObject):
    """Runs one wizard job at a time off the GUI thread; signals arrive on the GUI thread."""

    started = Signal(object)  # Job
    progressed = Signal(object)  # Job (its `progress` is set)
    finished = Signal(object)  # Job (its `outcome` or `error` is set)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._task: TaskHandle | None = None
        self._numbers = count(1)

    @property
    def job(self) -> Job | None:
        """The running job, if any."""
        return self._job

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, run: WizardRun, step_id: str, kind: JobKind, call: JobCall) -> Job | None:
        """Start `call` for a step; None (nothing started) while another job runs."""
        if self._job is not None:
            return None
        job = Job(run, step_id, kind, number=next(self._numbers))

        def work(report: Callable[[object], None]) -> JobOutcome:
            return call(job.token, report)

        self._job = job
        self._task = start_task(
            work,
            name=f"wizard-{kind.value}",
            on_progress=lambda progress: self._on_progress(job, progress),
            on_done=lambda outcome: self._on_done(job, outcome),
            on_error=lambda error, details: self._on_failed(job, error, details),
            cancel=job.token.cancel,
        )
        self.started.emit(job)
        return job

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def abandon(self, timeout_ms: int = ABANDON_WAIT_MS) -> None:
        """Cancel and wait for the running job; its late results are dropped (the tenant is going away).

        A job still running after `timeout_ms` is left to finish: gui/tasks.py keeps its thread until it ends.
        """
        task = self._task
        if self._job is None or task is None:
            return
        task.cancel()
        task.drop()
        self._job, self._task = None, None
        if not task.wait(timeout_ms):
            _log.warning("a wizard step did not stop within %d ms; it is left to finish", timeout_ms)

    # --- GUI thread ----------------------------------------------------------------------------------

    def _on_progress(self, job: Job, progress: Progress) -> None:
        if job is not self._job:
            return
        job.progress = progress
        self.progressed.emit(job)

    def _on_done(self, job: Job, outcome: JobOutcome) -> None:
        if job is not self._job:
            return
        job.outcome = outcome
        self._finish(job)

    def _on_failed(self, job: Job, error: Exception, details: str) -> None:
        if job is not self._job:
            return
        _log.error("wizard step %s failed:\n%s", job.step_id, details)
        job.error = (f"{type(error).__name__}: {error}", details)
        self._finish(job)

    def _finish(self, job: Job) -> None:
        # The task's thread is released by gui/tasks.py, on this thread, once it has ended.
        self._job, self._task = None, None
        self.finished.emit(job)


__all__ = ["Job", "JobKind", "JobOutcome", "WizardRunner", "action_call", "preview_call", "verify_call"]
