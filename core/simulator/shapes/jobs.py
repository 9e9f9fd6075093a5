"""Backup jobs (JobDetails_Get bodies)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from core.simulator.shapes.common import JOB_TYPE, JsonDict, ago, guid, iso_duration, when
from core.simulator.shapes.job_errors import DocumentedError
from core.simulator.shapes.vm_spec import VmSpec


def _tasks(status_: str, duration: timedelta, operation: str) -> list[JsonDict]:
    if operation != "Backup":
        return []
    if status_ == "Completed":
        snapshot = duration / 5
        return [
            {"taskId": "Take Snapshot", "duration": iso_duration(snapshot), "status": "Completed"},
            {"taskId": "Transfer data to vault", "duration": iso_duration(duration - snapshot), "status": "Completed"},
        ]
    if status_ == "InProgress":
        snapshot = min(duration, ago(minutes=9))
        return [
            {"taskId": "Take Snapshot", "duration": iso_duration(snapshot), "status": "Completed"},
            {
                "taskId": "Transfer data to vault",
                "duration": iso_duration(duration - snapshot),
                "status": "InProgress",
            },
        ]
    return [
        {"taskId": "Take Snapshot", "duration": iso_duration(duration), "status": "Failed"},
        {"taskId": "Transfer data to vault", "duration": "PT0S", "status": "Cancelled"},
    ]


def backup_job(
    spec: VmSpec,
    vault_id: str,
    *,
    status: str,
    started: timedelta,
    duration: timedelta,
    error: DocumentedError | None = None,
    recommendations: Sequence[str] | None = None,
    code_hint: str | None = None,
    operation: str = "Backup",
    user_triggered: bool = False,
    backup_size_mb: int | None = None,
    progress: float | None = None,
) -> JsonDict:
    """A job-details body (JobDetails_Get) of an AzureIaaSVMJob on `spec`.

    `started` is the job's age; an InProgress job has no end time and `duration` is the time elapsed
    so far. `code_hint` puts the portal's code name of `error` in the payload: "propertyBag" (key
    "Error Code") or "dynamicErrorMessage" ("<CodeName>: <message>"); None leaves only the integer.
    """
    name = guid("job", vault_id, spec.id, operation, started.total_seconds(), spec.salt)
    property_bag: dict[str, str] = {"VM Name": spec.name}
    if operation == "ConfigureBackup":
        property_bag = {"VM Name": spec.name, "Policy Name": "DefaultPolicy"}
    if backup_size_mb is not None:
        property_bag["Backup Size"] = f"{backup_size_mb} MB"
    extended: JsonDict = {"tasksList": _tasks(status, duration, operation), "propertyBag": property_bag}
    if progress is not None:
        extended["progressPercentage"] = progress
    if error is not None:
        if code_hint == "propertyBag":
            property_bag["Error Code"] = error.code_name
        elif code_hint == "dynamicErrorMessage":
            extended["dynamicErrorMessage"] = f"{error.code_name}: {error.message}"
        elif code_hint is not None:
            raise ValueError(f"unknown code_hint {code_hint!r}")
    properties: JsonDict = {
        "jobType": "AzureIaaSVMJob",
        "duration": iso_duration(duration),
    }
    if status == "InProgress":
        properties["actionsInfo"] = ["Cancellable"]
    elif status == "Failed":
        properties["actionsInfo"] = ["Retriable"]
    properties["virtualMachineVersion"] = "Compute"
    properties["extendedInfo"] = extended
    properties["entityFriendlyName"] = spec.name
    properties["backupManagementType"] = "AzureIaasVM"
    properties["operation"] = operation
    properties["status"] = status
    properties["startTime"] = when(started)
    if status != "InProgress":
        properties["endTime"] = when(started - duration)
    properties["activityId"] = guid("activity", name)
    properties["containerName"] = spec.container_name
    properties["isUserTriggered"] = user_triggered
    if error is not None:
        properties["errorDetails"] = [
            {
                "errorCode": error.error_code,
                "errorString": error.message,
                "errorTitle": "",
                "recommendations": list(recommendations if recommendations is not None else error.recommendations),
            }
        ]
    return {"id": f"{vault_id}/backupJobs/{name}", "name": name, "type": JOB_TYPE, "properties": properties}
