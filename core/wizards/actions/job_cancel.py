"""The backup job cancel family: cancel a running backup job (cancel-backup-job) and follow it until
Azure says it is cancelled. A job that ends between the reading and the request is nothing to cancel.
"""

from __future__ import annotations

import functools

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.azure_status import azure_status
from core.facts import FACT_JOBS
from core.i18n import QT_TRANSLATE_NOOP
from core.jobs import backup_jobs, job_status
from core.times import shown_time
from core.wizards import selectors as sel
from core.wizards.actions.backup_now import _follow_job
from core.wizards.actions.base import Action, _age, _Execution
from core.wizards.actions.guards import _collect_requiring
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

CANCEL_BACKUP_JOB = "cancel-backup-job"

PERMISSION_JOB_CANCEL = "Microsoft.RecoveryServices/vaults/backupJobs/cancel/action"


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
