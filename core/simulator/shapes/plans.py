"""A VM with its backup story: the plans of its protection and jobs, and the bundle of its resources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from core.simulator.shapes.common import JsonDict, ago
from core.simulator.shapes.compute import vm_resources
from core.simulator.shapes.job_errors import ERRORS
from core.simulator.shapes.jobs import backup_job
from core.simulator.shapes.restore_points import restore_point_collection
from core.simulator.shapes.vault import protected_item
from core.simulator.shapes.vm_spec import VmSpec

# --------------------------------------------------------------------------------------------------
# A VM with its backup story


@dataclass(frozen=True)
class JobPlan:
    """A backup job to write: `started` is its age, `error` a code name of ERRORS."""

    status: str  # Completed, Failed, InProgress
    started: timedelta
    duration: timedelta
    error: str | None = None
    code_hint: str | None = None  # "propertyBag" or "dynamicErrorMessage", see backup_job
    recommendations: tuple[str, ...] | None = None
    operation: str = "Backup"
    user_triggered: bool = False
    progress: float | None = None


@dataclass(frozen=True)
class CollectionPlan:
    """A restore point collection AzureBackup_<vm>_<number> with one restore point per age, in
    `resource_group` (default: AzureBackupRG_<region>_1 of the VM's subscription)."""

    ages: tuple[timedelta, ...]
    number: int = 1
    resource_group: str | None = None


@dataclass(frozen=True)
class ProtectionPlan:
    vault_id: str
    policy_id: str
    state: str = "Protected"  # Protected, IRPending, ProtectionStopped, ProtectionPaused
    jobs: tuple[JobPlan, ...] = ()
    collections: tuple[CollectionPlan, ...] = ()
    recovery_points: int = 9  # recovery points in the vault (extendedInfo.recoveryPointCount)


def _last_snapshot_age(spec: VmSpec) -> timedelta:
    for extension in spec.extensions:
        if extension.type.startswith("VMSnapshot"):
            return extension.reported
    return ago(days=14)


def _backup_size_mb(spec: VmSpec) -> int:
    total_gb = spec.os_disk_gb + sum(min(disk.size_gb, 4096) for disk in spec.data_disks)
    return 900 + (total_gb * 37) % 9000


def _protected_item_for(spec: VmSpec, plan: ProtectionPlan) -> JsonDict:
    if plan.state == "IRPending":
        return protected_item(
            spec, plan.vault_id, plan.policy_id, state="IRPending", last_backup_status=None, recovery_points=0
        )
    if plan.state in ("ProtectionStopped", "ProtectionPaused"):
        # The last backup before protection was stopped succeeded; later (user-triggered) jobs fail.
        return protected_item(
            spec,
            plan.vault_id,
            plan.policy_id,
            state=plan.state,
            last_backup_status="Completed",
            last_backup=_last_snapshot_age(spec),
            recovery_points=plan.recovery_points,
        )
    finished = [job for job in plan.jobs if job.operation == "Backup" and job.status != "InProgress"]
    last = min(finished, key=lambda job: job.started, default=None)
    last_ok = min((job for job in finished if job.status == "Completed"), key=lambda job: job.started, default=None)
    failing = last is not None and last.status == "Failed"
    item = protected_item(
        spec,
        plan.vault_id,
        plan.policy_id,
        state=plan.state,
        last_backup_status=last.status if last is not None else None,
        last_backup=last.started if last is not None else None,
        last_recovery_point=last_ok.started if last_ok is not None else None,
        health_status="ActionRequired" if failing else "Passed",
        protection_status="Unhealthy" if failing else "Healthy",
        recovery_points=plan.recovery_points if last_ok is not None else 0,
    )
    if last_ok is None:  # never backed up: no recovery point at all
        item["properties"].pop("lastRecoveryPoint", None)
        item["properties"].pop("extendedInfo", None)
    return item


def vm_bundle(spec: VmSpec, protection: ProtectionPlan | None) -> list[JsonDict]:
    """Everything about one VM: the VM, its extensions and disks, and when protected its restore point
    collections, its protected item and its jobs (oldest last, as the jobs list returns them)."""
    bundle = vm_resources(spec)
    if protection is None:
        return bundle
    for collection in protection.collections:
        bundle.append(
            restore_point_collection(
                spec, collection.ages, number=collection.number, resource_group_name=collection.resource_group
            )
        )
    bundle.append(_protected_item_for(spec, protection))
    for job in sorted(protection.jobs, key=lambda job: job.started):
        bundle.append(
            backup_job(
                spec,
                protection.vault_id,
                status=job.status,
                started=job.started,
                duration=job.duration,
                error=ERRORS[job.error] if job.error else None,
                recommendations=job.recommendations,
                code_hint=job.code_hint,
                operation=job.operation,
                user_triggered=job.user_triggered,
                backup_size_mb=_backup_size_mb(spec)
                if job.status == "Completed" and job.operation == "Backup"
                else None,
                progress=job.progress,
            )
        )
    return bundle
