"""Blast radius of removing a lock: what else a lock on a wider scope than the restore point group protects.

The article's advice ("remove the lock from the restore point resource group") is about the
AzureBackupRG_<region>_<number> groups that hold only Azure Backup's restore point collections. A lock
that blocks the clean-up from a wider scope (the whole subscription, or a group of the VM's own) also
protects everything else there: before a step deletes it, the preview says so, with the VMs and managed
disks in that scope as the gateway lists them, and points to the narrowest change.
"""

from __future__ import annotations

from collections.abc import Sequence

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json
from core.checks.restore_points import RESTORE_POINT_GROUP_PREFIX
from core.facts import LockFacts, VmFacts
from core.i18n import QT_TRANSLATE_NOOP, Msg


def _msg(source: str, **args: object) -> Msg:
    return Msg("Wizards", source, dict(args))


def is_wide(lock: LockFacts) -> bool:
    """True for a lock on a subscription, or on a resource group that is not an AzureBackupRG group."""
    group = ids.parse_id(lock.scope).resource_group
    return group is None or not group.lower().startswith(RESTORE_POINT_GROUP_PREFIX)


def _in_scope(items: list[Json], scope: str) -> int:
    prefix = ids.key(scope).rstrip("/") + "/"
    return sum(1 for item in items if ids.key(str(item.get("id", ""))).startswith(prefix))


def wide_lock_notes(gateway: AzureGateway, vm: VmFacts, locks: Sequence[LockFacts]) -> list[Msg]:
    notes: list[Msg] = []
    for lock in (lock for lock in locks if is_wide(lock)):
        group = ids.parse_id(lock.scope).resource_group
        where = (
            _msg(QT_TRANSLATE_NOOP("Wizards", "the resource group {group}"), group=group)
            if group
            else _msg(
                QT_TRANSLATE_NOOP("Wizards", "the whole subscription {subscription}"), subscription=vm.subscription_id
            )
        )
        try:
            vms = _in_scope(gateway.list_virtual_machines(vm.subscription_id), lock.scope)
            disks = _in_scope(gateway.list_managed_disks(vm.subscription_id), lock.scope)
            protects = _msg(
                QT_TRANSLATE_NOOP("Wizards", "every resource there (VMs: {vms}; managed disks: {disks})"),
                vms=vms,
                disks=disks,
            )
        except AzureProblemError:
            protects = _msg(QT_TRANSLATE_NOOP("Wizards", "every resource there (they could not be counted)"))
        notes.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "The lock {lock} is not on a restore point resource group: it is on {where}, where it also "
                    "protects {protects}. Microsoft's advice is about the restore point group "
                    "(AzureBackupRG_<region>_<number>). The narrowest change that fixes {vm}: remove this lock only "
                    "while the restore points are cleaned up, then put it back with the later step; and ask its "
                    "owner to lock the resources it is meant for rather than the whole scope.",
                ),
                lock=lock.name,
                where=where,
                protects=protects,
                vm=vm.name,
            )
        )
    return notes
