"""One VM's facts, read as a scan of its subscription reads them (a fix wizard's re-read and verification)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.azure.parse import parse_vm, payload_problem
from core.azure.payload import PayloadError
from core.collect.base import Cancelled, Subscription
from core.collect.collector import Collector
from core.facts import VmFacts


def collect_vm(
    gateway: AzureGateway,
    vm_id: ids.VmId,
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
    Raises Cancelled when `cancel` is set before the facts are complete.
    """
    try:
        facts = parse_vm(gateway.get_virtual_machine(vm_id), vm_id)
    except PayloadError as error:
        raise AzureProblemError(payload_problem(error, vm_id)) from error
    except AzureProblemError as error:
        if not orphan or error.status != 404:
            raise
        return _collect_gone(gateway, vm_id, error, cancel=cancel, now=now)
    subscription_id = facts.subscription_id or ids.SubscriptionId(ids.parse_id(vm_id).subscription_id or "")
    collector = Collector(gateway, cancel=cancel, now=now, only_vm_ids=[facts.id])
    try:
        # Problems of subscription-wide lists are already marked on the facts they made unavailable.
        enriched = collector.enrich(Subscription(subscription_id, subscription_id, None), [facts])
    finally:
        collector.close()
    if enriched.cancelled:
        raise Cancelled
    return enriched.vms[0]


def _collect_gone(
    gateway: AzureGateway,
    vm_id: ids.VmId,
    gone: AzureProblemError,
    *,
    cancel: threading.Event | None,
    now: Callable[[], datetime],
) -> VmFacts:
    """A VM that no longer exists, from its subscription's vaults: its items and their jobs."""
    subscription_id = ids.SubscriptionId(ids.parse_id(vm_id).subscription_id or "")
    collector = Collector(gateway, cancel=cancel, now=now, only_vm_ids=[vm_id], gone_vm_ids=[vm_id])
    try:
        found, problems = collector.gone_vms(Subscription(subscription_id, subscription_id, None))
    finally:
        collector.close()
    if not found:
        # The vaults could not be read: say why, or that the VM is gone.
        raise AzureProblemError(problems[0]) if problems else gone
    return found[0]
