"""Disks and locks: joined onto VMs from the subscription's lists of managed disks and of locks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.parse import parse_lock, parse_managed_disk, payload_problem
from core.azure.payload import PayloadError
from core.collect.base import RESTORE_POINT_GROUP_PREFIX, Batch, CollectorBase, Subscription
from core.facts import FACT_LOCKS, DiskFacts, LockFacts, VmFacts


class StorageSteps(CollectorBase):
    def _add_disks(self, subscription: Subscription, batch: Batch) -> None:
        try:
            payload = self._fetched(subscription, "disks", self.gateway.list_managed_disks)
        except AzureProblemError as error:
            # The VM model still gives disk sizes; only ADE settings on disk resources are missed.
            batch.problems.append(error.problem)
            return
        disks: dict[str, DiskFacts] = {}
        for item in payload:
            try:
                disk = parse_managed_disk(item)
            except PayloadError as error:
                batch.problems.append(payload_problem(error))
                continue
            if disk.id:
                disks[ids.key(disk.id)] = disk
        for index, vm in enumerate(batch.vms):
            if vm.disks is None:
                continue
            merged = tuple(_merge_disk(d, disks.get(ids.key(d.id)) if d.id else None) for d in vm.disks)
            batch.vms[index] = replace(vm, disks=merged)

    def _add_locks(self, subscription: Subscription, batch: Batch) -> None:
        try:
            payload = self._fetched(subscription, "locks", self.gateway.list_locks)
        except AzureProblemError as error:
            batch.mark_all(FACT_LOCKS, error.problem)
            batch.note(error.problem)
            return
        locks: list[LockFacts] = []
        for item in payload:
            try:
                locks.append(parse_lock(item))
            except PayloadError as error:
                batch.problems.append(payload_problem(error))
        # Indexed once: by the scope they sit on, and restore point group locks by region.
        by_scope: dict[str, list[LockFacts]] = {}
        for lock in locks:
            by_scope.setdefault(ids.key(lock.scope), []).append(lock)
        rp_group_locks: dict[tuple[str, str], list[LockFacts]] = {}
        for lock in locks:
            parsed = ids.parse_id(lock.scope)
            group = (parsed.resource_group or "").lower()
            if parsed.subscription_id and group.startswith(RESTORE_POINT_GROUP_PREFIX):
                region = group[len(RESTORE_POINT_GROUP_PREFIX) :].rsplit("_", 1)[0]
                if _is_restore_point_group_lock(lock, parsed.subscription_id, region):
                    rp_group_locks.setdefault((parsed.subscription_id.lower(), region), []).append(lock)
        order = {id(lock): index for index, lock in enumerate(locks)}
        for index, vm in enumerate(batch.vms):
            scopes = [ids.key(f"/subscriptions/{vm.subscription_id}")]
            scopes.append(ids.key(f"/subscriptions/{vm.subscription_id}/resourceGroups/{vm.resource_group}"))
            scopes.extend(
                ids.key(f"/subscriptions/{vm.subscription_id}/resourceGroups/{rpc.resource_group}")
                for rpc in vm.restore_point_collections or ()
            )
            on_groups = {id(lock): lock for scope in dict.fromkeys(scopes) for lock in by_scope.get(scope, ())}
            vm_locks = sorted(on_groups.values(), key=lambda lock: order[id(lock)])
            # Restore point groups follow the AzureBackupRG_<region>_<n> naming even when no collection
            # is left in them, and a lock there blocks the service's clean-up all the same.
            region_locks = rp_group_locks.get((vm.subscription_id.lower(), vm.location.lower()), ())
            vm_locks.extend(lock for lock in region_locks if id(lock) not in on_groups)
            batch.vms[index] = replace(
                vm, locks=tuple(vm_locks), storage_account_locks=storage_account_locks(vm, locks)
            )


def add_storage_account_locks(vms: Sequence[VmFacts], locks: Sequence[LockFacts]) -> list[VmFacts]:
    """`vms` with their `storage_account_locks` (new values: facts never change), see `storage_account_locks`."""
    return [replace(vm, storage_account_locks=storage_account_locks(vm, locks)) for vm in vms]


def storage_account_locks(vm: VmFacts, locks: Sequence[LockFacts]) -> tuple[LockFacts, ...]:
    """Issue 16: the locks over the storage accounts of the VM's unmanaged disks (classic and V1 backup paths
    write there), from the subscription's lock list already read: a lock on the account itself, matched by
    name, or a subscription-wide lock. No extra request."""
    accounts = {d.storage_account.lower() for d in vm.disks or () if d.storage_account}
    subscription = ids.key(f"/subscriptions/{vm.subscription_id}")
    return tuple(
        lock
        for lock in locks
        if ids.key(lock.scope) == subscription
        or (
            "/providers/microsoft.storage/storageaccounts/" in lock.scope.lower()
            and ids.parse_id(lock.scope).name.lower() in accounts
        )
    )


def _merge_disk(from_vm: DiskFacts, resource: DiskFacts | None) -> DiskFacts:
    if resource is None:
        return from_vm
    return replace(
        from_vm,
        size_gb=resource.size_gb if resource.size_gb is not None else from_vm.size_gb,
        ade_encrypted=from_vm.ade_encrypted or resource.ade_encrypted,
        security_type=resource.security_type or from_vm.security_type,
        key_vault_ids=tuple(
            dict.fromkeys(from_vm.key_vault_ids + resource.key_vault_ids).keys()
        ),
    )


def _is_restore_point_group_lock(lock: LockFacts, subscription_id: str, region: str) -> bool:
    parsed = ids.parse_id(lock.scope)
    group = (parsed.resource_group or "").lower()
    return (
        parsed.subscription_id is not None
        and parsed.subscription_id.lower() == subscription_id.lower()
        and group.startswith(f"{RESTORE_POINT_GROUP_PREFIX}{region}_")
        and ids.key(lock.scope) == ids.key(parsed.resource_group_id or "")
    )
