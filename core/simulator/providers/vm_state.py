"""Keeping a VM's answers consistent when its extensions change.

The fix wizards delete a failed backup extension and trigger a backup; afterwards the VM must look as
it would in Azure: the extension gone from the instance view and the agent's handler list, the VM
back to provisioning state Succeeded once no extension is failed, and after the backup a fresh
VMSnapshot / VMSnapshotLinux extension.
"""

from __future__ import annotations

from typing import Any

from core.simulator import ids
from core.simulator.operations import utc_now
from core.simulator.store import ResourceStore

Json = dict[str, Any]

VM_TYPE = "Microsoft.Compute/virtualMachines"
EXTENSION_TYPE = "Microsoft.Compute/virtualMachines/extensions"
BACKUP_PUBLISHER = "Microsoft.Azure.RecoveryServices"
_BACKUP_TYPES = {"vmsnapshot", "vmsnapshotlinux"}
_FAILED_CODE = "provisioningstate/failed"


def handler_type(extension: Json) -> str:
    """The name the agent reports an extension's handler under: '{publisher}.{type}'."""
    props = extension.get("properties") or {}
    return f"{props.get('publisher', '')}.{props.get('type', '')}"


def os_type(vm: Json) -> str:
    props = vm.get("properties") or {}
    declared = ((props.get("storageProfile") or {}).get("osDisk") or {}).get("osType")
    if isinstance(declared, str):
        return "Linux" if declared.lower() == "linux" else "Windows"
    return "Linux" if "linuxConfiguration" in (props.get("osProfile") or {}) else "Windows"


def extensions_of(store: ResourceStore, vm_id: str) -> list[Json]:
    return store.children(vm_id, EXTENSION_TYPE)


def _named(entry: Any, field: str) -> str:
    """An entry's field, lower-cased for comparison; '' when the entry or field is missing."""
    return str(entry.get(field, "")).lower() if isinstance(entry, dict) else ""


def _succeeded(display: str) -> Json:
    return {"code": "ProvisioningState/succeeded", "level": "Info", "displayStatus": display, "time": utc_now()}


def _has_failed_status(statuses: Any) -> bool:
    return isinstance(statuses, list) and any(
        isinstance(s, dict) and str(s.get("code", "")).lower().startswith(_FAILED_CODE) for s in statuses
    )


def remove_extension(store: ResourceStore, extension_id: str) -> None:
    with store.lock:
        extension = store.get(extension_id)
        if extension is None:
            return
        store.delete(extension_id)
        vm_id = ids.parent(extension_id)
        name = ids.name(extension_id).lower()
        handler = handler_type(extension).lower()
        still_used = {handler_type(ext).lower() for ext in extensions_of(store, vm_id)}

        def change(vm: Json) -> None:
            view = (vm.get("properties") or {}).get("instanceView")
            if not isinstance(view, dict):
                return
            if isinstance(view.get("extensions"), list):
                view["extensions"] = [e for e in view["extensions"] if _named(e, "name") != name]
            agent = view.get("vmAgent")
            handlers = agent.get("extensionHandlers") if isinstance(agent, dict) else None
            if isinstance(agent, dict) and isinstance(handlers, list) and handler not in still_used:
                agent["extensionHandlers"] = [
                    h
                    for h in agent["extensionHandlers"]
                    if not (isinstance(h, dict) and str(h.get("type", "")).lower() == handler)
                ]

        store.update(vm_id, change)
        settle_provisioning(store, vm_id)


def settle_provisioning(store: ResourceStore, vm_id: str) -> None:
    """A VM failed by an extension returns to Succeeded once no remaining extension is failed."""
    with store.lock:
        remaining = extensions_of(store, vm_id)
        if any(_named(ext.get("properties"), "provisioningState") == "failed" for ext in remaining):
            return

        def change(vm: Json) -> None:
            props = vm.setdefault("properties", {})
            view = props.get("instanceView")
            if isinstance(view, dict) and any(
                isinstance(e, dict) and _has_failed_status(e.get("statuses")) for e in view.get("extensions") or []
            ):
                return
            if str(props.get("provisioningState", "")).lower() != "failed":
                return
            props["provisioningState"] = "Succeeded"
            if isinstance(view, dict) and isinstance(view.get("statuses"), list):
                view["statuses"] = [
                    _succeeded("Provisioning succeeded")
                    if isinstance(s, dict) and str(s.get("code", "")).lower().startswith("provisioningstate/")
                    else s
                    for s in view["statuses"]
                ]

        store.update(vm_id, change)


def ensure_backup_extension(store: ResourceStore, vm_id: str) -> None:
    """What a backup leaves on the VM: the backup extension, installed and succeeded, if it was missing."""
    with store.lock:
        vm = store.get(vm_id)
        if vm is None:
            return
        for ext in extensions_of(store, vm_id):
            props = ext.get("properties") or {}
            if str(props.get("publisher", "")).lower() == BACKUP_PUBLISHER.lower() and (
                str(props.get("type", "")).lower() in _BACKUP_TYPES
            ):
                return
        ext_type = "VMSnapshotLinux" if os_type(vm) == "Linux" else "VMSnapshot"
        version = "1.0"
        store.put(
            {
                "name": ext_type,
                "id": f"{vm['id']}/extensions/{ext_type}",
                "type": EXTENSION_TYPE,
                "location": vm.get("location", ""),
                "properties": {
                    "autoUpgradeMinorVersion": True,
                    "provisioningState": "Succeeded",
                    "publisher": BACKUP_PUBLISHER,
                    "type": ext_type,
                    "typeHandlerVersion": version,
                    "settings": {},
                },
            }
        )
        full_type = f"{BACKUP_PUBLISHER}.{ext_type}"

        def change(target: Json) -> None:
            view = (target.get("properties") or {}).get("instanceView")
            if not isinstance(view, dict):
                return
            entry = {
                "name": ext_type,
                "type": full_type,
                "typeHandlerVersion": version,
                "statuses": [_succeeded("Provisioning succeeded")],
            }
            others = [e for e in view.get("extensions") or [] if str(e.get("name", "")).lower() != ext_type.lower()]
            view["extensions"] = [*others, entry]
            agent = view.get("vmAgent")
            if isinstance(agent, dict):
                handlers = [h for h in agent.get("extensionHandlers") or [] if _named(h, "type") != full_type.lower()]
                status = {"code": "ProvisioningState/succeeded", "level": "Info", "displayStatus": "Ready"}
                agent["extensionHandlers"] = [
                    *handlers,
                    {"type": full_type, "typeHandlerVersion": version, "status": status},
                ]

        store.update(vm_id, change)
        settle_provisioning(store, vm_id)
