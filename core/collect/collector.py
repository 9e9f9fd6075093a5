"""The collector: lists a subscription's VMs, then joins everything else the checks need onto them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from types import EllipsisType

from core.azure.errors import AzureProblemError
from core.azure.gateway import Json
from core.azure.parse import parse_vm, payload_problem
from core.azure.payload import PayloadError
from core.collect.backup import BackupSteps
from core.collect.base import Batch, Cancelled, Enriched, Subscription, sort_by_group_and_name
from core.collect.key_vaults import KeyVaultSteps
from core.collect.read_ahead import read_ahead
from core.collect.restore_points import RestorePointSteps
from core.collect.storage import StorageSteps
from core.facts import FACT_INSTANCE_VIEW, VmFacts
from core.findings import Problem


class Collector(StorageSteps, RestorePointSteps, BackupSteps, KeyVaultSteps):
    """One per scan (or per `collect_vm`); `enrich` may run for several subscriptions at once."""

    # --- subscriptions and VMs ------------------------------------------------------------

    def list_subscriptions(self) -> list[Subscription]:
        return [Subscription.from_json(s) for s in self.gateway.list_subscriptions()]

    def list_vms(
        self,
        subscription: Subscription,
        resource_group: str | None = None,
        *,
        on_page: Callable[[list[VmFacts]], None] | None = None,
    ) -> tuple[list[VmFacts], list[Problem]]:
        """Every VM with its run-time status: the first, fast step, so a UI can show the VMs at once.

        The subscription's list asks for statuses in bulk (`statusOnly=true`); a VM whose status did not
        come back is read on its own (`{vm}/instanceView`), as is every VM of a resource group's list
        (which has no bulk status: core/azure/sdk_requests.py).

        `on_page` is called with each page's VMs that came with their status, as soon as the page is
        parsed (the list's later pages are still being read); the VMs read on their own are not passed to
        it. The answer is every VM, sorted, whatever `on_page` was given.
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
        for page in read_ahead(pages, name="collect-vm-pages"):
            parsed = len(vms)
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
            if on_page is not None and len(vms) > parsed:
                on_page(vms[parsed:])
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
                vm = vm.marked_unavailable(FACT_INSTANCE_VIEW, view.problem)
            vms.append(vm)
        return sort_by_group_and_name(vms), problems

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
        return sort_by_group_and_name(vms), problems

    def enrich(
        self,
        subscription: Subscription,
        vms: Sequence[VmFacts],
        *,
        orphans_under: str | EllipsisType | None = ...,
    ) -> Enriched:
        """Everything else the checks need, joined onto `vms`: published as new facts, `vms` are not changed.

        `vms` are all the VMs of `orphans_under` (an ARM scope: the subscription or one of its resource
        groups), whose protected items without a VM become `Enriched.orphans`; with None, `vms` are chosen
        VMs and no orphan is looked for. By default: the subscription, unless `only_vm_ids` is set.
        Cancelled mid-way, it returns what was read so far (`Enriched.cancelled`) rather than raising.
        """
        if orphans_under is ...:
            orphans_under = None if self.only_vm_ids is not None else f"/subscriptions/{subscription.id}"
        batch = Batch(vms, orphans_under)
        if not vms and orphans_under is None:
            return batch.published()
        try:
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
                step(subscription, batch)
        except Cancelled:
            return batch.published(cancelled=True)
        return batch.published()

    def gone_vms(self, subscription: Subscription) -> tuple[list[VmFacts], list[Problem]]:
        """The VMs of `gone_vm_ids` as their vault items and jobs tell (only the vaults are read)."""
        batch = Batch((), None)
        self._add_backup(subscription, batch)
        return batch.orphans, batch.problems
