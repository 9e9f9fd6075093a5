"""The gateway's plumbing: SDK clients for one target, the concurrency limit, pacing, and how a request's
answer or error becomes JSON or an AzureProblemError. The reads and the changes build on it
(core/azure/gateway_reads.py, core/azure/gateway_writes.py); `core.azure.gateway.AzureGateway` joins them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

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
from azure.core.pipeline.transport import RequestsTransport
from azure.core.rest import HttpRequest, HttpResponse
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.core.exceptions import ARMErrorFormat
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.recoveryservices import RecoveryServicesClient
from azure.mgmt.recoveryservicesbackup import RecoveryServicesBackupClient
from azure.mgmt.resource.locks import ManagementLockClient
from azure.mgmt.resource.subscriptions import SubscriptionClient

from core import __version__, ids
from core.azure import answers
from core.azure.errors import AzureProblemError, describe
from core.azure.identity import Identity
from core.azure.pacing import ReadPacer
from core.azure.target import Target, TargetKind
from core.i18n import Msg

T = TypeVar("T")
Json = dict[str, Any]

USER_AGENT = f"backup-doctor/{__version__}"
# Microsoft.Authorization permissions list (azure-rest-api-specs, authorization 2022-04-01).
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
    # Retries on 429/5xx answers. azure-core allows only 3 by default (retry_status in
    # azure/core/pipeline/policies/_retry.py), which a large scan inside ARM's read budget of
    # 25/s exhausts on a busy subscription; each 429 waits for its Retry-After first.
    retry_status: int = 8
    # Retries after a read timeout: a stalled call is retried, but not for long.
    retry_read: int = 2
    retry_backoff_factor: float = 0.8
    retry_backoff_max: float = 30.0
    # How many ARM requests may be in flight at once, across all threads (and the size of the
    # connection pool they share). ARM throttles per subscription and principal: the read pacer
    # (core/azure/pacing.py) keeps each subscription inside its bucket, so every subscription's
    # lists can run at once.
    max_concurrency: int = 16
    # Pace reads per subscription as ARM's buckets allow (core/azure/pacing.py). Off only for a simulated
    # tenant served without throttling: there is no bucket to stay inside.
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


class GatewayCore:
    """Builds the SDK clients for one target and credential; every ARM call goes through its plumbing."""

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
        # Who is signed in, when the credential is a person's sign-in (None: demo, tenant files, endpoints).
        self.identity: Identity | None = None
        # Lower-cased ids of the subscriptions the user picked (None: every subscription the account sees).
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
        except (AzureError, OSError) as exc:
            own = self.target.kind in (TargetKind.DEMO, TargetKind.TENANT_FILE)
            raise AzureProblemError(describe(exc, scope, own_simulator=own)) from exc

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

    # --- locks, at their own level ---------------------------------------------------------------

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


def raw_response(pipeline_response: Any, deserialized: Any, headers: Any) -> Any:
    """`cls=` for SDK calls whose initial response (202 and its headers) is needed to poll."""
    return pipeline_response


def about_resource(resource_id: str) -> Msg:
    return answers.what(answers.RESOURCE, resource=resource_id)


def _scope_kind(scope: str) -> str:
    parts = [p.lower() for p in scope.split("/") if p]
    if len(parts) == 2 and parts[0] == "subscriptions":
        return "subscription"
    if len(parts) == 4 and parts[0] == "subscriptions" and parts[2] == "resourcegroups":
        return "resourceGroup"
    return "resource"


