"""What the wizards pick out of a VM's facts: the same readings the checks make, in one place.

The actions use these to decide what to change, the wizards to decide which steps apply and what their
texts say; both therefore agree with the checks that proposed the wizard.
"""

from __future__ import annotations

from datetime import UTC, datetime

from core import ids
from core.checks.encryption import REQUIRED_KEYS, REQUIRED_SECRETS, is_encrypted
from core.checks.extensions import BACKUP_TYPES, is_backup_extension, is_failed, vm_extensions
from core.checks.protection import ACTIVE_STATES, INACTIVE_STATES
from core.checks.restore_points import (
    COLLECTION_PREFIX,
    KIND_RESTORE_POINT_GROUP,
    KIND_SUBSCRIPTION,
    KIND_VM_GROUP,
    RESTORE_POINT_LIMIT,
    lock_kind,
    restore_point_groups,
)
from core.facts import ExtensionFacts, JobFacts, LockFacts, ProtectionFacts, RestorePointCollectionFacts, VmFacts
from core.jobs import FAILED, RUNNING, SUCCEEDED, backup_jobs, job_status

__all__ = [
    "REQUIRED_KEYS",
    "REQUIRED_SECRETS",
    "RESTORE_POINT_LIMIT",
    "active_items",
    "backup_extensions",
    "blocking_locks",
    "expected_backup_extension",
    "extension_id",
    "failed_backup_extensions",
    "failed_other_extensions",
    "inactive_items",
    "is_encrypted",
    "key_vault_ids",
    "latest_backup_operation",
    "locks_over",
    "rbac_key_vaults",
    "restore_point_collections",
    "restore_point_total",
    "running_backup_jobs",
]


def backup_extensions(vm: VmFacts) -> list[ExtensionFacts]:
    return [e for e in vm_extensions(vm) or () if is_backup_extension(e)]


def failed_backup_extensions(vm: VmFacts) -> list[ExtensionFacts]:
    return [e for e in backup_extensions(vm) if is_failed(e)]


def failed_other_extensions(vm: VmFacts) -> list[ExtensionFacts]:
    return [e for e in vm_extensions(vm) or () if not is_backup_extension(e) and is_failed(e)]


def expected_backup_extension(vm: VmFacts) -> str:
    return BACKUP_TYPES.get((vm.os_type or "").lower(), "VMSnapshot")


def extension_id(vm: VmFacts, extension: ExtensionFacts) -> str:
    """The extension's resource id (an extension seen only in the instance view has none: build it)."""
    return extension.id or f"{vm.id}/extensions/{extension.name}"


def _group_key(subscription_id: str, group: str) -> str:
    return ids.key(f"/subscriptions/{subscription_id}/resourceGroups/{group}")


def blocking_locks(vm: VmFacts) -> list[LockFacts]:
    """Locks that stop Azure Backup from deleting the VM's old restore points, as the lock check reads
    them: on a restore point group, on the subscription, or on the VM's group when it holds points."""
    kinds = [(lock, lock_kind(lock, vm)) for lock in vm.locks or ()]
    blocking = [lock for lock, kind in kinds if kind in (KIND_RESTORE_POINT_GROUP, KIND_SUBSCRIPTION)]
    if _group_key(vm.subscription_id, vm.resource_group) in restore_point_groups(vm):
        blocking.extend(lock for lock, kind in kinds if kind == KIND_VM_GROUP)
    return blocking


def locks_over(locks: list[LockFacts], resource_id: str) -> list[LockFacts]:
    """Locks whose scope is the resource or contains it."""
    target = ids.key(resource_id)
    return [lock for lock in locks if target == ids.key(lock.scope) or target.startswith(ids.key(lock.scope) + "/")]


def restore_point_collections(vm: VmFacts) -> list[RestorePointCollectionFacts]:
    """The VM's collections that Azure Backup made (AzureBackup_<vm>_<n>)."""
    return [c for c in vm.restore_point_collections or () if c.name.lower().startswith(COLLECTION_PREFIX)]


def restore_point_total(vm: VmFacts) -> int | None:
    """Instant restore points across the VM's Azure Backup collections; None when a count is unknown."""
    collections = restore_point_collections(vm)
    if vm.restore_point_collections is None or any(c.restore_point_count is None for c in collections):
        return None
    return sum(c.restore_point_count or 0 for c in collections)


def active_items(vm: VmFacts) -> list[ProtectionFacts]:
    return [p for p in vm.protection or () if (p.protection_state or "").lower() in ACTIVE_STATES]


def inactive_items(vm: VmFacts) -> list[ProtectionFacts]:
    return [p for p in vm.protection or () if (p.protection_state or "").lower() in INACTIVE_STATES]


def running_backup_jobs(vm: VmFacts) -> list[JobFacts]:
    """Backup jobs of the VM still running (InProgress or Cancelling), oldest first."""
    running = [j for j in backup_jobs(vm) if job_status(j) in RUNNING and (j.operation or "").lower() == "backup"]
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(running, key=lambda j: j.start_time or oldest)


def latest_backup_operation(vm: VmFacts) -> JobFacts | None:
    """The newest finished job of the Backup operation (not ConfigureBackup), succeeded or failed."""
    for job in backup_jobs(vm):
        if (job.operation or "").lower() == "backup" and (job_status(job) in SUCCEEDED or job_status(job) == FAILED):
            return job
    return None


def key_vault_ids(vm: VmFacts) -> list[str]:
    return list(dict.fromkeys(v for d in vm.disks or () for v in d.key_vault_ids))


def rbac_key_vaults(vm: VmFacts) -> list[str]:
    """Names of the VM's key vaults that use Azure RBAC (access policies do not apply there)."""
    wanted = {ids.key(v) for v in key_vault_ids(vm)}
    return [v.name for v in vm.key_vaults or () if ids.key(v.id) in wanted and v.enable_rbac_authorization]
