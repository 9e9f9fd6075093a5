"""Restore point collections: listed for the subscription, counted one by one only for the VMs that need it."""

from __future__ import annotations

from dataclasses import replace

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.parse import parse_restore_point_collection, payload_problem
from core.azure.payload import PayloadError
from core.collect.base import RESTORE_POINT_GROUP_PREFIX, Batch, CollectorBase, Subscription
from core.facts import FACT_RESTORE_POINTS, RestorePointCollectionFacts, VmFacts


class RestorePointSteps(CollectorBase):
    def _add_restore_points(self, subscription: Subscription, batch: Batch) -> None:
        try:
            payload = self._fetched(
                subscription, "restorePointCollections", self.gateway.list_restore_point_collections
            )
        except AzureProblemError as error:
            batch.mark_all(FACT_RESTORE_POINTS, error.problem)
            batch.note(error.problem)
            return
        by_vm: dict[str, list[RestorePointCollectionFacts]] = {}
        for item in payload:
            try:
                rpc = parse_restore_point_collection(item)
            except PayloadError as error:
                batch.problems.append(payload_problem(error))
                continue
            if rpc.source_id:
                by_vm.setdefault(ids.key(rpc.source_id), []).append(rpc)
        for index, vm in enumerate(batch.vms):
            # Listed, not yet counted (restore_point_count None): _count_restore_points reads the counts.
            batch.vms[index] = replace(vm, restore_point_collections=tuple(by_vm.get(ids.key(vm.id), ())))

    def _needs_restore_point_count(self, vm: VmFacts) -> bool:
        if self.only_vm_ids is not None:
            return ids.key(vm.id) in self.only_vm_ids
        if self.restore_point_codes is None:
            return True
        if vm.protection is not None and not vm.protection:
            return False  # not backed up: the limit check does not apply
        # A lock blocks the clean-up where the restore points are: on the subscription, on a group holding
        # the VM's collections, or on a restore point group (AzureBackupRG_<region>_<n>).
        collection_groups = {rpc.resource_group.lower() for rpc in vm.restore_point_collections or ()}
        for lock in vm.locks or ():
            group = (ids.parse_id(lock.scope).resource_group or "").lower()
            if not group or group in collection_groups or group.startswith(RESTORE_POINT_GROUP_PREFIX):
                return True
        codes = self.restore_point_codes
        for job in vm.jobs or ():
            if (job.status or "").lower() != "failed":
                continue
            named = self.job_codes(job)
            # A failure of no documented cause might be the limit all the same: count.
            if named is None or any(code.lower() in codes for code in named):
                return True
        return False

    def _count_restore_points(self, subscription: Subscription, batch: Batch) -> None:
        """Each collection of the VMs that need the count, read with its restore points."""
        wanted: dict[str, int] = {}  # collection id -> index of its VM in the batch
        for index, vm in enumerate(batch.vms):
            if vm.restore_point_collections is None:
                continue  # the list failed: already marked unavailable
            if self._needs_restore_point_count(vm):
                wanted.update((rpc.id, index) for rpc in vm.restore_point_collections)
            else:
                batch.vms[index] = replace(vm, restore_points_not_counted=True)
        expanded = self._map(self.gateway.get_restore_point_collection, wanted)
        counted: dict[str, RestorePointCollectionFacts] = {}
        for rpc_id, result in expanded.items():
            index = wanted[rpc_id]
            if isinstance(result, AzureProblemError):
                batch.mark(index, FACT_RESTORE_POINTS, result.problem)
                batch.note(result.problem)
                continue
            try:
                counted[rpc_id] = parse_restore_point_collection(result)
            except PayloadError as error:
                problem = payload_problem(error, batch.vms[index].id)
                batch.mark(index, FACT_RESTORE_POINTS, problem)
                batch.note(problem)
        for index in dict.fromkeys(wanted.values()):
            vm = batch.vms[index]
            # A collection that could not be read is left out, as before: the fact is marked unavailable.
            batch.vms[index] = replace(
                vm,
                restore_point_collections=tuple(
                    counted[rpc.id] for rpc in vm.restore_point_collections or () if rpc.id in counted
                ),
            )
