"""What every collection step shares: the subscription, the batch of VMs a step works on, the pool of reads.

Facts are immutable (core/facts.py): a step never changes a VM's facts, it puts a new value in the batch
(`Batch.vms[i] = replace(...)`). The batch belongs to one `Collector.enrich` call on one thread; what it
ends with is published as `Enriched`, so the facts a GUI already holds are never changed under it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from core import ids
from core.azure.errors import AzureProblemError, describe
from core.azure.gateway import AzureGateway, Json
from core.facts import JobFacts, VmFacts
from core.findings import Problem

T = TypeVar("T")
Fetched = list[Json] | AzureProblemError
# The vaults' ids, then each vault's protected items and recent jobs (futures of their lists).
VaultLists = tuple[tuple[str, ...], dict[str, "Future[Fetched]"], dict[str, "Future[Fetched]"]]

# Restore point collections Azure Backup creates live in resource groups named AzureBackupRG_<region>_<n>.
RESTORE_POINT_GROUP_PREFIX = "azurebackuprg_"


class Cancelled(Exception):
    """The user cancelled the scan."""


@dataclass(frozen=True, slots=True)
class Subscription:
    id: ids.SubscriptionId
    display_name: str
    state: str | None

    @classmethod
    def from_json(cls, data: Json) -> Subscription:
        sub_id = ids.SubscriptionId(str(data.get("subscriptionId") or ids.parse_id(str(data.get("id", ""))).name))
        return cls(sub_id, str(data.get("displayName") or sub_id), data.get("state"))


@dataclass(frozen=True, slots=True)
class Enriched:
    """What `Collector.enrich` publishes: new facts for the VMs it was given (same order), never the old
    objects changed. `cancelled`: the user cancelled mid-way; what was read so far is in `vms`."""

    vms: tuple[VmFacts, ...]
    # Protected items of the scope whose VM no longer exists (core/orphans.py), as VmFacts(exists=False).
    orphans: tuple[VmFacts, ...]
    problems: tuple[Problem, ...]
    cancelled: bool = False


class Batch:
    """The VMs one `enrich` call works on, replaced (never changed) by each step; private to that call."""

    __slots__ = ("orphans", "orphans_under", "problems", "vms")

    def __init__(self, vms: Iterable[VmFacts], orphans_under: str | None) -> None:
        self.vms: list[VmFacts] = list(vms)
        # The ARM scope whose orphaned protected items are looked for; None: none are.
        self.orphans_under = orphans_under
        self.orphans: list[VmFacts] = []
        self.problems: list[Problem] = []

    def note(self, problem: Problem) -> None:
        """A problem of the subscription's scan, said once."""
        if problem not in self.problems:
            self.problems.append(problem)

    def mark(self, index: int, fact: str, problem: Problem) -> None:
        """The VM at `index` cannot have `fact`, because of `problem` (the first reason given is kept)."""
        self.vms[index] = self.vms[index].marked_unavailable(fact, problem)

    def mark_all(self, fact: str, problem: Problem) -> None:
        for index in range(len(self.vms)):
            self.mark(index, fact, problem)

    def published(self, *, cancelled: bool = False) -> Enriched:
        return Enriched(tuple(self.vms), tuple(self.orphans), tuple(self.problems), cancelled)


class CollectorBase:
    """The reads every step makes: concurrent, cancellable, and the subscription lists started at once."""

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
        # When set, what is read one by one (restore points of collections) is read only for these VMs;
        # a scan leaves it unset, `collect_vm` sets it to its one VM.
        self.only_vm_ids = {ids.key(v) for v in only_vm_ids} if only_vm_ids is not None else None
        # When set, restore points are counted (one read per collection) only for VMs whose facts point
        # to the restore point limit: a lock on the VM's or its restore point groups, or a failed job
        # with one of these codes. The limit is reached only when the service's clean-up is blocked,
        # and the next backup then fails with UserErrorRpCollectionLimitReached ("Azure VM backup
        # troubleshooting", seed article). Unset: every protected VM's collections are counted.
        self.restore_point_codes = (
            {c.lower() for c in restore_point_codes} if restore_point_codes is not None else None
        )
        # When set, a VM's latest failed job is read in full only if this says the listed job is not
        # enough (its errors name no documented code); unset, every latest failed job is read.
        self.job_details_needed = job_details_needed
        # The documented codes a failed job stands for (None: it matches none); by default the codes
        # its payload names.
        self.job_codes = job_codes or named_codes
        # VMs known to be gone (a 404), read from their vault items whatever their state (`collect_vm`).
        self.gone_vm_ids = {ids.key(v): v for v in gone_vm_ids} if gone_vm_ids is not None else None
        self._pool = ThreadPoolExecutor(
            max_workers=gateway.settings.max_concurrency, thread_name_prefix="collect"
        )
        self._prefetched: dict[tuple[str, str], Future[Fetched]] = {}
        # Per subscription: each vault's protected items and jobs, started once the vaults are listed.
        self._vault_lists: dict[str, Future[VaultLists | None]] = {}
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


def named_codes(job: JobFacts) -> tuple[str, ...] | None:
    """The codes a job's payload names (its failure code, its errors' codes); None when it names none."""
    named = [job.failure_code, *(e.error_code for e in job.errors)]
    found = tuple(code for code in named if isinstance(code, str) and code)
    return found or None


def sort_by_group_and_name(vms: Sequence[VmFacts]) -> list[VmFacts]:
    return sorted(vms, key=lambda vm: (vm.resource_group.lower(), vm.name.lower()))


def _fetch(read: Callable[[str], list[Json]], key: str) -> Fetched:
    try:
        return read(key)
    except AzureProblemError as error:
        return error
    except Exception as error:
        return AzureProblemError(describe(error, f"/subscriptions/{key}"))
