"""Issue 16: protected items whose VM no longer exists (ResourceNotFound 320001, BCMV2VMNotFound 400094,
UserErrorVmNotFoundV2).

backup-azure-vms-troubleshoot: "This error happens when the primary VM is deleted, but the backup policy still
looks for a VM to back up": recreate the VM with the same name and resource group, or stop protection (with
or without deleting the backup data). A protected item names its VM in sourceResourceId; when the
subscription's VM list (already read) has no such VM, the VM is gone (ARM would answer 404). No extra request:
the VM list and the vaults' protected items are what the scan reads anyway.

Each orphaned item becomes a `VmFacts` with `exists=False`, named after the item, so that it is reported and
fixed like a VM; what only a live VM has is unavailable, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from core import ids
from core.facts import (
    FACT_DISKS,
    FACT_EXTENSIONS,
    FACT_INSTANCE_VIEW,
    FACT_KEY_VAULTS,
    FACT_LOCKS,
    FACT_RESTORE_POINTS,
    ProtectionFacts,
    VmFacts,
)
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg

# Protection states in which the service still looks for the VM (a stopped protection does not).
ACTIVE_STATES = frozenset({"protected", "irpending", "protectionerror"})
_GONE_FACTS = (FACT_INSTANCE_VIEW, FACT_EXTENSIONS, FACT_DISKS, FACT_LOCKS, FACT_RESTORE_POINTS, FACT_KEY_VAULTS)


def is_active(item: ProtectionFacts) -> bool:
    """Whether the vault still backs this item up on schedule (and so still looks for its VM)."""
    return (item.protection_state or "").lower() in ACTIVE_STATES and not item.soft_deleted


def still_looked_for(vm: VmFacts) -> bool:
    """For a VM that no longer exists: whether a vault still tries to back it up (an orphan to fix)."""
    return any(is_active(item) for item in vm.protection or ())


def orphaned_vms(
    subscription_id: str,
    protection: Mapping[str, Sequence[ProtectionFacts]],
    sources: Mapping[str, str],
    vms: Iterable[VmFacts],
    wanted: Mapping[str, str] | None = None,
) -> list[VmFacts]:
    """The actively protected items of this subscription's VMs that are not in its VM list.

    `wanted` (key -> VM id) asks for only these gone VMs, whatever the state of their items, and even with
    none left (a fix wizard's verification after protection was stopped or the data deleted).
    """
    listed = {ids.key(vm.id) for vm in vms}
    found: list[VmFacts] = []
    for key in wanted if wanted is not None else protection:
        items = protection.get(key, ())
        source = sources.get(key) or (wanted or {}).get(key)
        if source is None or key in listed:
            continue
        parsed = ids.parse_id(source)
        if (parsed.subscription_id or "").lower() != subscription_id.lower():
            continue  # another subscription's VM: its own scan lists it
        active = tuple(i for i in items if is_active(i))
        if not active and key not in (wanted or {}):
            continue
        named = (*active, *items)
        gone = Problem(
            source,
            "ResourceNotFound",
            Msg("Orphans", QT_TRANSLATE_NOOP("Orphans", "The VM no longer exists in Azure: {vm}."), {"vm": source}),
            404,
        )
        vm = VmFacts(
            id=ids.VmId(source),
            name=(named[0].friendly_name if named else None) or parsed.name,
            subscription_id=ids.SubscriptionId(parsed.subscription_id or subscription_id),
            resource_group=parsed.resource_group or "",
            location="",
            os_type=None,
            provisioning_state=None,
            protection=tuple(items),
            jobs=(),
            exists=False,
            unavailable=dict.fromkeys(_GONE_FACTS, gone),
        )
        found.append(vm)
    return sorted(found, key=lambda vm: (vm.resource_group.lower(), vm.name.lower()))
