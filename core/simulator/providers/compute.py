"""Microsoft.Compute: virtual machines, their extensions, managed disks, restore point collections.

Stored resources carry their expansions (a VM's instanceView, a collection's restorePoints); answers
strip them unless the request asks, as Azure only computes them on demand.
"""

from __future__ import annotations

from typing import Any

from core.simulator import ids
from core.simulator.context import VM_PAGE_SIZE, Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.operations import Operation
from core.simulator.providers.common import (
    expand_includes,
    location_name,
    no_content,
    request_id,
    require,
    require_group,
    require_subscription,
)
from core.simulator.providers.vm_state import EXTENSION_TYPE, VM_TYPE, extensions_of, remove_extension
from core.simulator.routing import Access, Params, Route, route

Json = dict[str, Any]

DISK_TYPE = "Microsoft.Compute/disks"
RPC_TYPE = "Microsoft.Compute/restorePointCollections"


# Views


def _extension_view(extension: Json, vm: Json | None, *, instance_view: bool) -> Json:
    props = extension.setdefault("properties", {})
    own = props.pop("instanceView", None)
    if instance_view:
        # An extension without its own instance view borrows the one its VM reports for it, so a
        # tenant file can describe each extension's state once, in the VM's instance view.
        view = own if own is not None else _vm_extension_status(vm, extension["name"])
        if view is not None:
            props["instanceView"] = view
    return extension


def _vm_extension_status(vm: Json | None, name: str) -> Json | None:
    view = ((vm or {}).get("properties") or {}).get("instanceView") or {}
    for entry in view.get("extensions") or []:
        if isinstance(entry, dict) and str(entry.get("name", "")).lower() == name.lower():
            return entry
    return None


def _instance_view(vm: Json) -> Json:
    props = vm.get("properties") or {}
    stored = props.get("instanceView")
    if isinstance(stored, dict):
        return stored
    state = str(props.get("provisioningState", "Succeeded"))
    return {
        "statuses": [
            {
                "code": f"ProvisioningState/{state.lower()}",
                "level": "Info",
                "displayStatus": f"Provisioning {state.lower()}",
            }
        ]
    }


def _vm_view(ctx: Context, vm: Json, *, instance_view: bool) -> Json:
    vm.pop("guest", None)  # the simulated guest OS: what Run Command reads, never part of an ARM answer
    props = vm.setdefault("properties", {})
    if instance_view:
        props["instanceView"] = _instance_view(vm)
    else:
        props.pop("instanceView", None)
    extensions = extensions_of(ctx.store, vm["id"])
    vm.pop("resources", None)
    if extensions:
        vm["resources"] = [_extension_view(ext, None, instance_view=False) for ext in extensions]
    return vm


def _wants_instance_view(request: Request) -> bool:
    """Whether a VM list answers with run-time status, on the terms the Compute spec documents.

    VirtualMachines_List / ListAll: `statusOnly=true` "enables fetching run time status of all Virtual
    Machines"; `$expand=instanceView` "can only be specified if a valid $filter option is specified".
    """
    expanded = expand_includes(request, "instanceView")
    if expanded and not (request.param("$filter") or "").strip():
        raise ArmError(
            400,
            "InvalidParameter",
            "The value 'instanceView' of parameter '$expand' can only be specified together with a valid "
            "$filter option. Use statusOnly=true for the run-time status of all virtual machines.",
        )
    return expanded or (request.param("statusOnly") or "").lower() == "true"


# Virtual machines


def list_vms_all(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    wanted = _wants_instance_view(request)
    scope = f"/subscriptions/{sub['subscriptionId']}"
    return ctx.page(
        request,
        lambda: ctx.store.of_type(VM_TYPE, under=scope, copy=False),
        lambda vm: _vm_view(ctx, vm, instance_view=wanted),
        azure_page_size=VM_PAGE_SIZE,
    )


def list_vms(ctx: Context, request: Request, params: Params) -> Response:
    group = require_group(ctx, params["subscription"], params["group"])
    wanted = _wants_instance_view(request)
    items = ctx.store.of_type(VM_TYPE, under=group["id"], copy=False)
    return ctx.page(
        request, items, lambda vm: _vm_view(ctx, vm, instance_view=wanted), azure_page_size=VM_PAGE_SIZE
    )


def get_vm(ctx: Context, request: Request, params: Params) -> Response:
    vm = require(ctx, request_id(request))
    return ok(_vm_view(ctx, vm, instance_view=expand_includes(request, "instanceView")))


def vm_instance_view(ctx: Context, request: Request, params: Params) -> Response:
    return ok(_instance_view(require(ctx, request_id(request, drop=1))))


# Extensions


def list_extensions(ctx: Context, request: Request, params: Params) -> Response:
    vm = require(ctx, request_id(request, drop=1))
    wanted = expand_includes(request, "instanceView")
    extensions = extensions_of(ctx.store, vm["id"])
    return ok({"value": [_extension_view(ext, vm, instance_view=wanted) for ext in extensions]})


def get_extension(ctx: Context, request: Request, params: Params) -> Response:
    vm = require(ctx, request_id(request, drop=2))
    extension = require(ctx, request_id(request))
    ctx.operations.touch(extension["id"])
    return ok(_extension_view(extension, vm, instance_view=expand_includes(request, "instanceView")))


def delete_extension(ctx: Context, request: Request, params: Params) -> Response:
    vm = require(ctx, request_id(request, drop=2))
    extension_id = ctx.store.stored_id(request_id(request))
    if extension_id is None:
        return no_content()
    ctx.store.update(extension_id, _mark_deleting)
    operation = ctx.start_operation(lambda: remove_extension(ctx.store, extension_id), watch=(extension_id,))
    return _accepted(ctx, request, vm, operation)


# Disks


def list_disks_all(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    scope = f"/subscriptions/{sub['subscriptionId']}"
    return ctx.page(request, lambda: ctx.store.of_type(DISK_TYPE, under=scope, copy=False))


def list_disks(ctx: Context, request: Request, params: Params) -> Response:
    group = require_group(ctx, params["subscription"], params["group"])
    return ctx.page(request, ctx.store.of_type(DISK_TYPE, under=group["id"], copy=False))


def get_disk(ctx: Context, request: Request, params: Params) -> Response:
    return ok(require(ctx, request_id(request)))


# Restore point collections


def _rpc_view(collection: Json, *, restore_points: bool) -> Json:
    if not restore_points:
        collection.setdefault("properties", {}).pop("restorePoints", None)
    return collection


def list_rpcs_all(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    scope = f"/subscriptions/{sub['subscriptionId']}"
    return ctx.page(
        request,
        lambda: ctx.store.of_type(RPC_TYPE, under=scope, copy=False),
        lambda c: _rpc_view(c, restore_points=False),
    )


def list_rpcs(ctx: Context, request: Request, params: Params) -> Response:
    group = require_group(ctx, params["subscription"], params["group"])
    items = ctx.store.of_type(RPC_TYPE, under=group["id"], copy=False)
    return ctx.page(request, items, lambda c: _rpc_view(c, restore_points=False))


def get_rpc(ctx: Context, request: Request, params: Params) -> Response:
    collection = require(ctx, request_id(request))
    ctx.operations.touch(collection["id"])
    return ok(_rpc_view(collection, restore_points=expand_includes(request, "restorePoints")))


def delete_rpc(ctx: Context, request: Request, params: Params) -> Response:
    require_group(ctx, params["subscription"], params["group"])
    collection = ctx.store.get(request_id(request))
    if collection is None:
        return no_content()
    collection_id = collection["id"]
    ctx.store.update(collection_id, _mark_deleting)
    operation = ctx.start_operation(lambda: _delete(ctx, collection_id), watch=(collection_id,))
    return _accepted(ctx, request, collection, operation)


def _delete(ctx: Context, resource_id: str) -> None:
    ctx.store.delete(resource_id)


def _mark_deleting(resource: Json) -> None:
    resource.setdefault("properties", {})["provisioningState"] = "Deleting"


# Long-running operations, the way Compute reports them


def _accepted(ctx: Context, request: Request, resource: Json, operation: Operation) -> Response:
    sub = ids.subscription_id(resource["id"]) or ""
    path = (
        f"/subscriptions/{sub}/providers/Microsoft.Compute/locations/"
        f"{location_name(resource.get('location'))}/operations/{operation.id}"
    )
    headers = {
        "Azure-AsyncOperation": ctx.url(path, request),
        "Location": ctx.url(path, request, monitor="true"),
    }
    return Response(202, None, headers)


def operation_status(ctx: Context, request: Request, params: Params) -> Response:
    operation = ctx.operations.poll(params["operation"])
    if operation is None:
        raise ArmError(404, "NotFound", "The entity was not found in this Azure location.")
    # An operation that takes its own time (Run Command) tells the client when to look again.
    wait = {"Retry-After": "1"} if operation.ready is not None and not operation.done else {}
    if (request.param("monitor") or "").lower() == "true":
        if not operation.done:
            location = ctx.base_url + request.raw_path + "?" + request.raw_query
            return Response(202, None, {"Location": location, **wait})
        if operation.error is not None:
            raise ArmError(409 if operation.error.get("code") == "Conflict" else 400, **operation.error)
        return ok(operation.result_body) if operation.result_body is not None else no_content()
    return Response(200, operation.status_body(with_id=False), wait)


_RG = "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Compute"
_SUB = "subscriptions/{subscription}/providers/Microsoft.Compute"

ROUTES: list[Route] = [
    route("GET", f"{_SUB}/virtualMachines", list_vms_all),
    route("GET", f"{_RG}/virtualMachines", list_vms),
    route("GET", f"{_RG}/virtualMachines/{{vm}}", get_vm),
    route("GET", f"{_RG}/virtualMachines/{{vm}}/instanceView", vm_instance_view),
    route("GET", f"{_RG}/virtualMachines/{{vm}}/extensions", list_extensions),
    route("GET", f"{_RG}/virtualMachines/{{vm}}/extensions/{{extension}}", get_extension),
    route("DELETE", f"{_RG}/virtualMachines/{{vm}}/extensions/{{extension}}", delete_extension, Access.DELETE),
    route("GET", f"{_SUB}/disks", list_disks_all),
    route("GET", f"{_RG}/disks", list_disks),
    route("GET", f"{_RG}/disks/{{disk}}", get_disk),
    route("GET", f"{_SUB}/restorePointCollections", list_rpcs_all),
    route("GET", f"{_RG}/restorePointCollections", list_rpcs),
    route("GET", f"{_RG}/restorePointCollections/{{collection}}", get_rpc),
    route("DELETE", f"{_RG}/restorePointCollections/{{collection}}", delete_rpc, Access.DELETE),
    route("GET", f"{_SUB}/locations/{{location}}/operations/{{operation}}", operation_status),
]

__all__ = ["EXTENSION_TYPE", "ROUTES"]
