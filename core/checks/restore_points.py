"""Restore points (UserErrorRpCollectionLimitReached, and the lock cause of BackUpOperationFailed).

Azure Backup keeps a VM's instant restore points in restore point collections named
AzureBackup_<vm>_<n>, in resource groups named AzureBackupRG_<region>_<n>. A VM can have at most 18
instant restore points across its collections; Azure Backup deletes expired ones, unless a lock
(CanNotDelete or ReadOnly) on their resource group stops it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core import ids
from core.checks.base import Check, CheckContext, codes_for, is_not_protected, not_applicable, unknown
from core.checks.restore_point_growth import forecast
from core.facts import FACT_LOCKS, FACT_RESTORE_POINTS, LockFacts, VmFacts
from core.findings import UNCONFIRMED, Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import OUTCOME_FAILED, backup_outcome

LOCKS_CHECK_ID = "restore-point-locks"
LIMIT_CHECK_ID = "restore-point-limit"

RESTORE_POINT_LIMIT = 18
RESTORE_POINT_GROUP_PREFIX = "azurebackuprg_"
COLLECTION_PREFIX = "azurebackup_"

KIND_RESTORE_POINT_GROUP = "restorePointGroup"
KIND_VM_GROUP = "vmGroup"
KIND_SUBSCRIPTION = "subscription"
KIND_OTHER = "other"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("RestorePointChecks", source, args)


def _group_key(subscription_id: str, group: str) -> str:
    return ids.key(f"/subscriptions/{subscription_id}/resourceGroups/{group}")


def restore_point_groups(vm: VmFacts) -> set[str]:
    """Keys of the resource groups that hold the VM's restore point collections."""
    return {_group_key(vm.subscription_id, rpc.resource_group) for rpc in vm.restore_point_collections or ()}


def lock_kind(lock: LockFacts, vm: VmFacts) -> str:
    scope = ids.key(lock.scope)
    parsed = ids.parse_id(lock.scope)
    if parsed.resource_group is None:
        return KIND_SUBSCRIPTION if parsed.subscription_id else KIND_OTHER
    if scope in restore_point_groups(vm) or parsed.resource_group.lower().startswith(RESTORE_POINT_GROUP_PREFIX):
        return KIND_RESTORE_POINT_GROUP
    if scope == _group_key(vm.subscription_id, vm.resource_group):
        return KIND_VM_GROUP
    return KIND_OTHER


def _lock_evidence(lock: LockFacts, kind: str) -> dict[str, Any]:
    return {
        "name": lock.name,
        "level": lock.level,
        "scope": lock.scope,
        "kind": kind,
        "id": lock.id,
        "notes": lock.notes,
    }


def _describe(locks: list[LockFacts]) -> str:
    """`name (Level, group)`, joined: names and values as Azure spells them, no words to translate."""
    return ", ".join(
        f"{lock.name} ({lock.level}, {ids.parse_id(lock.scope).resource_group or lock.scope})" for lock in locks
    )


def restore_point_count(vm: VmFacts) -> int | None:
    """The VM's instant restore points across its AzureBackup_ collections; None when not all were read."""
    collections = vm.restore_point_collections
    if collections is None or vm.why_unavailable(FACT_RESTORE_POINTS) is not None:
        return None
    ours = [rpc for rpc in collections if rpc.name.lower().startswith(COLLECTION_PREFIX)]
    if any(rpc.restore_point_count is None for rpc in ours):
        return None
    return sum(rpc.restore_point_count or 0 for rpc in ours)


def _fails_because_of_lock(vm: VmFacts, codes: tuple[str, ...]) -> bool:
    """The latest backup failed with a code a lock on the restore points explains."""
    outcome = backup_outcome(vm)
    return outcome.state == OUTCOME_FAILED and bool(set(outcome.codes) & set(codes))


def _latent_lock(
    vm: VmFacts, context: CheckContext, blocking: list[LockFacts], count: int | None, evidence: dict[str, Any]
) -> Finding | None:
    """A warning when the lock has not hurt yet: backups succeed and the limit is still ahead."""
    codes = codes_for(LOCKS_CHECK_ID)
    if _fails_because_of_lock(vm, codes) or (count is not None and count >= RESTORE_POINT_LIMIT):
        return None
    locks = _describe(blocking)
    title = _msg(
        QT_TRANSLATE_NOOP(
            "RestorePointChecks",
            "A lock will stop Azure Backup from deleting old restore points; backups still succeed: {locks}",
        ),
        locks=locks,
    )
    if count is None:
        detail = _msg(
            QT_TRANSLATE_NOOP(
                "RestorePointChecks",
                "The VM's instant restore points could not be counted, so when they reach the limit of {limit} "
                "cannot be told. Remove the lock before they do: backups fail from then on.",
            ),
            limit=RESTORE_POINT_LIMIT,
        )
    else:
        outlook = forecast(vm, count, RESTORE_POINT_LIMIT, context.now)
        if outlook.reached_at is not None:
            detail = _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks",
                    "{count} of {limit} instant restore points; at the current rate the limit is reached around "
                    "{date}, and backups fail from then on. Remove the lock before that date and do not lock the "
                    "AzureBackupRG groups again.",
                ),
                count=count,
                limit=RESTORE_POINT_LIMIT,
                date=outlook.reached_at.strftime("%Y-%m-%d"),
            )
        else:
            detail = _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks",
                    "{count} of {limit} instant restore points; the jobs read do not show how often the VM is backed "
                    "up, so the date the limit is reached cannot be estimated. Backups fail from then on: remove the "
                    "lock before.",
                ),
                count=count,
                limit=RESTORE_POINT_LIMIT,
            )
    return Finding(LOCKS_CHECK_ID, Status.WARN, title, detail, codes, evidence, "rp-collection-limit")


def check_restore_point_locks(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(LOCKS_CHECK_ID)
    if is_not_protected(vm):
        yield not_applicable(LOCKS_CHECK_ID, _msg(QT_TRANSLATE_NOOP("RestorePointChecks", "The VM is not backed up")))
        return
    if vm.locks is None:
        title = _msg(
            QT_TRANSLATE_NOOP("RestorePointChecks", "Locks on the restore point resource groups could not be read")
        )
        yield unknown(LOCKS_CHECK_ID, title, vm.why_unavailable(FACT_LOCKS), codes)
        return
    kinds = [(lock, lock_kind(lock, vm)) for lock in vm.locks]
    evidence: dict[str, Any] = {
        "locks": [_lock_evidence(lock, kind) for lock, kind in kinds],
        "restorePointGroups": sorted({rpc.resource_group for rpc in vm.restore_point_collections or ()}),
    }
    blocking = [lock for lock, kind in kinds if kind in (KIND_RESTORE_POINT_GROUP, KIND_SUBSCRIPTION)]
    vm_group = [lock for lock, kind in kinds if kind == KIND_VM_GROUP]
    # Collections created before 2019 live in the VM's own group: a lock there blocks their clean-up too.
    vm_group_holds_points = _group_key(vm.subscription_id, vm.resource_group) in restore_point_groups(vm)
    if vm_group_holds_points:
        blocking.extend(vm_group)
        vm_group = []
    count = restore_point_count(vm)
    if blocking and count is not None:
        evidence["restorePoints"] = count
        evidence["limit"] = RESTORE_POINT_LIMIT
    latent = _latent_lock(vm, context, blocking, count, evidence) if blocking else None
    if latent is not None:
        yield latent
        return
    if blocking:
        yield Finding(
            LOCKS_CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks", "A lock stops Azure Backup from deleting old restore points: {locks}"
                ),
                locks=_describe(blocking),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks",
                    "Expired restore points pile up until the VM reaches the limit of 18 and backups fail. Remove the "
                    "lock, let Azure Backup clean up (an on-demand backup starts it), and do not lock the "
                    "AzureBackupRG groups again.",
                )
            ),
            codes,
            evidence,
            "rp-collection-limit",
        )
        return
    if vm_group:
        evidence[UNCONFIRMED] = True  # such a lock should not block the clean-up: a lead, not a proof
        yield Finding(
            LOCKS_CHECK_ID,
            Status.WARN,
            _msg(
                QT_TRANSLATE_NOOP("RestorePointChecks", "The VM's resource group is locked: {locks}"),
                locks=_describe(vm_group),
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks",
                    "This VM's restore points are kept in another group, so the lock should not block their clean-up; "
                    "if backups still fail with UserErrorRpCollectionLimitReached, remove it as Microsoft advises.",
                )
            ),
            codes,
            evidence,
            "rp-collection-limit",
        )
        return
    yield Finding(
        LOCKS_CHECK_ID,
        Status.PASS,
        _msg(QT_TRANSLATE_NOOP("RestorePointChecks", "No lock on the VM's resource group or its restore point groups")),
        None,
        (),
        evidence,
    )


def check_restore_point_limit(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    codes = codes_for(LIMIT_CHECK_ID)
    title_unknown = _msg(
        QT_TRANSLATE_NOOP("RestorePointChecks", "The VM's instant restore points could not be counted")
    )
    if is_not_protected(vm):
        yield not_applicable(LIMIT_CHECK_ID, _msg(QT_TRANSLATE_NOOP("RestorePointChecks", "The VM is not backed up")))
        return
    collections = vm.restore_point_collections
    if collections is None:
        yield unknown(LIMIT_CHECK_ID, title_unknown, vm.why_unavailable(FACT_RESTORE_POINTS), codes)
        return
    ours = [rpc for rpc in collections if rpc.name.lower().startswith(COLLECTION_PREFIX)]
    if vm.restore_points_not_counted and vm.why_unavailable(FACT_RESTORE_POINTS) is None:
        # The limit is reached only when the service's clean-up is blocked (a lock on the VM's or its
        # restore point groups), and backups then fail with UserErrorRpCollectionLimitReached: with
        # neither, the restore points are not counted one collection at a time (see core/collect.py).
        yield Finding(
            LIMIT_CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks",
                    "No lock and no failed backup point to the limit of {limit} instant restore points",
                ),
                limit=RESTORE_POINT_LIMIT,
            ),
            None,
            (),
            {
                "restorePointsCounted": False,
                "limit": RESTORE_POINT_LIMIT,
                "collections": [rpc.id for rpc in ours],
            },
        )
        return
    counted = [rpc for rpc in ours if rpc.restore_point_count is not None]
    total = sum(rpc.restore_point_count or 0 for rpc in counted)
    evidence: dict[str, Any] = {
        "restorePoints": total,
        "limit": RESTORE_POINT_LIMIT,
        "collections": [
            {
                "id": rpc.id,
                "name": rpc.name,
                "resourceGroup": rpc.resource_group,
                "restorePoints": rpc.restore_point_count,
            }
            for rpc in ours
        ],
        "otherCollections": [rpc.id for rpc in collections if rpc not in ours],
    }
    if total >= RESTORE_POINT_LIMIT:
        yield Finding(
            LIMIT_CHECK_ID,
            Status.FAIL,
            _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks", "The VM has {count} instant restore points: the limit of {limit} is reached"
                ),
                count=total,
                limit=RESTORE_POINT_LIMIT,
            ),
            _msg(
                QT_TRANSLATE_NOOP(
                    "RestorePointChecks",
                    "Azure Backup cannot add a restore point until older ones are deleted from {collections}. Remove "
                    "any lock on their resource group, then clean them up; one scheduled backup a day keeps the "
                    "count low.",
                ),
                collections=", ".join(rpc.name for rpc in counted),
            ),
            codes,
            evidence,
            "rp-collection-limit",
        )
        return
    problem = vm.why_unavailable(FACT_RESTORE_POINTS)
    if problem is not None or len(counted) < len(ours):
        # Some collections could not be read or expanded: what was counted proves nothing.
        yield unknown(LIMIT_CHECK_ID, title_unknown, problem, codes)
        return
    yield Finding(
        LIMIT_CHECK_ID,
        Status.PASS,
        _msg(
            QT_TRANSLATE_NOOP("RestorePointChecks", "The VM has {count} of at most {limit} instant restore points"),
            count=total,
            limit=RESTORE_POINT_LIMIT,
        ),
        None,
        (),
        evidence,
    )


CHECKS = (
    Check(LOCKS_CHECK_ID, check_restore_point_locks),
    Check(LIMIT_CHECK_ID, check_restore_point_limit),
)
