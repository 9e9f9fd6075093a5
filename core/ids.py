"""ARM resource ids: case-insensitive, like ARM itself compares them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NewType


@dataclass(frozen=True)
class ResourceId:
    subscription_id: str | None
    resource_group: str | None
    name: str

    @property
    def resource_group_id(self) -> str | None:
        if self.subscription_id is None or self.resource_group is None:
            return None
        return f"/subscriptions/{self.subscription_id}/resourceGroups/{self.resource_group}"


def parse_id(resource_id: str) -> ResourceId:
    """Subscription, resource group and last name segment of an ARM id (missing parts are None)."""
    parts = [p for p in resource_id.split("/") if p]
    lowered = [p.lower() for p in parts]
    subscription = _after(parts, lowered, "subscriptions")
    group = _after(parts, lowered, "resourcegroups")
    return ResourceId(subscription, group, parts[-1] if parts else "")


def _after(parts: list[str], lowered: list[str], key: str) -> str | None:
    try:
        index = lowered.index(key)
    except ValueError:
        return None
    return parts[index + 1] if index + 1 < len(parts) else None


def key(resource_id: str) -> str:
    """A dictionary key for an id: ARM ids compare case-insensitively; trailing slashes are noise."""
    return resource_id.rstrip("/").lower()


def same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and key(a) == key(b)


def lock_scope(lock_id: str) -> str:
    """The scope a lock applies to: everything before `/providers/Microsoft.Authorization/locks/`."""
    marker = "/providers/microsoft.authorization/locks/"
    index = lock_id.lower().rfind(marker)
    return lock_id[:index] if index >= 0 else lock_id


def parse_iaas_container(container_name: str) -> tuple[str, str] | None:
    """(resource group, VM name) from a Backup container name.

    Azure Backup names an Azure VM's container `iaasvmcontainerv2;<rg>;<vm>` (or, in item and
    container ids, with an `IaasVMContainer;` or `VM;` prefix); classic VMs use `iaasvmcontainer;`.
    """
    parts = container_name.split(";")
    if len(parts) >= 3 and parts[-3].lower() in ("iaasvmcontainerv2", "iaasvmcontainer"):
        return parts[-2], parts[-1]
    return None


# An ARM id of a virtual machine (`/subscriptions/…/virtualMachines/<name>`), as Azure spells it: what
# `VmFacts.id` holds and what a wizard or a VM scope is given, never a VM's name or another resource's id.
VmId = NewType("VmId", str)
# A subscription's GUID (`VmFacts.subscription_id`, `Subscription.id`), never its ARM id or display name.
SubscriptionId = NewType("SubscriptionId", str)
