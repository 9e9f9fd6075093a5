"""Azure Backup jobs: the records operations leave in a vault, listed, read and cancelled."""

from __future__ import annotations

import functools
import uuid
from datetime import UTC, datetime
from typing import Any

from core.simulator import odata
from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.operations import utc_now
from core.simulator.providers.common import request_id, require
from core.simulator.routing import Access, Params, Route, route

Json = dict[str, Any]

JOB_TYPE = "Microsoft.RecoveryServices/vaults/backupJobs"

_JOB_FILTER_FIELDS = {
    "status",
    "operation",
    "backupmanagementtype",
    "starttime",
    "endtime",
    "jobtype",
    "entityfriendlyname",
}


def record_job(
    ctx: Context,
    vault: Json,
    item_props: Json,
    operation: str,
    status: str = "Completed",
    *,
    user_triggered: bool = False,
) -> Json:
    """Store the job an operation on a protected item leaves in its vault (finished unless InProgress).

    Like Azure's AzureIaaSVMJob it names the item's container (`iaasvmcontainerv2;<rg>;<vm>`), which tells
    two VMs of the same name in different resource groups apart.
    """
    job_name = str(uuid.uuid4())
    friendly = str(item_props.get("friendlyName") or "")
    now = utc_now()
    job: Json = {
        "id": f"{vault['id']}/backupJobs/{job_name}",
        "name": job_name,
        "type": JOB_TYPE,
        "properties": {
            "jobType": "AzureIaaSVMJob",
            "duration": "PT0S",
            "actionsInfo": ["Cancellable"] if status == "InProgress" else [],
            "virtualMachineVersion": "Compute",
            "extendedInfo": {
                "tasksList": [
                    {"taskId": "Take Snapshot", "duration": "PT0S", "status": "InProgress"},
                    {"taskId": "Transfer data to vault", "duration": "PT0S", "status": "NotStarted"},
                ]
                if operation == "Backup"
                else [],
                "propertyBag": {"VM Name": friendly},
            },
            "entityFriendlyName": friendly,
            "backupManagementType": "AzureIaasVM",
            "operation": operation,
            "status": status,
            "startTime": now,
            "activityId": str(uuid.uuid4()),
            "isUserTriggered": user_triggered,
        },
    }
    container = item_props.get("containerName")
    if isinstance(container, str) and container:
        job["properties"]["containerName"] = container
    if status != "InProgress":
        finish_job(job, status)
    return ctx.store.put(job)


def finish_job(job: Json, status: str) -> str:
    """End a job with `status`, in place; returns the end time."""
    props = job["properties"]
    now = utc_now()
    props["status"] = status
    props["endTime"] = now
    props["actionsInfo"] = []
    started = odata.parse_time(str(props.get("startTime", "")))
    seconds = (datetime.now(UTC) - started).total_seconds() if started else 0.0
    props["duration"] = f"PT{max(seconds, 0.0):.3f}S"
    for task in (props.get("extendedInfo") or {}).get("tasksList") or []:
        task["status"] = status
    return now


def _job_list_view(ctx: Context, job: Json) -> Json:
    # Reading a job in a list lets its operation progress, like reading its details.
    ctx.operations.touch(job["id"])
    job.setdefault("properties", {}).pop("extendedInfo", None)
    return job


def list_jobs(ctx: Context, request: Request, params: Params) -> Response:
    vault = require(ctx, request_id(request, drop=1))
    text = request.param("$filter") or ""
    node = odata.parse(text) if text else None
    if node is not None:
        for comparison in odata.comparisons(node):
            if comparison.field.lower() not in _JOB_FILTER_FIELDS:
                raise odata.invalid_filter(text, f"backup jobs cannot be filtered on '{comparison.field}'")

    def listed() -> list[Json]:
        jobs = ctx.store.of_type(JOB_TYPE, under=vault["id"], copy=False)
        if node is not None:
            jobs = [job for job in jobs if odata.evaluate(node, functools.partial(_job_matches, job, text=text))]
        jobs.sort(key=_start_key, reverse=True)
        return jobs

    return ctx.page(request, listed, lambda job: _job_list_view(ctx, job))


def _start_key(job: Json) -> datetime:
    started = odata.parse_time(str((job.get("properties") or {}).get("startTime", "")))
    return started or datetime.min.replace(tzinfo=UTC)


def _job_matches(job: Json, comparison: odata.Comparison, *, text: str) -> bool:
    props = job.get("properties") or {}
    name = comparison.field.lower()
    if name in {"starttime", "endtime"}:
        # Azure Backup reads 'startTime eq A and endTime eq B' as "jobs started between A and B".
        limit = odata.parse_time(str(comparison.value))
        if limit is None:
            raise odata.invalid_filter(text, f"'{comparison.value}' is not a date and time")
        started = odata.parse_time(str(props.get("startTime", "")))
        if started is None:
            return False
        op = comparison.op
        if op == "eq":
            op = "ge" if name == "starttime" else "le"
        return odata.compare(started, op, limit)
    key = next((k for k in props if k.lower() == name), comparison.field)
    return odata.compare(props.get(key), comparison.op, comparison.value)


def get_job(ctx: Context, request: Request, params: Params) -> Response:
    job = require(ctx, request_id(request))
    ctx.operations.touch(job["id"])
    return ok(job)


def cancel_job(ctx: Context, request: Request, params: Params) -> Response:
    job_path = request_id(request, drop=1)
    job = require(ctx, job_path)
    status = str((job.get("properties") or {}).get("status", ""))
    if status.lower() != "inprogress":
        raise ArmError(409, "Conflict", f"The job '{job['name']}' is {status} and cannot be cancelled.")
    job_id = job["id"]

    def cancelling(stored: Json) -> None:
        stored["properties"]["status"] = "Cancelling"
        stored["properties"]["actionsInfo"] = []

    def complete() -> None:
        with ctx.store.lock:
            current = ctx.store.get(job_id)
            if current is not None and str(current["properties"].get("status")).lower() == "cancelling":
                finish_job(current, "Cancelled")
                ctx.store.put(current)

    ctx.store.update(job_id, cancelling)
    operation = ctx.start_operation(complete, watch=(job_id,))
    location = ctx.url(f"{job_path}/operationResults/{operation.id}", request)
    return Response(202, None, {"Location": location})


_VAULT = "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.RecoveryServices/vaults/{vault}"

# The cancel operation's result URL ({job}/operationResults/{id}) is answered by backup.py.
ROUTES: list[Route] = [
    route("GET", f"{_VAULT}/backupJobs", list_jobs),
    route("GET", f"{_VAULT}/backupJobs/{{job}}", get_job),
    route("POST", f"{_VAULT}/backupJobs/{{job}}/cancel", cancel_job, Access.ACTION, target_drop=1),
]
