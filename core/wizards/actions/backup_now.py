"""The backup family: back up now (trigger-backup), and follow a backup job the actions start or cancel
until it ends (`_follow_job`, also used by `job_cancel.py`).

Azure Backup starts no second backup while one runs (UserErrorBackupOperationInProgress), so "back up
now" is blocked while a backup job runs; a job is followed for `WizardContext.job_wait_seconds`, then
reported as still running.
"""

from __future__ import annotations

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json, WaitAbandoned
from core.azure_status import azure_status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import RUNNING, job_status
from core.times import shown_time
from core.wizards import selectors as sel
from core.wizards.actions.base import Action, _Execution
from core.wizards.actions.guards import _Blocked, _protected_vm
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

TRIGGER_BACKUP = "trigger-backup"

PERMISSION_BACKUP = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/backup/action"


class TriggerBackup(Action):
    id = TRIGGER_BACKUP
    title = QT_TRANSLATE_NOOP("Wizards", "Back up now")
    role = "Backup Operator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm, items = _protected_vm(
            gateway,
            context,
            QT_TRANSLATE_NOOP(
                "Wizards", "{vm} is not backed up by any Recovery Services vault: configure backup for it first."
            ),
        )
        active = sel.active_items(vm)
        if not active:
            item = items[0]
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
        job_id = run.send(
            op,
            lambda: run.gateway.trigger_backup(op.target, run.cancel),
            lambda job: {"jobId": job} if job else {},
            total=2,
        )
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
