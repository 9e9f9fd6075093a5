"""The automated fix actions: each reads the current state, previews its changes, and makes them on
explicit confirmation, through the gateway.

Every action follows the same contract (`Action`):

- `preview(gateway, context)` only reads. It answers the requests it would send (method, exact resource
  id, the Azure permission, before → after), or that there is nothing to do (the change is already made,
  so running an action twice is safe), or what blocks it.
- `run(gateway, context, confirm=True, preview=..., progress=..., cancel=...)` is a plain blocking call
  (a GUI runs it off the UI thread). Unless `confirm` is true it sends nothing. It reads the state again
  and does nothing when the change is already made; when `preview` is given and the fresh reading plans
  other requests, it refuses rather than change what the user did not see. Each request is appended to the
  audit log with its result. It answers in a sentence: a 403 names the missing permission and a role that
  grants it, a 409 ScopeLocked names the lock, a 404 on a delete means the resource is already gone.

Values from Azure travel as Msg arguments and JSON parameters, never as format strings or code.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from core import ids
from core.audit import AuditEntry, AuditWriteError, accepted_result, error_result, ok_result
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, CancelSignal, Json, WaitAbandoned
from core.azure.parse import parse_lock, parse_vm
from core.azure.payload import PayloadError
from core.azure_status import azure_status
from core.collect import collect_vm
from core.facts import (
    FACT_JOBS,
    FACT_KEY_VAULTS,
    FACT_LOCKS,
    FACT_PROTECTION,
    FACT_RESTORE_POINTS,
    ExtensionFacts,
    VmFacts,
)
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import RUNNING, backup_jobs, job_status
from core.times import shown_time
from core.wizards import selectors as sel
from core.wizards.context import WizardContext
from core.wizards.lock_scope import wide_lock_notes
from core.wizards.model import (
    ActionPreview,
    ActionResult,
    CancelToken,
    Change,
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

REMOVE_BACKUP_EXTENSION = "remove-backup-extension"
TRIGGER_BACKUP = "trigger-backup"
REMOVE_RP_LOCK = "remove-rp-lock"
DELETE_RESTORE_POINT_COLLECTION = "delete-restore-point-collection"
RESTORE_RP_LOCK = "restore-rp-lock"
GRANT_KEYVAULT_ACCESS = "grant-keyvault-access"
CANCEL_BACKUP_JOB = "cancel-backup-job"
RESUME_PROTECTION = "resume-protection"

# Azure permissions, as ARM names them in AuthorizationFailed (also the audit log's "operation").
PERMISSION_EXTENSION_DELETE = "Microsoft.Compute/virtualMachines/extensions/delete"
PERMISSION_BACKUP = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/backup/action"
PERMISSION_LOCK_DELETE = "Microsoft.Authorization/locks/delete"
PERMISSION_LOCK_WRITE = "Microsoft.Authorization/locks/write"
PERMISSION_RPC_DELETE = "Microsoft.Compute/restorePointCollections/delete"
PERMISSION_ACCESS_POLICY_WRITE = "Microsoft.KeyVault/vaults/accessPolicies/write"
PERMISSION_JOB_CANCEL = "Microsoft.RecoveryServices/vaults/backupJobs/cancel/action"
PERMISSION_ITEM_WRITE = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/write"

VM_PROTECTED_ITEM_TYPE = "Microsoft.Compute/virtualMachines"


class _Blocked(Exception):
    """Raised while planning: the action cannot run for this VM as things are."""

    def __init__(self, summary: Msg, problem: Problem | None = None) -> None:
        super().__init__(summary.render())
        self.summary = summary
        self.problem = problem


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


def extension_removal(vm: VmFacts, ext: ExtensionFacts, description: Msg, assumed_state: str) -> PlannedOperation:
    """The DELETE of one VM extension, as a preview shows it (`assumed_state` when Azure gave none)."""
    return PlannedOperation(
        "DELETE",
        PERMISSION_EXTENSION_DELETE,
        sel.extension_id(vm, ext),
        description,
        (
            Change(
                msg(QT_TRANSLATE_NOOP("Wizards", "Extension {extension}"), extension=ext.name),
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "installed, provisioning state {state}"),
                    state=azure_status(ext.provisioning_state or assumed_state),
                ),
                msg(QT_TRANSLATE_NOOP("Wizards", "removed")),
            ),
        ),
        {
            "name": ext.name,
            "publisher": ext.publisher,
            "type": ext.type,
            "typeHandlerVersion": ext.type_handler_version,
            "provisioningState": ext.provisioning_state,
        },
    )


def _group_name(scope: str) -> str:
    parsed = ids.parse_id(scope)
    return parsed.resource_group or scope


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

    def each(
        self, call: Callable[[PlannedOperation], object], *, gone_is_done: bool
    ) -> tuple[list[PlannedOperation], list[PlannedOperation], ActionResult | None]:
        """Send every planned operation in order; stop at the first failure or cancellation.

        Returns (done, already gone, the failure or cancellation if any). With `gone_is_done` a 404 means
        the resource was deleted meanwhile: nothing more to do for it.
        """
        done: list[PlannedOperation] = []
        gone: list[PlannedOperation] = []
        operations = self.preview.operations
        for index, op in enumerate(operations):
            if self.cancelled:
                return (
                    done,
                    gone,
                    self.result(
                        Outcome.CANCELLED,
                        msg(
                            QT_TRANSLATE_NOOP("Wizards", "Cancelled: {done} of {total} changes were made."),
                            done=len(done),
                            total=len(operations),
                        ),
                    ),
                )
            self.report(op.description, index, len(operations))
            try:
                self.mutate(op, functools.partial(call, op))
            except AzureProblemError as error:
                if gone_is_done and error.status == 404:
                    gone.append(op)
                    continue
                return done, gone, self.failure(op, error.problem, len(done))
            except WaitAbandoned:
                return done, gone, self.abandoned(op)
            done.append(op)
        self.report(msg(QT_TRANSLATE_NOOP("Wizards", "Done.")), len(operations), len(operations))
        return done, gone, None


class Action(ABC):
    id: ClassVar[str]
    #: Source text (context "Wizards"): what the action does, as a button would say it.
    title: ClassVar[str]
    #: Built-in Azure role(s) that grant the permissions it needs (Azure's names: not translated).
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


def _locks_over_target(gateway: AzureGateway, target: str) -> str:
    """`name (Level, on group)` of every lock over `target`, read afresh; "" when they cannot be read."""
    subscription = ids.parse_id(target).subscription_id
    if not subscription:
        return ""
    try:
        locks = [parse_lock(item) for item in gateway.list_locks(subscription)]
    except (AzureProblemError, PayloadError):
        return ""
    return ", ".join(f"{lock.name} ({lock.level}, {_group_name(lock.scope)})" for lock in sel.locks_over(locks, target))


def _read_vm(gateway: AzureGateway, context: WizardContext) -> VmFacts:
    """The VM alone (one GET with its instance view and extensions)."""
    try:
        return parse_vm(gateway.get_virtual_machine(context.vm.id), context.vm.id)
    except PayloadError as error:
        raise _Blocked(
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Azure's answer about the VM could not be read: {detail}"),
                detail=str(error),
            )
        ) from error
    except AzureProblemError as error:
        if error.status == 404:
            raise _Blocked(_vm_gone(context), error.problem) from error
        raise


def _collect(gateway: AzureGateway, context: WizardContext) -> VmFacts:
    """The VM read as a scan reads it: protection, jobs, locks, restore points, key vaults."""
    try:
        return collect_vm(gateway, context.vm.id)
    except AzureProblemError as error:
        if error.status == 404:
            raise _Blocked(_vm_gone(context), error.problem) from error
        raise


def _vm_gone(context: WizardContext) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Wizards", "The VM {vm} no longer exists in Azure: there is nothing to fix."),
        vm=context.vm.name,
    )


def _require_protection_read(vm: VmFacts) -> None:
    """Refuse when the vaults could not be read: "not protected" must never be a guess."""
    if vm.protection is None:
        raise _unreadable(
            vm, FACT_PROTECTION, msg(QT_TRANSLATE_NOOP("Wizards", "Which vault protects {vm}"), vm=vm.name)
        )


def _unreadable(vm: VmFacts, fact: str, what: Msg) -> _Blocked:
    problem = vm.why_unavailable(fact)
    reason: Msg | str = problem.message if problem is not None else "—"
    return _Blocked(
        msg(QT_TRANSLATE_NOOP("Wizards", "{what} could not be read: {reason}"), what=what, reason=reason), problem
    )


# --- the backup extension ------------------------------------------------------------------------------


class RemoveBackupExtension(Action):
    id = REMOVE_BACKUP_EXTENSION
    title = QT_TRANSLATE_NOOP("Wizards", "Remove the failed backup extension")
    role = "Virtual Machine Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _read_vm(gateway, context)
        installed = sel.backup_extensions(vm)
        failed = sel.failed_backup_extensions(vm)
        if not failed:
            if installed:
                return self._nothing(
                    context,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards",
                            "The backup extension {extension} on {vm} is not in a failed state ({state}): there is "
                            "nothing to remove.",
                        ),
                        extension=installed[0].name,
                        vm=vm.name,
                        state=azure_status(installed[0].provisioning_state),
                    ),
                )
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} has no backup extension: it is already gone. The next backup installs {extension} again.",
                    ),
                    vm=vm.name,
                    extension=sel.expected_backup_extension(vm),
                ),
            )
        operations = [
            extension_removal(
                vm,
                ext,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "Remove the extension {extension} from {vm}"),
                    extension=ext.name,
                    vm=vm.name,
                ),
                "Failed",
            )
            for ext in failed
        ]
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Remove the failed backup extension {extensions} from {vm}. Azure Backup installs it again at "
                    "the next backup.",
                ),
                extensions=_names([e.name for e in failed]),
                vm=vm.name,
            ),
            operations,
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The VM's provisioning state returns to Succeeded once no extension is failed. Then back up "
                        "now: that installs the extension again.",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, _gone, stopped = run.each(
            lambda op: run.gateway.delete_vm_extension(op.target, run.cancel), gone_is_done=True
        )
        if stopped is not None:
            return stopped
        state = "—"
        with contextlib.suppress(_Blocked, AzureProblemError):
            state = _read_vm(run.gateway, run.context).provisioning_state or "—"
        if not done:
            return run.result(
                Outcome.NOTHING_TO_DO,
                msg(QT_TRANSLATE_NOOP("Wizards", "The extension was already gone from {vm}."), vm=run.context.vm.name),
            )
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Removed {extensions} from {vm}. The VM's provisioning state is now {state}."
                ),
                extensions=_names([str(op.parameters.get("name")) for op in done]),
                vm=run.context.vm.name,
                state=azure_status(state),
            ),
            removed=[op.target for op in done],
            provisioningState=state,
        )


# --- on-demand backup ----------------------------------------------------------------------------------


class TriggerBackup(Action):
    id = TRIGGER_BACKUP
    title = QT_TRANSLATE_NOOP("Wizards", "Back up now")
    role = "Backup Operator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        _require_protection_read(vm)
        if not vm.protection:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} is not backed up by any Recovery Services vault: configure backup for it first.",
                    ),
                    vm=vm.name,
                )
            )
        active = sel.active_items(vm)
        if not active:
            item = vm.protection[0]
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards", "The protection of {vm} is {state} in {vault}: resume it before backing up."
                    ),
                    vm=vm.name,
                    state=azure_status(item.protection_state),
                    vault=ids.parse_id(item.vault_id).name,
                )
            )
        item = active[0]
        vault = ids.parse_id(item.vault_id).name
        notes: list[Msg] = []
        if vm.jobs is None:
            notes.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The VM's backup jobs could not be read, so a running backup cannot be ruled out; Azure "
                        "refuses a second one.",
                    )
                )
            )
        running = sel.running_backup_jobs(vm)
        if running:
            # Azure refuses a second backup (UserErrorBackupOperationInProgress): this step cannot run yet.
            job = running[0]
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "A backup of {vm} is already running, since {time} (job {job}), and Azure starts no other "
                        "until it ends. Wait for it to end, or cancel it if it is stuck, then preview this step "
                        "again.",
                    ),
                    vm=vm.name,
                    time=shown_time(job.start_time),
                    job=job.name,
                )
            )
        latest = sel.latest_backup_operation(vm)
        extension_ok = bool(sel.backup_extensions(vm)) and not sel.failed_backup_extensions(vm)
        if latest is not None and job_status(latest) != "failed" and extension_ok:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The latest backup of {vm}, started {time}, succeeded: there is no need for another one now.",
                    ),
                    vm=vm.name,
                    time=shown_time(latest.start_time),
                ),
            )
        changes = [
            Change(
                msg(QT_TRANSLATE_NOOP("Wizards", "Backup of {vm}"), vm=vm.name),
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "latest: {status}, {time}"),
                    status=azure_status(latest.status),
                    time=shown_time(latest.start_time),
                )
                if latest is not None
                else msg(QT_TRANSLATE_NOOP("Wizards", "none in the jobs read")),
                msg(QT_TRANSLATE_NOOP("Wizards", "a new on-demand backup job")),
            )
        ]
        if not extension_ok:
            changes.append(
                Change(
                    msg(
                        QT_TRANSLATE_NOOP("Wizards", "Extension {extension}"),
                        extension=sel.expected_backup_extension(vm),
                    ),
                    msg(QT_TRANSLATE_NOOP("Wizards", "not installed, or failed")),
                    msg(QT_TRANSLATE_NOOP("Wizards", "installed by the backup")),
                )
            )
        operation = PlannedOperation(
            "POST",
            PERMISSION_BACKUP,
            item.item_id,
            msg(QT_TRANSLATE_NOOP("Wizards", "Start an on-demand backup of {vm} in {vault}"), vm=vm.name, vault=vault),
            tuple(changes),
            {"objectType": "IaasVMBackupRequest"},
        )
        notes.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "A backup can take from minutes to hours. Backup Doctor follows the job for up to {minutes} "
                    "minutes, then reports it as still running; the next scan shows how it ended.",
                ),
                minutes=int(context.job_wait_seconds // 60),
            )
        )
        return self._ready(
            context,
            msg(QT_TRANSLATE_NOOP("Wizards", "Start a backup of {vm} now, in {vault}."), vm=vm.name, vault=vault),
            [operation],
            notes,
        )

    def _execute(self, run: _Execution) -> ActionResult:
        op = run.preview.operations[0]
        vm = run.context.vm.name
        run.report(op.description, 0, 2)
        try:
            job_id = run.mutate(
                op,
                lambda: run.gateway.trigger_backup(op.target, run.cancel),
                lambda job: {"jobId": job} if job else {},
            )
        except AzureProblemError as error:
            return run.failure(op, error.problem)
        except WaitAbandoned:
            return run.abandoned(op)
        if job_id is None:
            return run.result(
                Outcome.DONE,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards", "Azure Backup accepted the backup of {vm}; scan again to see how it ends."
                    ),
                    vm=vm,
                ),
            )
        job_name = ids.parse_id(job_id).name
        run.report(msg(QT_TRANSLATE_NOOP("Wizards", "Waiting for the backup job {job}…"), job=job_name), 1, 2)
        return _follow_job(run, job_id, job_name, backup=True)


def _job_state(job: Json) -> str:
    props = job.get("properties")
    return str(props.get("status", "")) if isinstance(props, dict) else ""


def _job_error(job: Json) -> str:
    props = job.get("properties")
    details = props.get("errorDetails") if isinstance(props, dict) else None
    if isinstance(details, list):
        for detail in details:
            if isinstance(detail, dict) and detail.get("errorString"):
                return str(detail["errorString"])
    return "—"


def _follow_job(run: _Execution, job_id: str, job_name: str, *, backup: bool) -> ActionResult:
    """Wait for a job the action started (a backup) or cancelled, and say how it ended."""
    vm = run.context.vm.name
    try:
        job = run.gateway.wait_for_job(
            job_id,
            finished=lambda j: _job_state(j).lower() not in RUNNING,
            timeout=run.context.job_wait_seconds,
            cancel=run.cancel,
        )
    except WaitAbandoned:
        return run.result(
            Outcome.CANCELLED,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "The job {job} of {vm} goes on in Azure; Backup Doctor stopped waiting for it as asked. Scan "
                    "again later to see how it ended.",
                ),
                job=job_name,
                vm=vm,
            ),
            jobId=job_id,
        )
    except AzureProblemError as error:
        return ActionResult(
            run.action.id,
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "The job {job} of {vm} was started, but it could not be followed: {reason}"
                ),
                job=job_name,
                vm=vm,
                reason=error.problem.message,
            ),
            error.problem,
            {"jobId": job_id},
        )
    status = _job_state(job)
    lowered = status.lower()
    if lowered in RUNNING:
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "The job {job} of {vm} is still {status}; the next scan shows how it ends."
                ),
                job=job_name,
                vm=vm,
                status=azure_status(status),
            ),
            jobId=job_id,
            status=status,
        )
    if backup and lowered == "failed":
        return run.result(
            Outcome.FAILED,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "The backup of {vm} failed (job {job}): {error}"),
                vm=vm,
                job=job_name,
                error=_job_error(job),
            ),
            jobId=job_id,
            status=status,
        )
    if backup:
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "The backup of {vm} ended with the status {status} (job {job})."),
                vm=vm,
                status=azure_status(status),
                job=job_name,
            ),
            jobId=job_id,
            status=status,
        )
    return run.result(
        Outcome.DONE,
        msg(
            QT_TRANSLATE_NOOP("Wizards", "The backup job {job} of {vm} is now {status}."),
            job=job_name,
            vm=vm,
            status=azure_status(status),
        ),
        jobId=job_id,
        status=status,
    )


# --- restore point locks and collections ------------------------------------------------------------------


def _lock_state(level: object, notes: object) -> Msg:
    if isinstance(notes, str) and notes.strip():
        return msg(QT_TRANSLATE_NOOP("Wizards", "{level}, notes: “{notes}”"), level=str(level), notes=notes)
    return msg(QT_TRANSLATE_NOOP("Wizards", "{level}, no notes"), level=str(level))


def _lock_properties(lock: Json) -> Json:
    props = lock.get("properties")
    return props if isinstance(props, dict) else {}


class RemoveRestorePointLock(Action):
    id = REMOVE_RP_LOCK
    title = QT_TRANSLATE_NOOP("Wizards", "Remove the lock on the restore point resource group")
    role = "Owner or User Access Administrator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        if vm.locks is None:
            raise _unreadable(
                vm, FACT_LOCKS, msg(QT_TRANSLATE_NOOP("Wizards", "The locks that apply to {vm}"), vm=vm.name)
            )
        blocking = sel.blocking_locks(vm)
        if not blocking:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "No lock stops Azure Backup from cleaning up the restore points of {vm}: there is nothing to "
                        "remove.",
                    ),
                    vm=vm.name,
                ),
            )
        operations: list[PlannedOperation] = []
        for lock in blocking:
            try:
                body = gateway.get_lock(lock.id)
            except AzureProblemError as error:
                if error.status == 404:
                    continue  # removed meanwhile
                raise
            props = _lock_properties(body)
            operations.append(
                PlannedOperation(
                    "DELETE",
                    PERMISSION_LOCK_DELETE,
                    lock.id,
                    msg(
                        QT_TRANSLATE_NOOP("Wizards", "Remove the lock {lock} from {scope}"),
                        lock=lock.name,
                        scope=_group_name(lock.scope),
                    ),
                    (
                        Change(
                            msg(
                                QT_TRANSLATE_NOOP("Wizards", "Lock {lock} on {scope}"),
                                lock=lock.name,
                                scope=_group_name(lock.scope),
                            ),
                            _lock_state(props.get("level"), props.get("notes")),
                            msg(QT_TRANSLATE_NOOP("Wizards", "removed")),
                        ),
                    ),
                    {"lock": body},
                )
            )
        if not operations:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "The lock was already removed from {vm}'s restore points."), vm=vm.name
                ),
            )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Remove {locks} so that Azure Backup can delete the expired restore points of {vm}.",
                ),
                locks=_names([f"{lock.name} ({_group_name(lock.scope)})" for lock in blocking]),
                vm=vm.name,
            ),
            operations,
            (
                *wide_lock_notes(gateway, vm, blocking),  # what else a wider lock protects comes first
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The audit log keeps each lock's name, level, notes and owners, so the wizard can put it back "
                        "exactly as it was once the restore points are cleaned up.",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, gone, stopped = run.each(lambda op: run.gateway.delete_lock(op.target), gone_is_done=True)
        if stopped is not None:
            return stopped
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Removed the lock {locks}. Azure Backup can now delete expired restore points; the audit log "
                    "records the lock so that it can be put back.",
                ),
                locks=_names([ids.parse_id(op.target).name for op in done + gone]),
            ),
            removed=[op.target for op in done],
        )


class DeleteRestorePointCollections(Action):
    id = DELETE_RESTORE_POINT_COLLECTION
    title = QT_TRANSLATE_NOOP("Wizards", "Delete the restore point collections")
    role = "Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        if vm.restore_point_collections is None:
            raise _unreadable(
                vm,
                FACT_RESTORE_POINTS,
                msg(QT_TRANSLATE_NOOP("Wizards", "The restore point collections of {vm}"), vm=vm.name),
            )
        collections = sel.restore_point_collections(vm)
        if not collections:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "{vm} has no restore point collection left: they are already gone."),
                    vm=vm.name,
                ),
            )
        total = sel.restore_point_total(vm)
        if total is not None and total < sel.RESTORE_POINT_LIMIT:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} has {count} of at most {limit} instant restore points: no clean-up is needed.",
                    ),
                    vm=vm.name,
                    count=total,
                    limit=sel.RESTORE_POINT_LIMIT,
                ),
            )
        operations = [
            PlannedOperation(
                "DELETE",
                PERMISSION_RPC_DELETE,
                c.id,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "Delete the restore point collection {collection} in {group}"),
                    collection=c.name,
                    group=c.resource_group,
                ),
                (
                    Change(
                        msg(QT_TRANSLATE_NOOP("Wizards", "Restore point collection {collection}"), collection=c.name),
                        msg(
                            QT_TRANSLATE_NOOP("Wizards", "{count} restore points"),
                            count=c.restore_point_count if c.restore_point_count is not None else "?",
                        ),
                        msg(QT_TRANSLATE_NOOP("Wizards", "deleted")),
                    ),
                ),
                {"restorePoints": c.restore_point_count, "source": c.source_id},
            )
            for c in collections
        ]
        notes = [
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Only the instant restore points (disk snapshots) in these collections are deleted; the recovery "
                    "points in the Recovery Services vault are kept. Azure Backup makes a new collection at the next "
                    "backup.",
                )
            ),
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "A collection with many restore points can take long to delete and time out; trying again "
                    "usually succeeds.",
                )
            ),
        ]
        locked = {lock.id: lock for c in collections for lock in sel.locks_over(list(vm.locks or ()), c.id)}
        if locked:
            notes.insert(
                0,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The lock {locks} still applies: Azure will refuse to delete until it is removed.",
                    ),
                    locks=_names(
                        [f"{lock.name} ({lock.level}, {_group_name(lock.scope)})" for lock in locked.values()]
                    ),
                ),
            )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Delete {collections} ({count} instant restore points) so that {vm} can be backed up."
                ),
                collections=_names([c.name for c in collections]),
                count=total if total is not None else "?",
                vm=vm.name,
            ),
            operations,
            notes,
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, gone, stopped = run.each(
            lambda op: run.gateway.delete_restore_point_collection(op.target, run.cancel), gone_is_done=True
        )
        if stopped is not None:
            return stopped
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Deleted {collections}. {vm} has room for new restore points again."),
                collections=_names([ids.parse_id(op.target).name for op in done + gone]),
                vm=run.context.vm.name,
            ),
            deleted=[op.target for op in done],
        )


class RestoreRestorePointLock(Action):
    id = RESTORE_RP_LOCK
    title = QT_TRANSLATE_NOOP("Wizards", "Put the lock back as it was")
    role = "Owner or User Access Administrator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        removed: dict[str, Json] = {}
        if context.audit is not None:
            for entry in context.audit.entries(vm=context.vm.id, action=REMOVE_RP_LOCK):
                lock = entry.parameters.get("lock")
                if entry.ok and entry.operation == PERMISSION_LOCK_DELETE and isinstance(lock, dict):
                    removed[ids.key(entry.target)] = {"id": entry.target, **lock}
        if not removed:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The audit log has no lock that Backup Doctor removed for {vm}: there is nothing to put back.",
                    ),
                    vm=context.vm.name,
                ),
            )
        operations: list[PlannedOperation] = []
        already: list[str] = []
        for recorded in removed.values():
            lock_id = str(recorded["id"])
            name = ids.parse_id(lock_id).name
            scope = _group_name(ids.lock_scope(lock_id))
            wanted = _lock_properties(recorded)
            body = {
                "properties": {
                    key: wanted[key] for key in ("level", "notes", "owners") if wanted.get(key) not in (None, [])
                }
            }
            try:
                current: Json | None = gateway.get_lock(lock_id)
            except AzureProblemError as error:
                if error.status != 404:
                    raise
                current = None
            if current is not None and _same_lock(_lock_properties(current), body["properties"]):
                already.append(name)
                continue
            before: Msg | str = (
                _lock_state(_lock_properties(current).get("level"), _lock_properties(current).get("notes"))
                if current is not None
                else msg(QT_TRANSLATE_NOOP("Wizards", "no lock"))
            )
            operations.append(
                PlannedOperation(
                    "PUT",
                    PERMISSION_LOCK_WRITE,
                    lock_id,
                    msg(QT_TRANSLATE_NOOP("Wizards", "Put the lock {lock} back on {scope}"), lock=name, scope=scope),
                    (
                        Change(
                            msg(QT_TRANSLATE_NOOP("Wizards", "Lock {lock} on {scope}"), lock=name, scope=scope),
                            before,
                            _lock_state(wanted.get("level"), wanted.get("notes")),
                        ),
                    ),
                    {"lock": body},
                    before=current,  # the lock there now (None: no lock)
                )
            )
        if not operations:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards", "The lock {locks} is already back, as it was: there is nothing to do."
                    ),
                    locks=_names(already),
                ),
            )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Put back {locks} exactly as it was: same name, level, notes and owners."),
                locks=_names([str(op.parameters.get("lock") and ids.parse_id(op.target).name) for op in operations]),
            ),
            operations,
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "While the lock is there, Azure Backup cannot delete expired restore points, and the limit of "
                        "{limit} will be reached again. Microsoft advises against locking the resource groups Azure "
                        "Backup uses (AzureBackupRG_<region>_<number>); agree on it with whoever set the lock.",
                    ),
                    limit=sel.RESTORE_POINT_LIMIT,
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, _gone, stopped = run.each(
            lambda op: run.gateway.create_or_update_lock(op.target, dict(op.parameters["lock"])), gone_is_done=False
        )
        if stopped is not None:
            return stopped
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "The lock {locks} is back, as it was."),
                locks=_names([ids.parse_id(op.target).name for op in done]),
            ),
            restored=[op.target for op in done],
        )


def _same_lock(current: Json, wanted: Json) -> bool:
    def owners(value: object) -> list[str]:
        items = value if isinstance(value, list) else []
        return sorted(str(o.get("applicationId", "")).lower() for o in items if isinstance(o, dict))

    return (
        str(current.get("level", "")).lower() == str(wanted.get("level", "")).lower()
        and (current.get("notes") or None) == (wanted.get("notes") or None)
        and owners(current.get("owners")) == owners(wanted.get("owners"))
    )


# --- key vault access --------------------------------------------------------------------------------------


def _permissions_text(keys: Sequence[str], secrets: Sequence[str]) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Wizards", "keys: {keys}; secrets: {secrets}"),
        keys=_names(list(keys)),
        secrets=_names(list(secrets)),
    )


def _missing(granted: Sequence[str], required: Sequence[str]) -> list[str]:
    have = {g.lower() for g in granted}
    return [] if "all" in have else [p for p in required if p not in have]


class GrantKeyVaultAccess(Action):
    id = GRANT_KEYVAULT_ACCESS
    title = QT_TRANSLATE_NOOP("Wizards", "Give Azure Backup access to the key vault")
    role = "Key Vault Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        encrypted = sel.is_encrypted(vm)
        if encrypted is False:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} is not encrypted with Azure Disk Encryption: Azure Backup needs no key vault access for "
                        "it.",
                    ),
                    vm=vm.name,
                ),
            )
        vault_ids = sel.key_vault_ids(vm)
        if not vault_ids:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards", "No disk of {vm} names the key vault that holds its keys, so none can be changed."
                    ),
                    vm=vm.name,
                ),
                vm.why_unavailable(FACT_KEY_VAULTS),
            )
        evidence = context.evidence("backupManagementService", "objectId")
        object_id = vm.backup_service_object_id or (evidence if isinstance(evidence, str) else None)
        if not object_id:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The Backup Management Service could not be found in Microsoft Entra ID (its object id is "
                        "needed for the access policy): grant the access by hand, as the next step shows.",
                    )
                )
            )
        operations: list[PlannedOperation] = []
        rbac: list[str] = []
        granted: list[str] = []
        for vault_id in vault_ids:
            vault = gateway.get_key_vault(vault_id)
            name = str(vault.get("name") or ids.parse_id(vault_id).name)
            raw_props = vault.get("properties")
            props: Json = raw_props if isinstance(raw_props, dict) else {}
            if props.get("enableRbacAuthorization") is True:
                rbac.append(name)
                continue
            policy = next(
                (
                    p
                    for p in props.get("accessPolicies") or []
                    if isinstance(p, dict) and str(p.get("objectId", "")).lower() == object_id.lower()
                ),
                None,
            )
            permissions = policy.get("permissions") if isinstance(policy, dict) else None
            have_keys = [str(k) for k in (permissions or {}).get("keys") or []]
            have_secrets = [str(s) for s in (permissions or {}).get("secrets") or []]
            add_keys = _missing(have_keys, sel.REQUIRED_KEYS)
            add_secrets = _missing(have_secrets, sel.REQUIRED_SECRETS)
            if not add_keys and not add_secrets:
                granted.append(name)
                continue
            tenant_id = str(props.get("tenantId") or "")
            operations.append(
                PlannedOperation(
                    "PUT",
                    PERMISSION_ACCESS_POLICY_WRITE,
                    vault_id,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards",
                            "Let the Backup Management Service read and back up the keys and secrets in {vault}",
                        ),
                        vault=name,
                    ),
                    (
                        Change(
                            msg(
                                QT_TRANSLATE_NOOP(
                                    "Wizards", "Access policy of the Backup Management Service ({objectId}) in {vault}"
                                ),
                                objectId=object_id,
                                vault=name,
                            ),
                            _permissions_text(have_keys, have_secrets)
                            if policy is not None
                            else msg(QT_TRANSLATE_NOOP("Wizards", "no access policy")),
                            _permissions_text(have_keys + add_keys, have_secrets + add_secrets),
                        ),
                    ),
                    {
                        "operationKind": "add",
                        "accessPolicies": [
                            {
                                "tenantId": tenant_id,
                                "objectId": object_id,
                                "permissions": {"keys": list(sel.REQUIRED_KEYS), "secrets": list(sel.REQUIRED_SECRETS)},
                            }
                        ],
                    },
                    before={"accessPolicies": props.get("accessPolicies")},  # as read for the preview
                )
            )
        notes: list[Msg] = []
        if rbac:
            notes.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "Key vault {vaults} uses Azure RBAC, where access policies do not apply: assign the role by "
                        "hand, as the next step shows.",
                    ),
                    vaults=_names(rbac),
                )
            )
        if not operations:
            if rbac:
                raise _Blocked(notes[0])
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The Backup Management Service already has keys: {keys} and secrets: {secrets} in {vaults}: "
                        "there is nothing to grant.",
                    ),
                    keys=", ".join(sel.REQUIRED_KEYS),
                    secrets=", ".join(sel.REQUIRED_SECRETS),
                    vaults=_names(granted),
                ),
            )
        notes.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Permissions are only added (the access policy operation 'add'); nothing the service or anyone "
                    "else already has is taken away.",
                )
            )
        )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Give the Backup Management Service keys: {keys} and secrets: {secrets} in {vaults}.",
                ),
                keys=", ".join(sel.REQUIRED_KEYS),
                secrets=", ".join(sel.REQUIRED_SECRETS),
                vaults=_names([ids.parse_id(op.target).name for op in operations]),
            ),
            operations,
            notes,
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, _gone, stopped = run.each(
            lambda op: run.gateway.add_key_vault_access_policies(
                op.target, [dict(p) for p in op.parameters["accessPolicies"]]
            ),
            gone_is_done=False,
        )
        if stopped is not None:
            return stopped
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Azure Backup may now read and back up the keys and secrets of {vm} in {vaults}.",
                ),
                vm=run.context.vm.name,
                vaults=_names([ids.parse_id(op.target).name for op in done]),
            ),
            changed=[op.target for op in done],
        )


# --- running backup jobs ---------------------------------------------------------------------------------


class CancelBackupJob(Action):
    id = CANCEL_BACKUP_JOB
    title = QT_TRANSLATE_NOOP("Wizards", "Cancel the running backup")
    role = "Backup Operator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        if vm.jobs is None:
            raise _unreadable(vm, FACT_JOBS, msg(QT_TRANSLATE_NOOP("Wizards", "The backup jobs of {vm}"), vm=vm.name))
        running = sel.running_backup_jobs(vm)
        in_progress = [j for j in running if job_status(j) == "inprogress"]
        if not in_progress:
            if running:
                return self._nothing(
                    context,
                    msg(
                        QT_TRANSLATE_NOOP("Wizards", "The backup job {job} of {vm} is already being cancelled."),
                        job=running[0].name,
                        vm=vm.name,
                    ),
                )
            latest = next(iter(backup_jobs(vm)), None)
            if latest is not None:
                return self._nothing(
                    context,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards",
                            "No backup of {vm} is running: the latest job, {job}, already ended ({status}). There is "
                            "nothing to cancel.",
                        ),
                        vm=vm.name,
                        job=latest.name,
                        status=azure_status(latest.status),
                    ),
                )
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "No backup of {vm} is running: there is nothing to cancel."),
                    vm=vm.name,
                ),
            )
        operations = [
            PlannedOperation(
                "POST",
                PERMISSION_JOB_CANCEL,
                job.id,
                msg(
                    QT_TRANSLATE_NOOP("Wizards", "Cancel the backup job {job} in {vault}"),
                    job=job.name,
                    vault=ids.parse_id(job.vault_id).name,
                ),
                (
                    Change(
                        msg(
                            QT_TRANSLATE_NOOP("Wizards", "Backup job {job}, started {time} ({age} ago)"),
                            job=job.name,
                            time=shown_time(job.start_time),
                            age=_age(job.start_time),
                        ),
                        azure_status(job.status or "InProgress"),
                        azure_status("Cancelled"),
                    ),
                ),
                {"operation": job.operation, "startTime": job.start_time.isoformat() if job.start_time else None},
            )
            for job in in_progress
        ]
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Cancel the backup of {vm} that has been running for {age}."),
                vm=vm.name,
                age=_age(in_progress[0].start_time),
            ),
            operations,
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "A cancelled backup makes no recovery point. Cancel only a backup that is stuck: a first "
                        "backup of large disks can take many hours.",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        results: list[ActionResult] = []
        total = len(run.preview.operations)
        for index, op in enumerate(run.preview.operations):
            if run.cancelled:
                return run.result(
                    Outcome.CANCELLED,
                    msg(
                        QT_TRANSLATE_NOOP("Wizards", "Cancelled: {done} of {total} changes were made."),
                        done=index,
                        total=total,
                    ),
                )
            run.report(op.description, index, total)
            try:
                run.mutate(op, functools.partial(run.gateway.cancel_backup_job, op.target, run.cancel))
            except AzureProblemError as error:
                if error.status == 409 or error.status == 404:
                    # The job ended (or went) between the reading and the request: nothing left to cancel.
                    results.append(
                        run.result(
                            Outcome.NOTHING_TO_DO,
                            msg(
                                QT_TRANSLATE_NOOP(
                                    "Wizards", "The backup job {job} had already ended: there was nothing to cancel."
                                ),
                                job=ids.parse_id(op.target).name,
                            ),
                        )
                    )
                    continue
                return run.failure(op, error.problem, index)
            except WaitAbandoned:
                return run.abandoned(op)
            results.append(_follow_job(run, op.target, ids.parse_id(op.target).name, backup=False))
        if len(results) == 1:
            return results[0]
        done = [r for r in results if r.outcome is Outcome.DONE]
        return run.result(
            Outcome.DONE if done else Outcome.NOTHING_TO_DO,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Cancelled {count} backup jobs of {vm}."),
                count=len(done),
                vm=run.context.vm.name,
            ),
        )


# --- protection ---------------------------------------------------------------------------------------------


class ResumeProtection(Action):
    id = RESUME_PROTECTION
    title = QT_TRANSLATE_NOOP("Wizards", "Resume the protection")
    role = "Backup Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        _require_protection_read(vm)
        if not vm.protection:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} is not backed up by any Recovery Services vault, so there is no protection to resume: "
                        "configure backup for it.",
                    ),
                    vm=vm.name,
                )
            )
        active = sel.active_items(vm)
        if active:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The protection of {vm} is already active ({state}) in {vault}: there is nothing to resume.",
                    ),
                    vm=vm.name,
                    state=azure_status(active[0].protection_state),
                    vault=ids.parse_id(active[0].vault_id).name,
                ),
            )
        inactive = sel.inactive_items(vm)
        if not inactive:
            item = vm.protection[0]
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The protection state of {vm} is {state}, which cannot be resumed from here: open its backup "
                        "item in the vault {vault}.",
                    ),
                    vm=vm.name,
                    state=azure_status(item.protection_state),
                    vault=ids.parse_id(item.vault_id).name,
                )
            )
        item = inactive[0]
        vault = ids.parse_id(item.vault_id).name
        if not item.policy_id:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The backup item of {vm} in {vault} has no backup policy: resume it in the portal and choose "
                        "one.",
                    ),
                    vm=vm.name,
                    vault=vault,
                )
            )
        policy = ids.parse_id(item.policy_id).name
        operation = PlannedOperation(
            "PUT",
            PERMISSION_ITEM_WRITE,
            item.item_id,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Resume the protection of {vm} in {vault} with the policy {policy}"),
                vm=vm.name,
                vault=vault,
                policy=policy,
            ),
            (
                Change(
                    msg(QT_TRANSLATE_NOOP("Wizards", "Protection of {vm} in {vault}"), vm=vm.name, vault=vault),
                    azure_status(item.protection_state),
                    msg(QT_TRANSLATE_NOOP("Wizards", "Protected, policy {policy}"), policy=policy),
                ),
            ),
            {
                "protectedItemType": VM_PROTECTED_ITEM_TYPE,
                "sourceResourceId": vm.id,
                "policyId": item.policy_id,
            },
            before=asdict(item),  # the backup item as the preview read it
        )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "Resume the backups of {vm} in {vault}, with its policy {policy}."),
                vm=vm.name,
                vault=vault,
                policy=policy,
            ),
            [operation],
            (
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "Scheduled backups start again at the policy's next time; the recovery points kept while "
                        "protection was stopped stay as they are.",
                    )
                ),
            ),
        )

    def _execute(self, run: _Execution) -> ActionResult:
        op = run.preview.operations[0]
        run.report(op.description, 0, 1)
        try:
            item = run.mutate(
                op,
                lambda: run.gateway.update_protected_item(op.target, dict(op.parameters), run.cancel),
                lambda value: {"protectionState": _item_state(value)},
            )
        except AzureProblemError as error:
            return run.failure(op, error.problem)
        except WaitAbandoned:
            return run.abandoned(op)
        state = _item_state(item) or "—"
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "The protection of {vm} is now {state}, with the policy {policy}."),
                vm=run.context.vm.name,
                state=azure_status(state),
                policy=ids.parse_id(str(op.parameters.get("policyId", ""))).name,
            ),
            protectionState=state,
        )


def _item_state(item: Json) -> str | None:
    props = item.get("properties")
    state = props.get("protectionState") if isinstance(props, dict) else None
    return str(state) if state else None


# --- registry -----------------------------------------------------------------------------------------------

ACTIONS: dict[str, Action] = {
    action.id: action
    for action in (
        RemoveBackupExtension(),
        TriggerBackup(),
        RemoveRestorePointLock(),
        DeleteRestorePointCollections(),
        RestoreRestorePointLock(),
        GrantKeyVaultAccess(),
        CancelBackupJob(),
        ResumeProtection(),
    )
}


def action(action_id: str) -> Action:
    """The automated action with this id (KeyError if there is none)."""
    return ACTIONS[action_id]


@dataclass(frozen=True)
class ActionInfo:
    id: str
    title: Msg
    role: str


def describe_actions() -> list[ActionInfo]:
    return [ActionInfo(a.id, a.title_msg, a.role) for a in ACTIONS.values()]


__all__ = [
    "ACTIONS",
    "CANCEL_BACKUP_JOB",
    "DELETE_RESTORE_POINT_COLLECTION",
    "GRANT_KEYVAULT_ACCESS",
    "REMOVE_BACKUP_EXTENSION",
    "REMOVE_RP_LOCK",
    "RESTORE_RP_LOCK",
    "RESUME_PROTECTION",
    "TRIGGER_BACKUP",
    "Action",
    "ActionInfo",
    "action",
    "describe_actions",
    "duration",
]
