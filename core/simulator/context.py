"""What every handler may use: the state, the running operations and the server's knobs."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from core.simulator import ids
from core.simulator.directory import Directory
from core.simulator.messages import Request, Response
from core.simulator.operations import Operation, OperationTracker
from core.simulator.paging import paged
from core.simulator.store import ResourceStore
from core.simulator.tokens import TokenSigner

Json = dict[str, Any]


@dataclass
class Settings:
    """Knobs that may change while the server runs; plain attribute writes are atomic enough here."""

    latency_ms: float = 0.0
    page_size: int = 3
    lro_polls: int = 1
    #: How long a Run Command script takes in the guest (Azure: tens of seconds); 0 answers at once.
    run_command_seconds: float = 0.0
    #: When a Run Command that never starts in the guest gives up (Azure: 90 minutes).
    run_command_expiry_seconds: float = 90 * 60.0


class Context:
    def __init__(self, store: ResourceStore, settings: Settings, directory: Directory | None = None) -> None:
        self.store = store
        self.directory = directory or Directory(store.tenant_id, None)
        self.signer = TokenSigner()
        self.settings = settings
        self.operations = OperationTracker(store.lock)
        self.base_url = ""
        #: The Run Command operation each VM is running (key: lower-case VM id): one at a time per VM.
        self.run_commands: dict[str, Operation] = {}

    def page(self, request: Request, items: list[Json], view: Callable[[Json], Json] | None = None) -> Response:
        """One page of `items` (stored resources are fine: only the page is copied), each through `view`."""
        response = paged(request, items, page_size=self.settings.page_size, base_url=self.base_url)
        answer = [copy.deepcopy(item) for item in response.body["value"]]
        response.body["value"] = [view(item) for item in answer] if view is not None else answer
        return response

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
