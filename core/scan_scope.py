"""What a scan covers: the whole tenant, some subscriptions, one resource group, or some VMs.

A narrower scope lists fewer VMs and reads one by one only for those VMs (restore point counts, failed
job details, key vaults); the subscription-wide lists a VM's facts are joined from (disks, locks,
restore point collections, vaults with their items and jobs) are read all the same, so a VM's findings
are the ones a scan of the whole tenant gives it. Protected items whose VM no longer exists
(core/orphans.py) belong to a subscription or resource group scan, not to a scan of chosen VMs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from core import ids


class ScopeKind(Enum):
    TENANT = "tenant"
    SUBSCRIPTIONS = "subscriptions"
    RESOURCE_GROUP = "resourceGroup"
    VMS = "vms"


@dataclass(frozen=True)
class ScanScope:
    """Build with the class methods; the default is the whole tenant."""

    subscription_ids: tuple[ids.SubscriptionId, ...] = ()  # lower case
    resource_group: str | None = None
    vm_ids: tuple[ids.VmId, ...] = ()

    def __post_init__(self) -> None:
        if self.resource_group is not None and (len(self.subscription_ids) != 1 or self.vm_ids):
            raise ValueError("a resource group scope names exactly one subscription and no VM")

    @classmethod
    def tenant(cls) -> ScanScope:
        return cls()

    @classmethod
    def subscriptions(cls, subscription_ids: Iterable[str]) -> ScanScope:
        return cls(tuple(dict.fromkeys(ids.SubscriptionId(s.lower()) for s in subscription_ids)))

    @classmethod
    def group(cls, subscription_id: str, resource_group: str) -> ScanScope:
        return cls((ids.SubscriptionId(subscription_id.lower()),), resource_group)

    @classmethod
    def vms(cls, vm_ids: Iterable[str]) -> ScanScope:
        """VMs by ARM id; their subscriptions are read from the ids."""
        wanted = tuple(dict.fromkeys(ids.VmId(v) for v in vm_ids))
        if not wanted:
            raise ValueError("a VM scope names at least one VM")
        subscriptions = (ids.SubscriptionId(str(ids.parse_id(v).subscription_id or "").lower()) for v in wanted)
        return cls(tuple(dict.fromkeys(subscriptions)), None, wanted)

    @property
    def kind(self) -> ScopeKind:
        if self.vm_ids:
            return ScopeKind.VMS
        if self.resource_group is not None:
            return ScopeKind.RESOURCE_GROUP
        return ScopeKind.SUBSCRIPTIONS if self.subscription_ids else ScopeKind.TENANT

    def vm_ids_in(self, subscription_id: str) -> list[ids.VmId]:
        """The chosen VMs of one subscription (for a VM scope)."""
        return [v for v in self.vm_ids if (ids.parse_id(v).subscription_id or "").lower() == subscription_id.lower()]

    def includes_subscription(self, subscription_id: str) -> bool:
        """Whether anything of this subscription is scanned."""
        return not self.subscription_ids or subscription_id.lower() in self.subscription_ids

    def includes_vm(self, vm_id: str, resource_group: str, subscription_id: str) -> bool:
        """Whether a VM (or an orphaned protected item) is re-checked by this scan."""
        if self.vm_ids:
            return any(ids.same(vm_id, wanted) for wanted in self.vm_ids)
        if not self.includes_subscription(subscription_id):
            return False
        return self.resource_group is None or resource_group.lower() == self.resource_group.lower()

    def orphans_under(self, subscription_id: str) -> str | None:
        """The ARM scope whose orphaned protected items this scan reports; None for chosen VMs."""
        if self.vm_ids:
            return None
        if self.resource_group is not None:
            return f"/subscriptions/{subscription_id}/resourceGroups/{self.resource_group}"
        return f"/subscriptions/{subscription_id}"


__all__ = ["ScanScope", "ScopeKind"]
