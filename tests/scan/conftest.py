"""Fixtures for gateway and scan tests: the real SDK through the gateway, against the simulator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway, GatewaySettings
from core.azure.target import Target
from core.simulator import SimulatorServer, Tenant


@pytest.fixture
def demo_server(demo_tenant: Tenant) -> Iterator[SimulatorServer]:
    # A fresh server per test: fix actions and faults must not leak between tests.
    with SimulatorServer(demo_tenant) as server:
        yield server


GatewayFactory = Callable[..., AzureGateway]


@pytest.fixture
def gateway_for() -> Iterator[GatewayFactory]:
    made: list[AzureGateway] = []

    def make(server: SimulatorServer, **settings: Any) -> AzureGateway:
        target = Target.endpoint(server.base_url, ca_file=server.ca_file, label="test tenant")
        base = GatewaySettings.for_target(target)
        gateway = AzureGateway(
            target, OfflineTokenCredential(), GatewaySettings(**{**base.__dict__, **settings})
        )
        made.append(gateway)
        return gateway

    yield make
    for gateway in made:
        gateway.close()
