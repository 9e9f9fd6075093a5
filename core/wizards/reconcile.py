"""After an interrupted run: read again the targets of changes whose outcome the audit log does not know.

The audit log is written ahead (core/audit.py): an intent line before each request, an outcome line after.
A run killed or interrupted while a request was in flight leaves an intent alone, read back as status
"unknown". Before the next fix action on the same tenant, each such target is read again and the outcome
found is appended (`"reconciled": true`), with the target as read (`"after"`):

- a DELETE whose target is gone (404) was made: status "ok", so "put the lock back" finds the lock it
  removed (its name, level, notes and owners are in the intent's parameters and `before`);
- a DELETE whose target is still there was not: status "error", code "NotChanged";
- a PUT or POST cannot be told from the target alone (someone else may have changed it since): status
  "unknown", with the target as read recorded for whoever looks.

A target that cannot be read now (no permission, no network) is left for a later run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from core import ids
from core.audit import AuditLog, AuditWriteError, error_result, ok_result, unknown_result
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json

_log = logging.getLogger(__name__)

FOUND_GONE = "Read again after an interrupted run: the target is gone, so the change was made."
FOUND_STILL_THERE = "Read again after an interrupted run: the target is still there, so the change was not made."
FOUND_UNCLEAR = (
    "Read again after an interrupted run: whether this change was made cannot be told from the target alone; "
    "its state as read is recorded."
)


def reader_for(gateway: AzureGateway, target: str) -> Callable[[], Json] | None:
    """How to read a target of a fix action again (None for a kind that cannot be read back)."""
    lowered = target.lower()
    if "/providers/microsoft.authorization/locks/" in lowered:
        return lambda: gateway.get_lock(target)
    if "/protecteditems/" in lowered:
        return lambda: gateway.get_protected_item(target)
    if "/microsoft.keyvault/vaults/" in lowered:
        return lambda: gateway.get_key_vault(target)
    if "/restorepointcollections/" in lowered:
        return lambda: gateway.get_restore_point_collection(target)
    if "/virtualmachines/" in lowered and "/extensions/" in lowered:
        vm_id = target[: lowered.index("/extensions/")]
        return lambda: _vm_extension(gateway, vm_id, target)
    if "/backupjobs/" in lowered:
        return lambda: gateway.get_job_details(target)
    return None


def _vm_extension(gateway: AzureGateway, vm_id: str, extension_id: str) -> Json:
    vm = gateway.get_virtual_machine(vm_id)
    for extension in vm.get("resources") or []:
        if isinstance(extension, dict) and ids.same(str(extension.get("id", "")), extension_id):
            return extension
    raise _Gone


class _Gone(Exception):
    """The target is not there (like a 404)."""


def reconcile(gateway: AzureGateway, audit: AuditLog, tenant: str) -> int:
    """Append the outcome of every interrupted change sent to `tenant`; how many were reconciled.

    AuditWriteError propagates (no change may be sent while the log cannot be written).
    """
    done = 0
    for entry in audit.read().interrupted:
        if entry.tenant != tenant:
            continue
        read = reader_for(gateway, entry.target)
        if read is None:
            continue
        try:
            current: Json | None = read()
        except _Gone:
            current = None
        except AzureProblemError as error:
            if error.status != 404:
                _log.info("could not read %s again: %s", entry.target, error.problem.code)
                continue
            current = None
        method_deletes = entry.operation.endswith("/delete")
        if method_deletes and current is None:
            result = ok_result(message=FOUND_GONE)
        elif method_deletes:
            result = error_result("NotChanged", FOUND_STILL_THERE)
            result["after"] = current
        else:
            result = unknown_result(FOUND_UNCLEAR, after=current)
        audit.finish(entry, result, reconciled=True)
        done += 1
    return done


__all__ = ["AuditWriteError", "reader_for", "reconcile"]
