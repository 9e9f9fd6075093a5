"""Backup: each vault's protected items and recent jobs, joined to the VMs (and to orphaned items)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError, Future
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json
from core.azure.parse import parse_job, parse_protected_item, payload_problem
from core.azure.payload import PayloadError
from core.collect.base import Batch, CollectorBase, Fetched, Subscription, VaultLists, _fetch
from core.facts import FACT_JOBS, FACT_PROTECTION, JobFacts, ProtectionFacts, VmFacts
from core.findings import Problem
from core.orphans import orphaned_vms


class BackupSteps(CollectorBase):
    def prefetch(self, subscription: Subscription) -> None:
        """The subscription-wide lists, and each vault's protected items and jobs as soon as the vaults are
        listed: they are two pages chains of their own (items, then jobs, 100 a page), which would otherwise
        start only after the last page of VMs (measured at 10,000 VMs: 6 s of the scan's 29 s)."""
        super().prefetch(subscription)
        key = subscription.id.lower()
        with self._prefetch_lock:
            vaults = self._prefetched.get((key, "vaults"))
            if vaults is None or key in self._vault_lists:
                return
            lists: Future[VaultLists | None] = Future()
            self._vault_lists[key] = lists

        def listed(done: Future[Fetched]) -> None:
            lists.set_result(self._start_vault_lists(done))

        vaults.add_done_callback(listed)

    def _start_vault_lists(self, vaults: Future[Fetched]) -> VaultLists | None:
        """Start each listed vault's reads; None when the vaults could not be listed (or the scan ended)."""
        try:
            listed = vaults.result()
            if isinstance(listed, AzureProblemError) or self.cancel.is_set():
                return None
            vault_ids = tuple(dict.fromkeys(str(v["id"]) for v in listed))
            job_filter = self._job_filter()
            items = {v: self._pool.submit(_fetch, self.gateway.list_protected_vms, v) for v in vault_ids}
            jobs = {
                v: self._pool.submit(_fetch, functools.partial(_list_jobs, self.gateway, job_filter), v)
                for v in vault_ids
            }
        except (KeyError, TypeError, CancelledError, RuntimeError):
            # A vault without an id (reported by _add_backup), a cancelled list, or the pool already shut
            # down at the end of the scan: _add_backup reads them itself, or reports why it cannot.
            return None
        return vault_ids, items, jobs

    def _prefetched_vault_lists(
        self, subscription: Subscription, vaults: list[str]
    ) -> tuple[dict[str, Fetched], dict[str, Fetched]] | None:
        with self._prefetch_lock:
            lists = self._vault_lists.pop(subscription.id.lower(), None)
        started = lists.result() if lists is not None else None
        if started is None or list(started[0]) != list(dict.fromkeys(vaults)):
            return None
        items: dict[str, Fetched] = {}
        jobs: dict[str, Fetched] = {}
        for read, results in ((started[1], items), (started[2], jobs)):
            for vault, future in read.items():
                results[vault] = future.result()
                self._check_cancel()
        return items, jobs

    def _job_filter(self) -> str:
        now = self.now()
        since = now - self.job_window
        # The filter's times have whole seconds: the end is rounded up, or a job started during the
        # current second (a backup a fix action has just started) would be left out.
        until = now.replace(microsecond=0) + timedelta(seconds=1)
        return (
            f"backupManagementType eq 'AzureIaasVM' and startTime eq '{_odata_time(since)}' "
            f"and endTime eq '{_odata_time(until)}'"
        )

    def _add_backup(self, subscription: Subscription, batch: Batch) -> None:
        problems = batch.problems
        try:
            listed = self._fetched(subscription, "vaults", self.gateway.list_recovery_services_vaults)
            vaults = [str(v["id"]) for v in listed]
        except (AzureProblemError, KeyError) as error:
            problem = error.problem if isinstance(error, AzureProblemError) else _missing_id(subscription)
            batch.mark_all(FACT_PROTECTION, problem)
            batch.note(problem)
            batch.mark_all(FACT_JOBS, problem)
            return
        prefetched = self._prefetched_vault_lists(subscription, vaults)
        if prefetched is not None:
            items, jobs = prefetched
        else:
            job_filter = self._job_filter()
            items = self._map(self.gateway.list_protected_vms, vaults)
            jobs = self._map(functools.partial(_list_jobs, self.gateway, job_filter), vaults)

        protection: dict[str, list[ProtectionFacts]] = {}
        sources: dict[str, str] = {}
        failed_vaults: list[Problem] = []
        for result in items.values():
            if isinstance(result, AzureProblemError):
                failed_vaults.append(result.problem)
                problems.append(result.problem)
                continue
            for item in result:
                try:
                    facts, source = parse_protected_item(item)
                except PayloadError as error:
                    problems.append(payload_problem(error))
                    continue
                if source:
                    protection.setdefault(ids.key(source), []).append(facts)
                    sources.setdefault(ids.key(source), source)
        under = batch.orphans_under
        vms = batch.vms
        if under is not None or self.gone_vm_ids is not None:
            # A scope's orphans (a subscription or one of its groups), or the gone VMs a wizard asks about.
            gone = orphaned_vms(subscription.id, protection, sources, vms, self.gone_vm_ids)
            batch.orphans = [vm for vm in gone if under is None or _below(vm.id, under)]
        orphans = batch.orphans
        # Jobs are matched to the orphaned items too: "its last backup failed with BCMV2VMNotFound" is
        # the evidence that the deleted VM is what breaks the backup. Jobs are gathered by VM id, so the
        # facts they are matched against are only read here, never changed.
        vm_by_container = {(vm.resource_group.lower(), _vm_name(vm).lower()): vm for vm in (*vms, *orphans)}
        vms_by_name: dict[str, list[VmFacts]] = {}
        for vm in (*vms, *orphans):
            vms_by_name.setdefault(vm.name.lower(), []).append(vm)
        for name, stand_in in _out_of_scope_items(subscription.id, under, protection, sources, (*vms, *orphans)):
            vms_by_name.setdefault(name, []).append(stand_in)
        vm_jobs: dict[str, list[JobFacts]] = {}
        failed_job_vaults: list[Problem] = []
        for result in jobs.values():
            if isinstance(result, AzureProblemError):
                failed_job_vaults.append(result.problem)
                problems.append(result.problem)
                continue
            for item in result:
                try:
                    job = parse_job(item)
                except PayloadError as error:
                    problems.append(payload_problem(error))
                    continue
                owner = _job_vm(job, vm_by_container, protection, vms_by_name)
                if owner is not None:
                    vm_jobs.setdefault(ids.key(owner.id), []).append(job)
        for index, orphan in enumerate(orphans):
            orphans[index] = replace(orphan, jobs=_newest_first(vm_jobs.get(ids.key(orphan.id), ())))
        for index, vm in enumerate(vms):
            found = tuple(protection.get(ids.key(vm.id), ()))
            if found or not failed_vaults:
                vm = replace(vm, protection=found)
            else:
                # Not found in the vaults we could read; one we could not read may protect it.
                vm = vm.marked_unavailable(FACT_PROTECTION, failed_vaults[0])
            if failed_job_vaults and not vm_jobs.get(ids.key(vm.id)):
                vm = vm.marked_unavailable(FACT_JOBS, failed_job_vaults[0])
            else:
                vm = replace(vm, jobs=_newest_first(vm_jobs.get(ids.key(vm.id), ())))
            vms[index] = vm
        self._add_failed_job_details((vms, orphans), problems)

    def _add_failed_job_details(self, lists: tuple[list[VmFacts], ...], problems: list[Problem]) -> None:
        """The latest failed job of each VM, read in full when the list did not name its error code.

        A listed job carries errorDetails; the details add extendedInfo (the propertyBag's failure code,
        the dynamic error message). With `job_details_needed` they are read only when the listed job is
        not enough to name the documented code, and for the VMs a wizard asks about (`only_vm_ids`).
        A VM of `lists` is replaced by a new value where its job's details were read.
        """
        latest: dict[str, tuple[list[VmFacts], int, JobFacts]] = {}
        for vms in lists:
            for index, vm in enumerate(vms):
                failed = next((j for j in vm.jobs or () if (j.status or "").lower() == "failed"), None)
                if failed is None:
                    continue
                if self.job_details_needed is None or self.only_vm_ids is not None or self.job_details_needed(failed):
                    latest[failed.id] = (vms, index, failed)
        details = self._map(self.gateway.get_job_details, latest)
        for job_id, result in details.items():
            vms, index, listed = latest[job_id]
            vm = vms[index]
            # The listed job keeps its errorDetails, so the VM's checks still run; but what the details
            # would have added is missing, and the scan says so (it is not complete).
            if isinstance(result, AzureProblemError):
                problems.append(result.problem)
                continue
            try:
                detailed = parse_job(result)
            except PayloadError as error:
                problems.append(payload_problem(error, vm.id))
                continue
            merged = replace(
                detailed,
                errors=detailed.errors or listed.errors,
                container_name=detailed.container_name or listed.container_name,
            )
            vms[index] = replace(vm, jobs=tuple(merged if j.id == job_id else j for j in vm.jobs or ()))


def _list_jobs(gateway: AzureGateway, job_filter: str, vault_id: str) -> list[Json]:
    return gateway.list_backup_jobs(vault_id, job_filter)


def _below(resource_id: str, scope: str) -> bool:
    return ids.key(resource_id).startswith(ids.key(scope) + "/")


def _out_of_scope_items(
    subscription_id: str,
    under: str | None,
    protection: dict[str, list[ProtectionFacts]],
    sources: dict[str, str],
    known: Iterable[VmFacts],
) -> Iterator[tuple[str, VmFacts]]:
    """Stand-ins, by name, for the protected VMs of the subscription that a narrower scan did not list.

    A job that names its VM only by the vault's friendly name (the official BackupJobs_List example has no
    containerName) is given to the one VM of that name protected in its vault (`_job_vm`). A scan of a
    resource group or of chosen VMs counts the protected VMs outside its scope as the subscription's scan
    does, or it would give a job to a VM that shares its name with another. The stand-in carries the name
    in the VM's id, which is also the item's friendly name (Azure Backup names an IaaS VM item after its
    VM). Stand-ins only take jobs away from the VMs scanned; they are never reported.
    """
    listed = {ids.key(vm.id) for vm in known}
    for key in protection:
        source = sources.get(key)
        if source is None or key in listed or (under is not None and _below(source, under)):
            continue  # scanned, or in scope and gone (an orphan, or no candidate in the full scan either)
        parsed = ids.parse_id(source)
        if (parsed.subscription_id or "").lower() != subscription_id.lower():
            continue  # another subscription's VM: no candidate in this subscription's scan either
        stand_in = VmFacts(
            id=ids.VmId(source),
            name=parsed.name,
            subscription_id=ids.SubscriptionId(subscription_id),
            resource_group=parsed.resource_group or "",
            location="",
            os_type=None,
            provisioning_state=None,
        )
        yield parsed.name.lower(), stand_in


def _newest_first(jobs: Iterable[JobFacts]) -> tuple[JobFacts, ...]:
    return tuple(sorted(jobs, key=lambda j: j.start_time or datetime.min.replace(tzinfo=UTC), reverse=True))


def _vm_name(vm: VmFacts) -> str:
    """The VM's name as in its id (an orphaned item's `name` is the vault's friendly name)."""
    return vm.name if vm.exists else (ids.parse_id(vm.id).name or vm.name)


def _job_vm(
    job: JobFacts,
    vm_by_container: dict[tuple[str, str], VmFacts],
    protection: dict[str, list[ProtectionFacts]],
    vms_by_name: dict[str, list[VmFacts]],
) -> VmFacts | None:
    """The VM a job is about: by its container name, else by the vault's item of that friendly name."""
    if job.container_name:
        parsed = ids.parse_iaas_container(job.container_name)
        if parsed is not None:
            return vm_by_container.get((parsed[0].lower(), parsed[1].lower()))
    if not job.entity_friendly_name:
        return None
    candidates = [
        vm
        for vm in vms_by_name.get(job.entity_friendly_name.lower(), ())
        if any(ids.same(p.vault_id, job.vault_id) for p in protection.get(ids.key(vm.id), ()))
    ]
    return candidates[0] if len(candidates) == 1 else None


def _odata_time(moment: datetime) -> str:
    # The format of the Backup jobs filter, as in the official example:
    # "startTime eq '2016-01-01 00:00:00 AM' and endTime eq '2017-11-29 00:00:00 AM'" (UTC).
    return moment.astimezone(UTC).strftime("%Y-%m-%d %I:%M:%S %p")


def _missing_id(subscription: Subscription) -> Problem:
    return payload_problem(PayloadError(f"/subscriptions/{subscription.id}", "vaults[].id", "a string", None))
