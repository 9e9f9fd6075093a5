"""Wizards for the VM's protection and its jobs: a backup already running (cancel it, automated), protection
stopped or paused (resume it, automated), a VM no vault protects, and an error the VM platform reported."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from core import ids
from core.catalog_match import match_text
from core.i18n import QT_TRANSLATE_NOOP
from core.jobs import FAILED, job_status, latest_finished_backup
from core.times import shown_time
from core.wizards import selectors as sel
from core.wizards.actions import duration
from core.wizards.context import WizardContext
from core.wizards.model import Link, Wizard
from core.wizards.steps import (
    action,
    az,
    backup_now_steps,
    base_values,
    explain,
    manual,
    powershell,
    vault_values,
    verify,
)

BACKUP_BEST_PRACTICES = "https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction#best-practices"
CRP_ERROR_CODE = "UserErrorCrpReportedUserError"


def _running_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    running = sel.running_backup_jobs(context.vm)
    job = running[0] if running else None
    minutes = None
    if job is not None and job.start_time is not None:
        minutes = max(0, int((datetime.now(UTC) - job.start_time).total_seconds() // 60))
    values.update(vault_values(job.vault_id if job is not None else None))
    current = {ids.key(p.vault_id) for p in context.vm.protection or ()}
    values.update(
        {
            "job": job.name if job is not None else None,
            "jobId": job.id if job is not None else None,
            "jobStatus": job.status if job is not None else None,
            "jobStart": shown_time(job.start_time) if job is not None else None,
            "jobAge": duration(minutes) if minutes is not None else None,
            "otherVault": bool(job is not None and current and ids.key(job.vault_id) not in current),
        }
    )
    return values


BACKUP_IN_PROGRESS = Wizard(
    "backup-in-progress",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A new backup cannot start while an earlier backup of the same VM is running: wait for it, or cancel it if "
        "it is stuck, then back up again.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "The backup that is in the way"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The job {job} has been backing up {vm} in the vault {vault} since {jobStart} ({jobAge}). Azure "
                "Backup runs one backup of a VM at a time, so other backups fail until it ends. If the VM was moved "
                "to another vault, a job still running in the old vault blocks it too.",
            ),
            links=(Link(BACKUP_BEST_PRACTICES, QT_TRANSLATE_NOOP("Wizards", "Backup best practices and performance")),),
        ),
        manual(
            "look-at-job",
            QT_TRANSLATE_NOOP("Wizards", "Look at the job"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Open the job in the vault and see how far it got. A first backup, or one of large disks, can "
                "rightly take many hours: then wait. If it makes no progress, cancel it.",
            ),
            commands=(
                az("az backup job show --resource-group {vaultResourceGroup} --vault-name {vault} --name {job}"),
            ),
            portal=(
                QT_TRANSLATE_NOOP("Wizards", "Recovery Services vault {vault} > Monitoring > Backup jobs > {job}"),
            ),
        ),
        action(
            "cancel-job",
            "cancel-backup-job",
            QT_TRANSLATE_NOOP("Wizards", "Cancel the running backup"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Cancel {job} if it is stuck. Backup Doctor asks before cancelling and waits until the job is "
                "Cancelled. By hand: in the vault's job list, or with one of the commands.",
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Recovery Services vault {vault} > Monitoring > Backup jobs > {job} > Cancel"
                ),
            ),
            commands=(
                az("az backup job stop --resource-group {vaultResourceGroup} --vault-name {vault} --name {job}"),
                powershell("Stop-AzRecoveryServicesBackupJob -JobId {job} -VaultId {vaultId}"),
            ),
            optional=True,
        ),
        verify(
            "verify-no-running",
            QT_TRANSLATE_NOOP("Wizards", "Check that no backup is running"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again: no backup of it may be running."),
            ("backup-in-progress",),
        ),
        *backup_now_steps(),
    ),
    _running_values,
)


def _item_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    items = sel.inactive_items(context.vm) or sel.active_items(context.vm) or list(context.vm.protection or ())
    item = items[0] if items else None
    values.update(vault_values(item.vault_id if item is not None else None))
    values.update(
        {
            "protectionState": item.protection_state if item is not None else None,
            "policy": ids.parse_id(item.policy_id).name if item is not None and item.policy_id else None,
            "container": item.container_name if item is not None else None,
        }
    )
    return values


RESUME_PROTECTION = Wizard(
    "resume-protection",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A VM whose protection is stopped or paused is not backed up, and a backup asked for now fails: resume the "
        "protection with its policy.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why no backup runs"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The protection of {vm} in the vault {vault} is {protectionState}: its recovery points are kept, but "
                "no new backup is taken. Resuming with its policy {policy} starts the scheduled backups again.",
            ),
        ),
        action(
            "resume",
            "resume-protection",
            QT_TRANSLATE_NOOP("Wizards", "Resume the protection"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Resume the protection of {vm} with the policy {policy}. By hand: in the vault, or with the command.",
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Recovery Services vault {vault} > Backup items > Azure Virtual Machine > {vm} > Resume backup",
                ),
            ),
            commands=(
                az(
                    "az backup protection resume --resource-group {vaultResourceGroup} --vault-name {vault} "
                    "--container-name {container} --item-name {vm} --policy-name {policy}"
                ),
            ),
        ),
        verify(
            "verify-protection",
            QT_TRANSLATE_NOOP("Wizards", "Check the protection"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again: its protection must be active."),
            ("backup-protection-active",),
        ),
        *backup_now_steps(),
    ),
    _item_values,
)


CONFIGURE_BACKUP = Wizard(
    "configure-backup",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "No Recovery Services vault protects this VM: if it should be backed up, configure backup for it in a vault "
        "with a policy.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Whether the VM should be backed up"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "No vault in the subscription of {vm} protects it, so it has no backup at all. That may be on "
                "purpose (a test VM); ask its owner before configuring backup, which has a cost.",
            ),
        ),
        manual(
            "enable-backup",
            QT_TRANSLATE_NOOP("Wizards", "Configure backup"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Choose a Recovery Services vault in the region {location} and a backup policy, then enable backup "
                "for {vm}: in the portal or with the command (put in the vault, its resource group and the policy). "
                "Azure Backup installs its extension at the first backup.",
            ),
            commands=(
                az(
                    "az backup protection enable-for-vm --resource-group <vault-resource-group> --vault-name "
                    "<vault-name> --vm {vmId} --policy-name <policy-name>"
                ),
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Virtual machine {vm} > Operations > Backup > Enable backup"),),
        ),
        verify(
            "verify-configured",
            QT_TRANSLATE_NOOP("Wizards", "Check that a vault protects the VM"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again: a vault must protect it."),
            ("backup-configured",),
        ),
    ),
    base_values,
)


_QUOTED_CODE = re.compile(r"'([A-Z][A-Za-z0-9]+)'")


def _crp_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    latest = latest_finished_backup(context.vm)
    failed = latest if latest is not None and job_status(latest) == FAILED else None
    error = failed.errors[0] if failed is not None and failed.errors else None
    recommendations = list(error.recommendations) if error is not None else []
    text = " ".join(recommendations)
    named = _QUOTED_CODE.search(text)
    documented = [m.entry.code for m in match_text(text) if m.entry.code != CRP_ERROR_CODE] if text else []
    values.update(vault_values(failed.vault_id if failed is not None else None))
    values.update(
        {
            "job": failed.name if failed is not None else None,
            "jobStart": shown_time(failed.start_time) if failed is not None else None,
            "errorMessage": error.error_string if error is not None else None,
            "recommendations": text or None,
            "namedCode": named.group(1) if named else (documented[0] if documented else None),
        }
    )
    return values


CRP_REPORTED_ERROR = Wizard(
    "crp-reported-error",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The VM platform (the Compute Resource Provider) refused part of the backup; the job's error details say "
        "what it objected to and what to do.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "What the platform reported"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The backup job {job} of {vm} ({jobStart}) failed with: {errorMessage} Its details say: "
                "{recommendations} The code to follow is {namedCode}.",
            ),
        ),
        manual(
            "read-details",
            QT_TRANSLATE_NOOP("Wizards", "Read the job's error details and follow them"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Open the failed job in the vault to read the whole message. Do what its recommendations say: the "
                "fix depends on the code they name ({namedCode}), not on the backup. Search that code in the Azure "
                "documentation, or paste it into Backup Doctor's Explain box if it is a backup error.",
            ),
            commands=(
                az("az backup job show --resource-group {vaultResourceGroup} --vault-name {vault} --name {job}"),
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Recovery Services vault {vault} > Monitoring > Backup jobs > Failed > {job} > Error details",
                ),
            ),
        ),
        *backup_now_steps(),
    ),
    _crp_values,
)


WIZARDS = (BACKUP_IN_PROGRESS, RESUME_PROTECTION, CONFIGURE_BACKUP, CRP_REPORTED_ERROR)
