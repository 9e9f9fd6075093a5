"""Collection: the facts of every VM of a subscription, from a handful of list calls.

One paged call lists every VM with its instance view; disks, locks, restore point collections,
vaults (with their protected items and recent jobs) come from list calls too, joined to VMs here.
Only what cannot be listed is read one by one, and only where it matters: restore points of a VM's
own collections, details of a VM's latest failed job, and the key vaults encrypted VMs use.
A call that fails marks the facts it would have given as unavailable, on the VMs it concerns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from types import EllipsisType
from typing import TypeVar

from core import ids
from core.azure.errors import AzureProblemError, describe
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
    FACT_INSTANCE_VIEW,
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
Fetched = list[Json] | AzureProblemError

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
        restore_point_codes: Iterable[str] | None = None,
        job_details_needed: Callable[[JobFacts], bool] | None = None,
        job_codes: Callable[[JobFacts], tuple[str, ...] | None] | None = None,
        gone_vm_ids: Iterable[str] | None = None,
    ) -> None:
        self.gateway = gateway
        self.job_window = job_window
        self.cancel = cancel or threading.Event()
        self.now = now
        #: When set, what is read one by one (restore points of collections) is read only for these VMs;
        #: a scan leaves it unset, `collect_vm` sets it to its one VM.
        self.only_vm_ids = {ids.key(v) for v in only_vm_ids} if only_vm_ids is not None else None
        #: When set, restore points are counted (one read per collection) only for VMs whose facts point
        #: to the restore point limit: a lock on the VM's or its restore point groups, or a failed job
        #: with one of these codes. The limit is reached only when the service's clean-up is blocked,
        #: and the next backup then fails with UserErrorRpCollectionLimitReached ("Azure VM backup
        #: troubleshooting", seed article). Unset: every protected VM's collections are counted.
        self.restore_point_codes = (
            {c.lower() for c in restore_point_codes} if restore_point_codes is not None else None
        )
        #: When set, a VM's latest failed job is read in full only if this says the listed job is not
        #: enough (its errors name no documented code); unset, every latest failed job is read.
        self.job_details_needed = job_details_needed
        #: The documented codes a failed job stands for (None: it matches none); by default the codes
        #: its payload names.
        self.job_codes = job_codes or _named_codes
        #: Issue 16: per subscription, protected items whose VM no longer exists (core/orphans.py).
        self.orphans: dict[str, list[VmFacts]] = {}
        #: VMs known to be gone (a 404), read from their vault items whatever their state (`collect_vm`).
        self.gone_vm_ids = {ids.key(v): v for v in gone_vm_ids} if gone_vm_ids is not None else None
        self._pool = ThreadPoolExecutor(
            max_workers=gateway.settings.max_concurrency, thread_name_prefix="collect"
        )
        self._prefetched: dict[tuple[str, str], Future[Fetched]] = {}
        #: Per subscription (lower case), the scope whose orphans `enrich` looks for (see there).
        self._orphans_under: dict[str, str | None] = {}
        self._prefetch_lock = threading.Lock()

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

    def prefetch(self, subscription: Subscription) -> None:
        """Start every subscription-wide list at once, so they run while the VMs are listed."""
        reads: dict[str, Callable[[str], list[Json]]] = {
            "disks": self.gateway.list_managed_disks,
            "restorePointCollections": self.gateway.list_restore_point_collections,
            "locks": self.gateway.list_locks,
            "vaults": self.gateway.list_recovery_services_vaults,
        }
        with self._prefetch_lock:
            for name, read in reads.items():
                key = (subscription.id.lower(), name)
                if key not in self._prefetched:
                    self._prefetched[key] = self._pool.submit(_fetch, read, subscription.id)

    def _fetched(self, subscription: Subscription, name: str, read: Callable[[str], list[Json]]) -> list[Json]:
        """A subscription list, from its prefetch when one was started; raises AzureProblemError."""
        with self._prefetch_lock:
            future = self._prefetched.pop((subscription.id.lower(), name), None)
        result = future.result() if future is not None else _fetch(read, subscription.id)
        if isinstance(result, AzureProblemError):
            raise result
        return result

    # --- subscriptions and VMs ------------------------------------------------------------

    def list_subscriptions(self) -> list[Subscription]:
        return [Subscription.from_json(s) for s in self.gateway.list_subscriptions()]

    def list_vms(
        self, subscription: Subscription, resource_group: str | None = None
    ) -> tuple[list[VmFacts], list[Problem]]:
        """Every VM with its run-time status: the first, fast step, so a UI can show the VMs at once.

        The subscription's list asks for statuses in bulk (`statusOnly=true`); a VM whose status did not
        come back is read on its own (`{vm}/instanceView`), as is every VM of a resource group's list
        (which has no bulk status: core/azure/sdk_requests.py).
        """
        self._check_cancel()
        vms: list[VmFacts] = []
        problems: list[Problem] = []
        # Parsed page by page: a page's raw JSON is dropped once its VMs are facts.
        missing: dict[str, Json] = {}
        index = 0
        pages = (
            self.gateway.virtual_machine_pages(subscription.id)
            if resource_group is None
            else self.gateway.resource_group_vm_pages(subscription.id, resource_group)
        )
        for page in pages:
            for item in page:
                index += 1
                props = item.get("properties")
                no_view = props is None or (isinstance(props, dict) and props.get("instanceView") is None)
                if no_view and isinstance(item.get("id"), str):
                    missing[str(item["id"])] = item  # parsed once its instance view is read
                    continue
                try:
                    vms.append(parse_vm(item, f"/subscriptions/{subscription.id} VM #{index}"))
                except PayloadError as error:
                    problems.append(payload_problem(error))
            self._check_cancel()
        views = self._map(self.gateway.get_vm_instance_view, missing) if missing else {}
        for vm_id, item in missing.items():
            view = views.get(vm_id)
            if isinstance(view, dict):
                item.setdefault("properties", {})["instanceView"] = view
            try:
                vm = parse_vm(item, vm_id)
            except PayloadError as error:
                problems.append(payload_problem(error))
                continue
            if isinstance(view, AzureProblemError):
                vm.unavailable.setdefault(FACT_INSTANCE_VIEW, view.problem)
            vms.append(vm)
        vms.sort(key=lambda vm: (vm.resource_group.lower(), vm.name.lower()))
        return vms, problems

    def read_vms(self, vm_ids: Iterable[str]) -> tuple[list[VmFacts], list[Problem]]:
        """Chosen VMs, each with one GET carrying its instance view; one that cannot be read is a problem
        (404: it no longer exists)."""
        self._check_cancel()
        vms: list[VmFacts] = []
        problems: list[Problem] = []
        for vm_id, result in self._map(self.gateway.get_virtual_machine, vm_ids).items():
            if isinstance(result, AzureProblemError):
                problems.append(result.problem)
                continue
            try:
                vms.append(parse_vm(result, vm_id))
            except PayloadError as error:
                problems.append(payload_problem(error, vm_id))
        vms.sort(key=lambda vm: (vm.resource_group.lower(), vm.name.lower()))
        return vms, problems

    def enrich(
        self,
        subscription: Subscription,
        vms: Sequence[VmFacts],
        *,
        orphans_under: str | EllipsisType | None = ...,
    ) -> list[Problem]:
        """Everything else the checks need, joined onto `vms` in place; returns subscription problems.

        `vms` are all the VMs of `orphans_under` (an ARM scope: the subscription or one of its resource
        groups), whose protected items without a VM become `self.orphans[subscription.id]`; with None,
        `vms` are chosen VMs and no orphan is looked for. By default: the subscription, unless
        `only_vm_ids` is set.
        """
        problems: list[Problem] = []
        if orphans_under is ...:
            orphans_under = None if self.only_vm_ids is not None else f"/subscriptions/{subscription.id}"
        if not vms and orphans_under is None:
            return problems
        with self._prefetch_lock:
            self._orphans_under[subscription.id.lower()] = orphans_under
        self.prefetch(subscription)
        steps = (
            self._add_disks,
            self._add_restore_points,  # before locks: their groups are where locks matter
            self._add_locks,
            self._add_backup,
            self._count_restore_points,  # after locks and jobs: they say which VMs need the count
            self._add_key_vaults,
        )
        for step in steps:
            self._check_cancel()
            step(subscription, vms, problems)
        return problems

    def gone_vms(self, subscription: Subscription) -> tuple[list[VmFacts], list[Problem]]:
        """The VMs of `gone_vm_ids` as their vault items and jobs tell (only the vaults are read)."""
        problems: list[Problem] = []
        self._add_backup(subscription, [], problems)
        return self.orphans.get(subscription.id, []), problems

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
            payload = self._fetched(subscription, "disks", self.gateway.list_managed_disks)
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
            payload = self._fetched(subscription, "locks", self.gateway.list_locks)
        except AzureProblemError as error:
            self._mark(vms, FACT_LOCKS, error.problem, problems)
            return
        locks: list[LockFacts] = []
        for item in payload:
            try:
                locks.append(parse_lock(item))
            except PayloadError as error:
                problems.append(payload_problem(error))
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
        for vm in vms:
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
            vm.locks = tuple(vm_locks)
        add_storage_account_locks(vms, locks)

    def _add_restore_points(
        self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]
    ) -> None:
        try:
            payload = self._fetched(
                subscription, "restorePointCollections", self.gateway.list_restore_point_collections
            )
        except AzureProblemError as error:
            self._mark(vms, FACT_RESTORE_POINTS, error.problem, problems)
            return
        by_vm: dict[str, list[RestorePointCollectionFacts]] = {}
        for item in payload:
            try:
                rpc = parse_restore_point_collection(item)
            except PayloadError as error:
                problems.append(payload_problem(error))
                continue
            if rpc.source_id:
                by_vm.setdefault(ids.key(rpc.source_id), []).append(rpc)
        for vm in vms:
            # Listed, not yet counted (restore_point_count None): _count_restore_points reads the counts.
            vm.restore_point_collections = tuple(by_vm.get(ids.key(vm.id), ()))

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

    def _count_restore_points(
        self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]
    ) -> None:
        """Each collection of the VMs that need the count, read with its restore points."""
        wanted: dict[str, VmFacts] = {}
        for vm in vms:
            if vm.restore_point_collections is None:
                continue  # the list failed: already marked unavailable
            if self._needs_restore_point_count(vm):
                wanted.update((rpc.id, vm) for rpc in vm.restore_point_collections)
            else:
                vm.restore_points_not_counted = True
        expanded = self._map(self.gateway.get_restore_point_collection, wanted)
        counted: dict[str, RestorePointCollectionFacts] = {}
        for rpc_id, result in expanded.items():
            vm = wanted[rpc_id]
            if isinstance(result, AzureProblemError):
                self._mark([vm], FACT_RESTORE_POINTS, result.problem, problems)
                continue
            try:
                counted[rpc_id] = parse_restore_point_collection(result)
            except PayloadError as error:
                self._mark([vm], FACT_RESTORE_POINTS, payload_problem(error, vm.id), problems)
        for vm in {id(vm): vm for vm in wanted.values()}.values():
            # A collection that could not be read is left out, as before: the fact is marked unavailable.
            vm.restore_point_collections = tuple(
                counted[rpc.id] for rpc in vm.restore_point_collections or () if rpc.id in counted
            )

    def _add_backup(self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]) -> None:
        try:
            listed = self._fetched(subscription, "vaults", self.gateway.list_recovery_services_vaults)
            vaults = [str(v["id"]) for v in listed]
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
        with self._prefetch_lock:
            under = self._orphans_under.get(subscription.id.lower())
        orphans: list[VmFacts] = []
        if under is not None or self.gone_vm_ids is not None:
            # A scope's orphans (a subscription or one of its groups), or the gone VMs a wizard asks about.
            gone = orphaned_vms(subscription.id, protection, sources, vms, self.gone_vm_ids)
            orphans = [vm for vm in gone if under is None or _below(vm.id, under)]
            self.orphans[subscription.id] = orphans
        # Jobs are matched to the orphaned items too: "its last backup failed with BCMV2VMNotFound" is
        # the evidence that the deleted VM is what breaks the backup.
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
        for orphan in orphans:
            orphan.jobs = _newest_first(vm_jobs.get(ids.key(orphan.id), ()))
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
                vm.jobs = _newest_first(vm_jobs.get(ids.key(vm.id), ()))
        self._add_failed_job_details((*vms, *orphans), problems)

    def _add_failed_job_details(self, vms: Sequence[VmFacts], problems: list[Problem]) -> None:
        """The latest failed job of each VM, read in full when the list did not name its error code.

        A listed job carries errorDetails; the details add extendedInfo (the propertyBag's failure code,
        the dynamic error message). With `job_details_needed` they are read only when the listed job is
        not enough to name the documented code, and for the VMs a wizard asks about (`only_vm_ids`).
        """
        latest: dict[str, tuple[VmFacts, JobFacts]] = {}
        for vm in vms:
            failed = next((j for j in vm.jobs or () if (j.status or "").lower() == "failed"), None)
            if failed is None:
                continue
            if self.job_details_needed is None or self.only_vm_ids is not None or self.job_details_needed(failed):
                latest[failed.id] = (vm, failed)
        details = self._map(self.gateway.get_job_details, latest)
        for job_id, result in details.items():
            vm, listed = latest[job_id]
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
            vm.jobs = tuple(merged if j.id == job_id else j for j in vm.jobs or ())

    def _add_key_vaults(
        self, subscription: Subscription, vms: Sequence[VmFacts], problems: list[Problem]
    ) -> None:
        encrypted = [vm for vm in vms if any(d.ade_encrypted for d in vm.disks or ())]
        encrypted_ids = {id(vm) for vm in encrypted}  # not `in encrypted`: comparing VmFacts is costly
        for vm in vms:
            if id(vm) not in encrypted_ids:
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
    orphan: bool = False,
) -> VmFacts:
    """One VM's facts, read as a scan of its subscription reads them (for a fix wizard's verification).

    The VM itself is one GET with its instance view; everything else comes from the same subscription
    lists a scan makes, and only this VM's own restore point collections, failed job and key vaults are
    read one by one. Raises AzureProblemError when the VM cannot be read (404: it no longer exists), unless
    `orphan`: then a VM that is gone is read from the vault items that name it (`VmFacts(exists=False)`,
    as a scan reports an orphaned protected item, whatever the items' state now, even with none left).
    """
    try:
        facts = parse_vm(gateway.get_virtual_machine(vm_id), vm_id)
    except PayloadError as error:
        raise AzureProblemError(payload_problem(error, vm_id)) from error
    except AzureProblemError as error:
        if not orphan or error.status != 404:
            raise
        return _collect_gone(gateway, vm_id, error, cancel=cancel, now=now)
    subscription_id = facts.subscription_id or ids.parse_id(vm_id).subscription_id or ""
    collector = Collector(gateway, cancel=cancel, now=now, only_vm_ids=[facts.id])
    try:
        # Problems of subscription-wide lists are already marked on the facts they made unavailable.
        collector.enrich(Subscription(subscription_id, subscription_id, None), [facts])
    finally:
        collector.close()
    return facts


def _collect_gone(
    gateway: AzureGateway,
    vm_id: str,
    gone: AzureProblemError,
    *,
    cancel: threading.Event | None,
    now: Callable[[], datetime],
) -> VmFacts:
    """A VM that no longer exists, from its subscription's vaults: its items and their jobs."""
    subscription_id = ids.parse_id(vm_id).subscription_id or ""
    collector = Collector(gateway, cancel=cancel, now=now, only_vm_ids=[vm_id], gone_vm_ids=[vm_id])
    try:
        found, problems = collector.gone_vms(Subscription(subscription_id, subscription_id, None))
    finally:
        collector.close()
    if not found:
        # The vaults could not be read: say why, or that the VM is gone.
        raise AzureProblemError(problems[0]) if problems else gone
    return found[0]


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
            id=source,
            name=parsed.name,
            subscription_id=subscription_id,
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


def _named_codes(job: JobFacts) -> tuple[str, ...] | None:
    named = [job.failure_code, *(e.error_code for e in job.errors)]
    found = tuple(code for code in named if isinstance(code, str) and code)
    return found or None


def _fetch(read: Callable[[str], list[Json]], key: str) -> Fetched:
    try:
        return read(key)
    except AzureProblemError as error:
        return error
    except Exception as error:
        return AzureProblemError(describe(error, f"/subscriptions/{key}"))


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
