"""The VM's protection in Recovery Services vaults and its running backup jobs.

UserErrorBcmDatasourceNotPresent: a backup of a VM whose protection is stopped or paused. A VM that no
vault protects is reported on its own (a warning for the helpdesk, not a failure).
UserErrorBackupOperationInProgress: a new backup cannot start while another backup of the VM runs, in
its vault or in a vault it was protected by before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core import ids
from core.azure_status import azure_status
from core.checks.base import Check, CheckContext, codes_for, is_not_protected, iso, not_applicable, shown_time, unknown
from core.facts import FACT_JOBS, FACT_PROTECTION, ProtectionFacts, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import RUNNING, backup_jobs, job_status

CONFIGURED_CHECK_ID = "backup-configured"
ACTIVE_CHECK_ID = "backup-protection-active"
IN_PROGRESS_CHECK_ID = "backup-in-progress"

ACTIVE_STATES = frozenset({"protected", "irpending"})
INACTIVE_STATES = frozenset({"protectionstopped", "protectionpaused", "backupssuspended"})


def _msg(source: str, **args: Any) -> Msg:
    return Msg("ProtectionChecks", source, args)


def _vault_name(vault_id: str) -> str:
    return ids.parse_id(vault_id).name


def _item_evidence(item: ProtectionFacts) -> dict[str, Any]:
    return {
        "vaultId": item.vault_id,
        "itemId": item.item_id,
        "protectionState": item.protection_state,
        "protectionStatus": item.protection_status,
        "healthStatus": item.health_status,
        "lastBackupStatus": item.last_backup_status,
        "lastBackupTime": iso(item.last_backup_time),
        "policyId": item.policy_id,
    }


def check_backup_configured(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    if vm.protection is None:
        title = _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "Whether a vault protects the VM could not be read"))
        yield unknown(CONFIGURED_CHECK_ID, title, vm.why_unavailable(FACT_PROTECTION), codes_for(CONFIGURED_CHECK_ID))
        return
    if not vm.protection:
        yield Finding(
            CONFIGURED_CHECK_ID,
            Status.WARN,
            _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "The VM is not backed up by Azure Backup")),
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProtectionChecks",
                    "No Recovery Services vault in its subscription protects it. If it should be backed up, configure "
                    "backup for it in a vault.",
                )
            ),
            codes_for(CONFIGURED_CHECK_ID),
            {"vaultsProtectingIt": []},
            "configure-backup",
        )
        return
    yield Finding(
        CONFIGURED_CHECK_ID,
        Status.PASS,
        _msg(
            QT_TRANSLATE_NOOP("ProtectionChecks", "The VM is backed up in {vaults}"),
            vaults=", ".join(dict.fromkeys(_vault_name(p.vault_id) for p in vm.protection)),
        ),
        None,
        (),
        {"items": [_item_evidence(p) for p in vm.protection]},
    )


def check_protection_active(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(ACTIVE_CHECK_ID)
    if vm.protection is None:
        title = _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "The VM's protection state could not be read"))
        yield unknown(ACTIVE_CHECK_ID, title, vm.why_unavailable(FACT_PROTECTION), codes)
        return
    if not vm.protection:
        yield not_applicable(ACTIVE_CHECK_ID, _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "The VM is not backed up")))
        return
    evidence: dict[str, Any] = {"items": [_item_evidence(p) for p in vm.protection]}
    active = [p for p in vm.protection if (p.protection_state or "").lower() in ACTIVE_STATES]
    if active:
        yield Finding(
            ACTIVE_CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("ProtectionChecks", "The VM is actively protected ({state}) in {vault}"),
                state=azure_status(active[0].protection_state),
                vault=_vault_name(active[0].vault_id),
            ),
            None,
            (),
            evidence,
        )
        return
    inactive = [p for p in vm.protection if (p.protection_state or "").lower() in INACTIVE_STATES]
    if inactive:
        item = inactive[0]
        yield Finding(
            ACTIVE_CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP("ProtectionChecks", "The VM's protection is {state} in {vault}"),
                state=azure_status(item.protection_state),
                vault=_vault_name(item.vault_id),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProtectionChecks",
                    "No scheduled backup runs, and a backup asked for now fails with UserErrorBcmDatasourceNotPresent. "
                    "Resume protection in the vault if the VM should be backed up.",
                )
            ),
            codes,
            evidence,
            "resume-protection",
        )
        return
    item = vm.protection[0]
    yield Finding(
        ACTIVE_CHECK_ID,
        Status.WARN,
        _msg(
            QT_TRANSLATE_NOOP("ProtectionChecks", "Azure Backup reports the protection state {state} in {vault}"),
            state=azure_status(item.protection_state),
            vault=_vault_name(item.vault_id),
        ),
        _msg(
            QT_TRANSLATE_NOOP(
                "ProtectionChecks",
                "The VM is not shown as Protected; open its backup item in the vault to see why (health: {health}).",
            ),
            health=azure_status(item.health_status),
        ),
        codes,
        evidence,
    )


def check_backup_in_progress(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(IN_PROGRESS_CHECK_ID)
    if vm.jobs is None:
        if is_not_protected(vm):
            yield not_applicable(
                IN_PROGRESS_CHECK_ID, _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "The VM is not backed up"))
            )
            return
        title = _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "Running backup jobs could not be read"))
        yield unknown(IN_PROGRESS_CHECK_ID, title, vm.why_unavailable(FACT_JOBS), codes)
        return
    running = [j for j in backup_jobs(vm) if job_status(j) in RUNNING]
    if running:
        job = running[-1]  # the oldest running one blocks the others
        age = context.now - job.start_time if job.start_time is not None else None
        minutes = int(age.total_seconds() // 60) if age is not None else None
        current_vaults = {ids.key(p.vault_id) for p in vm.protection or ()}
        old_vault = bool(current_vaults) and ids.key(job.vault_id) not in current_vaults
        evidence: dict[str, Any] = {
            "jobs": [
                {
                    "id": j.id,
                    "vaultId": j.vault_id,
                    "operation": j.operation,
                    "status": j.status,
                    "startTime": iso(j.start_time),
                }
                for j in running
            ],
            "ageMinutes": minutes,
            "inAnotherVault": old_vault,
        }
        # A job left running in a vault that no longer protects the VM blocks every backup of it (the article:
        # cancel it there): fail. One in its own vault ends by itself: warn.
        yield Finding(
            IN_PROGRESS_CHECK_ID,
            Status.FAIL if old_vault else Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProtectionChecks", "A backup of this VM has been running for {hours} h {minutes} min, since {time}"
                ),
                hours=(minutes or 0) // 60,
                minutes=(minutes or 0) % 60,
                time=shown_time(job.start_time),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProtectionChecks",
                    "It runs in {vault}, which no longer protects the VM, and blocks its backups: cancel it there.",
                )
                if old_vault
                else QT_TRANSLATE_NOOP(
                    "ProtectionChecks",
                    "No other backup of the VM can start until it ends (in {vault}); wait for it, or cancel it if it "
                    "is stuck.",
                ),
                vault=_vault_name(job.vault_id),
            ),
            codes,
            evidence,
            "backup-in-progress",
        )
        return
    if is_not_protected(vm):
        yield not_applicable(
            IN_PROGRESS_CHECK_ID, _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "The VM is not backed up"))
        )
        return
    yield Finding(
        IN_PROGRESS_CHECK_ID,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("ProtectionChecks", "No backup of this VM is running")),
        None,
        (),
        {"jobsRead": len(vm.jobs)},
    )


CHECKS = (
    Check(CONFIGURED_CHECK_ID, check_backup_configured, needs_the_vm=False),
    Check(ACTIVE_CHECK_ID, check_protection_active, needs_the_vm=False),
    Check(IN_PROGRESS_CHECK_ID, check_backup_in_progress, needs_the_vm=False),
)
