"""Microsoft.RecoveryServices: vaults, backup policies, protected items, backups, backup status.

Operations answer like the Azure Backup service: 202 with `Location` pointing at
`.../operationResults/{id}` and, where the service sends it, `Azure-AsyncOperation` at
`.../operationsStatus/{id}` (job cancellation sends only Location).
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta
from typing import Any

from core.simulator import errors, ids, odata
from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.operations import Operation
from core.simulator.providers import policy
from core.simulator.providers.backup_jobs import JOB_TYPE, finish_job, record_job
from core.simulator.providers.common import (
    location_name,
    no_content,
    request_id,
    require,
    require_group,
    require_subscription,
)
from core.simulator.providers.vm_state import ensure_backup_extension
from core.simulator.routing import Access, Params, Route, route

Json = dict[str, Any]

VAULT_TYPE = "Microsoft.RecoveryServices/vaults"
POLICY_TYPE = "Microsoft.RecoveryServices/vaults/backupPolicies"
ITEM_TYPE = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems"

_INACTIVE_STATES = frozenset({"protectionstopped", "protectionpaused", "backupssuspended"})

_ITEM_FILTER_FIELDS = {
    "backupmanagementtype": "backupManagementType",
    "itemtype": "workloadType",
    "friendlyname": "friendlyName",
    "protectionstate": "protectionState",
    "protectionstatus": "protectionStatus",
    "healthstatus": "healthStatus",
    "policyname": None,
    "containername": "containerName",
    "itemname": None,
}


def _vault_id(resource_id: str) -> str:
    return ids.join(ids.segments(resource_id)[:8])


# Vaults and policies


def list_vaults_all(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    return ctx.page(request, ctx.store.of_type(VAULT_TYPE, under=f"/subscriptions/{sub['subscriptionId']}", copy=False))


def list_vaults(ctx: Context, request: Request, params: Params) -> Response:
    group = require_group(ctx, params["subscription"], params["group"])
    return ctx.page(request, ctx.store.of_type(VAULT_TYPE, under=group["id"], copy=False))


def get_resource(ctx: Context, request: Request, params: Params) -> Response:
    return ok(require(ctx, request_id(request)))


def list_policies(ctx: Context, request: Request, params: Params) -> Response:
    vault = require(ctx, request_id(request, drop=1))
    return ctx.page(request, ctx.store.of_type(POLICY_TYPE, under=vault["id"], copy=False))


# Protected items


def list_items(ctx: Context, request: Request, params: Params) -> Response:
    vault = require(ctx, request_id(request, drop=1))
    text = request.param("$filter") or ""
    node = odata.parse(text) if text else None
    if node is not None:
        for comparison in odata.comparisons(node):
            if comparison.field.lower() not in _ITEM_FILTER_FIELDS:
                raise odata.invalid_filter(text, f"protected items cannot be filtered on '{comparison.field}'")

    def listed() -> list[Json]:
        items = ctx.store.of_type(ITEM_TYPE, under=vault["id"], copy=False)
        if node is None:
            return items
        return [item for item in items if odata.evaluate(node, functools.partial(_item_matches, item))]

    return ctx.page(request, listed)


def _item_matches(item: Json, comparison: odata.Comparison) -> bool:
    props = item.get("properties") or {}
    name = comparison.field.lower()
    if name == "policyname":
        value: Any = ids.name(str(props.get("policyId") or "")) or None
    elif name == "itemname":
        value = item.get("name")
    else:
        value = props.get(_ITEM_FILTER_FIELDS[name] or "")
    return odata.compare(value, comparison.op, comparison.value)


def get_item(ctx: Context, request: Request, params: Params) -> Response:
    item = require(ctx, request_id(request))
    ctx.operations.touch(item["id"])
    return ok(item)


def put_item(ctx: Context, request: Request, params: Params) -> Response:
    vault = require(ctx, _vault_id(request_id(request)))
    item_path = request_id(request)
    changes = request.json().get("properties")
    if not isinstance(changes, dict):
        raise errors.bad_request("The protected item must have properties.", code="InvalidRequestContent")

    def complete() -> None:
        with ctx.store.lock:
            current = ctx.store.get(item_path) or _new_item(item_path, changes)
            props = current.setdefault("properties", {})
            before_policy = props.get("policyId")
            before_state = str(props.get("protectionState", "")).lower()
            props.update(changes)
            state = str(changes.get("protectionState", ""))
            if changes.get("policyId") and not state:
                props["protectionState"] = "Protected" if props.get("lastBackupTime") else "IRPending"
            ctx.store.put(current)
            resumed = before_state in _INACTIVE_STATES and not state
            if state.lower() == "protectionstopped":
                record_job(ctx, vault, props, "DisableBackup", user_triggered=True)
            elif changes.get("policyId") and (changes.get("policyId") != before_policy or resumed):
                # Configuring protection, or resuming it (same policy), leaves a ConfigureBackup job.
                record_job(ctx, vault, props, "ConfigureBackup", user_triggered=True)

    operation = ctx.start_operation(complete, result_id=item_path, watch=(item_path,))
    return _accepted(ctx, request, item_path, operation)


# Soft delete of a Recovery Services vault, when the vault names no setting: on, 14 days (backup-azure-security-
# feature-cloud: "soft delete is enabled by default on newly created vaults"; deleted backup data is kept for
# 14 additional days). A vault's own `properties.securitySettings.softDeleteSettings` wins.
DEFAULT_SOFT_DELETE_DAYS = 14


def soft_delete_days(vault: Json) -> int:
    """Days deleted backup data stays soft-deleted in this vault (0: soft delete is off)."""
    props = vault.get("properties") or {}
    security = props.get("securitySettings") if isinstance(props, dict) else None
    settings = security.get("softDeleteSettings") if isinstance(security, dict) else None
    if not isinstance(settings, dict):
        return DEFAULT_SOFT_DELETE_DAYS
    if str(settings.get("softDeleteState", "Enabled")).lower() == "disabled":
        return 0
    days = settings.get("softDeleteRetentionPeriodInDays")
    return days if isinstance(days, int) and days > 0 else DEFAULT_SOFT_DELETE_DAYS


def delete_item(ctx: Context, request: Request, params: Params) -> Response:
    """ProtectedItems_Delete: stop protection and delete the backup data (202, then an operation).

    With soft delete on, the item stays listed, stopped, with `isScheduledForDeferredDelete` and the time the
    data goes for good (`deferredDeleteTimeInUTC`), as Azure shows soft-deleted items; off, it is removed. A
    DeleteBackupData job is left in the vault either way.
    """
    item_path = request_id(request)
    item = require(ctx, item_path)
    vault = require(ctx, _vault_id(item_path))
    if (item.get("properties") or {}).get("isScheduledForDeferredDelete"):
        return no_content()  # already deleted (soft-deleted): nothing more to do

    def complete() -> None:
        with ctx.store.lock:
            current = ctx.store.get(item_path)
            if current is None:
                return
            props = current.setdefault("properties", {})
            record_job(ctx, vault, props, "DeleteBackupData", user_triggered=True)
            days = soft_delete_days(vault)
            if days == 0:
                ctx.store.delete(item_path)
                return
            until = datetime.now(UTC) + timedelta(days=days)
            props.update(
                {
                    "protectionState": "ProtectionStopped",
                    "policyId": "",
                    "isScheduledForDeferredDelete": True,
                    "deferredDeleteTimeInUTC": until.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "deferredDeleteTimeRemaining": f"{days}.00:00:00",
                    "softDeleteRetentionPeriodInDays": days,
                }
            )
            ctx.store.put(current)

    operation = ctx.start_operation(complete, watch=(item_path,))
    return _accepted(ctx, request, item_path, operation)


def _new_item(item_id: str, changes: Json) -> Json:
    source = str(changes.get("sourceResourceId") or "")
    container = ids.segments(item_id)[11]
    return {
        "id": item_id,
        "name": ids.name(item_id),
        "type": ITEM_TYPE,
        "properties": {
            "friendlyName": ids.name(source) if source else ids.name(item_id).split(";")[-1],
            "virtualMachineId": source,
            "protectionStatus": "Healthy",
            "protectionState": "IRPending",
            "healthStatus": "Passed",
            "protectedItemType": changes.get("protectedItemType", "Microsoft.Compute/virtualMachines"),
            "backupManagementType": "AzureIaasVM",
            "workloadType": "VM",
            "containerName": container.split(";", 1)[1] if ";" in container else container,
            "sourceResourceId": source,
        },
    }


def trigger_backup(ctx: Context, request: Request, params: Params) -> Response:
    item_path = request_id(request, drop=1)
    item = require(ctx, item_path)
    vault = require(ctx, _vault_id(item_path))
    request.json()
    props = item.get("properties") or {}
    name = str(props.get("friendlyName") or ids.name(item["id"]))
    for job in ctx.store.of_type(JOB_TYPE, under=vault["id"], copy=False):
        jp = job.get("properties") or {}
        if (
            str(jp.get("operation", "")).lower() == "backup"
            and str(jp.get("status", "")).lower() in {"inprogress", "cancelling"}
            and str(jp.get("entityFriendlyName", "")).lower() == name.lower()
        ):
            message = f"Another backup operation is already in progress on '{name}' (job {job['name']})."
            raise ArmError(409, "Conflict", message)
    job = record_job(ctx, vault, props, "Backup", status="InProgress", user_triggered=True)
    job_id, item_id = job["id"], item["id"]
    vm_id = str(props.get("sourceResourceId") or props.get("virtualMachineId") or "")

    def complete() -> None:
        with ctx.store.lock:
            current = ctx.store.get(job_id)
            if current is None or str(current["properties"].get("status")).lower() != "inprogress":
                return  # cancelled meanwhile
            denied = policy.ensure_restore_point_group(ctx.store, vm_id, props.get("policyId"))
            if denied is not None:  # a Deny policy refused the restore point group (core/simulator/providers/policy.py)
                finish_job(current, "Failed")
                policy.fail_backup_job(current, denied)
                ctx.store.put(current)
                return
            finished = finish_job(current, "Completed")
            ctx.store.put(current)

            def backed_up(stored: Json) -> None:
                sp = stored.setdefault("properties", {})
                sp.update({"lastBackupStatus": "Completed", "lastBackupTime": finished, "lastRecoveryPoint": finished})
                if str(sp.get("protectionState", "")).lower() == "irpending":
                    sp["protectionState"] = "Protected"

            ctx.store.update(item_id, backed_up)
            if vm_id:
                ensure_backup_extension(ctx.store, vm_id)

    properties = {"objectType": "OperationStatusJobExtendedInfo", "jobId": job["name"]}
    operation = ctx.start_operation(complete, watch=(job_id,), properties=properties)
    return _accepted(ctx, request, item_path, operation)


def _accepted(ctx: Context, request: Request, item_path: str, operation: Operation) -> Response:
    headers = {
        "Location": ctx.url(f"{item_path}/operationResults/{operation.id}", request),
        "Azure-AsyncOperation": ctx.url(f"{item_path}/operationsStatus/{operation.id}", request),
    }
    return Response(202, None, headers)


# Operation status and results


def _operation(ctx: Context, operation_id: str) -> Operation:
    operation = ctx.operations.poll(operation_id)
    if operation is None:
        raise ArmError(404, "NotFound", f"The operation '{operation_id}' was not found.")
    return operation


def operation_status(ctx: Context, request: Request, params: Params) -> Response:
    return ok(_operation(ctx, params["operation"]).status_body(with_id=True))


def operation_result(ctx: Context, request: Request, params: Params) -> Response:
    operation = _operation(ctx, params["operation"])
    if not operation.done:
        return Response(202, None, {"Location": ctx.base_url + request.raw_path + "?" + request.raw_query})
    if operation.status == "Failed":
        error = operation.error or {"code": "InternalServerError", "message": "The operation failed."}
        return Response(500, {"error": error})
    if operation.result_id:
        found = ctx.store.get(operation.result_id)
        if found is not None:
            return ok(found)
    return no_content()


# Backup status: which vault protects a VM, asked from the VM's side


def backup_status(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    resource_id = request.json().get("resourceId")
    if not isinstance(resource_id, str) or not resource_id:
        raise errors.bad_request("The request must name the resourceId of the virtual machine.")
    region = location_name(params["location"])
    for item in ctx.store.of_type(ITEM_TYPE, under=f"/subscriptions/{sub['subscriptionId']}", copy=False):
        props = item.get("properties") or {}
        source = str(props.get("sourceResourceId") or props.get("virtualMachineId") or "")
        if ids.key(source) != ids.key(resource_id):
            continue
        vault = ctx.store.get(_vault_id(item["id"]))
        if vault is not None and location_name(vault.get("location")) != region:
            continue
        parts = ids.segments(item["id"])
        return ok(
            {
                "protectionStatus": _protection_status(str(props.get("protectionState", ""))),
                "vaultId": _vault_id(item["id"]),
                "fabricName": parts[9],
                "containerName": parts[11],
                "protectedItemName": parts[13],
                "policyName": ids.name(str(props.get("policyId") or "")) or None,
                "errorCode": "Success",
            }
        )
    return ok({"protectionStatus": "NotProtected"})


def _protection_status(state: str) -> str:
    return {"irpending": "Protecting", "protectionerror": "ProtectionFailed"}.get(state.lower(), "Protected")


_SUB = "subscriptions/{subscription}/providers/Microsoft.RecoveryServices"
_VAULTS = "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.RecoveryServices/vaults"
_VAULT = f"{_VAULTS}/{{vault}}"
_ITEM = f"{_VAULT}/backupFabrics/{{fabric}}/protectionContainers/{{container}}/protectedItems/{{item}}"

ROUTES: list[Route] = [
    route("GET", f"{_SUB}/vaults", list_vaults_all),
    route("GET", _VAULTS, list_vaults),
    route("GET", _VAULT, get_resource),
    route("GET", f"{_VAULT}/backupPolicies", list_policies),
    route("GET", f"{_VAULT}/backupPolicies/{{policy}}", get_resource),
    route("GET", f"{_VAULT}/backupProtectedItems", list_items),
    route("GET", _ITEM, get_item),
    route("PUT", _ITEM, put_item, Access.WRITE),
    route("DELETE", _ITEM, delete_item, Access.DELETE),
    route("POST", f"{_ITEM}/backup", trigger_backup, Access.ACTION, target_drop=1),
    route("GET", f"{_ITEM}/operationsStatus/{{operation}}", operation_status),
    route("GET", f"{_ITEM}/operationResults/{{operation}}", operation_result),
    route("GET", f"{_VAULT}/backupOperations/{{operation}}", operation_status),
    route("GET", f"{_VAULT}/backupOperationResults/{{operation}}", operation_result),
    route("GET", f"{_VAULT}/backupJobs/{{job}}/operationResults/{{operation}}", operation_result),
    route("POST", f"{_SUB}/locations/{{location}}/backupStatus", backup_status),
]
