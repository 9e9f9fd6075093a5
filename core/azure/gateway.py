"""The one place that talks to Azure Resource Manager through the real SDK clients.

Everything about how requests are made lives here: endpoint and certificate trust, retry policy,
timeouts, long-running-operation polling, user agent, and how SDK models and exceptions become
core types. Callers get plain JSON-shaped dicts parsed into core facts, or AzureProblemError.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from urllib.parse import urlparse

import requests
from azure.core.credentials import TokenCredential
from azure.core.exceptions import (
    AzureError,
    ClientAuthenticationError,
    DecodeError,
    HttpResponseError,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
    map_error,
)
from azure.core.pipeline.policies import BearerTokenCredentialPolicy, RetryPolicy
from azure.core.pipeline.transport import RequestsTransport
from azure.core.polling import LROPoller
from azure.core.rest import HttpRequest, HttpResponse
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.core.exceptions import ARMErrorFormat
from azure.mgmt.core.polling.arm_polling import ARMPolling
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.recoveryservices import RecoveryServicesClient
from azure.mgmt.recoveryservicesbackup import RecoveryServicesBackupClient
from azure.mgmt.recoveryservicesbackup.models import BackupRequestResource, IaasVMBackupRequest
from azure.mgmt.resource.locks import ManagementLockClient
from azure.mgmt.resource.locks.models import ManagementLockObject, ManagementLockOwner
from azure.mgmt.resource.subscriptions import SubscriptionClient

from core import __version__, ids
from core.azure import answers
from core.azure import sdk_requests as build
from core.azure.errors import AzureProblemError, describe
from core.azure.identity import Identity
from core.azure.pacing import ReadPacer
from core.azure.target import Target
from core.i18n import Msg

T = TypeVar("T")
Json = dict[str, Any]

USER_AGENT = f"backup-doctor/{__version__}"
#: Microsoft.Authorization permissions list (azure-rest-api-specs, authorization 2022-04-01).
PERMISSIONS_API_VERSION = "2022-04-01"


class CancelSignal(Protocol):
    """Anything that says whether the user asked to stop: a threading.Event, a wizard's CancelToken."""

    def is_set(self) -> bool: ...


class WaitAbandoned(Exception):
    """Azure accepted a long-running request, but the caller cancelled before it finished.

    The change goes on in Azure; only the waiting stopped.
    """

    def __init__(self, scope: str) -> None:
        super().__init__(f"stopped waiting for the operation on {scope}")
        self.scope = scope


class WaitTimedOut(Exception):
    """Azure accepted a long-running request, but it did not finish within the time the caller allowed."""

    def __init__(self, scope: str, seconds: float) -> None:
        super().__init__(f"{scope} did not finish within {seconds:g} s")
        self.scope = scope
        self.seconds = seconds


@dataclass(frozen=True)
class ProtectedItemPath:
    """The parts of a protected item id that the Backup SDK takes as separate arguments."""

    subscription_id: str
    resource_group: str
    vault: str
    fabric: str
    container: str
    item: str

    @classmethod
    def parse(cls, item_id: str) -> ProtectedItemPath:
        parts = [p for p in item_id.split("/") if p]
        lowered = [p.lower() for p in parts]

        def after(name: str) -> str:
            try:
                return parts[lowered.index(name) + 1]
            except (ValueError, IndexError):
                raise ValueError(f"not a protected item id: {item_id}") from None

        return cls(
            after("subscriptions"),
            after("resourcegroups"),
            after("vaults"),
            after("backupfabrics"),
            after("protectioncontainers"),
            after("protecteditems"),
        )


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
    #: How many ARM requests may be in flight at once, across all threads (and the size of the
    #: connection pool they share). ARM throttles per subscription and principal: the read pacer
    #: (core/azure/pacing.py) keeps each subscription inside its bucket, so every subscription's
    #: lists can run at once.
    max_concurrency: int = 16
    #: Pace reads per subscription as ARM's buckets allow (core/azure/pacing.py). Off only for a simulated
    #: tenant served without throttling: there is no bucket to stay inside.
    pace_reads: bool = True

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
        #: Who is signed in, when the credential is a person's sign-in (None: demo, tenant files, endpoints).
        self.identity: Identity | None = None
        #: Lower-cased ids of the subscriptions the user picked (None: every subscription the account sees).
        self.subscriptions_picked: frozenset[str] | None = None
        self.pacer = ReadPacer() if self.settings.pace_reads else None
        # One connection pool for every client, as large as the requests allowed in flight
        # (requests keeps 10 per host by default and drops the rest after use).
        self._session = requests.Session()
        adapter = requests.adapters.HTTPAdapter(
            pool_connections=4, pool_maxsize=self.settings.max_concurrency, max_retries=0
        )
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)

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
        if self.target.proxy:
            # A proxy from Settings; without one azure-core uses HTTPS_PROXY/NO_PROXY from the environment.
            kwargs["proxies"] = {"https": self.target.proxy, "http": self.target.proxy}
        if self.target.simulated:
            # The simulator sends no Retry-After on operations, so this polls immediately; against
            # Azure the default interval and the server's hints apply.
            kwargs["polling_interval"] = 0
        transport: dict[str, Any] = {
            "connection_timeout": self.settings.connection_timeout,
            "read_timeout": self.settings.read_timeout,
        }
        if self.target.ca_file:
            transport["connection_verify"] = self.target.ca_file
        kwargs["transport"] = RequestsTransport(session=self._session, session_owner=False, **transport)
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
        self._session.close()

    # --- call plumbing -------------------------------------------------------------------------

    def _call(self, scope: str, call: Callable[[], T]) -> T:
        """Run one SDK call under the concurrency limit; SDK errors become AzureProblemError."""
        with self._lock:
            self.call_count += 1
        return self._guard(scope, lambda: self._limit.run(call))

    def _guard(self, scope: str, call: Callable[[], T]) -> T:
        """SDK and network errors of `call` become AzureProblemError about `scope`."""
        try:
            return call()
        except AzureError as exc:
            raise AzureProblemError(describe(exc, scope)) from exc
        except OSError as exc:
            raise AzureProblemError(describe(exc, scope)) from exc

    def _send(self, kind: str, subscription_id: str, request: HttpRequest, scope: str, about: Msg) -> HttpResponse:
        """One GET through the SDK client's own pipeline (authentication, retries, Retry-After)."""
        client = self._client(kind, subscription_id)
        send = getattr(client, "send_request", None) or client._send_request
        if subscription_id and self.pacer is not None:
            self.pacer.take(subscription_id)
        with self._lock:
            self.call_count += 1
        try:
            response: HttpResponse = self._limit.run(lambda: send(request))
        except DecodeError as error:
            # azure-core's ContentDecodePolicy already refused a body labelled JSON that is not.
            failed: Any = error.response
            if failed is None:
                raise
            body = failed.body() if callable(getattr(failed, "body", None)) else b""
            answers.parse_body(body, failed.headers.get("content-type", ""), scope, about)
            raise
        if subscription_id and self.pacer is not None:
            self.pacer.observe(subscription_id, response.headers.get("x-ms-ratelimit-remaining-subscription-reads"))
        if not 200 <= response.status_code < 300:
            # As the generated operations do: 401/404/409 as their own exception types, ARM's error body read.
            map_error(
                status_code=response.status_code,
                response=response,
                error_map={
                    401: ClientAuthenticationError,
                    404: ResourceNotFoundError,
                    409: ResourceExistsError,
                    304: ResourceNotModifiedError,
                },
            )
            raise HttpResponseError(response=response, error_format=ARMErrorFormat)
        return response

    def _read(self, kind: str, subscription_id: str, request: HttpRequest, scope: str, about: Msg) -> Json:
        """One resource as the JSON object Azure sent; a malformed answer is an AzureProblemError."""

        def read() -> Json:
            response = self._send(kind, subscription_id, request, scope, about)
            body = answers.parse_body(response.content, response.headers.get("content-type", ""), scope, about)
            return answers.as_object(body, scope, about)

        return self._guard(scope, read)

    def _pages(
        self, kind: str, subscription_id: str, request: HttpRequest, scope: str, about: Msg
    ) -> Iterator[list[Json]]:
        """Each page of a paged list as it arrives, following nextLink exactly as sent."""
        next_request: HttpRequest | None = request
        seen: set[str] = set()
        while next_request is not None:

            def read_page(current: HttpRequest = next_request) -> tuple[list[Json], str | None]:
                response = self._send(kind, subscription_id, current, scope, about)
                body = answers.parse_body(response.content, response.headers.get("content-type", ""), scope, about)
                return answers.as_page(body, scope, about)

            page, link = self._guard(scope, read_page)
            yield page
            if link is None or link in seen:
                next_request = None  # a link seen before would loop forever
            else:
                seen.add(link)
                next_request = HttpRequest("GET", link)

    def _list(self, kind: str, subscription_id: str, request: HttpRequest, scope: str, about: Msg) -> list[Json]:
        """Every item of a paged list; one request per page."""
        return [item for page in self._pages(kind, subscription_id, request, scope, about) for item in page]

    # --- reads -------------------------------------------------------------------------------

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
            "compute", sub, build.get_vm(sub, parsed.resource_group or "", parsed.name), vm_id, _resource(vm_id)
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
            _resource(f"{vm_id}/instanceView"),
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
        return self._read("compute", sub, request, collection_id, _resource(collection_id))

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
        return self._read("vaults", sub, request, vault_id, _resource(vault_id))

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
        return self._read("backup", sub, request, job_id, _resource(job_id))

    def get_key_vault(self, vault_id: str) -> Json:
        parsed = ids.parse_id(vault_id)
        sub = parsed.subscription_id or ""
        request = build.get_key_vault(sub, parsed.resource_group or "", parsed.name)
        return self._read("keyvault", sub, request, vault_id, _resource(vault_id))

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

    def _lock_operation(self, lock_id: str, operation: str, *body: Any) -> Any:
        """Call the locks SDK at the lock's own level. Subscription and resource group locks use their
        level's calls; the `*_by_scope` calls quote the scope's slashes, so they serve only locks on a
        resource."""
        scope, name = ids.lock_scope(lock_id), ids.parse_id(lock_id).name
        parsed = ids.parse_id(scope)
        operations = self._client("locks", parsed.subscription_id or "").management_locks
        kind = _scope_kind(scope)
        if kind == "subscription":
            return getattr(operations, f"{operation}_at_subscription_level")(name, *body)
        if kind == "resourceGroup":
            return getattr(operations, f"{operation}_at_resource_group_level")(parsed.resource_group, name, *body)
        return getattr(operations, f"{operation}_by_scope")(scope.lstrip("/"), name, *body)

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

    # --- changes (only the fix actions call these; each is one audited request) -------------------

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
                path.vault, path.resource_group, path.fabric, path.container, path.item, request, cls=_raw
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
            initial = backup.job_cancellations.trigger(vault.name, parsed.resource_group, parsed.name, cls=_raw)
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
                path.vault, path.resource_group, path.fabric, path.container, path.item, cls=_raw
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


def _raw(pipeline_response: Any, deserialized: Any, headers: Any) -> Any:
    """`cls=` for SDK calls whose initial response (202 and its headers) is needed to poll."""
    return pipeline_response


def _resource(resource_id: str) -> Msg:
    return answers.what(answers.RESOURCE, resource=resource_id)


def _scope_kind(scope: str) -> str:
    parts = [p.lower() for p in scope.split("/") if p]
    if len(parts) == 2 and parts[0] == "subscriptions":
        return "subscription"
    if len(parts) == 4 and parts[0] == "subscriptions" and parts[2] == "resourcegroups":
        return "resourceGroup"
    return "resource"


__all__ = [
    "AzureGateway",
    "CancelSignal",
    "GatewaySettings",
    "Json",
    "ProtectedItemPath",
    "WaitAbandoned",
    "to_json",
]
