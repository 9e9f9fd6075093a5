"""The backup job family: back up now (trigger-backup) and follow the job it starts; cancel a running
backup job (cancel-backup-job) and follow it until it is cancelled.

Azure Backup starts no second backup while one runs (UserErrorBackupOperationInProgress), so "back up
now" is blocked while a backup job runs; a job is followed for `WizardContext.job_wait_seconds`, then
reported as still running.
"""

from __future__ import annotations

import functools

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json, WaitAbandoned
from core.azure_status import azure_status
from core.checks.base import shown_time
from core.facts import FACT_JOBS
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.triage import RUNNING, backup_jobs, job_status
from core.wizards import selectors as sel
from core.wizards.actions.base import Action, _age, _Execution
from core.wizards.actions.guards import _Blocked, _collect_requiring, _protected_vm
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

TRIGGER_BACKUP = "trigger-backup"
CANCEL_BACKUP_JOB = "cancel-backup-job"

PERMISSION_BACKUP = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/backup/action"
PERMISSION_JOB_CANCEL = "Microsoft.RecoveryServices/vaults/backupJobs/cancel/action"


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


class CancelBackupJob(Action):
    id = CANCEL_BACKUP_JOB
    title = QT_TRANSLATE_NOOP("Wizards", "Cancel the running backup")
    role = "Backup Operator"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect_requiring(gateway, context, FACT_JOBS)
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
        for index, op in enumerate(run.preview.operations):
            run.stop_if_cancelled(index)
            job = ids.parse_id(op.target).name
            try:
                cancel = functools.partial(run.gateway.cancel_backup_job, op.target, run.cancel)
                run.send(op, cancel, index=index, passing=(404, 409))
            except AzureProblemError:
                # The job ended (or went) between the reading and the request: nothing left to cancel.
                results.append(
                    run.result(
                        Outcome.NOTHING_TO_DO,
                        msg(
                            QT_TRANSLATE_NOOP(
                                "Wizards", "The backup job {job} had already ended: there was nothing to cancel."
                            ),
                            job=job,
                        ),
                    )
                )
                continue
            results.append(_follow_job(run, op.target, job, backup=False))
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
