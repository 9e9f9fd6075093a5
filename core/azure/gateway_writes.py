"""What the gateway changes (only the fix actions call these; each is one audited request), and how it
waits for a long-running operation while the user may cancel."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlparse

from azure.core.polling import LROPoller
from azure.mgmt.core.polling.arm_polling import ARMPolling
from azure.mgmt.recoveryservicesbackup.models import BackupRequestResource, IaasVMBackupRequest
from azure.mgmt.resource.locks.models import ManagementLockObject, ManagementLockOwner

from core import ids
from core.azure.gateway_core import (
    CancelSignal,
    GatewayCore,
    Json,
    ProtectedItemPath,
    WaitAbandoned,
    WaitTimedOut,
    raw_response,
    to_json,
)


class GatewayWrites(GatewayCore):
    def _wait(self, poller: LROPoller[Any], scope: str, cancel: CancelSignal | None) -> Any:
        while not poller.done():
            if cancel is not None and cancel.is_set():
                raise WaitAbandoned(scope)
            poller.wait(timeout=0.25)
        return poller.result()

    def _arm_polling(self) -> ARMPolling:
        # Operations the Backup SDK does not poll itself (trigger backup, cancel job): poll them the
        # way ARM says, through Azure-AsyncOperation or Location, at the target's pace.
        return ARMPolling(0 if self.target.simulated else 30)

    def run_command(
        self, vm_id: str, command_id: str, script: str, *, timeout: float, cancel: CancelSignal | None = None
    ) -> Json:
        """POST {vm}/runCommand (long-running) and wait for its RunCommandResult, at most `timeout` seconds.

        Raises WaitAbandoned when `cancel` is set and WaitTimedOut at the deadline; the script may still
        run in the guest afterwards (Azure has no way to stop it).
        """
        parsed = ids.parse_id(vm_id)
        compute = self._client("compute", parsed.subscription_id or "")

        def run() -> Json:
            poller = compute.virtual_machines.begin_run_command(
                parsed.resource_group, parsed.name, {"commandId": command_id, "script": script.splitlines()}
            )
            deadline = time.monotonic() + max(0.0, timeout)
            while not poller.done():
                if cancel is not None and cancel.is_set():
                    raise WaitAbandoned(vm_id)
                if time.monotonic() >= deadline:
                    raise WaitTimedOut(vm_id, timeout)
                poller.wait(timeout=0.25)
            return to_json(poller.result())

        return self._call(vm_id, run)

    def retrieve_boot_diagnostics(self, vm_id: str) -> Json:
        """POST {vm}/retrieveBootDiagnosticsData: SAS links to the console screenshot and the serial log."""
        parsed = ids.parse_id(vm_id)
        compute = self._client("compute", parsed.subscription_id or "")
        return self._call(
            vm_id,
            lambda: to_json(
                compute.virtual_machines.retrieve_boot_diagnostics_data(
                    parsed.resource_group, parsed.name, sas_uri_expiration_time_in_minutes=60
                )
            ),
        )

    def delete_vm_extension(self, extension_id: str, cancel: CancelSignal | None = None) -> None:
        """DELETE a VM extension and wait until Azure has removed it (long-running)."""
        parsed = ids.parse_id(extension_id)
        vm_name = ids.parse_id(extension_id.rsplit("/extensions/", 1)[0]).name
        compute = self._client("compute", parsed.subscription_id or "")

        def delete() -> None:
            poller = compute.virtual_machine_extensions.begin_delete(parsed.resource_group, vm_name, parsed.name)
            self._wait(poller, extension_id, cancel)

        self._call(extension_id, delete)

    def delete_restore_point_collection(self, collection_id: str, cancel: CancelSignal | None = None) -> None:
        """DELETE a restore point collection (and its restore points); long-running."""
        parsed = ids.parse_id(collection_id)
        compute = self._client("compute", parsed.subscription_id or "")

        def delete() -> None:
            poller = compute.restore_point_collections.begin_delete(parsed.resource_group, parsed.name)
            self._wait(poller, collection_id, cancel)

        self._call(collection_id, delete)

    def delete_lock(self, lock_id: str) -> None:
        self._call(lock_id, lambda: self._lock_operation(lock_id, "delete"))

    def create_or_update_lock(self, lock_id: str, lock: Json) -> Json:
        """PUT a management lock from its REST body (`properties.level`, `notes`, `owners`)."""
        raw_props = lock.get("properties")
        props: Json = raw_props if isinstance(raw_props, dict) else {}
        owners = [
            ManagementLockOwner(application_id=o.get("applicationId"))
            for o in props.get("owners") or []
            if isinstance(o, dict)
        ]
        body = ManagementLockObject(level=str(props.get("level")), notes=props.get("notes"), owners=owners or None)
        return self._call(lock_id, lambda: to_json(self._lock_operation(lock_id, "create_or_update", body)))

    def trigger_backup(self, item_id: str, cancel: CancelSignal | None = None) -> str | None:
        """POST {item}/backup (an on-demand backup, as ProtectedItems' Backups_Trigger.json) and wait until
        Azure Backup has accepted it; returns the id of the job it started (None if the service named none).
        """
        path = ProtectedItemPath.parse(item_id)
        backup = self._client("backup", path.subscription_id)
        request = BackupRequestResource(properties=IaasVMBackupRequest())

        def trigger() -> str | None:
            initial = backup.backups.trigger(
                path.vault, path.resource_group, path.fabric, path.container, path.item, request, cls=raw_response
            )
            poller: LROPoller[None] = LROPoller(backup._client, initial, lambda _: None, self._arm_polling())
            self._wait(poller, item_id, cancel)
            status_url = initial.http_response.headers.get("Azure-AsyncOperation")
            if not status_url:
                return None
            operation = urlparse(status_url).path.rstrip("/").rsplit("/", 1)[-1]
            status = to_json(
                backup.protected_item_operation_statuses.get(
                    path.vault, path.resource_group, path.fabric, path.container, path.item, operation
                )
            )
            properties = status.get("properties")
            job_name = properties.get("jobId") if isinstance(properties, dict) else None
            if not isinstance(job_name, str) or not job_name:
                return None
            vault_id = (
                f"/subscriptions/{path.subscription_id}/resourceGroups/{path.resource_group}"
                f"/providers/Microsoft.RecoveryServices/vaults/{path.vault}"
            )
            return job_name if job_name.startswith("/") else f"{vault_id}/backupJobs/{job_name}"

        return self._call(item_id, trigger)

    def cancel_backup_job(self, job_id: str, cancel: CancelSignal | None = None) -> None:
        """POST {job}/cancel (JobCancellations_Trigger.json) and wait for the cancellation to be accepted."""
        parsed = ids.parse_id(job_id)
        vault = ids.parse_id(job_id.rsplit("/backupJobs/", 1)[0])
        backup = self._client("backup", parsed.subscription_id or "")

        def cancel_job() -> None:
            initial = backup.job_cancellations.trigger(vault.name, parsed.resource_group, parsed.name, cls=raw_response)
            poller: LROPoller[None] = LROPoller(backup._client, initial, lambda _: None, self._arm_polling())
            self._wait(poller, job_id, cancel)

        self._call(job_id, cancel_job)

    def update_protected_item(self, item_id: str, properties: Json, cancel: CancelSignal | None = None) -> Json:
        """PUT a protected item (ProtectedItems_CreateOrUpdate, long-running); returns the item afterwards."""
        path = ProtectedItemPath.parse(item_id)
        backup = self._client("backup", path.subscription_id)

        def update() -> Json:
            poller = backup.protected_items.begin_create_or_update(
                path.vault, path.resource_group, path.fabric, path.container, path.item, {"properties": properties}
            )
            result = self._wait(poller, item_id, cancel)
            return to_json(result) if result is not None else {}

        return self._call(item_id, update)

    def delete_protected_item(self, item_id: str, cancel: CancelSignal | None = None) -> None:
        """DELETE a protected item: stop protection and delete its backup data (ProtectedItems_Delete).

        The SDK's `protected_items.delete` sends the request and returns on 202 without polling ("an
        asynchronous operation": azure-mgmt-recoveryservicesbackup 11.2.0); it is polled here the way ARM
        says, through Azure-AsyncOperation or Location, as `trigger_backup` does.
        """
        path = ProtectedItemPath.parse(item_id)
        backup = self._client("backup", path.subscription_id)

        def delete() -> None:
            initial = backup.protected_items.delete(
                path.vault, path.resource_group, path.fabric, path.container, path.item, cls=raw_response
            )
            if initial.http_response.status_code == 202:
                poller: LROPoller[None] = LROPoller(backup._client, initial, lambda _: None, self._arm_polling())
                self._wait(poller, item_id, cancel)

        self._call(item_id, delete)

    def add_key_vault_access_policies(self, vault_id: str, policies: list[Json]) -> Json:
        """PUT {vault}/accessPolicies/add (Vaults_UpdateAccessPolicy_Add.json): permissions are added to
        the matching policies, never taken away."""
        parsed = ids.parse_id(vault_id)
        keyvault = self._client("keyvault", parsed.subscription_id or "")
        body = {"properties": {"accessPolicies": policies}}
        return self._call(
            vault_id,
            lambda: to_json(keyvault.vaults.update_access_policy(parsed.resource_group, parsed.name, "add", body)),
        )
