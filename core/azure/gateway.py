"""The one place that talks to Azure Resource Manager through the real SDK clients.

Everything about how requests are made lives here: endpoint and certificate trust, retry policy,
timeouts, long-running-operation polling, user agent, and how SDK models and exceptions become
core types. Callers get plain JSON-shaped dicts parsed into core facts, or AzureProblemError.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from azure.core.credentials import TokenCredential
from azure.core.exceptions import AzureError
from azure.core.pipeline.policies import BearerTokenCredentialPolicy, RetryPolicy
from azure.core.rest import HttpRequest
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.recoveryservices import RecoveryServicesClient
from azure.mgmt.recoveryservicesbackup import RecoveryServicesBackupClient
from azure.mgmt.resource.locks import ManagementLockClient
from azure.mgmt.resource.subscriptions import SubscriptionClient

from core import __version__
from core.azure import ids
from core.azure.errors import AzureProblemError, describe
from core.azure.target import Target

T = TypeVar("T")
Json = dict[str, Any]

USER_AGENT = f"backup-doctor/{__version__}"


@dataclass(frozen=True)
class GatewaySettings:
    """Request behaviour. Defaults suit an interactive tool: a stalled call gives up within minutes."""

    connection_timeout: float = 10.0
    read_timeout: float = 60.0
    retry_total: int = 10
    #: Retries on 429/5xx answers. azure-core allows only 3 by default (retry_status in
    #: azure/core/pipeline/policies/_retry.py), which a large scan inside ARM's read budget of
    #: 25/s exhausts on a busy subscription; each 429 waits for its Retry-After first.
    retry_status: int = 8
    #: Retries after a read timeout: a stalled call is retried, but not for long.
    retry_read: int = 2
    retry_backoff_factor: float = 0.8
    retry_backoff_max: float = 30.0
    #: How many ARM requests may be in flight at once, across all threads. ARM throttles per
    #: subscription and principal; a handful of parallel reads keeps well inside its budgets.
    max_concurrency: int = 8

    @classmethod
    def for_target(cls, target: Target) -> GatewaySettings:
        if target.simulated:
            # A local server: no reason to wait long between retries.
            return cls(retry_backoff_factor=0.01, retry_backoff_max=1.0, read_timeout=30.0)
        return cls()


class _ConcurrencyLimit:
    def __init__(self, limit: int) -> None:
        self._semaphore = threading.BoundedSemaphore(max(1, limit))

    def run(self, call: Callable[[], T]) -> T:
        with self._semaphore:
            return call()


def to_json(model: Any) -> Json:
    """An SDK model as the REST JSON it came from.

    The typespec-generated clients (compute, backup, key vault) keep the raw body behind a mapping
    interface (`as_dict()` gives REST names and keeps fields the model does not declare, such as the
    IaaS VM fields of a protected item, see ../shared/sdk-facts.md); the older msrest-style clients
    (locks, subscriptions) serialize back to REST names with `serialize()`.
    """
    if isinstance(model, dict):
        return model
    as_dict = getattr(model, "as_dict", None)
    if callable(as_dict) and hasattr(model, "keys"):
        return dict(as_dict())
    serialize = getattr(model, "serialize", None)
    if callable(serialize):
        return dict(serialize(keep_readonly=True))
    raise TypeError(f"cannot read {type(model).__name__} as JSON")


class AzureGateway:
    """Builds the SDK clients for one target and credential, and performs every ARM call."""

    def __init__(
        self,
        target: Target,
        credential: TokenCredential,
        settings: GatewaySettings | None = None,
    ) -> None:
        self.target = target
        self.credential = credential
        self.settings = settings or GatewaySettings.for_target(target)
        self._limit = _ConcurrencyLimit(self.settings.max_concurrency)
        self._clients: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()
        self.call_count = 0

    # --- client construction ---------------------------------------------------------------

    def _client_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "base_url": self.target.arm_url,
            "credential_scopes": [self.target.credential_scope],
            "user_agent": USER_AGENT,
            "connection_timeout": self.settings.connection_timeout,
            "read_timeout": self.settings.read_timeout,
            "retry_total": self.settings.retry_total,
            "retry_status": self.settings.retry_status,
            "retry_read": self.settings.retry_read,
            "retry_backoff_factor": self.settings.retry_backoff_factor,
            "retry_backoff_max": self.settings.retry_backoff_max,
        }
        if self.target.ca_file:
            # Wins over REQUESTS_CA_BUNDLE and friends (sdk-facts.md): trust exactly this CA.
            kwargs["connection_verify"] = self.target.ca_file
        if self.target.simulated:
            # The simulator sends no Retry-After on operations, so this polls immediately; against
            # Azure the default interval and the server's hints apply.
            kwargs["polling_interval"] = 0
        return kwargs

    def _client(self, kind: str, subscription_id: str = "") -> Any:
        with self._lock:
            client = self._clients.get((kind, subscription_id))
            if client is None:
                client = self._make_client(kind, subscription_id)
                self._clients[(kind, subscription_id)] = client
            return client

    def _make_client(self, kind: str, subscription_id: str) -> Any:
        kwargs = self._client_kwargs()
        if kind == "subscriptions":
            return SubscriptionClient(self.credential, **kwargs)
        factories: dict[str, Callable[..., Any]] = {
            "compute": ComputeManagementClient,
            "locks": ManagementLockClient,
            "vaults": RecoveryServicesClient,
            "backup": RecoveryServicesBackupClient,
            "keyvault": KeyVaultManagementClient,
        }
        return factories[kind](self.credential, subscription_id, **kwargs)

    def close(self) -> None:
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            close = getattr(client, "close", None)
            if callable(close):
                close()

    # --- call plumbing -------------------------------------------------------------------------

    def _call(self, scope: str, call: Callable[[], T]) -> T:
        """Run one SDK call under the concurrency limit; SDK errors become AzureProblemError."""
        try:
            with self._lock:
                self.call_count += 1
            return self._limit.run(call)
        except AzureError as exc:
            raise AzureProblemError(describe(exc, scope)) from exc
        except OSError as exc:
            raise AzureProblemError(describe(exc, scope)) from exc

    def _list(self, scope: str, pages: Callable[[], Iterable[Any]]) -> list[Json]:
        """Drain a paged list; every page is one request (counted, limited, retried by the SDK)."""

        def drain() -> list[Json]:
            return [to_json(item) for item in pages()]

        return self._call(scope, drain)

    # --- reads -------------------------------------------------------------------------------

    def list_subscriptions(self) -> list[Json]:
        return self._list("/subscriptions", lambda: self._client("subscriptions").subscriptions.list())

    def list_virtual_machines(self, subscription_id: str) -> list[Json]:
        """Every VM of the subscription with its instance view: one paged call, not one per VM."""
        compute = self._client("compute", subscription_id)
        return self._list(
            f"/subscriptions/{subscription_id}",
            lambda: compute.virtual_machines.list_all(expand="instanceView"),
        )

    def get_virtual_machine(self, vm_id: str) -> Json:
        parsed = ids.parse_id(vm_id)
        compute = self._client("compute", parsed.subscription_id or "")
        return self._call(
            vm_id,
            lambda: to_json(
                compute.virtual_machines.get(parsed.resource_group, parsed.name, expand="instanceView")
            ),
        )

    def list_managed_disks(self, subscription_id: str) -> list[Json]:
        compute = self._client("compute", subscription_id)
        return self._list(f"/subscriptions/{subscription_id}", lambda: compute.disks.list())

    def list_locks(self, subscription_id: str) -> list[Json]:
        """Every lock in the subscription (on itself, its resource groups and resources)."""
        locks = self._client("locks", subscription_id)
        return self._list(
            f"/subscriptions/{subscription_id}",
            lambda: locks.management_locks.list_at_subscription_level(),
        )

    def list_restore_point_collections(self, subscription_id: str) -> list[Json]:
        compute = self._client("compute", subscription_id)
        return self._list(
            f"/subscriptions/{subscription_id}", lambda: compute.restore_point_collections.list_all()
        )

    def get_restore_point_collection(self, collection_id: str) -> Json:
        """One collection with its restore points (the list call does not expand them)."""
        parsed = ids.parse_id(collection_id)
        compute = self._client("compute", parsed.subscription_id or "")
        return self._call(
            collection_id,
            lambda: to_json(
                compute.restore_point_collections.get(
                    parsed.resource_group, parsed.name, expand="restorePoints"
                )
            ),
        )

    def list_recovery_services_vaults(self, subscription_id: str) -> list[Json]:
        vaults = self._client("vaults", subscription_id)
        return self._list(
            f"/subscriptions/{subscription_id}", lambda: vaults.vaults.list_by_subscription_id()
        )

    def list_protected_vms(self, vault_id: str) -> list[Json]:
        parsed = ids.parse_id(vault_id)
        backup = self._client("backup", parsed.subscription_id or "")
        return self._list(
            vault_id,
            lambda: backup.backup_protected_items.list(
                parsed.name,
                parsed.resource_group,
                filter="backupManagementType eq 'AzureIaasVM' and itemType eq 'VM'",
            ),
        )

    def list_backup_jobs(self, vault_id: str, odata_filter: str) -> list[Json]:
        parsed = ids.parse_id(vault_id)
        backup = self._client("backup", parsed.subscription_id or "")
        return self._list(
            vault_id,
            lambda: backup.backup_jobs.list(parsed.name, parsed.resource_group, filter=odata_filter),
        )

    def get_job_details(self, job_id: str) -> Json:
        parsed = ids.parse_id(job_id)
        vault = ids.parse_id(job_id.rsplit("/backupJobs/", 1)[0])
        backup = self._client("backup", parsed.subscription_id or "")
        return self._call(
            job_id,
            lambda: to_json(backup.job_details.get(vault.name, parsed.resource_group, parsed.name)),
        )

    def get_key_vault(self, vault_id: str) -> Json:
        parsed = ids.parse_id(vault_id)
        keyvault = self._client("keyvault", parsed.subscription_id or "")
        return self._call(
            vault_id, lambda: to_json(keyvault.vaults.get(parsed.resource_group, parsed.name))
        )

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
                body = response.json()
                values = body.get("value") if isinstance(body, dict) else None
                if isinstance(values, list) and values and isinstance(values[0], dict):
                    return dict(values[0])
                return None

        return self._call(f"servicePrincipals(appId={app_id})", lookup)


__all__ = ["AzureGateway", "GatewaySettings", "Json", "to_json"]
