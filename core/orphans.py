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

from core.azure import ids
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

#: Protection states in which the service still looks for the VM (a stopped protection does not).
ACTIVE_STATES = frozenset({"protected", "irpending", "protectionerror"})
_GONE_FACTS = (FACT_INSTANCE_VIEW, FACT_EXTENSIONS, FACT_DISKS, FACT_LOCKS, FACT_RESTORE_POINTS, FACT_KEY_VAULTS)


def orphaned_vms(
    subscription_id: str,
    protection: Mapping[str, Sequence[ProtectionFacts]],
    sources: Mapping[str, str],
    vms: Iterable[VmFacts],
) -> list[VmFacts]:
    """The actively protected items of this subscription's VMs that are not in its VM list."""
    listed = {ids.key(vm.id) for vm in vms}
    found: list[VmFacts] = []
    for key, items in protection.items():
        source = sources.get(key)
        if source is None or key in listed:
            continue
        parsed = ids.parse_id(source)
        if (parsed.subscription_id or "").lower() != subscription_id.lower():
            continue  # another subscription's VM: its own scan lists it
        active = tuple(i for i in items if (i.protection_state or "").lower() in ACTIVE_STATES)
        if not active:
            continue
        vm = VmFacts(
            id=source,
            name=active[0].friendly_name or parsed.name,
            subscription_id=parsed.subscription_id or subscription_id,
            resource_group=parsed.resource_group or "",
            location="",
            os_type=None,
            provisioning_state=None,
            exists=False,
        )
        vm.protection = tuple(items)
        vm.jobs = ()
        gone = Problem(
            source,
            "ResourceNotFound",
            Msg("Orphans", QT_TRANSLATE_NOOP("Orphans", "The VM no longer exists in Azure: {vm}."), {"vm": source}),
            404,
        )
        for fact in _GONE_FACTS:
            vm.unavailable[fact] = gone
        found.append(vm)
    return sorted(found, key=lambda vm: (vm.resource_group.lower(), vm.name.lower()))
