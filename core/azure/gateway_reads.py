"""What the gateway reads: subscriptions, VMs and their status, disks, locks, restore points, vaults,
protected items, jobs, key vaults, the Backup service principal; and waiting for a job to finish."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from azure.core.pipeline.policies import BearerTokenCredentialPolicy, RetryPolicy
from azure.core.rest import HttpRequest

from core import ids
from core.azure import answers
from core.azure import sdk_requests as build
from core.azure.gateway_core import (
    PERMISSIONS_API_VERSION,
    CancelSignal,
    GatewayCore,
    Json,
    ProtectedItemPath,
    WaitAbandoned,
    about_resource,
    to_json,
)


class GatewayReads(GatewayCore):
    def list_subscriptions(self) -> list[Json]:
        found = self._list(
            "subscriptions", "", build.list_subscriptions(), "/subscriptions", answers.what(answers.SUBSCRIPTIONS)
        )
        if self.subscriptions_picked is None:
            return found
        return [s for s in found if str(s.get("subscriptionId", "")).lower() in self.subscriptions_picked]

    def list_tenants(self) -> list[Json]:
        """The directories the signed-in account belongs to (`GET /tenants`)."""
        return self._list("subscriptions", "", build.list_tenants(), "/tenants", answers.what(answers.TENANTS))

    def permissions(self, scope: str) -> list[Json]:
        """What the caller may do on `scope`: `GET {scope}/providers/Microsoft.Authorization/permissions`
        (Permissions - List For Resource / Resource Group), every page, as `{actions, notActions}` entries."""
        client = self._client("subscriptions")

        def read() -> list[Json]:
            entries: list[Json] = []
            url: str | None = f"{scope.rstrip('/')}/providers/Microsoft.Authorization/permissions"
            params: dict[str, str] | None = {"api-version": PERMISSIONS_API_VERSION}
            while url:
                response = client.send_request(HttpRequest("GET", url, params=params))
                response.raise_for_status()
                body = response.json()
                values = body.get("value") if isinstance(body, dict) else None
                entries.extend(v for v in values or [] if isinstance(v, dict))
                url = body.get("nextLink") if isinstance(body, dict) else None
                params = None  # nextLink carries its own query
            return entries

        return self._call(scope, read)

    def list_virtual_machines(self, subscription_id: str) -> list[Json]:
        """Every VM of the subscription with its run-time status (`statusOnly=true`): one paged call.

        A VM whose answer carries no `properties.instanceView` is read with `get_vm_instance_view`.
        """
        return [item for page in self.virtual_machine_pages(subscription_id) for item in page]

    def virtual_machine_pages(self, subscription_id: str) -> Iterator[list[Json]]:
        """`list_virtual_machines` page by page, so each page can be parsed and dropped as it arrives."""
        return self._pages(
            "compute",
            subscription_id,
            build.list_vm_statuses(subscription_id),
            f"/subscriptions/{subscription_id}",
            answers.what(answers.VMS, subscription=subscription_id),
        )

    def resource_group_vm_pages(self, subscription_id: str, resource_group: str) -> Iterator[list[Json]]:
        """The VMs of one resource group page by page, without their run-time status (see sdk_requests)."""
        scope = f"/subscriptions/{subscription_id}/resourceGroups/{resource_group}"
        return self._pages(
            "compute",
            subscription_id,
            build.list_group_vms(subscription_id, resource_group),
            scope,
            answers.what(answers.GROUP_VMS, group=resource_group),
        )

    def get_virtual_machine(self, vm_id: str) -> Json:
        parsed = ids.parse_id(vm_id)
        sub = parsed.subscription_id or ""
        return self._read(
            "compute", sub, build.get_vm(sub, parsed.resource_group or "", parsed.name), vm_id, about_resource(vm_id)
        )

    def get_vm_instance_view(self, vm_id: str) -> Json:
        """GET {vm}/instanceView (VirtualMachines_InstanceView)."""
        parsed = ids.parse_id(vm_id)
        sub = parsed.subscription_id or ""
        return self._read(
            "compute",
            sub,
            build.get_vm_instance_view(sub, parsed.resource_group or "", parsed.name),
            vm_id,
            about_resource(f"{vm_id}/instanceView"),
        )

    def list_managed_disks(self, subscription_id: str) -> list[Json]:
        return self._list(
            "compute",
            subscription_id,
            build.list_disks(subscription_id),
            f"/subscriptions/{subscription_id}",
            answers.what(answers.DISKS, subscription=subscription_id),
        )

    def list_locks(self, subscription_id: str) -> list[Json]:
        """Every lock in the subscription (on itself, its resource groups and resources)."""
        return self._list(
            "locks",
            subscription_id,
            build.list_locks(subscription_id),
            f"/subscriptions/{subscription_id}",
            answers.what(answers.LOCKS, subscription=subscription_id),
        )

    def list_restore_point_collections(self, subscription_id: str) -> list[Json]:
        return self._list(
            "compute",
            subscription_id,
            build.list_restore_point_collections(subscription_id),
            f"/subscriptions/{subscription_id}",
            answers.what(answers.RESTORE_POINT_COLLECTIONS, subscription=subscription_id),
        )

    def get_restore_point_collection(self, collection_id: str) -> Json:
        """One collection with its restore points (the list call does not expand them)."""
        parsed = ids.parse_id(collection_id)
        sub = parsed.subscription_id or ""
        request = build.get_restore_point_collection(sub, parsed.resource_group or "", parsed.name)
        return self._read("compute", sub, request, collection_id, about_resource(collection_id))

    def list_recovery_services_vaults(self, subscription_id: str) -> list[Json]:
        return self._list(
            "vaults",
            subscription_id,
            build.list_vaults(subscription_id),
            f"/subscriptions/{subscription_id}",
            answers.what(answers.VAULTS, subscription=subscription_id),
        )

    def get_recovery_services_vault(self, vault_id: str) -> Json:
        """One Recovery Services vault (its `securitySettings` say whether soft delete is on)."""
        parsed = ids.parse_id(vault_id)
        sub = parsed.subscription_id or ""
        request = build.get_vault(sub, parsed.resource_group or "", parsed.name)
        return self._read("vaults", sub, request, vault_id, about_resource(vault_id))

    def list_protected_vms(self, vault_id: str) -> list[Json]:
        parsed = ids.parse_id(vault_id)
        sub = parsed.subscription_id or ""
        return self._list(
            "backup",
            sub,
            build.list_protected_vms(sub, parsed.resource_group or "", parsed.name),
            vault_id,
            answers.what(answers.PROTECTED_ITEMS, vault=parsed.name),
        )

    def list_backup_jobs(self, vault_id: str, odata_filter: str) -> list[Json]:
        parsed = ids.parse_id(vault_id)
        sub = parsed.subscription_id or ""
        return self._list(
            "backup",
            sub,
            build.list_jobs(sub, parsed.resource_group or "", parsed.name, odata_filter),
            vault_id,
            answers.what(answers.JOBS, vault=parsed.name),
        )

    def get_job_details(self, job_id: str) -> Json:
        parsed = ids.parse_id(job_id)
        vault = ids.parse_id(job_id.rsplit("/backupJobs/", 1)[0])
        sub = parsed.subscription_id or ""
        request = build.get_job_details(sub, parsed.resource_group or "", vault.name, parsed.name)
        return self._read("backup", sub, request, job_id, about_resource(job_id))

    def get_key_vault(self, vault_id: str) -> Json:
        parsed = ids.parse_id(vault_id)
        sub = parsed.subscription_id or ""
        request = build.get_key_vault(sub, parsed.resource_group or "", parsed.name)
        return self._read("keyvault", sub, request, vault_id, about_resource(vault_id))

    def find_service_principal(self, app_id: str) -> Json | None:
        """A service principal by application id, from Microsoft Graph (`servicePrincipals`)."""
        from azure.core import PipelineClient

        scope = self.target.graph_url.rstrip("/") + "/.default"
        policies: list[Any] = [
            BearerTokenCredentialPolicy(self.credential, scope),
            RetryPolicy(
                retry_total=self.settings.retry_total,
                retry_status=self.settings.retry_status,
                retry_read=self.settings.retry_read,
                retry_backoff_factor=self.settings.retry_backoff_factor,
                retry_backoff_max=self.settings.retry_backoff_max,
            ),
        ]
        kwargs: dict[str, Any] = {"connection_verify": self.target.ca_file} if self.target.ca_file else {}
        if self.target.proxy:
            kwargs["proxies"] = {"https": self.target.proxy, "http": self.target.proxy}

        def lookup() -> Json | None:
            with PipelineClient(self.target.graph_url, policies=policies, **kwargs) as client:
                request = HttpRequest(
                    "GET",
                    f"{self.target.graph_url}/v1.0/servicePrincipals",
                    params={"$filter": f"appId eq '{app_id}'", "$select": "id,appId,displayName"},
                )
                response = client.send_request(
                    request,
                    connection_timeout=self.settings.connection_timeout,
                    read_timeout=self.settings.read_timeout,
                )
                response.raise_for_status()
                about = answers.what(answers.SERVICE_PRINCIPAL)
                body = answers.parse_body(
                    response.content, response.headers.get("content-type", ""), "servicePrincipals", about
                )
                values, _ = answers.as_page(body, "servicePrincipals", about)
                return dict(values[0]) if values else None

        return self._call(f"servicePrincipals(appId={app_id})", lookup)

    # --- reads the fix actions need ------------------------------------------------------------

    def get_lock(self, lock_id: str) -> Json:
        """A management lock by id (its scope is a subscription, a resource group or a resource)."""
        return self._call(lock_id, lambda: to_json(self._lock_operation(lock_id, "get")))

    def get_protected_item(self, item_id: str) -> Json:
        path = ProtectedItemPath.parse(item_id)
        backup = self._client("backup", path.subscription_id)
        return self._call(
            item_id,
            lambda: to_json(
                backup.protected_items.get(path.vault, path.resource_group, path.fabric, path.container, path.item)
            ),
        )

    @property
    def poll_interval(self) -> float:
        """Seconds between two reads of something that changes on its own (a job, an operation)."""
        return 0.05 if self.target.simulated else 30.0

    def wait_for_job(
        self,
        job_id: str,
        *,
        finished: Callable[[Json], bool],
        timeout: float,
        cancel: CancelSignal | None = None,
        on_read: Callable[[Json], None] | None = None,
    ) -> Json:
        """Read a Backup job until `finished(job)` holds or `timeout` seconds pass; returns the last read.

        Raises WaitAbandoned when `cancel` is set (the job itself goes on).
        """
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            job = self.get_job_details(job_id)
            if on_read is not None:
                on_read(job)
            if finished(job) or time.monotonic() >= deadline:
                return job
            if cancel is not None and cancel.is_set():
                raise WaitAbandoned(job_id)
            pause = self.poll_interval
            while pause > 0 and not (cancel is not None and cancel.is_set()):
                time.sleep(min(pause, 0.5))
                pause -= 0.5
