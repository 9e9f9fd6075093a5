"""What every handler may use: the state, the running operations and the server's knobs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from core.simulator import ids
from core.simulator.directory import Directory
from core.simulator.messages import Request, Response
from core.simulator.operations import Operation, OperationTracker
from core.simulator.paging import SKIP_TOKEN, paged
from core.simulator.store import ResourceStore, json_copy
from core.simulator.tokens import TokenSigner

Json = dict[str, Any]


@dataclass
class Settings:
    """Knobs that may change while the server runs; plain attribute writes are atomic enough here."""

    latency_ms: float = 0.0
    # Items per page of every list; None: each list's own page size, like Azure's (AZURE_PAGE_SIZES).
    page_size: int | None = 3
    lro_polls: int = 1
    # How long a Run Command script takes in the guest (Azure: tens of seconds); 0 answers at once.
    run_command_seconds: float = 0.0
    # When a Run Command that never starts in the guest gives up (Azure: 90 minutes).
    run_command_expiry_seconds: float = 90 * 60.0


# What Azure puts in one page. Compute's VM lists answer 50 VMs a page and a nextLink (reported
# wherever clients forgot to follow it: Azure/azure-sdk-for-node#4769, gbowerman/azurerm#6,
# apache/libcloud#1824). The other lists' page sizes are not documented; 100 is assumed.
VM_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 100


class Context:
    def __init__(self, store: ResourceStore, settings: Settings, directory: Directory | None = None) -> None:
        self.store = store
        self.directory = directory or Directory(store.tenant_id, None)
        self.signer = TokenSigner()
        self.settings = settings
        self.operations = OperationTracker(store.lock)
        self.base_url = ""
        # The Run Command operation each VM is running (key: lower-case VM id): one at a time per VM.
        self.run_commands: dict[str, Operation] = {}
        self._lists: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[int, list[Json]]] = {}
        self._lists_lock = threading.Lock()

    def page(
        self,
        request: Request,
        items: list[Json] | Callable[[], list[Json]],
        view: Callable[[Json], Json] | None = None,
        *,
        azure_page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Response:
        """One page of `items` (stored resources are fine: only the page is copied), each through `view`.

        `items` may be a function: it is then called for the first page only, and later pages of the
        same request (same path and query but for $skiptoken) reuse its answer while the store is
        unchanged, so reading a list page by page costs O(page), not O(list) per page.
        """
        if callable(items):
            items = self._listed(request, items)
        size = self.settings.page_size or azure_page_size
        response = paged(request, items, page_size=size, base_url=self.base_url)
        answer = json_copy(response.body["value"])
        response.body["value"] = [view(item) for item in answer] if view is not None else answer
        return response

    def _listed(self, request: Request, compute: Callable[[], list[Json]]) -> list[Json]:
        query = tuple(sorted((k, v) for k, v in request.query.items() if k != SKIP_TOKEN))
        key = (request.raw_path.lower(), query)
        generation = self.store.generation
        with self._lists_lock:
            cached = self._lists.get(key)
            if cached is not None and cached[0] == generation and request.param(SKIP_TOKEN):
                return cached[1]
        found = compute()
        with self._lists_lock:
            if len(self._lists) > 256:
                self._lists.clear()
            self._lists[key] = (generation, found)
        return found

    def start_operation(
        self,
        complete: Callable[[], Json | None],
        *,
        result_id: str | None = None,
        watch: tuple[str, ...] = (),
        properties: Json | None = None,
        ready: Callable[[], bool] | None = None,
    ) -> Operation:
        return self.operations.start(
            complete,
            polls_needed=self.settings.lro_polls,
            result_id=result_id,
            watch=watch,
            properties=properties,
            ready=ready,
        )

    def url(self, resource_path: str, request: Request, **params: str) -> str:
        """An absolute URL on this server for an id-like path, with the request's api-version."""
        query = "&".join(f"{name}={quote(value, safe='')}" for name, value in params.items())
        version = quote(request.param("api-version") or "", safe="")
        joined = f"{query}&api-version={version}" if query else f"api-version={version}"
        return f"{self.base_url}{ids.encode_path(resource_path)}?{joined}"
