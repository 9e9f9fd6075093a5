"""Fixtures for the in-guest checks: the small tenant with guest states, served by the simulator."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway
from core.azure.target import Target
from core.simulator import SimulatorServer, Tenant
from core.simulator.faults import FaultRule

SMALL_TENANT = Path(__file__).resolve().parent.parent / "data" / "small-tenant.json"
Json = dict[str, Any]


def small_tenant_vms() -> tuple[Json, dict[str, Json]]:
    data = json.loads(SMALL_TENANT.read_text(encoding="utf-8"))
    vms = {r["name"]: r for r in data["resources"] if r["type"] == "Microsoft.Compute/virtualMachines"}
    return data, vms


Serve = Callable[..., tuple[SimulatorServer, AzureGateway, dict[str, Json]]]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """`serve({"vm-app01": {guest state}}, faults=[...])`: a running simulator and a gateway to it."""
    running: list[tuple[SimulatorServer, AzureGateway]] = []

    def start(guests: dict[str, Json] | None = None, faults: list[FaultRule] | None = None, **options: Any):
        data, vms = small_tenant_vms()
        for name, guest in (guests or {}).items():
            vms[name]["guest"] = copy.deepcopy(guest)
        server = SimulatorServer(Tenant.from_dict(data), faults=faults or [], **options)
        server.start()
        gateway = AzureGateway(Target.endpoint(server.base_url, ca_file=str(server.ca_file)), OfflineTokenCredential())
        running.append((server, gateway))
        return server, gateway, vms

    yield start
    for server, gateway in running:
        gateway.close()
        server.stop()
