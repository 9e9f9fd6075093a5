"""Fixtures for the simulator tests: the small tenant, a fresh server per test, real SDK clients."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from azure.core.credentials import AccessToken

from core.simulator import SimulatorServer, Tenant, load_tenant

DATA = Path(__file__).resolve().parent.parent / "data"
SMALL_TENANT = DATA / "small-tenant.json"
SUB_A = "11111111-1111-4111-8111-111111111111"
SUB_B = "22222222-2222-4222-8222-222222222222"

C = TypeVar("C")


class StaticTokenCredential:
    """The one fake the simulator tests use: a credential that hands out a fixed token."""

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("simulator-test-token", int(time.time()) + 3600)


@pytest.fixture(scope="session")
def small_tenant() -> Tenant:
    return load_tenant(SMALL_TENANT)


@pytest.fixture
def server(small_tenant: Tenant) -> Iterator[SimulatorServer]:
    with SimulatorServer(small_tenant) as running:
        yield running


ClientFactory = Callable[..., Any]


@pytest.fixture
def client(server: SimulatorServer) -> ClientFactory:
    """`client(ComputeManagementClient)`: a real SDK client aimed at the test server, polling at once."""

    def make(client_class: type[C], subscription: str | None = SUB_A, **options: Any) -> C:
        settings: dict[str, Any] = {
            "base_url": server.base_url,
            "connection_verify": server.ca_file,
            "polling_interval": 0,
            "retry_backoff_factor": 0.01,
        }
        settings.update(options)
        if subscription is None:
            return client_class(StaticTokenCredential(), **settings)  # type: ignore[call-arg]
        return client_class(StaticTokenCredential(), subscription, **settings)  # type: ignore[call-arg]

    return make
