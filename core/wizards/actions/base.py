"""The contract of an automated fix action (`Action`) and of one confirmed run of it (`_Execution`).

Every action follows the same contract:

- `preview(gateway, context)` only reads. It answers the requests it would send (method, exact resource
  id, the Azure permission, before → after), or that there is nothing to do (the change is already made,
  so running an action twice is safe), or what blocks it.
- `run(gateway, context, confirm=True, preview=..., progress=..., cancel=...)` is a plain blocking call
  (a GUI runs it off the UI thread). Unless `confirm` is true it sends nothing. It reads the state again
  and does nothing when the change is already made; when `preview` is given and the fresh reading plans
  other requests, it refuses rather than change what the user did not see. Each request is appended to the
  audit log with its result. It answers in a sentence: a 403 names the missing permission and a role that
  grants it, a 409 ScopeLocked names the lock, a 404 on a delete means the resource is already gone.

A family of actions (one module of this package) subclasses `Action` with `_plan` (open it with a guard of
`guards.py`) and `_execute` (send with `_Execution.send` or `_Execution.each`, which audit every request
and stop at the first failure). Values from Azure travel as Msg arguments and JSON parameters, never as
format strings or code.
"""

from __future__ import annotations

import functools
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from core.audit import AuditEntry, AuditWriteError, accepted_result, error_result, ok_result
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, CancelSignal, WaitAbandoned
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.wizards.actions.guards import _Blocked, _locks_over_target
from core.wizards.context import WizardContext
from core.wizards.model import (
    ActionPreview,
    ActionResult,
    CancelToken,
    Outcome,
    PlannedOperation,
    PreviewState,
    Progress,
    ProgressCallback,
    msg,
)
from core.wizards.permissions import check_preview
from core.wizards.reconcile import reconcile

T = TypeVar("T")
_log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


def _age(moment: datetime | None) -> Msg | str:
    if moment is None:
        return "—"
    return duration(max(0, int((_now() - moment).total_seconds() // 60)))


def duration(minutes: int) -> Msg:
    """A duration as the checks show one: "7 h 5 min"."""
    return msg(QT_TRANSLATE_NOOP("Wizards", "{hours} h {minutes} min"), hours=minutes // 60, minutes=minutes % 60)


def _names(values: Sequence[str]) -> str:
    return ", ".join(values) if values else "—"


class _Stopped(Exception):
    """Raised while a run executes: it ends here with `result` (a failure, a cancellation, a request Azure
    accepted without Backup Doctor waiting, or nothing left to do); `Action.run` answers that result.
    `_Execution.send`, `send_all` and `stop_if_cancelled` raise it, and so may an action's `_execute`."""

    def __init__(self, result: ActionResult) -> None:
        super().__init__(result.outcome.value)
        self.result = result


class _Execution:
    """One confirmed run: reports progress, audits each request, turns failures into sentences."""

    def __init__(
        self,
        action: Action,
        gateway: AzureGateway,
        context: WizardContext,
        preview: ActionPreview,
        progress: ProgressCallback | None,
        cancel: CancelSignal | None,
    ) -> None:
        self.action = action
        self.gateway = gateway
        self.context = context
        self.preview = preview
        self._progress = progress
        self.cancel = cancel

    @property
    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def report(self, message: Msg, done: int | None = None, total: int | None = None) -> None:
        if self._progress is not None:
            self._progress(Progress(message, done, total))

    def _intent(self, op: PlannedOperation) -> AuditEntry | None:
        """Write-ahead: the change and the state before it, on disk before the request is sent.

        AuditWriteError (the log cannot be written) propagates: the request is not sent (see Action.run).
        """
        audit = self.context.audit
        if audit is None:
            return None
        before = op.before if op.before is not None or op.method != "DELETE" else dict(op.parameters)
        return audit.begin(
            who=self.context.actor,
            action=self.action.id,
            operation=op.operation,
            target=op.target,
            parameters=op.parameters,
            before=before,
            vm=self.context.vm.id,
            tenant=self.context.tenant or self.gateway.target.label,
        )

    def _outcome(self, intent: AuditEntry | None, result: Mapping[str, Any]) -> None:
        audit = self.context.audit
        if audit is None or intent is None:
            return
        try:
            audit.finish(intent, result)
        except AuditWriteError:
            # The change is made and its intent is on disk: the next run reads the target again and records
            # the outcome then (core/wizards/reconcile.py). The result sentence stands.
            _log.warning("could not write the outcome of %s to the audit log", intent.target, exc_info=True)

    def mutate(
        self,
        op: PlannedOperation,
        call: Callable[[], T],
        details: Callable[[T], Mapping[str, Any]] | None = None,
    ) -> T:
        """Send one change: its intent goes to the audit log first, then its outcome, whatever it is."""
        intent = self._intent(op)
        try:
            value = call()
        except AzureProblemError as error:
            problem = error.problem
            self._outcome(intent, error_result(problem.code, problem.message.render(), problem.status))
            raise
        except WaitAbandoned:
            self._outcome(intent, accepted_result("Azure accepted the request; Backup Doctor stopped waiting for it."))
            raise
        self._outcome(intent, ok_result(**(details(value) if details is not None else {})))
        return value

    # --- answers -----------------------------------------------------------------------------

    def result(self, outcome: Outcome, message: Msg, **details: Any) -> ActionResult:
        return ActionResult(self.action.id, outcome, message, None, details)

    def failure(self, op: PlannedOperation, problem: Problem, done: int = 0) -> ActionResult:
        reason = self.action.explain_refusal(self.gateway, self.context, op, problem)
        if done:
            message = msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "{operation}: failed. {reason} ({done} of {total} changes were made before.)"
                ),
                operation=op.description,
                reason=reason,
                done=done,
                total=len(self.preview.operations),
            )
        else:
            message = msg(
                QT_TRANSLATE_NOOP("Wizards", "{operation}: failed. {reason}"), operation=op.description, reason=reason
            )
        return ActionResult(self.action.id, Outcome.FAILED, message, problem, {"target": op.target})

    def abandoned(self, op: PlannedOperation) -> ActionResult:
        return ActionResult(
            self.action.id,
            Outcome.CANCELLED,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "{operation}: Azure accepted the request, and Backup Doctor stopped waiting for it as asked. "
                    "Azure finishes it on its own; scan again to see the result.",
                ),
                operation=op.description,
            ),
            None,
            {"target": op.target},
        )

    def stop_if_cancelled(self, done: int) -> None:
        """End the run (`_Stopped`) when the user cancelled, saying how many changes were made."""
        if self.cancelled:
            raise _Stopped(
                self.result(
                    Outcome.CANCELLED,
                    msg(
                        QT_TRANSLATE_NOOP("Wizards", "Cancelled: {done} of {total} changes were made."),
                        done=done,
                        total=len(self.preview.operations),
                    ),
                )
            )

    def send(
        self,
        op: PlannedOperation,
        call: Callable[[], T],
        details: Callable[[T], Mapping[str, Any]] | None = None,
        *,
        index: int = 0,
        total: int | None = None,
        done: int | None = None,
        passing: tuple[int, ...] = (),
    ) -> T:
        """Report progress (step `index` of `total`, the preview's operations by default), then send `op`
        through `mutate`. A refusal ends the run (`_Stopped`) with the sentence that explains it, `done`
        changes (default: `index`) made before; so does a request Azure accepted while Backup Doctor stopped
        waiting. An AzureProblemError with a status in `passing` reaches the caller instead (404: gone)."""
        self.report(op.description, index, len(self.preview.operations) if total is None else total)
        try:
            return self.mutate(op, call, details)
        except AzureProblemError as error:
            if error.status in passing:
                raise
            raise _Stopped(self.failure(op, error.problem, index if done is None else done)) from error
        except WaitAbandoned as error:
            raise _Stopped(self.abandoned(op)) from error

    def send_all(
        self, call: Callable[[PlannedOperation], object], *, gone_is_done: bool
    ) -> tuple[list[PlannedOperation], list[PlannedOperation]]:
        """Send every planned operation in order; the first failure or cancellation ends the run (`_Stopped`).

        Returns (done, already gone). With `gone_is_done` a 404 means the resource was deleted meanwhile:
        nothing more to do for it.
        """
        done: list[PlannedOperation] = []
        gone: list[PlannedOperation] = []
        self._sweep(call, gone_is_done, done, gone)
        return done, gone

    def each(
        self, call: Callable[[PlannedOperation], object], *, gone_is_done: bool
    ) -> tuple[list[PlannedOperation], list[PlannedOperation], ActionResult | None]:
        """`send_all`, answering the failure or cancellation as a third value (None when all went through)."""
        done: list[PlannedOperation] = []
        gone: list[PlannedOperation] = []
        try:
            self._sweep(call, gone_is_done, done, gone)
        except _Stopped as stopped:
            return done, gone, stopped.result
        return done, gone, None

    def _sweep(
        self,
        call: Callable[[PlannedOperation], object],
        gone_is_done: bool,
        done: list[PlannedOperation],
        gone: list[PlannedOperation],
    ) -> None:
        operations = self.preview.operations
        for index, op in enumerate(operations):
            self.stop_if_cancelled(len(done))
            try:
                self.send(
                    op, functools.partial(call, op), index=index, done=len(done), passing=(404,) if gone_is_done else ()
                )
            except AzureProblemError:
                gone.append(op)
                continue
            done.append(op)
        self.report(msg(QT_TRANSLATE_NOOP("Wizards", "Done.")), len(operations), len(operations))


class Action(ABC):
    id: ClassVar[str]
    # Source text (context "Wizards"): what the action does, as a button would say it.
    title: ClassVar[str]
    # Built-in Azure role(s) that grant the permissions it needs (Azure's names: not translated).
    role: ClassVar[str]

    @property
    def title_msg(self) -> Msg:
        return msg(self.title)

    # --- the contract -----------------------------------------------------------------------

    def preview(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        """Read the current state and say what `run` would do. Never changes anything."""
        try:
            return check_preview(gateway, self._plan(gateway, context))
        except _Blocked as blocked:
            return ActionPreview(self.id, context.vm.id, PreviewState.BLOCKED, blocked.summary, problem=blocked.problem)
        except AzureProblemError as error:
            return ActionPreview(
                self.id,
                context.vm.id,
                PreviewState.BLOCKED,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards", "The current state could not be read, so nothing can be changed: {reason}"
                    ),
                    reason=error.problem.message,
                ),
                problem=error.problem,
            )

    def run(
        self,
        gateway: AzureGateway,
        context: WizardContext,
        *,
        confirm: bool = False,
        preview: ActionPreview | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelSignal | CancelToken | None = None,
    ) -> ActionResult:
        """Make the change, if confirmed; a plain blocking call (see the module's docstring)."""
        if not confirm:
            return ActionResult(
                self.id,
                Outcome.REFUSED,
                msg(QT_TRANSLATE_NOOP("Wizards", "Not confirmed: nothing was changed.")),
            )
        if progress is not None:
            progress(Progress(msg(QT_TRANSLATE_NOOP("Wizards", "Reading the current state…"))))
        fresh = self.preview(gateway, context)
        if fresh.state is PreviewState.BLOCKED:
            return ActionResult(self.id, Outcome.FAILED, fresh.summary, fresh.problem)
        if fresh.state is PreviewState.NOTHING_TO_DO:
            return ActionResult(self.id, Outcome.NOTHING_TO_DO, fresh.summary)
        if preview is not None and preview.fingerprint != fresh.fingerprint:
            return ActionResult(
                self.id,
                Outcome.REFUSED,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "Things changed in Azure since the preview was shown, so nothing was changed. Look at the "
                        "new preview and confirm again.",
                    )
                ),
                details={"preview": fresh.to_json()},
            )
        if cancel is not None and cancel.is_set():
            return ActionResult(
                self.id, Outcome.CANCELLED, msg(QT_TRANSLATE_NOOP("Wizards", "Cancelled before any change."))
            )
        audit = context.audit
        try:
            if audit is not None:
                audit.check_writable()
                reconcile(gateway, audit, context.tenant or gateway.target.label)
            return self._execute(_Execution(self, gateway, context, fresh, progress, cancel))
        except _Stopped as stopped:
            return stopped.result
        except AuditWriteError as error:
            # Every change is recorded before it is sent; a log that cannot be written stops the next one.
            return ActionResult(
                self.id,
                Outcome.FAILED,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The audit log {path} cannot be written ({reason}), so no change was sent. Backup Doctor "
                        "records every change before making it: choose another audit log file, or free the disk.",
                    ),
                    path=str(error.path),
                    reason=error.reason,
                ),
            )

    @abstractmethod
    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview: ...

    @abstractmethod
    def _execute(self, run: _Execution) -> ActionResult: ...

    # --- helpers ------------------------------------------------------------------------------

    def _ready(
        self, context: WizardContext, summary: Msg, operations: Sequence[PlannedOperation], notes: Sequence[Msg] = ()
    ) -> ActionPreview:
        return ActionPreview(self.id, context.vm.id, PreviewState.READY, summary, tuple(operations), tuple(notes))

    def _nothing(self, context: WizardContext, summary: Msg, notes: Sequence[Msg] = ()) -> ActionPreview:
        return ActionPreview(self.id, context.vm.id, PreviewState.NOTHING_TO_DO, summary, (), tuple(notes))

    def explain_refusal(
        self, gateway: AzureGateway, context: WizardContext, op: PlannedOperation, problem: Problem
    ) -> Msg:
        """Why Azure refused `op`, in a sentence that says what to do about it."""
        if problem.status == 403 or problem.code == "AuthorizationFailed":
            permission = problem.message.args.get("action") or op.operation
            scope = problem.message.args.get("scope") or op.target
            return msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Azure refused: your account lacks the permission {permission} on {scope}. The role {role} "
                    "grants it: ask for it, or ask someone who has it to do this step.",
                ),
                permission=permission,
                scope=scope,
                role=self.role,
            )
        if problem.code == "ScopeLocked":
            locks = _locks_over_target(gateway, op.target)
            if locks:
                return msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "Azure refused because the lock {locks} applies to it. Remove the lock first (the restore "
                        "point wizard can do it and put it back afterwards), then try again.",
                    ),
                    locks=locks,
                )
            return msg(
                QT_TRANSLATE_NOOP("Wizards", "{reason} Remove the lock first, then try again."), reason=problem.message
            )
        if problem.status == 404:
            return msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "{target} no longer exists in Azure. Scan again to see the VM as it is now."
                ),
                target=op.target,
            )
        return msg(QT_TRANSLATE_NOOP("Wizards", "{reason}"), reason=problem.message)
