"""The simulated Azure tenant: a local HTTPS Azure Resource Manager that serves a tenant file.

    from core.simulator import SimulatorServer, load_tenant

    with SimulatorServer(load_tenant("tests/data/small-tenant.json")) as server:
        ...  # any azure-mgmt client with base_url=server.base_url, connection_verify=server.ca_file

See docs/simulator.md for what it answers and docs/tenant-format.md for the tenant file.
"""

from __future__ import annotations

from core.simulator.errors import ArmError, TenantFileError
from core.simulator.faults import FaultKind, FaultRule, parse_fault_spec
from core.simulator.requestlog import RequestLogEntry
from core.simulator.server import SimulatorServer
from core.simulator.store import ResourceStore
from core.simulator.tenant import Tenant, load_tenant
from core.simulator.throttle import ThrottleConfig

__all__ = [
    "ArmError",
    "FaultKind",
    "FaultRule",
    "RequestLogEntry",
    "ResourceStore",
    "SimulatorServer",
    "Tenant",
    "TenantFileError",
    "ThrottleConfig",
    "load_tenant",
    "parse_fault_spec",
]
