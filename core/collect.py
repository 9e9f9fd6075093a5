"""Collection: the facts of every VM of a subscription, from a handful of list calls.

One paged call lists every VM with its instance view; disks, locks, restore point collections,
vaults (with their protected items and recent jobs) come from list calls too, joined to VMs here.
Only what cannot be listed is read one by one, and only where it matters: restore points of a VM's
own collections, details of a VM's latest failed job, and the key vaults encrypted VMs use.
A call that fails marks the facts it would have given as unavailable, on the VMs it concerns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from core.azure import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json
from core.azure.parse import (
    parse_job,
    parse_key_vault,
    parse_lock,
    parse_managed_disk,
    parse_protected_item,
    parse_restore_point_collection,
    parse_vm,
    payload_problem,
)
from core.azure.payload import PayloadError
from core.facts import (
    FACT_DISKS,
    FACT_JOBS,
    FACT_KEY_VAULTS,
    FACT_LOCKS,
    FACT_PROTECTION,
    FACT_RESTORE_POINTS,
    DiskFacts,
    JobFacts,
    KeyVaultFacts,
    LockFacts,
    ProtectionFacts,
    RestorePointCollectionFacts,
    VmFacts,
)
from core.findings import Problem
from core.orphans import orphaned_vms

T = TypeVar("T")

#: Application id of the "Backup Management Service" first-party service principal, the identity
#: Azure Backup uses to read key vaults of encrypted VMs (documented in "Back up and restore
#: encrypted Azure VMs").
BACKUP_MANAGEMENT_SERVICE_APP_ID = "262044b1-e2ce-469f-a196-69ab7ada62d3"
RESTORE_POINT_GROUP_PREFIX = "azurebackuprg_"


class Cancelled(Exception):
    """The user cancelled the scan."""


@dataclass(frozen=True)
class Subscription:
    id: str
    display_name: str
    state: str | None

    @classmethod
    def from_json(cls, data: Json) -> Subscription:
        sub_id = str(data.get("subscriptionId") or ids.parse_id(str(data.get("id", ""))).name)
        return cls(sub_id, str(data.get("displayName") or sub_id), data.get("state"))


@dataclass
class SubscriptionFacts:
    subscription: Subscription
    vms: list[VmFacts]
    problems: list[Problem]


class Collector:
    def __init__(
        self,
        gateway: AzureGateway,
        *,
        job_window: timedelta = timedelta(days=7),
        cancel: threading.Event | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        only_vm_ids: Iterable[str] | None = None,
    ) -> None:
        self.gateway = gateway
        self.job_window = job_window
        self.cancel = cancel or threading.Event()
        self.now = now
        #: When set, what is read one by one (restore points of collections) is read only for these VMs;
        #: a scan leaves it unset, `collect_vm` sets it to its one VM.
        self.only_vm_ids = {ids.key(v) for v in only_vm_ids} if only_vm_ids is not None else None
        #: Issue 16: per subscription, protected items whose VM no longer exists (core/orphans.py).
        self.orphans: dict[str, list[VmFacts]] = {}
        self._pool = ThreadPoolExecutor(
            max_workers=gateway.settings.max_concurrency, thread_name_prefix="collect"
        )

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled

    def _map(self, function: Callable[[str], T], keys: Iterable[str]) -> dict[str, T | AzureProblemError]:
        """Run `function` for each key concurrently; failures are returned, not raised."""

        def guarded(key: str) -> T | AzureProblemError:
            if self.cancel.is_set():
                raise Cancelled
            try:
                return function(key)
            except AzureProblemError as error:
                return error

        keys = list(dict.fromkeys(keys))
        futures = {key: self._pool.submit(guarded, key) for key in keys}
        results: dict[str, T | AzureProblemError] = {}
        for key, future in futures.items():
            results[key] = future.result()
            self._check_cancel()
        return results

    # --- subscriptions and VMs ------------------------------------------------------------

    def list_subscriptions(self) -> list[Subscription]:
        return [Subscription.from_json(s) for s in self.gateway.list_subscriptions()]

    def list_vms(self, subscription: Subscription) -> tuple[list[VmFacts], list[Problem]]:
        """Every VM with its instance view: the first, fast step, so a UI can show the VMs at once."""
        self._check_cancel()
        vms: list[VmFacts] = []
        problems: list[Problem] = []
        for index, item in enumerate(self.gateway.list_virtual_machines(subscription.id)):
            try:
                vms.append(parse_vm(item, f"/subscriptions/{subscription.id} VM #{index + 1}"))
            except PayloadError as error:
                problems.append(payload_problem(error))
        vms.sort(key=lambda vm: (vm.resource_group.lower(), vm.name.lower()))
        return vms, problems

    def enrich(self, subscription: Subscription, vms: Sequence[VmFacts]) -> list[Problem]:
        """Everything else the checks need, joined onto `vms` in place; returns subscription problems."""
        problems: list[Problem] = []
        if not vms:
            return problems
        steps = (
            self._add_disks,
            self._add_restore_points,  # before locks: their groups are where locks matter
            self._add_locks,
            self._add_backup,
            self._add_key_vaults,
        )
        for step in steps:
            self._check_cancel()
            step(subscription, vms, problems)
        return problems

    # --- each kind of fact --------------------------------------------------------------------

    def _mark(
        self, vms: Iterable[VmFacts], fact: str, problem: Problem, problems: list[Problem] | None
    ) -> None:
        for vm in vms:
            vm.unavailable.setdefault(fact, problem)
        if problems is not None and problem not in problems:
            problems.append(problem)

    def _add_disks(self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]) -> None:
        try:
            payload = self.gateway.list_managed_disks(subscription.id)
        except AzureProblemError as error:
            # The VM model still gives disk sizes; only ADE settings on disk resources are missed.
            problems.append(error.problem)
            return
        disks: dict[str, DiskFacts] = {}
        for item in payload:
            try:
                disk = parse_managed_disk(item)
            except PayloadError as error:
                problems.append(payload_problem(error))
                continue
            if disk.id:
                disks[ids.key(disk.id)] = disk
        for vm in vms:
            if vm.disks is None:
                continue
            vm.disks = tuple(_merge_disk(d, disks.get(ids.key(d.id)) if d.id else None) for d in vm.disks)

    def _add_locks(self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]) -> None:
        try:
            payload = self.gateway.list_locks(subscription.id)
        except AzureProblemError as error:
            self._mark(vms, FACT_LOCKS, error.problem, problems)
            return
        locks: list[LockFacts] = []
        for item in payload:
            try:
                locks.append(parse_lock(item))
            except PayloadError as error:
                problems.append(payload_problem(error))
        for vm in vms:
            groups = {ids.key(f"/subscriptions/{vm.subscription_id}/resourceGroups/{vm.resource_group}")}
            groups.update(
                ids.key(f"/subscriptions/{vm.subscription_id}/resourceGroups/{rpc.resource_group}")
                for rpc in vm.restore_point_collections or ()
            )
            vm_locks = [lock for lock in locks if _applies_to_groups(lock, groups, vm.subscription_id)]
            # Restore point groups follow the AzureBackupRG_<region>_<n> naming even when no collection
            # is left in them, and a lock there blocks the service's clean-up all the same.
            region = vm.location.lower()
            vm_locks.extend(
                lock
                for lock in locks
                if lock not in vm_locks and _is_restore_point_group_lock(lock, vm.subscription_id, region)
            )
            vm.locks = tuple(vm_locks)
        add_storage_account_locks(vms, locks)

    def _add_restore_points(
        self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]
    ) -> None:
        try:
            payload = self.gateway.list_restore_point_collections(subscription.id)
        except AzureProblemError as error:
            self._mark(vms, FACT_RESTORE_POINTS, error.problem, problems)
            return
        by_vm: dict[str, list[str]] = {}
        for item in payload:
            try:
                rpc = parse_restore_point_collection(item)
            except PayloadError as error:
                problems.append(payload_problem(error))
                continue
            if rpc.source_id and (self.only_vm_ids is None or ids.key(rpc.source_id) in self.only_vm_ids):
                by_vm.setdefault(ids.key(rpc.source_id), []).append(rpc.id)
        wanted = [rpc_id for rpc_ids in by_vm.values() for rpc_id in rpc_ids]
        expanded = self._map(self.gateway.get_restore_point_collection, wanted)
        for vm in vms:
            collections: list[RestorePointCollectionFacts] = []
            for rpc_id in by_vm.get(ids.key(vm.id), []):
                result = expanded[rpc_id]
                if isinstance(result, AzureProblemError):
                    self._mark([vm], FACT_RESTORE_POINTS, result.problem, problems)
                    continue
                try:
                    collections.append(parse_restore_point_collection(result))
                except PayloadError as error:
                    self._mark([vm], FACT_RESTORE_POINTS, payload_problem(error, vm.id), problems)
            vm.restore_point_collections = tuple(collections)

    def _add_backup(self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]) -> None:
        try:
            vaults = [str(v["id"]) for v in self.gateway.list_recovery_services_vaults(subscription.id)]
        except (AzureProblemError, KeyError) as error:
            problem = error.problem if isinstance(error, AzureProblemError) else _missing_id(subscription)
            self._mark(vms, FACT_PROTECTION, problem, problems)
            self._mark(vms, FACT_JOBS, problem, None)
            return
        items = self._map(self.gateway.list_protected_vms, vaults)
        now = self.now()
        since = now - self.job_window
        # The filter's times have whole seconds: the end is rounded up, or a job started during the
        # current second (a backup a fix action has just started) would be left out.
        until = now.replace(microsecond=0) + timedelta(seconds=1)
        job_filter = (
            f"backupManagementType eq 'AzureIaasVM' and startTime eq '{_odata_time(since)}' "
            f"and endTime eq '{_odata_time(until)}'"
        )
        jobs = self._map(lambda vault: self.gateway.list_backup_jobs(vault, job_filter), vaults)

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
        if self.only_vm_ids is None:
            self.orphans[subscription.id] = orphaned_vms(subscription.id, protection, sources, vms)
        vm_by_container = {(vm.resource_group.lower(), vm.name.lower()): vm for vm in vms}
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
                vm = _job_vm(job, vm_by_container, protection, vms)
                if vm is not None:
                    vm_jobs.setdefault(ids.key(vm.id), []).append(job)
        for vm in vms:
            found = tuple(protection.get(ids.key(vm.id), ()))
            if found or not failed_vaults:
                vm.protection = found
            else:
                # Not found in the vaults we could read; one we could not read may protect it.
                self._mark([vm], FACT_PROTECTION, failed_vaults[0], None)
            if failed_job_vaults and not vm_jobs.get(ids.key(vm.id)):
                self._mark([vm], FACT_JOBS, failed_job_vaults[0], None)
            else:
                vm.jobs = tuple(
                    sorted(
                        vm_jobs.get(ids.key(vm.id), ()),
                        key=lambda j: j.start_time or datetime.min.replace(tzinfo=UTC),
                        reverse=True,
                    )
                )
        self._add_failed_job_details(vms)

    def _add_failed_job_details(self, vms: Sequence[VmFacts]) -> None:
        """The latest failed job of each VM, read in full (the list leaves extendedInfo out)."""
        latest: dict[str, tuple[VmFacts, JobFacts]] = {}
        for vm in vms:
            failed = next((j for j in vm.jobs or () if (j.status or "").lower() == "failed"), None)
            if failed is not None:
                latest[failed.id] = (vm, failed)
        details = self._map(self.gateway.get_job_details, latest)
        for job_id, result in details.items():
            vm, listed = latest[job_id]
            if isinstance(result, AzureProblemError):
                continue  # the listed job already has its errorDetails; the details only add to it
            try:
                detailed = parse_job(result)
            except PayloadError:
                continue
            merged = replace(
                detailed,
                errors=detailed.errors or listed.errors,
                container_name=detailed.container_name or listed.container_name,
            )
            vm.jobs = tuple(merged if j.id == job_id else j for j in vm.jobs or ())

    def _add_key_vaults(
        self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]
    ) -> None:
        encrypted = [vm for vm in vms if any(d.ade_encrypted for d in vm.disks or ())]
        for vm in vms:
            if vm not in encrypted:
                vm.key_vaults = ()
        if not encrypted:
            return
        vault_ids = {
            ids.key(v): v for vm in encrypted for d in vm.disks or () for v in d.key_vault_ids
        }
        fetched = self._map(self.gateway.get_key_vault, vault_ids.values())
        service_object_id = self._backup_service_object_id(problems)
        for vm in encrypted:
            vm.backup_service_object_id = service_object_id
            vaults: list[KeyVaultFacts] = []
            for vault_id in dict.fromkeys(ids.key(v) for d in vm.disks or () for v in d.key_vault_ids):
                result = fetched[vault_ids[vault_id]]
                if isinstance(result, AzureProblemError):
                    self._mark([vm], FACT_KEY_VAULTS, result.problem, problems)
                    continue
                try:
                    vaults.append(parse_key_vault(result))
                except PayloadError as error:
                    self._mark([vm], FACT_KEY_VAULTS, payload_problem(error, vm.id), problems)
            vm.key_vaults = tuple(vaults)

    def _backup_service_object_id(self, problems: list[Problem]) -> str | None:
        try:
            principal = self.gateway.find_service_principal(BACKUP_MANAGEMENT_SERVICE_APP_ID)
        except AzureProblemError as error:
            problems.append(error.problem)
            return None
        object_id = principal.get("id") if principal else None
        return object_id if isinstance(object_id, str) else None


def collect_vm(
    gateway: AzureGateway,
    vm_id: str,
    *,
    cancel: threading.Event | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> VmFacts:
    """One VM's facts, read as a scan of its subscription reads them (for a fix wizard's verification).

    The VM itself is one GET with its instance view; everything else comes from the same subscription
    lists a scan makes, and only this VM's own restore point collections, failed job and key vaults are
    read one by one. Raises AzureProblemError when the VM cannot be read (404: it no longer exists).
    """
    try:
        facts = parse_vm(gateway.get_virtual_machine(vm_id), vm_id)
    except PayloadError as error:
        raise AzureProblemError(payload_problem(error, vm_id)) from error
    subscription_id = facts.subscription_id or ids.parse_id(vm_id).subscription_id or ""
    collector = Collector(gateway, cancel=cancel, now=now, only_vm_ids=[facts.id])
    try:
        # Problems of subscription-wide lists are already marked on the facts they made unavailable.
        collector.enrich(Subscription(subscription_id, subscription_id, None), [facts])
    finally:
        collector.close()
    return facts


# --- joins -----------------------------------------------------------------------------------


def add_storage_account_locks(vms: Sequence[VmFacts], locks: Sequence[LockFacts]) -> None:
    """Issue 16: the locks over the storage accounts of each VM's unmanaged disks (classic and V1 backup paths
    write there), from the subscription's lock list already read: a lock on the account itself, matched by
    name, or a subscription-wide lock. No extra request."""
    for vm in vms:
        accounts = {d.storage_account.lower() for d in vm.disks or () if d.storage_account}
        vm.storage_account_locks = tuple(
            lock
            for lock in locks
            if ids.key(lock.scope) == ids.key(f"/subscriptions/{vm.subscription_id}")
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


def _applies_to_groups(lock: LockFacts, group_keys: set[str], subscription_id: str) -> bool:
    scope = ids.key(lock.scope)
    if scope == ids.key(f"/subscriptions/{subscription_id}"):
        return True  # a subscription lock covers every group below it
    return scope in group_keys


def _is_restore_point_group_lock(lock: LockFacts, subscription_id: str, region: str) -> bool:
    parsed = ids.parse_id(lock.scope)
    group = (parsed.resource_group or "").lower()
    return (
        parsed.subscription_id is not None
        and parsed.subscription_id.lower() == subscription_id.lower()
        and group.startswith(f"{RESTORE_POINT_GROUP_PREFIX}{region}_")
        and ids.key(lock.scope) == ids.key(parsed.resource_group_id or "")
    )


def _job_vm(
    job: JobFacts,
    vm_by_container: dict[tuple[str, str], VmFacts],
    protection: dict[str, list[ProtectionFacts]],
    vms: Sequence[VmFacts],
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
        for vm in vms
        if vm.name.lower() == job.entity_friendly_name.lower()
        and any(ids.same(p.vault_id, job.vault_id) for p in protection.get(ids.key(vm.id), ()))
    ]
    return candidates[0] if len(candidates) == 1 else None


def _odata_time(moment: datetime) -> str:
    # The format of the Backup jobs filter, as in the official example:
    # "startTime eq '2016-01-01 00:00:00 AM' and endTime eq '2017-11-29 00:00:00 AM'" (UTC).
    return moment.astimezone(UTC).strftime("%Y-%m-%d %I:%M:%S %p")


def _missing_id(subscription: Subscription) -> Problem:
    return payload_problem(PayloadError(f"/subscriptions/{subscription.id}", "vaults[].id", "a string", None))


__all__ = [
    "BACKUP_MANAGEMENT_SERVICE_APP_ID",
    "FACT_DISKS",
    "Cancelled",
    "Collector",
    "Subscription",
    "SubscriptionFacts",
    "collect_vm",
]
