"""VM start, restart and size change in the simulated tenant, as long-running operations, and the sizes a VM
can move to.

- `POST {vm}/start`, `POST {vm}/restart` (VirtualMachines_Start, _Restart): 202 and a Compute operation;
  when it completes the VM is `PowerState/running` and a Failed provisioning state is cleared, as a
  successful operation on the VM does in Azure. A restart needs a running VM (Azure answers 409
  OperationNotAllowed otherwise). A VM whose last operation failed because Azure could not allocate its
  size ("Allocation failed", allocation-failure troubleshooting) fails the same way again until it is resized.
- `PATCH {vm}` with `properties.hardwareProfile.vmSize` (VirtualMachines_Update): only a size the VM's
  `vmSizes` list offers; a running VM restarts on the new size (resize-vm: "If the virtual machine is
  currently running, changing its size will cause it to be restarted").
- `GET {vm}/vmSizes` (VirtualMachines_ListAvailableSizes): the sizes below, with Azure's published vCPU and
  memory figures (virtual-machines/sizes), in the VirtualMachineSize shape.
"""

from __future__ import annotations

from typing import Any

from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.operations import OperationFailedError, utc_now
from core.simulator.providers.common import request_id, require
from core.simulator.providers.compute import _accepted
from core.simulator.routing import Access, Params, Route, route

Json = dict[str, Any]

# name: (vCPUs, memory GiB, max data disks), from the Azure VM size pages.
SIZES: dict[str, tuple[int, float, int]] = {
    "Standard_B2s": (2, 4, 4),
    "Standard_B2ms": (2, 8, 4),
    "Standard_B4ms": (4, 16, 8),
    "Standard_D2s_v3": (2, 8, 4),
    "Standard_D4s_v3": (4, 16, 8),
    "Standard_D2s_v5": (2, 8, 4),
    "Standard_D4s_v5": (4, 16, 8),
    "Standard_D8s_v5": (8, 32, 16),
    "Standard_D2as_v5": (2, 8, 4),
    "Standard_D4as_v5": (4, 16, 8),
    "Standard_D8as_v5": (8, 32, 16),
    "Standard_E4s_v3": (4, 32, 8),
    "Standard_E8s_v3": (8, 64, 16),
    "Standard_E32s_v3": (32, 256, 32),
    "Standard_E4s_v5": (4, 32, 8),
    "Standard_E8s_v5": (8, 64, 16),
    "Standard_E16s_v5": (16, 128, 32),
    "Standard_M32ls": (32, 256, 32),
}


def size_view(name: str) -> Json:
    cores, memory, disks = SIZES[name]
    return {
        "name": name,
        "numberOfCores": cores,
        "osDiskSizeInMB": 1047552,
        "resourceDiskSizeInMB": 0,
        "memoryInMB": int(memory * 1024),
        "maxDataDiskCount": disks,
    }


def _statuses(vm: Json) -> list[Json]:
    view = vm.setdefault("properties", {}).setdefault("instanceView", {})
    statuses = view.get("statuses")
    if not isinstance(statuses, list):
        statuses = view["statuses"] = []
    return [s for s in statuses if isinstance(s, dict)]


def power_state(vm: Json) -> str:
    for status in _statuses(vm):
        code = str(status.get("code", "")) if isinstance(status, dict) else ""
        if code.lower().startswith("powerstate/"):
            return code.split("/", 1)[1].lower()
    return "running"


def _allocation_failed(vm: Json) -> bool:
    if str(vm.get("properties", {}).get("provisioningState", "")).lower() != "failed":
        return False
    return any("allocation failed" in str(s.get("message", "")).lower() for s in _statuses(vm) if isinstance(s, dict))


def _settle(vm: Json) -> None:
    """After a successful operation: running, provisioning succeeded (in place)."""
    props = vm.setdefault("properties", {})
    props["provisioningState"] = "Succeeded"
    kept = [
        s
        for s in _statuses(vm)
        if isinstance(s, dict) and not str(s.get("code", "")).lower().startswith(("provisioningstate/", "powerstate/"))
    ]
    props["instanceView"]["statuses"] = [
        {
            "code": "ProvisioningState/succeeded",
            "level": "Info",
            "displayStatus": "Provisioning succeeded",
            "time": utc_now(),
        },
        {"code": "PowerState/running", "level": "Info", "displayStatus": "VM running"},
        *kept,
    ]


def _power_operation(ctx: Context, request: Request, *, restart: bool) -> Response:
    vm = require(ctx, request_id(request, drop=1))
    state = power_state(vm)
    if restart and state != "running":
        raise ArmError(
            409,
            "OperationNotAllowed",
            f"Operation 'restart' is not allowed on VM '{vm['name']}' since the VM is not running "
            f"(power state {state}). Start the VM instead.",
        )
    vm_id = str(vm["id"])
    if _allocation_failed(vm):
        size = vm.get("properties", {}).get("hardwareProfile", {}).get("vmSize")
        message = (
            f"Allocation failed. We do not have sufficient capacity for the requested VM size {size} in this "
            "region. Try another VM size, or try again later."
        )

        def refuse() -> None:
            raise OperationFailedError("AllocationFailed", message)

        return _accepted(ctx, request, vm, ctx.start_operation(refuse, watch=(vm_id,)))

    def complete() -> None:
        ctx.store.update(vm_id, _settle)

    return _accepted(ctx, request, vm, ctx.start_operation(complete, watch=(vm_id,)))


def start_vm(ctx: Context, request: Request, params: Params) -> Response:
    return _power_operation(ctx, request, restart=False)


def restart_vm(ctx: Context, request: Request, params: Params) -> Response:
    return _power_operation(ctx, request, restart=True)


def _available(vm: Json) -> list[str]:
    return list(SIZES)


def list_sizes(ctx: Context, request: Request, params: Params) -> Response:
    vm = require(ctx, request_id(request, drop=1))
    return ok({"value": [size_view(name) for name in _available(vm)]})


def update_vm(ctx: Context, request: Request, params: Params) -> Response:
    vm = require(ctx, request_id(request))
    body = request.json()
    props = body.get("properties") if isinstance(body, dict) else None
    wanted = ((props or {}).get("hardwareProfile") or {}).get("vmSize") if isinstance(props, dict) else None
    if not isinstance(wanted, str) or not wanted:
        raise ArmError(
            400, "InvalidParameter", "This simulated VM update changes only properties.hardwareProfile.vmSize."
        )
    offered = {name.lower(): name for name in _available(vm)}
    if wanted.lower() not in offered:
        raise ArmError(
            409,
            "OperationNotAllowed",
            f"The requested VM size {wanted} is not available in the current region or for this VM. Use the "
            "list of available sizes (vmSizes) to pick one.",
        )
    vm_id = str(vm["id"])
    was_running = power_state(vm) == "running"
    failed = str(vm.get("properties", {}).get("provisioningState", "")).lower() == "failed"

    def complete() -> None:
        def change(stored: Json) -> None:
            stored.setdefault("properties", {}).setdefault("hardwareProfile", {})["vmSize"] = offered[wanted.lower()]
            if was_running or failed:
                _settle(stored)

        ctx.store.update(vm_id, change)

    # VirtualMachines_Update answers 200 (or 201) with the VM being updated and Azure-AsyncOperation to follow.
    accepted = _accepted(ctx, request, vm, ctx.start_operation(complete, watch=(vm_id,)))
    vm.pop("guest", None)
    vm.setdefault("properties", {}).pop("instanceView", None)
    vm["properties"]["provisioningState"] = "Updating"
    return Response(200, vm, accepted.headers)


_VM = "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Compute/virtualMachines/{vm}"

ROUTES: list[Route] = [
    route("POST", f"{_VM}/start", start_vm, Access.ACTION, target_drop=1),
    route("POST", f"{_VM}/restart", restart_vm, Access.ACTION, target_drop=1),
    route("GET", f"{_VM}/vmSizes", list_sizes),
    route("PATCH", _VM, update_vm, Access.WRITE),
]

__all__ = ["ROUTES", "SIZES", "power_state", "size_view"]
