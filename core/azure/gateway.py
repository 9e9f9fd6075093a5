"""The one place that talks to Azure Resource Manager through the real SDK clients.

Everything about how requests are made lives here: endpoint and certificate trust, retry policy,
timeouts, long-running-operation polling, user agent, and how SDK models and exceptions become
core types. Callers get plain JSON-shaped dicts parsed into core facts, or AzureProblemError.

`AzureGateway` is built from three modules: `gateway_core` (clients, pacing, the call plumbing),
`gateway_reads` (every read) and `gateway_writes` (the changes the fix actions make, and LRO waits).
"""

from __future__ import annotations

from core.azure.gateway_core import (
    USER_AGENT,
    CancelSignal,
    GatewaySettings,
    Json,
    ProtectedItemPath,
    WaitAbandoned,
    WaitTimedOut,
    to_json,
)
from core.azure.gateway_reads import GatewayReads
from core.azure.gateway_writes import GatewayWrites


class AzureGateway(GatewayReads, GatewayWrites):
    """Builds the SDK clients for one target and credential, and performs every ARM call."""


__all__ = [
    "USER_AGENT",
    "AzureGateway",
    "CancelSignal",
    "GatewaySettings",
    "Json",
    "ProtectedItemPath",
    "WaitAbandoned",
    "WaitTimedOut",
    "to_json",
]
